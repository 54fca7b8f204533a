import Foundation

/// A folded name key (`Normalize.key`), compared and hashed as its UTF-8 bytes. Keys are in NFC (the fast path
/// makes nothing else, and the careful one composes its result), so two keys are canonically equivalent exactly when
/// their bytes are equal: `String`'s own comparison and hashing reach the same answers by normalizing every non-ASCII
/// key as they go, which took about 2% of a digest of a journal of Japanese names.
struct NameKey: Hashable, Sendable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: NameKey, b: NameKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count
            && (a.text.utf8.withContiguousStorageIfAvailable { x in
                b.text.utf8.withContiguousStorageIfAvailable { y in
                    x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
                }
            }.flatMap { $0 } ?? a.text.utf8.elementsEqual(b.text.utf8))
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in text.utf8 { hasher.combine(b) }
        }
    }
}

/// Person ids, names and aliases by their folded key.
struct NameIndex: Sendable {
    /// How many of the people an ambiguous link matches its warning names.
    static let candidatesShown = 5

    /// Each name key's person, or (as `-1 - i`) the index `i` in `shared` of the people who share the key. A key
    /// names one person almost always: a plain integer is read without retaining an array, which both cores would
    /// otherwise retain and release by turns.
    private var byKey = ByteKeyTable()
    private var shared: [[Int]] = []
    var personByPath: [String: Int] = [:]
    var noteKeys = Set<NameKey>()
    /// "Name (id)" for each person, for suggestions.
    var labels: [String] = []
    /// Every name key, for suggestions.
    private var suggestionKeys: [(scalars: [Unicode.Scalar], person: Int)] = []
    /// Bigram → (index into `suggestionKeys`, how often that name holds the bigram).
    private var bigrams: [UInt64: [(name: Int32, count: Int32)]] = [:]
    /// The names are numbered shortest first: `lengthStart[n]` is the first index of a name at least n scalars
    /// long (the count of names, past the longest).
    private var lengthStart: [Int] = [0]

    /// Room for this many people (their ids, names and aliases) and notes.
    mutating func reserve(people: Int, notes: Int) {
        byKey = ByteKeyTable(capacity: 3 * people)
        personByPath.reserveCapacity(people)
        labels.reserveCapacity(people)
        noteKeys.reserveCapacity(notes)
    }

    mutating func add(_ name: String, person: Int) {
        var utf8 = name
        utf8.withUTF8 { u in
            // The key's bytes straight from the name's when it has a fast key; otherwise from the careful key.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(u.count, 1)) { scratch in
                if let n = Normalize.fastKey(utf8: u, into: scratch.baseAddress!) {
                    add(key: UnsafeRawBufferPointer(start: scratch.baseAddress!, count: n), person: person)
                } else {
                    var text = Normalize.key(name)
                    text.withUTF8 { add(key: UnsafeRawBufferPointer($0), person: person) }
                }
            }
        }
    }

    /// Takes the key `key` from the names of `person`: it names the others who share it, or nobody.
    mutating func remove(key: String, person: Int) {
        var key = key
        key.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            guard let v = byKey.value(raw) else { return }
            if v >= 0 {
                if v == person { byKey.remove(raw) }
                return
            }
            shared[-1 - v].removeAll { $0 == person }
            // A key left to one person names them alone again (its list stays, unused).
            if shared[-1 - v].count == 1 { byKey.set(raw, shared[-1 - v][0]) }
        }
    }

    /// Adds the key `key` to the names of `person`.
    mutating func add(key: String, person: Int) {
        var key = key
        key.withUTF8 { add(key: UnsafeRawBufferPointer($0), person: person) }
    }

    /// Adds a name whose key is `key`: the key names the person, or, when another was named so first, the people
    /// who share it.
    private mutating func add(key: UnsafeRawBufferPointer, person: Int) {
        guard !key.isEmpty else { return }
        var shared = self.shared
        self.shared = []
        byKey.update(key) { old in
            switch old {
            case nil:
                return person
            case let p? where p >= 0:
                guard p != person else { return nil }
                shared.append([p, person])
                return -shared.count
            case let s?:
                if !shared[-1 - s].contains(person) { shared[-1 - s].append(person) }
                return nil
            }
        }
        self.shared = shared
    }

    /// The bigrams of a name with how often each occurs.
    static func bigramCounts(_ s: [Unicode.Scalar]) -> [(gram: UInt64, count: Int)] {
        guard s.count >= 2 else { return [] }
        var grams = (0..<(s.count - 1)).map { UInt64(s[$0].value) << 32 | UInt64(s[$0 + 1].value) }
        grams.sort()
        var counts: [(gram: UInt64, count: Int)] = []
        var i = 0
        while i < grams.count {
            var j = i + 1
            while j < grams.count, grams[j] == grams[i] { j += 1 }
            counts.append((grams[i], j - i))
            i = j
        }
        return counts
    }

    mutating func prepareSuggestions() {
        suggestionKeys = []
        bigrams = [:]
        // The keys with their people, read from the table itself (no lookup of each key again), numbered shortest
        // first so that each bigram's postings run in order of length; sorted as indexes, so that the comparisons
        // copy no name.
        var entries: [(key: String, value: Int)] = []
        entries.reserveCapacity(byKey.count)
        byKey.forEach { key, value in entries.append((String(decoding: key, as: UTF8.self), value)) }
        let scalars = entries.map { Array($0.key.unicodeScalars) }
        // Sorted on the length and the key's first sixteen bytes as numbers, the whole keys compared only when
        // those are the same (sorting on whole keys was a third of this work on M).
        var sortKeys = entries.indices.map { i -> (Int, UInt64, UInt64, Int) in
            let (v, w) = utf8Prefix(entries[i].key)
            return (scalars[i].count, v, w, i)
        }
        sortKeys.sort { a, b in
            a.0 != b.0
                ? a.0 < b.0
                : a.1 != b.1 ? a.1 < b.1 : a.2 != b.2 ? a.2 < b.2 : utf8Precedes(entries[a.3].key, entries[b.3].key)
        }
        let order = sortKeys.map { $0.3 }
        sortKeys = []
        suggestionKeys.reserveCapacity(entries.count)
        lengthStart = [0]
        for e in order {
            let value = entries[e].value
            // A key's bigrams are counted once, however many people share it.
            let grams = NameIndex.bigramCounts(scalars[e])
            for k in 0..<(value >= 0 ? 1 : shared[-1 - value].count) {
                let p = value >= 0 ? value : shared[-1 - value][k]
                let i = suggestionKeys.count
                while lengthStart.count <= scalars[e].count { lengthStart.append(i) }
                suggestionKeys.append((scalars[e], p))
                for (g, n) in grams { bigrams[g, default: []].append((Int32(i), Int32(n))) }
            }
        }
        lengthStart.append(suggestionKeys.count)
    }

    /// The indexes of the names whose length is within `limit` of `length`: no other name is that close.
    private func lengthWindow(_ length: Int, limit: Int) -> Range<Int32> {
        func start(_ n: Int) -> Int { lengthStart[Swift.min(Swift.max(n, 0), lengthStart.count - 1)] }
        return Int32(start(length - limit))..<Int32(start(length + limit + 1))
    }

    /// The people a key names, in the order their names were added.
    func lookup(_ key: String) -> [Int] {
        guard let v = byKey.value(key) else { return [] }
        return v >= 0 ? [v] : shared[-1 - v]
    }

    /// The people some of whose names, each naming them alone here, name someone else or nobody in `new`: a
    /// link the parse matched by such a name must be matched again. `inNew(p)` is person `p`'s number in `new`.
    func peopleWithChangedNames(in new: NameIndex, inNew: (Int) -> Int?) -> Set<Int> {
        var changed = Set<Int>()
        byKey.forEach { key, person in
            guard person >= 0 else { return }
            let now = new.byKey.value(UnsafeRawBufferPointer(key))
            if now == nil || now! < 0 || inNew(person) != now { changed.insert(person) }
        }
        return changed
    }

    /// The one person a key names, if it names exactly one.
    func person(named key: String) -> Int? {
        match(key).one
    }

    /// The one person a key, given as its UTF-8 bytes, names, if it names exactly one.
    func person(keyBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let v = byKey.value(UnsafeRawBufferPointer(key)), v >= 0 else { return nil }
        return v
    }

    /// What a key names: nobody, one person (`one`), or several (`many`, then `one` is nil).
    private func match(_ key: String) -> (one: Int?, many: Bool) {
        guard let v = byKey.value(key) else { return (nil, false) }
        return v >= 0 ? (v, false) : (nil, true)
    }

    /// The person a link names, or nil (with a warning when it names nothing or more than one person).
    /// Links that name nothing are collected in `unresolved`; `warnings(for:)` words them once suggestions are known.
    func resolve(_ link: RawLink, diagnostics: inout [Diagnostic], unresolved: inout [Unresolved]) -> Int? {
        switch link.target {
        case .path(let path):
            return personByPath[path]
        case .name(let target):
            if link.person >= 0 { return Int(link.person) }
            var key = link.key
            var found = match(key)
            if found.one == nil, !found.many, let slash = target.lastIndex(of: "/") {
                key = Normalize.key(target[target.index(after: slash)...])
                found = match(key)
            }
            if let one = found.one { return one }
            if found.many {
                // A handful of candidates, then how many more: a common name can match hundreds of people.
                let all = lookup(key).map { labels[$0].count > 60 ? labels[$0].prefix(59) + "…" : labels[$0] }.sorted()
                let shown = all.prefix(NameIndex.candidatesShown)
                let more = all.count - shown.count
                let names = shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
                let namesJa = shown.joined(separator: "、") + (more > 0 ? " ほか \(more) 人" : "")
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        Message(
                            "ambiguous link '\(target)': it matches \(names)",
                            ja: "リンク '\(target)' が複数の人に当てはまります: \(namesJa)"), at: link.location))
                return nil
            }
            if noteKeys.contains(NameKey(key)) { return nil }
            // `[[note.md]]`, written with its extension, names the note or person `[[note]]` does.
            let lowered = target.lowercased()
            if let ext = [".md", ".markdown"].first(where: { lowered.hasSuffix($0) }) {
                let stem = String(target.dropLast(ext.count))
                let stemKey = Normalize.key(stem.split(separator: "/").last.map(String.init) ?? stem)
                if let one = match(stemKey).one { return one }
                if noteKeys.contains(NameKey(stemKey)) { return nil }
            }
            if names(aFile: lowered) { return nil }
            unresolved.append(Unresolved(target: target, key: key, location: link.location))
            return nil
        }
    }

    /// Files a link may name that are not notes read (attachments, ignored notes): lower-cased, by path from the
    /// root and by name, each also without a note's extension.
    private(set) var fileTargets = Set<String>()

    /// Records the files a link may name (`LoadedJournal.linkTargets`).
    mutating func addLinkTargets(_ paths: [String]) {
        for path in paths {
            let lowered = path.lowercased()
            let name = lowered.split(separator: "/").last.map(String.init) ?? lowered
            for form in [lowered, name] {
                fileTargets.insert(form)
                for ext in [".md", ".markdown"] where form.hasSuffix(ext) {
                    fileTargets.insert(String(form.dropLast(ext.count)))
                }
            }
        }
    }

    /// Whether a link's lower-cased target names one of those files, by path or by name (Obsidian finds an
    /// attachment by its name wherever it is).
    private func names(aFile target: String) -> Bool {
        guard !fileTargets.isEmpty else { return false }
        if fileTargets.contains(target) { return true }
        let name = target.split(separator: "/").last.map(String.init) ?? target
        return fileTargets.contains(name)
    }

    /// A link that matches no person and no note.
    struct Unresolved: Sendable {
        var target: String
        var key: String
        var location: SourceLocation
    }

    /// The warnings for unresolved links, with suggestions computed once per distinct key, on all cores.
    func warnings(for unresolved: [Unresolved]) -> [Diagnostic] {
        let keys = Array(Set(unresolved.map { $0.key })).sorted()
        let labels = self.labels
        return NameIndex.warnings(
            for: unresolved,
            closest: Dictionary(
                uniqueKeysWithValues: zip(
                    keys, closest(to: keys).map { $0.prefix(NameIndex.suggestionsShown).map { labels[$0] } })))
    }

    /// The warnings for links that name nobody, with the `closest` names found for their keys.
    static func warnings(for unresolved: [Unresolved], closest byKey: [String: [String]]) -> [Diagnostic] {
        unresolved.map { u in
            var message = Message("no person or note named '\(u.target)'", ja: "'\(u.target)' という人物もメモも見つかりません")
            if let close = byKey[u.key], !close.isEmpty {
                message.en += "; did you mean \(close.joined(separator: ", "))?"
                message.ja += "。もしかして: \(close.joined(separator: "、"))"
            }
            return Diagnostic(.warning, message, at: u.location)
        }
    }

    /// People suggested for a link that names nobody, at most.
    static let suggestionsShown = 3
    /// The closest people kept for a key: more than are shown, so that when one person is called otherwise, who
    /// is shown can be worked out again from those kept.
    static let suggestionsKept = 6

    /// The most edits a name may be from an n-scalar key to be suggested for it.
    static func suggestionLimit(_ n: Int) -> Int { Swift.max(1, Swift.min(3, n / 3)) }

    /// The closest people for each key, worked out on all cores. The `renamed` people are called by the names
    /// given, not those of this index, and the people are ordered by `labels` when given.
    func closest(to keys: [String], renamed: [Int: [[Unicode.Scalar]]] = [:], labels: [String]? = nil) -> [[Int]] {
        var found = [[Int]](repeating: [], count: keys.count)
        // The keys in a few slices per core, each slice with one counting table it clears after every key.
        let slices = Swift.min(keys.count, 16)
        found.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                var shared = [Int32](repeating: 0, count: suggestionKeys.count)
                var touched: [Int] = []
                for i in stride(from: slice, to: keys.count, by: slices) {
                    out.value[i] = suggestions(
                        for: keys[i], shared: &shared, touched: &touched, renamed: renamed,
                        labels: labels ?? self.labels)
                }
            }
        }
        return found
    }

    /// Up to `suggestionsKept` closest people, nearest first, then by label. Names within edit distance `limit` of an n-scalar key share at least
    /// n - 1 - 2·limit of its bigrams, counted with repetition (the q-gram lemma), so only names passing that count
    /// are compared in full; the filter never drops a name the full comparison would keep. `shared` is a zeroed
    /// counting table with a slot per name; it is zeroed again on return.
    func suggestions(
        for key: String, shared: inout [Int32], touched: inout [Int], renamed: [Int: [[Unicode.Scalar]]] = [:],
        labels: [String]
    ) -> [Int] {
        let k = Array(key.unicodeScalars)
        let limit = NameIndex.suggestionLimit(k.count)
        let threshold = k.count - 1 - 2 * limit
        var candidates: [Int] = []
        if threshold >= 1 {
            touched.removeAll(keepingCapacity: true)
            // A name more than `limit` scalars longer or shorter is further than `limit` edits away: only the
            // postings of names within the length window are counted.
            let window = lengthWindow(k.count, limit: limit)
            // Each bigram's postings within the window, and how often the key holds it.
            var lists: [(postings: [(name: Int32, count: Int32)], start: Int, end: Int, n: Int32)] = []
            for (g, n) in NameIndex.bigramCounts(k) {
                guard let postings = bigrams[g] else { continue }
                func first(_ bound: Int32) -> Int {
                    var lo = 0, hi = postings.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if postings[mid].name < bound { lo = mid + 1 } else { hi = mid }
                    }
                    return lo
                }
                lists.append((postings, first(window.lowerBound), first(window.upperBound), Int32(n)))
            }
            // The bigrams with the longest postings (those common to thousands of names on a large journal) are
            // not counted, as long as what they could add to a name's count stays within a third of the threshold:
            // a name that shares `threshold` bigrams still shares `needed` of the others, so none the filter would
            // keep is lost, and the edit distance decides as before.
            lists.sort { $0.end - $0.start > $1.end - $1.start }
            var skipped: Int32 = 0
            var from = 0
            while from < lists.count, Int(skipped + lists[from].n) <= threshold / 3 {
                skipped += lists[from].n
                from += 1
            }
            let needed = Int32(threshold) - skipped
            for l in lists[from...] {
                for r in l.start..<l.end {
                    let (i, m) = (Int(l.postings[r].name), l.postings[r].count)
                    if shared[i] == 0 { touched.append(i) }
                    shared[i] += Swift.min(l.n, m)
                }
            }
            for i in touched {
                if shared[i] >= needed { candidates.append(i) }
                shared[i] = 0
            }
        } else {
            // Too short for the bigram filter: every name within the length window.
            candidates = lengthWindow(k.count, limit: limit).map(Int.init)
        }
        var best: [Int: Int] = [:]
        for i in candidates {
            let (scalars, person) = suggestionKeys[i]
            guard renamed[person] == nil else { continue }
            let d = Normalize.distance(k, scalars, limit: limit)
            if d <= limit, d < best[person, default: Int.max] { best[person] = d }
        }
        for (person, names) in renamed {
            let d = names.map { abs($0.count - k.count) > limit ? .max : Normalize.distance(k, $0, limit: limit) }.min()
            if let d, d <= limit { best[person] = d }
        }
        return best.sorted { a, b in a.value != b.value ? a.value < b.value : labels[a.key] < labels[b.key] }
            .prefix(NameIndex.suggestionsKept).map(\.key)
    }
}
