/// The relationship graph: you and every person, with edges for touches, `knows`, `introduced_by`,
/// shared entries and introductions, each with a strength (how often) and a recency (when last).
public struct RelationshipGraph: Sendable {
    /// An edge to a neighbour, kept in 12 bytes: a large journal has millions of them.
    public struct Edge: Sendable, Hashable {
        private var target: Int32
        private var count: Int32
        private var day: Int32

        public init(to: Int, strength: Int, lastShared: Day?) {
            target = Int32(to)
            count = Int32(clamping: strength)
            day = lastShared.map { Int32(clamping: $0.ordinal) } ?? Int32.min
        }

        public var to: Int { Int(target) }
        /// Evidence count: shared entries, `knows`, `introduced_by`, introductions.
        public var strength: Int { Int(count) }
        /// The latest shared entry, if any.
        public var lastShared: Day? { day == Int32.min ? nil : Day(ordinal: Int(day)) }
    }

    /// Every person's edges in one flat list (compressed rows): person p's edges are at `start[p]..<start[p + 1]`,
    /// sorted by neighbour. Each packs the neighbour (high 32 bits) and the latest shared day (low 32, sign flipped so
    /// that the packed values sort by day); `strengths` runs beside it.
    private let start: [Int]
    private let packed: [UInt64]
    private let strengths: [Int32]
    /// People you touched within the last 365 days, with your touches as strength.
    public private(set) var yours: [Edge] = []

    /// The number of people.
    public var count: Int { start.count - 1 }

    /// A person's edges, sorted by neighbour.
    public func neighbours(of p: Int) -> Neighbours {
        Neighbours(packed: packed, strengths: strengths, range: start[p]..<start[p + 1])
    }

    /// One person's edges: a view into the graph's flat lists.
    public struct Neighbours: RandomAccessCollection, Sendable {
        let packed: [UInt64]
        let strengths: [Int32]
        let range: Range<Int>

        public var startIndex: Int { range.lowerBound }
        public var endIndex: Int { range.upperBound }
        public subscript(i: Int) -> Edge {
            let day = Int32(bitPattern: UInt32(truncatingIfNeeded: packed[i]) ^ 0x8000_0000)
            return Edge(
                to: Int(packed[i] >> 32), strength: Int(strengths[i]),
                lastShared: day == Int32.min ? nil : Day(ordinal: Int(day)))
        }
    }

    /// Builds the graph as of the timeline's date (entries after it are plans, not edges).
    public init(timeline: Timeline) {
        self.init(journal: timeline.journal, date: timeline.date)
        addYours(timeline)
    }

    /// Builds the edges between people as of `date`; `addYours` adds your own from the timeline of the same date.
    /// The two need nothing from each other, so the timeline can be worked out meanwhile.
    public init(journal: Journal, date: Day) {
        let n = journal.people.count
        // Every piece of evidence as a directed pair (both directions), written straight into each person's row: the
        // rows are counted first, so the one flat list is allocated once. The rows are then turned over, which puts
        // each in order of neighbour, and repeated neighbours are merged in place.
        var rowStart = [Int](repeating: 0, count: n + 1)
        RelationshipGraph.forEachPair(journal, date) { a, b, _ in
            rowStart[a + 1] += 1; rowStart[b + 1] += 1
        }
        for p in 0..<n { rowStart[p + 1] += rowStart[p] }
        var fill = rowStart
        var slots = [UInt64](repeating: 0, count: rowStart[n])
        func pack(_ to: Int, _ day: Day?) -> UInt64 {
            let d = Int32(clamping: day?.ordinal ?? Int(Int32.min))
            return UInt64(to) << 32 | UInt64(UInt32(bitPattern: d) ^ 0x8000_0000)
        }
        RelationshipGraph.forEachPair(journal, date) { a, b, day in
            slots[fill[a]] = pack(b, day); fill[a] += 1
            slots[fill[b]] = pack(a, day); fill[b] += 1
        }
        fill = []
        slots = RelationshipGraph.turnedOver(slots, rowStart: rowStart)
        var strengths: [Int32] = []
        strengths.reserveCapacity(slots.count)
        var w = 0
        var newStart = [Int](repeating: 0, count: n + 1)
        for p in 0..<n {
            var r = rowStart[p]
            while r < rowStart[p + 1] {
                let to = slots[r] >> 32
                var count: Int32 = 0, latest = slots[r]
                while r < rowStart[p + 1], slots[r] >> 32 == to { count += 1; latest = max(latest, slots[r]); r += 1 }
                slots[w] = latest
                strengths.append(count)
                w += 1
            }
            newStart[p + 1] = w
        }
        slots.removeLast(slots.count - w)
        start = newStart
        packed = slots
        self.strengths = strengths
    }

    /// Calls `body` with every pair of people the journal ties together as of `date`: who knows or introduced
    /// whom (no date), and who took part in the same contact (its date).
    private static func forEachPair(_ journal: Journal, _ date: Day, _ body: (Int, Int, Day?) -> Void) {
        // Each person read in place: taking one out of the array copies every field.
        journal.people.withUnsafeBufferPointer { people in
            for p in people.indices {
                for q in people[p].knows where q != p { body(p, q, nil) }
                for q in people[p].introducedBy where q != p { body(p, q, nil) }
            }
        }
        // Storage order: the rows are turned over afterwards, in order of person, so the order of the visits does
        // not matter.
        journal.entries.forEachStoredWithParticipants { _, entry, ps in
            guard ps.count > 1, entry.pointee.date <= date, entry.pointee.isContact else { return }
            let day = entry.pointee.date
            for i in 0..<ps.count {
                for j in (i + 1)..<ps.count where ps[i] != ps[j] { body(Int(ps[i]), Int(ps[j]), day) }
            }
        }
    }

    /// The rows turned over: person p's row, read in order of p, puts p into the row of each neighbour, so every
    /// row comes out in order of neighbour without a sort (each pair is written both ways, so a row turned over
    /// holds what it held). Ten thousand small sorts took longer than this one pass into a second list.
    private static func turnedOver(_ slots: [UInt64], rowStart: [Int]) -> [UInt64] {
        var byNeighbour = [UInt64](repeating: 0, count: slots.count)
        var fill = rowStart
        for p in 0..<(rowStart.count - 1) {
            for r in rowStart[p]..<rowStart[p + 1] {
                let q = Int(slots[r] >> 32)
                byNeighbour[fill[q]] = UInt64(p) << 32 | (slots[r] & 0xFFFF_FFFF)
                fill[q] += 1
            }
        }
        return byNeighbour
    }

    /// Adds your edges: the people you touched within the 365 days before the timeline's date.
    public mutating func addYours(_ timeline: Timeline) {
        yours = []
        for (p, h) in timeline.histories.enumerated() where h.touches365 > 0 && p != timeline.journal.owner {
            yours.append(Edge(to: p, strength: h.touches365, lastShared: h.last))
        }
    }

    /// Calls `body` with each person `a` is connected to.
    func forEachNeighbour(of a: Int, _ body: (Int) -> Void) {
        for r in start[a]..<start[a + 1] { body(Int(packed[r] >> 32)) }
    }

    /// Whether two people are connected: `knows`, `introduced_by` or a shared entry.
    public func connected(_ a: Int, _ b: Int) -> Bool {
        var lo = start[a], hi = start[a + 1] - 1
        let target = UInt64(b)
        while lo <= hi {
            let mid = (lo + hi) / 2
            let to = packed[mid] >> 32
            if to == target { return true }
            if to < target { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }

    /// The warmest shortest chain from you to every person: breadth first from your recent contacts, and among equally
    /// short chains the one with the most evidence, then the most recent, then the lowest ids. `through` says who may
    /// stand in the middle of a chain. Returns, for each person, the chain (you excluded) or nil.
    public func warmPaths(to targets: [Int], through: (Int) -> Bool) -> [Int: [Int]] {
        let n = count
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
                for e in neighbours(of: u) {
                    let candidate = Best(
                        distance: distance, strength: bu.strength + e.strength,
                        recency: bu.recency + (e.lastShared?.ordinal ?? 0), previous: u)
                    if let bv = best[e.to] {
                        guard bv.distance == distance else { continue }
                        if (candidate.strength, candidate.recency, -candidate.previous) > (
                            bv.strength, bv.recency, -bv.previous
                        ) {
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
