/// The relationship graph: you and every person, with edges for touches, `knows`, `introduced_by`,
/// shared entries and introductions, each with a strength (how often) and a recency (when last).
public struct RelationshipGraph: Sendable {
    /// An edge to a neighbour.
    public struct Edge: Sendable, Hashable {
        public var to: Int
        /// Evidence count: shared entries, `knows`, `introduced_by`, introductions.
        public var strength: Int
        /// The latest shared entry, if any.
        public var lastShared: Day?
    }

    /// Neighbours of each person, sorted by id index.
    public let neighbours: [[Edge]]
    /// People you touched within the last 365 days, with your touches as strength.
    public let yours: [Edge]

    /// Builds the graph as of the timeline's date (entries after it are plans, not edges).
    public init(timeline: Timeline) {
        let journal = timeline.journal
        let n = journal.people.count
        // Every piece of evidence as a directed pair (both directions), then sorted and grouped per person:
        // no dictionary per person, and the neighbours come out sorted.
        var pairs: [(from: Int32, to: Int32, day: Int32)] = []
        func link(_ a: Int, _ b: Int, on day: Day?) {
            guard a != b else { return }
            let d = Int32(clamping: day?.ordinal ?? Int(Int32.min))
            pairs.append((Int32(a), Int32(b), d))
            pairs.append((Int32(b), Int32(a), d))
        }
        for (p, person) in journal.people.enumerated() {
            for q in person.knows { link(p, q, on: nil) }
            for q in person.introducedBy { link(p, q, on: nil) }
        }
        for e in journal.entries where e.date <= timeline.date && e.isContact && e.participants.count > 1 {
            let ps = e.participants
            for i in 0..<ps.count {
                for j in (i + 1)..<ps.count { link(ps[i], ps[j], on: e.date) }
            }
        }
        pairs.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        var lists = [[Edge]](repeating: [], count: n)
        var i = 0
        while i < pairs.count {
            let (from, to) = (pairs[i].from, pairs[i].to)
            var strength = 0
            var last = Int32.min
            while i < pairs.count, pairs[i].from == from, pairs[i].to == to {
                strength += 1
                last = max(last, pairs[i].day)
                i += 1
            }
            lists[Int(from)].append(Edge(to: Int(to), strength: strength, lastShared: last == Int32.min ? nil : Day(ordinal: Int(last))))
        }
        neighbours = lists
        var yours: [Edge] = []
        for (p, h) in timeline.histories.enumerated() where h.touches365 > 0 && p != journal.owner {
            yours.append(Edge(to: p, strength: h.touches365, lastShared: h.last))
        }
        self.yours = yours
    }

    /// Whether two people are connected: `knows`, `introduced_by` or a shared entry.
    public func connected(_ a: Int, _ b: Int) -> Bool {
        let list = neighbours[a]
        var lo = 0, hi = list.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if list[mid].to == b { return true }
            if list[mid].to < b { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }

    /// The warmest shortest chain from you to every person: breadth first from your recent contacts,
    /// and among equally short chains the one with the most evidence, then the most recent, then the lowest ids.
    /// `through` says who may stand in the middle of a chain. Returns, for each person, the chain (you excluded) or nil.
    public func warmPaths(to targets: [Int], through: (Int) -> Bool) -> [Int: [Int]] {
        let n = neighbours.count
        struct Best { var distance: Int; var strength: Int; var recency: Int; var previous: Int }
        var best = [Best?](repeating: nil, count: n)
        var frontier: [Int] = []
        for e in yours {
            best[e.to] = Best(distance: 1, strength: e.strength, recency: e.lastShared?.ordinal ?? 0, previous: -1)
            frontier.append(e.to)
        }
        frontier.sort()
        let wanted = Set(targets)
        var remaining = wanted.filter { best[$0] == nil }.count
        var distance = 1
        while !frontier.isEmpty, remaining > 0 {
            distance += 1
            var next: [Int] = []
            for u in frontier where through(u) {
                guard let bu = best[u] else { continue }
                for e in neighbours[u] {
                    let candidate = Best(distance: distance, strength: bu.strength + e.strength,
                                         recency: bu.recency + (e.lastShared?.ordinal ?? 0), previous: u)
                    if let bv = best[e.to] {
                        guard bv.distance == distance else { continue }
                        if (candidate.strength, candidate.recency, -candidate.previous) > (bv.strength, bv.recency, -bv.previous) {
                            best[e.to] = candidate
                        }
                    } else {
                        best[e.to] = candidate
                        next.append(e.to)
                        if wanted.contains(e.to) { remaining -= 1 }
                    }
                }
            }
            next.sort()
            frontier = next
        }
        var out: [Int: [Int]] = [:]
        for t in targets {
            guard best[t] != nil else { continue }
            var chain: [Int] = []
            var v = t
            while v >= 0, let b = best[v] {
                chain.append(v)
                v = b.previous
                if chain.count > n { break }
            }
            out[t] = chain.reversed()
        }
        return out
    }
}
