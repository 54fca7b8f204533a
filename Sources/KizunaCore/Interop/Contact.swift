/// A contact as an address book or a network export gives it, before it meets the journal.
public struct Contact: Sendable, Equatable {
    public var uid: String?
    public var name: String
    public var nicknames: [String] = []
    public var emails: [String] = []
    public var phones: [String] = []
    public var addresses: [String] = []
    public var organization: String?
    public var title: String?
    /// `YYYY-MM-DD`, or `MM-DD` without a year.
    public var birthday: String?
    public var categories: [String] = []
    public var note: String?
    public var urls: [String] = []
    /// When you connected (LinkedIn's "Connected On").
    public var connected: Day?
    /// Where it came from: file and line of its first line.
    public var source: SourceLocation

    public init(name: String, source: SourceLocation) {
        self.name = name
        self.source = source
    }

    /// Adds the reading of the name an address book keeps (ふりがな: `X-PHONETIC-…`, Google's "Phonetic … Name")
    /// to the other names, for a link typed in kana finds them; not when it is the name itself.
    mutating func addReading(given: String?, family: String?) {
        guard let reading = PersonName.joining(given: given, family: family),
            Normalize.key(reading) != Normalize.key(name), !nicknames.contains(reading)
        else { return }
        nicknames.append(reading)
    }

    /// The `contact:` lines a note gets for it, in a fixed order.
    public var contactLines: [(key: String, value: String)] {
        var out: [(String, String)] = []
        for (i, e) in emails.enumerated() { out.append((i == 0 ? "email" : "email\(i + 1)", e)) }
        for (i, p) in phones.enumerated() { out.append((i == 0 ? "phone" : "phone\(i + 1)", p)) }
        for (i, a) in addresses.enumerated() { out.append((i == 0 ? "address" : "address\(i + 1)", a)) }
        if let organization { out.append(("organization", organization)) }
        if let title { out.append(("title", title)) }
        for (i, u) in urls.enumerated() { out.append((i == 0 ? "url" : "url\(i + 1)", u)) }
        if let uid { out.append(("uid", uid)) }
        return out
    }
}

extension Diagnostic {
    /// A birthday as an address book wrote it that names no day (`1979-02-29`, `circa 1980`): left out, and said so.
    static func unreadBirthday(_ written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            Message(
                "the birthday '\(written)' is not a date kizuna reads; it is left out",
                ja: "誕生日 '\(written)' は日付として読めないため、取り込みません"),
            at: location)
    }
}
