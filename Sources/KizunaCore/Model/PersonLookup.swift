/// Finds a person from what a user types on the command line, the way links find them: by id, name or alias,
/// folded as links are (NFKC, case, separators), or by the note's path.
public struct PersonLookup: Sendable {
    /// What a name names.
    public enum Match: Sendable, Equatable {
        case one(Int)
        /// Several people share the name: their indexes, by id.
        case many([Int])
        /// Nobody: the closest "Name (id)" labels, at most three.
        case none(suggestions: [String])
    }

    private let people: [(id: String, name: String, path: String)]
    private let byKey: [String: [Int]]
    private let byPath: [String: Int]
    /// Each person's id, name and aliases as links fold them.
    public let keys: [[String]]

    /// An index of the journal's people.
    public init(_ journal: Journal) {
        people = journal.people.map { ($0.id, $0.name, $0.path) }
        var byKey: [String: [Int]] = [:]
        var keys: [[String]] = []
        keys.reserveCapacity(journal.people.count)
        for (p, person) in journal.people.enumerated() {
            keys.append(([person.id, person.name] + person.aliases).map(Normalize.key))
            for key in keys[p] {
                guard !key.isEmpty, byKey[key]?.contains(p) != true else { continue }
                byKey[key, default: []].append(p)
            }
            // A note Denote names is also found by what its links write, `denote:` and its identifier.
            if let denote = DenoteName(stem: person.id) { byKey[Normalize.key(denote.linkKey), default: []].append(p) }
        }
        self.byKey = byKey
        self.keys = keys
        byPath = Dictionary(journal.people.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The person `text` names.
    public func find(_ text: String) -> Match {
        var target = text.trimmingSpaces()
        if target.hasPrefix("[["), target.hasSuffix("]]") { target = String(target.dropFirst(2).dropLast(2)) }
        // The path of a person's note, as a link names it (`people/tanaka`, `/people/tanaka.md`).
        if let p = NoteName.notePaths(target).lazy.compactMap({ byPath[$0] }).first { return .one(p) }
        let found = byKey[Normalize.key(target)] ?? []
        if found.count == 1 { return .one(found[0]) }
        if found.count > 1 {
            if let p = NoteName.person(writtenAs: target, among: found, stems: { people[$0].id }) { return .one(p) }
            return .many(found.sorted())
        }
        // A name with an honorific after it, as a link so written names its person.
        if let bare = Honorifics.stripped(Normalize.key(target)), let only = byKey[bare], only.count == 1 {
            return .one(only[0])
        }
        return .none(suggestions: suggestions(for: target))
    }

    /// The people of `journal` one of whose names (id, name or an alias) holds `text` as a word of its own, an
    /// honorific aside: `jane` for Jane Smith, `花子` or `田中さん` for 田中 花子, and `山田` or `太郎さん` for 山田太郎,
    /// a name in kanji or kana written without a space, whose family name opens it and given name ends it. For a
    /// command given a first or family name; a link is matched by `find` alone.
    public static func holdingWord(_ text: String, in journal: Journal) -> [Int] {
        let folded = Normalize.key(text)
        let word = Honorifics.stripped(folded) ?? folded
        guard !word.isEmpty else { return [] }
        let joinable = PersonName.isKanjiOrKana(word)
        return journal.people.indices.filter { p in
            let person = journal.people[p]
            return ([person.id, person.name] + person.aliases).contains { name in
                let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" || $0 == "・" })
                if words.contains(where: { Normalize.key($0) == word }) { return true }
                guard joinable, words.count == 1 else { return false }
                let whole = Normalize.key(name)
                return whole.count > word.count && PersonName.isKanjiOrKana(whole)
                    && (whole.hasPrefix(word) || whole.hasSuffix(word))
            }
        }
    }

    /// The people whose names are closest to `text`, at most three, when it names nobody.
    public func closest(to text: String) -> [Int] {
        guard case .none = find(text) else { return [] }
        let labels = Set(suggestions(for: text))
        return people.indices.filter { labels.contains(label($0)) }
    }

    /// "Name (id)" for a person, as suggestions show them.
    public func label(_ p: Int) -> String { "\(people[p].name) (\(people[p].id))" }

    /// The labels of the people whose id, name or alias is closest to `text` (within a third of its length), then
    /// of those whose name holds it (`Kaori` for Nishida Kaori), or, with an honorific, whom its bare name may call
    /// (`花子さん`: 田中 花子, as a link's warning suggests).
    private func suggestions(for text: String) -> [String] {
        let folded = Normalize.key(text)
        let key = Array(folded.unicodeScalars)
        let limit = max(1, min(3, key.count / 3))
        let bare = Honorifics.stripped(folded).map { Array($0.unicodeScalars) }
        func holds(_ name: String) -> Bool {
            guard let bare else { return key.count >= 2 && name.contains(folded) }
            return Honorifics.calls(Array(name.unicodeScalars), by: bare)
        }
        var best: [Int: Int] = [:]
        for (name, found) in byKey {
            var d = Normalize.distance(key, Array(name.unicodeScalars), limit: limit)
            if d > limit {
                guard holds(name) else { continue }
                d = limit + 1
            }
            for p in found { best[p] = min(best[p] ?? .max, d) }
        }
        return best.map { (distance: $0.value, label: label($0.key)) }.sorted {
            ($0.distance, $0.label) < ($1.distance, $1.label)
        }
        .prefix(3).map(\.label)
    }
}
