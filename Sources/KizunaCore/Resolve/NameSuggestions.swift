import Dispatch

/// Suggestions for links that name nobody: the closest names by edit distance, found through shared bigrams.
extension NameIndex {
    /// The bigrams of a name with how often each occurs.
    static func bigramCounts(_ s: [Unicode.Scalar]) -> [(gram: UInt64, count: Int)] {
        guard s.count >= 2 else { return [] }
        // Sorted on the stack, where a name's few bigrams are: an array for them cost more than the sorting.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: s.count - 1) { buffer in
            var grams = buffer
            for k in grams.indices { grams[k] = UInt64(s[k].value) << 32 | UInt64(s[k + 1].value) }
            grams.sort()
            var counts: [(gram: UInt64, count: Int)] = []
            counts.reserveCapacity(grams.count)
            var i = 0
            while i < grams.count {
                var j = i + 1
                while j < grams.count, grams[j] == grams[i] { j += 1 }
                counts.append((grams[i], j - i))
                i = j
            }
            return counts
        }
    }

    mutating func prepareSuggestions() {
        suggestionKeys = []
        bigrams = GramRanges()
        postings = []
        // The keys with their people, read from the table itself (no lookup of each key again), numbered shortest
        // first so that each bigram's postings run in order of length; sorted as indexes, so that the comparisons
        // copy no name.
        var entries: [(key: String, value: Int)] = []
        entries.reserveCapacity(byKey.count)
        byKey.forEach { key, value in entries.append((String(decoding: key, as: UTF8.self), value)) }
        let scalars = entries.map { Array($0.key.unicodeScalars) }
        // Sorted on the length and the key's first sixteen bytes as numbers, the whole keys compared only when
        // those are the same, as few pairs are (BENCHMARKS.md, seventh round).
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
        // Every (bigram, name, count) in the names' order, then laid out bigram by bigram.
        var all: [(gram: UInt64, name: Int32, count: Int32)] = []
        for e in order {
            let value = entries[e].value
            // A key's bigrams are counted once, however many people share it.
            let grams = NameIndex.bigramCounts(scalars[e])
            for k in 0..<(value >= 0 ? 1 : shared[-1 - value].count) {
                let p = value >= 0 ? value : shared[-1 - value][k]
                let i = suggestionKeys.count
                while lengthStart.count <= scalars[e].count { lengthStart.append(i) }
                suggestionKeys.append((scalars[e], p))
                for (g, n) in grams { all.append((g, Int32(i), Int32(n))) }
            }
        }
        lengthStart.append(suggestionKeys.count)
        (bigrams, postings) = NameIndex.byBigram(all)
    }

    /// The postings laid out bigram by bigram, each bigram's in the order given: numbered, counted, then filled.
    private static func byBigram(_ all: [(gram: UInt64, name: Int32, count: Int32)]) -> (
        GramRanges, [(name: Int32, count: Int32)]
    ) {
        var ranges = GramRanges(capacity: all.count / 4)
        var number = [Int32](repeating: 0, count: all.count)
        var sizes: [Int32] = []
        for k in all.indices {
            let id = ranges.number(all[k].gram)
            if id == sizes.count { sizes.append(0) }
            sizes[Int(id)] += 1
            number[k] = id
        }
        var next = [Int32](repeating: 0, count: sizes.count)
        var start: Int32 = 0
        for (id, n) in sizes.enumerated() {
            next[id] = start
            start += n
        }
        ranges.starts = next + [start]
        var postings = [(name: Int32, count: Int32)](repeating: (0, 0), count: all.count)
        for k in all.indices {
            let id = Int(number[k])
            postings[Int(next[id])] = (all[k].name, all[k].count)
            next[id] += 1
        }
        return (ranges, postings)
    }

    /// The indexes of the names whose length is within `limit` of `length`: no other name is that close.
    fileprivate func lengthWindow(_ length: Int, limit: Int) -> Range<Int32> {
        func start(_ n: Int) -> Int { lengthStart[Swift.min(Swift.max(n, 0), lengthStart.count - 1)] }
        return Int32(start(length - limit))..<Int32(start(length + limit + 1))
    }

    /// The warnings for unresolved links, with suggestions computed once per distinct key, on all cores.
    func warnings(for unresolved: [Unresolved]) -> [Diagnostic] {
        let keys = Array(Set(unresolved.map { $0.key })).sorted()
        let labels = self.labels
        let near = closest(to: keys)
        let byBareName = calledByBareName(of: zip(keys, near).filter { $1.isEmpty }.map(\.0), labels: labels)
        let byKey = Dictionary(
            uniqueKeysWithValues: zip(keys, near).map { key, near in
                (key, NameIndex.shown(near, else: byBareName[key], labels: labels))
            })
        return NameIndex.warnings(
            for: unresolved, closest: suggestingNotesByTitle(byKey, for: unresolved), appMakesNote: appMakesNote)
    }

    /// The warnings for links that name nobody, with the `closest` names found for their keys. Of those whose key
    /// names a note the app makes when it is opened (`appMakesNote`), only those near a person's name are warnings.
    static func warnings(
        for unresolved: [Unresolved], closest byKey: [String: [String]], appMakesNote: (String) -> Bool = { _ in false }
    ) -> [Diagnostic] {
        let unresolved = unresolved.filter { !appMakesNote($0.key) || !(byKey[$0.key] ?? []).isEmpty }
        return unresolved.map { u in
            if NameIndex.namesAttachment(u.target) {
                let message = Message("no file named '\(u.target)'", ja: "'\(u.target)' というファイルが見つかりません")
                return Diagnostic(.warning, message, at: u.location)
            }
            var message = Message("no person or note named '\(u.target)'", ja: "'\(u.target)' という人物もメモも見つかりません")
            if let close = byKey[u.key], !close.isEmpty {
                message.en += "; did you mean \(close.joined(separator: ", "))?"
                message.ja += "。もしかして: \(close.joined(separator: "、"))"
            }
            return Diagnostic(.warning, message, at: u.location)
        }
    }

    /// What a key is compared with names as: a Dendron user tag's by the name after `user.` (`user.ann-le`, near Ann
    /// Lee), which every user note shares.
    func comparedKey(_ key: String) -> String {
        dendron && key.hasPrefix("user.") && key.utf8.count > 5 ? String(key.dropFirst(5)) : key
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
                        for: comparedKey(keys[i]), shared: &shared, touched: &touched, renamed: renamed,
                        labels: labels ?? self.labels)
                }
            }
        }
        return found
    }

    /// Up to `suggestionsKept` closest people, nearest first, then by label. Names within edit distance `limit` of an
    /// n-scalar key share at least
    /// n - 1 - 2·limit of its bigrams, counted with repetition (the q-gram lemma), so only names passing that count
    /// are compared in full; the filter never drops a name the full comparison would keep. `shared` is a zeroed
    /// counting table with a slot per name; it is zeroed again on return.
    func suggestions(
        for key: String, shared: inout [Int32], touched: inout [Int], renamed: [Int: [[Unicode.Scalar]]] = [:],
        labels: [String]
    ) -> [Int] {
        let k = Array(key.unicodeScalars)
        let limit = NameIndex.suggestionLimit(k.count)
        var best: [Int: Int] = [:]
        // How many people are at each distance so far: once `suggestionsKept` are within `bound`, no one further
        // can be kept, and each later name is compared within that bound only.
        var atDistance = [Int](repeating: 0, count: limit + 1)
        var bound = limit
        for i in candidates(k, limit: limit, shared: &shared, touched: &touched) {
            let (scalars, person) = suggestionKeys[i]
            guard renamed.isEmpty || renamed[person] == nil else { continue }
            let d = Normalize.distance(k, scalars, limit: bound)
            guard d <= bound, d < best[person, default: Int.max] else { continue }
            if let old = best.updateValue(d, forKey: person) { atDistance[old] -= 1 }
            atDistance[d] += 1
            var within = 0
            for e in 0...bound {
                within += atDistance[e]
                if within >= NameIndex.suggestionsKept {
                    bound = e
                    break
                }
            }
        }
        for (person, names) in renamed {
            let d = names.map { abs($0.count - k.count) > limit ? .max : Normalize.distance(k, $0, limit: limit) }.min()
            if let d, d <= limit { best[person] = d }
        }
        return best.sorted { a, b in a.value != b.value ? a.value < b.value : labels[a.key] < labels[b.key] }
            .prefix(NameIndex.suggestionsKept).map(\.key)
    }

    /// The names that may lie within `limit` edits of `k`: those sharing enough of its bigrams, or for a short key
    /// every name of about its length.
    private func candidates(_ k: [Unicode.Scalar], limit: Int, shared: inout [Int32], touched: inout [Int]) -> [Int] {
        let threshold = k.count - 1 - 2 * limit
        // Too short for the bigram filter: every name within the length window.
        guard threshold >= 1 else { return lengthWindow(k.count, limit: limit).map(Int.init) }
        touched.removeAll(keepingCapacity: true)
        // A name more than `limit` scalars longer or shorter is further than `limit` edits away: only the
        // postings of names within the length window are counted.
        let window = lengthWindow(k.count, limit: limit)
        // Each bigram's postings within the window, and how often the key holds it.
        var lists: [(start: Int, end: Int, n: Int32)] = []
        for (g, n) in NameIndex.bigramCounts(k) {
            guard let range = bigrams[g] else { continue }
            func first(_ bound: Int32) -> Int {
                var lo = Int(range.lowerBound), hi = Int(range.upperBound)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if postings[mid].name < bound { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            lists.append((first(window.lowerBound), first(window.upperBound), Int32(n)))
        }
        // The bigrams with the longest postings (those common to thousands of names on a large journal) are not
        // counted, as long as what they could add to a name's count stays within a third of the threshold: a name
        // that shares `threshold` bigrams still shares `needed` of the others, so none the filter would keep is
        // lost, and the edit distance decides as before.
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
                let (i, m) = (Int(postings[r].name), postings[r].count)
                if shared[i] == 0 { touched.append(i) }
                shared[i] += Swift.min(l.n, m)
            }
        }
        var found: [Int] = []
        for i in touched {
            if shared[i] >= needed { found.append(i) }
            shared[i] = 0
        }
        return found
    }
}

/// Where each bigram's postings stand: the bigrams numbered in the order first met, in a table of open addressing
/// whose slots are found by a multiply with a seed drawn for each table (the standard library's hashing cost more
/// than the rest of the index: BENCHMARKS.md).
struct GramRanges: Sendable {
    private var grams: [UInt64] = []
    /// Each slot's number, -1 when empty.
    private var numbers: [Int32] = []
    private var seed: UInt64 = 0
    private var count = 0
    /// Where the postings of bigram number i start; one more, past the last.
    var starts: [Int32] = []

    /// An empty table, which takes no room until a bigram is numbered.
    init() {}

    /// An empty table with room for `capacity` bigrams before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        (grams, numbers) = ([UInt64](repeating: 0, count: size), [Int32](repeating: -1, count: size))
        var random = SystemRandomNumberGenerator()
        seed = random.next()
    }

    /// The slot that holds `gram`, or the empty one where it would go: the first of the two met from the slot
    /// the seeded multiply gives, going on one slot at a time.
    private func slot(_ gram: UInt64) -> Int {
        let p = (gram ^ seed).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        var i = Int(truncatingIfNeeded: p.high ^ p.low) & (grams.count - 1)
        while numbers[i] >= 0, grams[i] != gram { i = (i + 1) & (grams.count - 1) }
        return i
    }

    /// The bigram's number, a new one when it is first met.
    mutating func number(_ gram: UInt64) -> Int32 {
        if 2 * (count + 1) > grams.count { grow() }
        let i = slot(gram)
        if numbers[i] < 0 {
            (grams[i], numbers[i]) = (gram, Int32(count))
            count += 1
        }
        return numbers[i]
    }

    private mutating func grow() {
        guard !grams.isEmpty else { return self = GramRanges(capacity: 8) }
        let (oldGrams, oldNumbers) = (grams, numbers)
        grams = [UInt64](repeating: 0, count: 2 * oldGrams.count)
        numbers = [Int32](repeating: -1, count: 2 * oldGrams.count)
        for k in oldGrams.indices where oldNumbers[k] >= 0 {
            let i = slot(oldGrams[k])
            (grams[i], numbers[i]) = (oldGrams[k], oldNumbers[k])
        }
    }

    /// Where the bigram's postings stand, or nil when no name holds it.
    subscript(gram: UInt64) -> Range<Int32>? {
        guard !starts.isEmpty else { return nil }
        let n = Int(numbers[slot(gram)])
        return n < 0 ? nil : starts[n]..<starts[n + 1]
    }
}
