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
        out.add("BEGIN", "VCARD")
        out.add("VERSION", "4.0")
        out.add(
            "UID", ContentLines.escape(contact.first { $0.key == "uid" }?.value ?? ContactMatcher.ownUID + person.id))
        out.add("FN", ContentLines.escape(person.name))
        if !person.aliases.isEmpty {
            out.add("NICKNAME", person.aliases.map(ContentLines.escape).joined(separator: ","))
        }
        for e in values(.email) { out.add("EMAIL", ContentLines.escape(e)) }
        for t in values(.phone) { out.add("TEL;VALUE=text", ContentLines.escape(t)) }
        for a in values(.address) { out.add("ADR", ";;" + ContentLines.escape(a) + ";;;;") }
        if let org = values(.organization).first { out.add("ORG", ContentLines.escape(org)) }
        if let title = values(.title).first { out.add("TITLE", ContentLines.escape(title)) }
        for u in values(.url) { out.add("URL", ContentLines.escape(u)) }
        if let b = person.birthday {
            let md = (b.month < 10 ? "0" : "") + "\(b.month)" + (b.day < 10 ? "0" : "") + "\(b.day)"
            out.add("BDAY", b.year.map { String(format4($0)) + md } ?? "--" + md)
        }
        if !person.tags.isEmpty { out.add("CATEGORIES", person.tags.map(ContentLines.escape).joined(separator: ",")) }
        if let purpose = person.purpose { out.add("NOTE", ContentLines.escape(purpose)) }
        out.add("END", "VCARD")
        return out.text
    }

    private func format4(_ y: Int) -> String { String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) }
}
