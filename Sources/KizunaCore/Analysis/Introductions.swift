import Collections

extension Analysis {
    /// Tags held by more eligible people than this are "common": their pairs are never listed one by one.
    static let commonTagThreshold = 200

    /// Pairs of in-play people, both touched within 180 days, not connected, sharing two or more tags or communities;
    /// most shared first, then by ids; at most `limit`.
    ///
    /// Exact without being quadratic when a tag is shared by everyone: pairs through rare tags are counted one by one;
    /// pairs through common tags only are merged in id order from groups of people holding the same common tags,
    /// most shared first, and the merge stops as soon as no further pair can enter the top `limit`.
    func introductions(limit: Int) -> [Digest.Introduction] {
        guard limit > 0 else { return [] }
        let eligible = journal.people.indices.filter { p in
            timeline.inPlay(p) && (timeline.histories[p].last.map { $0 >= date - 179 } ?? false)
        }
        let tags = SharedTags(journal.people, eligible: eligible)
        var best = TopPairs(limit: limit)
        offerPairsSharingRareTags(tags, eligible, to: &best)
        offerPairsSharingOnlyCommonTags(tags, eligible, to: &best)
        return best.items.map { item in
            // The shared tags as the first person writes them, each key once, in their order.
            let theirs = Set(tags.keysOf[item.b])
            var seen = Set<Int>()
            let shared = (journal.people[item.a].tags + journal.people[item.a].communities).filter { t in
                guard let id = tags.ids[Normalize.key(t)], seen.insert(id).inserted else { return false }
                return theirs.contains(id)
            }
            return Digest.Introduction(a: who(item.a), b: who(item.b), shared: shared)
        }
    }

    /// Every pair sharing a rare tag, counted one by one.
    private func offerPairsSharingRareTags(_ tags: SharedTags, _ eligible: [Int], to best: inout TopPairs) {
        let n = journal.people.count
        var count = [Int](repeating: 0, count: n)
        // For the person `a` at hand, `neighbourOf[b] == a` when they are connected: each of a's connections is
        // marked once, instead of searching a's row of the graph for every candidate.
        var neighbourOf = [Int](repeating: -1, count: n)
        // Once the list is full, a pair that cannot share as many as its last pair cannot enter it (later pairs
        // only raise the bar): such pairs are passed over without counting. So is everyone whose tags are too few
        // to share more than the last pair: a tie loses to it, since its first person comes earlier in id order.
        // (A tie of the same first person can still win on the second, so pairs are passed over only when below.)
        var touched: [Int] = []
        for a in eligible {
            if best.isFull, tags.rareOf[a].count + tags.commonOf[a].count <= best.leastShared { continue }
            graph.forEachNeighbour(of: a) { neighbourOf[$0] = a }
            touched.removeAll(keepingCapacity: true)
            for k in tags.rareOf[a] {
                for b in tags.postings[k] where b > a {
                    if count[b] == 0 { touched.append(b) }
                    count[b] += 1
                }
            }
            for b in touched {
                let rare = count[b]
                count[b] = 0
                let most = rare + min(tags.commonOf[a].count, tags.commonOf[b].count)
                if most < 2 || (best.isFull && most < best.leastShared) { continue }
                let shared = rare + sortedIntersectionCount(tags.commonOf[a], tags.commonOf[b])
                if shared >= 2, neighbourOf[b] != a { best.offer(shared, a, b) }
            }
        }
    }

    /// Pairs that share only common tags, level by level from the most shared: at level c, every c-subset of a
    /// person's common tags is a group, and the groups' pairs are merged lazily in (a, b) order. A pair with exactly
    /// c common tags meets in exactly one group; pairs with more were offered at a higher level and are skipped.
    private func offerPairsSharingOnlyCommonTags(_ tags: SharedTags, _ eligible: [Int], to best: inout TopPairs) {
        var level = eligible.map { tags.commonOf[$0].count }.max() ?? 0
        while level >= 2, best.couldAccept(level) {
            var groups: [[Int]: [Int]] = [:]
            for p in eligible where tags.commonOf[p].count >= level {
                forEachSubset(of: tags.commonOf[p], size: level) { groups[$0, default: []].append(p) }
            }
            let members = groups.values.filter { $0.count >= 2 }
            var heap = Heap<PairCursor>()
            for (g, m) in members.enumerated() { heap.insert(PairCursor(a: m[0], b: m[1], group: g, i: 0, j: 1)) }
            while let top = heap.popMin() {
                let m = members[top.group]
                if top.j + 1 < m.count {
                    heap.insert(PairCursor(a: m[top.i], b: m[top.j + 1], group: top.group, i: top.i, j: top.j + 1))
                }
                if top.j == top.i + 1, top.i + 2 < m.count {
                    heap.insert(
                        PairCursor(a: m[top.i + 1], b: m[top.i + 2], group: top.group, i: top.i + 1, j: top.i + 2))
                }
                let (a, b) = (top.a, top.b)
                // A pair sharing a rare tag was counted above.
                if sortedIntersectionCount(tags.rareOf[a], tags.rareOf[b]) > 0 || graph.connected(a, b) { continue }
                if sortedIntersectionCount(tags.commonOf[a], tags.commonOf[b]) != level { continue }
                if !best.offer(level, a, b) { break }
            }
            level -= 1
        }
    }
}

/// The eligible people's tags and communities as numbers, by person and by tag, split into common and rare ones.
private struct SharedTags {
    var ids: [String: Int]
    /// Per person (empty for the ineligible): tag ids, sorted; the common and the rare ones among them.
    var keysOf: [[Int]]
    var commonOf: [[Int]]
    var rareOf: [[Int]]
    /// The people holding each tag, in order.
    var postings: [[Int]]

    init(_ people: [Person], eligible: [Int]) {
        let n = people.count
        var ids: [String: Int] = [:]
        var keysOf = [[Int]](repeating: [], count: n)
        for p in eligible {
            var keys: [Int] = []
            keys.reserveCapacity(people[p].tags.count + people[p].communities.count)
            // A tag already numbered, as most are, is looked up once.
            func add(_ t: String) {
                let k = Normalize.key(t)
                guard !k.isEmpty else { return }
                let id: Int
                if let known = ids[k] {
                    id = known
                } else {
                    id = ids.count
                    ids[k] = id
                }
                if !keys.contains(id) { keys.append(id) }
            }
            for t in people[p].tags { add(t) }
            for t in people[p].communities { add(t) }
            keys.sort()
            keysOf[p] = keys
        }
        var postings = [[Int]](repeating: [], count: ids.count)
        for p in eligible { for k in keysOf[p] { postings[k].append(p) } }
        let isCommon = postings.map { $0.count > Analysis.commonTagThreshold }
        var commonOf = [[Int]](repeating: [], count: n)
        var rareOf = [[Int]](repeating: [], count: n)
        for p in eligible {
            commonOf[p] = keysOf[p].filter { isCommon[$0] }
            rareOf[p] = keysOf[p].filter { !isCommon[$0] }
        }
        (self.ids, self.keysOf, self.postings, self.commonOf, self.rareOf) = (ids, keysOf, postings, commonOf, rareOf)
    }
}

/// The next pair of one group, ordered by (a, b) so that a heap merges the groups in id order.
struct PairCursor: Comparable {
    var a: Int
    var b: Int
    var group: Int
    var i: Int
    var j: Int

    static func < (x: PairCursor, y: PairCursor) -> Bool { (x.a, x.b, x.group) < (y.a, y.b, y.group) }
    static func == (x: PairCursor, y: PairCursor) -> Bool { (x.a, x.b, x.group) == (y.a, y.b, y.group) }
}

/// Calls `body` with every subset of `values` (sorted) of the given size, each sorted.
func forEachSubset(of values: [Int], size: Int, _ body: ([Int]) -> Void) {
    var chosen: [Int] = []
    func pick(_ from: Int) {
        if chosen.count == size { body(chosen); return }
        guard values.count - from >= size - chosen.count else { return }
        for i in from..<values.count {
            chosen.append(values[i])
            pick(i + 1)
            chosen.removeLast()
        }
    }
    pick(0)
}

/// Number of values two sorted arrays share.
func sortedIntersectionCount(_ a: [Int], _ b: [Int]) -> Int {
    var i = 0, j = 0, n = 0
    while i < a.count, j < b.count {
        if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return n
}

/// The best `limit` pairs by (most shared, then a, then b).
struct TopPairs {
    struct Item { var shared: Int; var a: Int; var b: Int }
    let limit: Int
    private(set) var items: [Item] = []

    init(limit: Int) { self.limit = limit }

    private static func better(_ x: Item, _ y: Item) -> Bool {
        (-x.shared, x.a, x.b) < (-y.shared, y.a, y.b)
    }

    /// Whether the list holds `limit` pairs.
    var isFull: Bool { items.count == limit }

    /// What the list's last pair shares (meaningful when it is full).
    var leastShared: Int { items.last?.shared ?? 0 }

    /// Whether a pair sharing `shared` could enter the list.
    func couldAccept(_ shared: Int) -> Bool { items.count < limit || shared >= items[items.count - 1].shared }

    /// Adds the pair if it is among the best; false when it is not (nor would any later pair of the same count in id
    /// order be).
    @discardableResult
    mutating func offer(_ shared: Int, _ a: Int, _ b: Int) -> Bool {
        let item = Item(shared: shared, a: a, b: b)
        if items.count == limit, !TopPairs.better(item, items[limit - 1]) { return false }
        let at = items.firstIndex { TopPairs.better(item, $0) } ?? items.count
        items.insert(item, at: at)
        if items.count > limit { items.removeLast() }
        return true
    }
}
