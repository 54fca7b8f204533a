/// Japanese honorifics written after a name (`[[花子さん]]`, `[[佐藤先生]]`): a link whose name, as written, names no
/// one names whoever the name without its honorific names, as `[[Hanako]]` would.
enum Honorifics {
    /// The honorifics, as `Normalize.key` leaves them.
    static let suffixes = ["さん", "さま", "様", "くん", "君", "ちゃん", "先生", "氏"]

    /// `key` without the honorific it ends in; nil when it ends in none, or is one and nothing else.
    static func stripped(_ key: String) -> String? {
        guard let last = key.unicodeScalars.last, last.value >= 0x3000 else { return nil }
        for s in suffixes where key.hasSuffix(s) && key.count > s.count { return String(key.dropLast(s.count)) }
        return nil
    }
}
