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

    /// A name as written without the honorific it ends in (`花子さん` → `花子`, `佐藤 健二 先生` → `佐藤 健二`); nil
    /// when it ends in none.
    static func strippedText(_ text: String) -> String? {
        let t = text.trimmingSpaces()
        guard Honorifics.stripped(Normalize.key(t)) != nil,
            let s = suffixes.first(where: { t.hasSuffix($0) && t.count > $0.count })
        else { return nil }
        let bare = String(t.dropLast(s.count)).trimmingSpaces()
        return bare.isEmpty ? nil : bare
    }

    /// Whether someone so named may be called by `bare` and an honorific: it starts the name, as a family name
    /// does (`佐藤様`: 佐藤 健二), or ends it, as a given name does (`花子さん`: 田中 花子).
    static func calls(_ name: [Unicode.Scalar], by bare: [Unicode.Scalar]) -> Bool {
        name.count > bare.count && (name.starts(with: bare) || name.suffix(bare.count).elementsEqual(bare))
    }
}

extension NameIndex {
    /// For each of `keys` that ends in an honorific and whose bare name starts or ends people's names (`佐藤様`:
    /// 佐藤 健二, 佐藤 花子; `花子さん`: 田中 花子), those people, by label: the suggestions of a family or given name,
    /// which edit distance does not find. Read from the prepared suggestion keys, but for the people `renamed`
    /// since, whose names now are given.
    func calledByBareName(
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
        // The names by their first and by their last one or two letters: each bare name is compared only with the
        // names that start or end as it does, with no string made.
        func pair(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
            UInt64(s[s.startIndex].value) << 21 | UInt64(s.count > 1 ? s[s.startIndex + 1].value : 0x1F_FFFF)
        }
        var byStart: [UInt64: [Int]] = [:], byEnd: [UInt64: [Int]] = [:]
        for (i, entry) in suggestionKeys.enumerated() where !entry.scalars.isEmpty && renamed[entry.person] == nil {
            let name = entry.scalars[...]
            byStart[pair(name.prefix(1)), default: []].append(i)
            byEnd[pair(name.suffix(1)), default: []].append(i)
            if name.count > 1 {
                byStart[pair(name.prefix(2)), default: []].append(i)
                byEnd[pair(name.suffix(2)), default: []].append(i)
            }
        }
        var found: [String: Set<Int>] = [:]
        for (bare, forKeys) in wanted {
            let b = Array(bare.unicodeScalars)
            var people = Set<Int>()
            for i in (byStart[pair(b[...].prefix(2))] ?? []) + (byEnd[pair(b[...].suffix(2))] ?? [])
            where Honorifics.calls(suggestionKeys[i].scalars, by: b) {
                people.insert(suggestionKeys[i].person)
            }
            for (p, names) in renamed where names.contains(where: { Honorifics.calls($0, by: b) }) { people.insert(p) }
            if !people.isEmpty { for key in forKeys { found[key] = people } }
        }
        return found.mapValues { $0.sorted { labels[$0] < labels[$1] } }
    }

    /// The labels a warning suggests for a key: its nearest people, else those its bare name may call.
    static func shown(_ near: [Int], else called: [Int]?, labels: [String]) -> [String] {
        (near.isEmpty ? called ?? [] : near).prefix(suggestionsShown).map { labels[$0] }
    }
}
