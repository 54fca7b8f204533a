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
    /// Handles on social networks and messengers, each under the word of its service (`twitter`, `skype`, `line`).
    public var handles: [Handle] = []
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
        // Under `key`, or `key2`, `key3` ... when it is taken.
        func add(_ key: String, _ value: String?) {
            guard let value else { return }
            out.append((Reach.freeKey(key, among: { k in out.contains { $0.0 == k } }), value))
        }
        for e in emails { add(e.key(.email), e.value) }
        for p in phones { add(p.key(.phone), p.value) }
        for a in addresses { add(a.key(.address), a.value) }
        add("organization", organization)
        add("title", title)
        for u in urls { add("url", u) }
        for h in handles { add(h.service, h.value) }
        add("uid", uid)
        return out
    }
}

/// A handle on a social network or a messenger: the service's word, which a note keeps it under, and the handle or
/// the profile's address as the card gives it.
public struct Handle: Sendable, Equatable {
    public var service: String
    public var value: String
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
        case .some(let place) where place == "work" || place == "home": return place + "_" + word
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
