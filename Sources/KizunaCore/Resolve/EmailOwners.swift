import Synchronization

extension NameIndex {
    /// Whom an email address names, as meeting notes list attendees by it (`attendees: [jane@acme.com]`): the one
    /// person whose contact holds it (`.some(p)`), else no one, and that is no mistake (`.some(nil)`): most of a
    /// call's addresses are no one's in the journal. Nil for a target that is no address.
    func ownerOfEmail(_ target: String) -> Int?? {
        // `[[@jane@acme.com]]`: an `@` before the address, as some vaults name people.
        let address = target.hasPrefix("@") ? String(target.dropFirst()) : target
        guard NameIndex.isEmail(address) else { return nil }
        return .some(emailBook?.owner(of: address.lowercased()))
    }

    /// Whether a text is one email address: one `@` with text before it and a dot in the domain after it, and no
    /// space.
    static func isEmail(_ text: String) -> Bool {
        // Asked of every target that names no one: read in place, as most hold no `@`.
        text.withUTF8Bytes { bytes in
            guard bytes.count <= 254, let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
            let domain = bytes[(at + 1)...]
            return !domain.isEmpty && !domain.contains(UInt8(ascii: "@"))
                && domain.dropLast().contains(UInt8(ascii: ".")) && domain.first != UInt8(ascii: ".")
                && !bytes.contains(where: { $0 <= 0x20 })
        }
    }

    /// The email addresses a person's contact holds, lower-cased: each value of an email key, parted at commas and
    /// spaces, that is an address.
    static func emails(of contact: [(key: String, value: String)]) -> [String] {
        contact.filter { ContactKind(key: $0.key) == .email }.flatMap {
            $0.value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map { $0.lowercased() }
        }
        .filter(isEmail)
    }
}

/// The people's email addresses and whose each is, made at the first address a link or an attendee is written as:
/// most journals name no one so, and the table of a large journal's addresses costs more to make than its names'.
final class EmailBook: Sendable {
    private let people: [Person]
    /// Each address, and whose it is: -1 for one that two people share.
    private let owners = Mutex<[String: Int]?>(nil)

    init(_ people: [Person]) { self.people = people }

    /// The one person whose contact holds `address` (lower-cased).
    func owner(of address: String) -> Int? {
        owners.withLock { owners in
            if owners == nil { owners = EmailBook.owners(people) }
            return owners?[address].flatMap { $0 >= 0 ? $0 : nil }
        }
    }

    private static func owners(_ people: [Person]) -> [String: Int] {
        var owners: [String: Int] = [:]
        for p in people.indices {
            for address in NameIndex.emails(of: people[p].contact) {
                owners[address] = owners[address].map { $0 == p ? p : -1 } ?? p
            }
        }
        return owners
    }
}
