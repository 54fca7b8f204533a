/// Every person as a vCard 4.0 (RFC 6350), with what their note holds, for moving back into an address book.
public struct VCardExport: Sendable {
    public let journal: Journal

    public init(journal: Journal) { self.journal = journal }

    /// All cards, people by id.
    public func render() -> String {
        journal.people.indices.filter { $0 != journal.owner }.map(card).joined()
    }

    private func card(_ p: Int) -> String {
        let person = journal.people[p]
        var out = ContentLines()
        let contact = person.contact.map { (key: $0.key.lowercased(), value: $0.value) }
        func values(_ kind: ContactKind) -> [String] {
            contact.filter { ContactKind(key: $0.key) == kind }.map(\.value)
        }
        // Each value of `kind` with the property's name, and the TYPE its key names (`email[home]`, `work_email`).
        func typed(_ kind: ContactKind, _ name: String) -> [(name: String, value: String)] {
            contact.filter { ContactKind(key: $0.key) == kind }.map { c in
                (VCardExport.type(ofKey: c.key).map { name + ";TYPE=" + $0 } ?? name, c.value)
            }
        }
        out.add("BEGIN", "VCARD")
        out.add("VERSION", "4.0")
        out.add(
            "UID", ContentLines.escape(ContactKind.uid(in: contact) ?? ContactMatcher.ownUID + person.id))
        out.add("FN", ContentLines.escape(person.name))
        if !person.aliases.isEmpty {
            out.add("NICKNAME", person.aliases.map(ContentLines.escape).joined(separator: ","))
        }
        for e in typed(.email, "EMAIL") { out.add(e.name, ContentLines.escape(e.value)) }
        for t in typed(.phone, "TEL") { out.add(t.name + ";VALUE=text", ContentLines.escape(t.value)) }
        for a in typed(.address, "ADR") { out.add(a.name, ";;" + ContentLines.escape(a.value) + ";;;;") }
        if let org = values(.organization).first { out.add("ORG", ContentLines.escape(org)) }
        if let title = values(.title).first { out.add("TITLE", ContentLines.escape(title)) }
        for u in typed(.url, "URL") { out.add(u.name, ContentLines.escape(u.value)) }
        for c in contact {
            guard let service = ContactKind.service(ofKey: c.key) else { continue }
            let h = handle(service, c.value)
            out.add(h.name, h.value)
        }
        if let b = person.birthday {
            let md = (b.month < 10 ? "0" : "") + "\(b.month)" + (b.day < 10 ? "0" : "") + "\(b.day)"
            out.add("BDAY", b.year.map { String(format4($0)) + md } ?? "--" + md)
        }
        if !person.tags.isEmpty { out.add("CATEGORIES", person.tags.map(ContentLines.escape).joined(separator: ",")) }
        if let purpose = person.purpose { out.add("NOTE", ContentLines.escape(purpose)) }
        out.add("END", "VCARD")
        return out.text
    }

    /// The vCard TYPE a contact key names, in lower case: what stands in its brackets after any index
    /// (`email[home]`, `tel[1:cell]`) or after its first dot (`email.work`), a `work_` or `home_` it starts with, or
    /// `cell` for a mobile phone (`mobile`, `携帯`); nil when it names none a TYPE can hold (letters, digits, `-`).
    static func type(ofKey key: String) -> String? {
        var named: Substring? = nil
        if let open = key.firstIndex(of: "["), let close = key[open...].firstIndex(of: "]") {
            let inside = key[key.index(after: open)..<close]
            named = inside.split(separator: ":", omittingEmptySubsequences: false).last
        } else if let dot = key.firstIndex(of: ".") {
            named = key[key.index(after: dot)...].split(separator: ".").first
        } else if key.hasPrefix("work_") || key.hasPrefix("home_") {
            named = key.prefix(4)
        } else if key.contains("mobile") || key.contains("携帯") || key.contains("cell") {
            named = "cell"
        }
        guard let type = named?.lowercased(), !type.isEmpty, !type.allSatisfy(\.isNumber),
            type.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        return type
    }

    /// A handle as address books keep it: a messenger's address as `IMPP` with its scheme (`xmpp:`, `skype:`), any
    /// other as Apple's `X-SOCIALPROFILE` with the service as its TYPE, the form most cards carry.
    private func handle(_ service: String, _ value: String) -> (name: String, value: String) {
        switch service {
        case "xmpp", "jabber": ("IMPP", (value.hasPrefix("xmpp:") ? "" : "xmpp:") + ContentLines.escape(value))
        case "skype":
            ("IMPP;X-SERVICE-TYPE=Skype", (value.hasPrefix("skype:") ? "" : "skype:") + ContentLines.escape(value))
        default: ("X-SOCIALPROFILE;TYPE=" + service, ContentLines.escape(value))
        }
    }

    private func format4(_ y: Int) -> String { String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) }
}
