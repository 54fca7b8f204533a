/// What a key of a person's `contact:` holds, told by the words people name such keys with: `email`, `email2`,
/// `work_email` and `メールアドレス` all hold an email address.
public enum ContactKind: Sendable, CaseIterable {
    // Handles come first: `telegram` starts as `tel` does.
    case handle, email, phone, address, organization, title, url

    /// The words a key of this kind starts with, or ends with after a `_` (`work_email`, `street_address`), a number
    /// aside (`work_email2`).
    var words: [String] {
        switch self {
        case .handle:
            [
                "twitter", "github", "mastodon", "bluesky", "instagram", "facebook", "telegram", "signal", "slack",
                "discord", "whatsapp", "wechat", "line", "kakaotalk", "skype", "xmpp", "jabber", "threads", "tiktok",
                "youtube",
            ]
        case .email: ["email", "mail", "メール"]
        case .phone: ["phone", "tel", "mobile", "電話", "携帯"]
        case .address: ["address", "住所"]
        case .organization: ["organization", "company", "employer", "会社", "所属", "勤務先"]
        case .title: ["title", "position", "role", "occupation", "役職", "肩書", "職業"]
        case .url: ["url", "website", "linkedin", "ホームページ", "サイト"]
        }
    }

    /// The kind of `key`, in any case.
    public init?(key: String) {
        guard let kind = ContactKind.kind(ofLowercased: key.lowercased()) else { return nil }
        self = kind
    }

    /// Whether a key of a person's front matter outside `contact:`, in lower case as the parse reads keys, holds a
    /// way to reach them, as many person templates keep `email:` and `company:` at the top, or what they do
    /// (`role:`, `position:`). Not `title:`: at the top, that names the note.
    static func isLoose(_ key: String) -> Bool { key != "title" && kind(ofLowercased: key) != nil }

    /// The service a handle's key names, as its word (`slack_id` → `slack`, `work_skype` → `skype`); nil for a key
    /// of another kind or none.
    static func service(ofKey key: String) -> String? {
        guard let (kind, word) = kindAndWord(ofLowercased: key.lowercased()), kind == .handle else { return nil }
        return word
    }

    /// Each kind's words as bytes, in the order the kinds are tried.
    private static let byteWords: [(ContactKind, [[UInt8]])] = allCases.map { ($0, $0.words.map { Array($0.utf8) }) }

    private static func kind(ofLowercased key: String) -> ContactKind? { kindAndWord(ofLowercased: key)?.0 }

    /// Words that open other words too (`lineage`, `signals`, `threadstart`): they name a key only as a whole word.
    private static let wholeWords: [[UInt8]] = ["line", "signal", "threads"].map { Array($0.utf8) }

    /// Whether the key's word `w`, which opens it, ends there: at the key's end, or before a mark, a space or a digit
    /// (`line`, `line_id`, `line id`, `signal2`), or before `id` (`lineid`).
    private static func endsWord(_ k: UnsafeBufferPointer<UInt8>, _ w: [UInt8]) -> Bool {
        guard k.count > w.count else { return true }
        let next = k[w.count]
        return !(0x61...0x7A).contains(next) || k[w.count...].elementsEqual("id".utf8)
    }

    /// The kind of a key already in lower case, and the word that tells it: a word it starts with tells before one it
    /// ends with after a `_`.
    private static func kindAndWord(ofLowercased key: String) -> (ContactKind, String)? {
        key.withUTF8Bytes { k -> (ContactKind, String)? in
            for (kind, words) in byteWords {
                if let w = words.first(where: { k.starts(with: $0) && (!wholeWords.contains($0) || endsWord(k, $0)) }) {
                    return (kind, String(decoding: w, as: UTF8.self))
                }
            }
            guard let bar = k.lastIndex(of: UInt8(ascii: "_")) else { return nil }
            // A number may follow the word, as `email2` numbers a second email: `work_email2`.
            var end = k.count
            while end > bar + 1, k[end - 1] >= 0x30, k[end - 1] <= 0x39 { end -= 1 }
            let tail = UnsafeBufferPointer(rebasing: k[(bar + 1)..<end])
            for (kind, words) in byteWords {
                if let w = words.first(where: { tail.elementsEqual($0) }) {
                    return (kind, String(decoding: w, as: UTF8.self))
                }
            }
            return nil
        }
    }
}

extension ContactKind {
    /// Whether a contact's key holds its card's UID (`uid`, in any case): kept for the address book, not a way to
    /// reach anyone.
    public static func isUID(_ key: String) -> Bool { key.utf8.count == 3 && key.lowercased() == "uid" }

    /// The UID a contact keeps, as written; nil when it keeps none.
    public static func uid(in contact: [(key: String, value: String)]) -> String? {
        contact.first { isUID($0.key) }?.value
    }
}
