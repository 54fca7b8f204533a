import Foundation

/// A contact as an address book or a network export gives it, before it meets the journal.
public struct Contact: Sendable, Equatable {
    public var uid: String?
    public var name: String
    public var nicknames: [String] = []
    public var emails: [Reach] = []
    public var phones: [Reach] = []
    public var addresses: [Reach] = []
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
        func add(_ reach: [Reach], _ kind: ContactKind) {
            for r in reach {
                out.append((Reach.freeKey(r.key(kind), among: { key in out.contains { $0.0 == key } }), r.value))
            }
        }
        add(emails, .email)
        add(phones, .phone)
        add(addresses, .address)
        if let organization { out.append(("organization", organization)) }
        if let title { out.append(("title", title)) }
        for (i, u) in urls.enumerated() { out.append((i == 0 ? "url" : "url\(i + 1)", u)) }
        if let uid { out.append(("uid", uid)) }
        return out
    }
}

/// One way to reach someone and the place it reaches, as an address book files it: `work`, `home` or `cell`.
public struct Reach: Sendable, Equatable {
    public var value: String
    public var place: String?

    public init(_ value: String, place: String? = nil) {
        self.value = value
        self.place = place
    }

    /// The place a label names (a vCard TYPE, a CSV's "Mobile" or "* Home"); nil for any other (`pref`, `other`).
    static func place(ofLabel label: String) -> String? {
        switch label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "* ")) {
        case "cell", "mobile", "iphone": "cell"
        case "work", "business": "work"
        case "home": "home"
        default: nil
        }
    }

    /// The key a note keeps it under, which `export vcard` reads its TYPE back from: `work_email`, `home_phone`,
    /// `mobile`, `home_address`; the kind's plain word when it names no place.
    func key(_ kind: ContactKind) -> String {
        let word =
            switch kind {
            case .email: "email"
            case .phone: "phone"
            default: "address"
            }
        switch place {
        case "cell" where kind == .phone: return "mobile"
        case "work", "home": return place! + "_" + word
        default: return word
        }
    }

    /// `base`, or `base2`, `base3` ... the first that `taken` does not hold.
    static func freeKey(_ base: String, among taken: (String) -> Bool) -> String {
        var key = base, n = 2
        while taken(key) { key = "\(base)\(n)"; n += 1 }
        return key
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
