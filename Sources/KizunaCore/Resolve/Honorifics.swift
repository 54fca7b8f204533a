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

extension NameIndex {
    /// For each of `keys` that ends in an honorific and whose bare name starts people's names (`佐藤様`: 佐藤 健二,
    /// 佐藤 花子), those people, by label: the suggestions of a family name, which edit distance does not find. Read
    /// from the prepared suggestion keys, but for the people `renamed` since, whose names now are given.
    func startingWithBareName(
        of keys: [String], renamed: [Int: [[Unicode.Scalar]]] = [:], labels: [String]
    ) -> [String: [Int]] {
        var wanted: [String: [String]] = [:]
        for key in keys {
            guard let bare = Honorifics.stripped(key) else { continue }
            // One kanji can be a family name (林さん); one Latin letter names no one.
            guard bare.unicodeScalars.count >= (bare.utf8.count == bare.unicodeScalars.count ? 2 : 1) else { continue }
            wanted[bare, default: []].append(key)
        }
        guard !wanted.isEmpty else { return [:] }
        let lengths = Set(wanted.keys.map { $0.unicodeScalars.count })
        var found: [String: Set<Int>] = [:]
        func look(_ scalars: [Unicode.Scalar], _ p: Int) {
            for n in lengths where n < scalars.count {
                var prefix = String.UnicodeScalarView()
                prefix.append(contentsOf: scalars[..<n])
                if let forKeys = wanted[String(prefix)] { for key in forKeys { found[key, default: []].insert(p) } }
            }
        }
        for (scalars, p) in suggestionKeys where renamed[p] == nil { look(scalars, p) }
        for (p, names) in renamed { for scalars in names { look(scalars, p) } }
        return found.mapValues { $0.sorted { labels[$0] < labels[$1] } }
    }
}
