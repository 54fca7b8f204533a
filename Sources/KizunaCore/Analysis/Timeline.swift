/// Where each person stands on the digest date: their touches, plans and windows, computed once for every section.
public struct Timeline: Sendable {
    /// What one person's history says as of the digest date.
    public struct History: Sendable {
        /// Indexes into `Journal.entries` of touches (contact entries dated on or before D), oldest first.
        public var touches: ArraySlice<Int> = []
        /// Indexes of plans (entries dated after D), soonest first.
        public var plans: ArraySlice<Int> = []
        public var first: Day? = nil
        public var last: Day? = nil
        public var asks365 = 0
        public var gives365 = 0
        public var touches14 = 0
        public var touches365 = 0
    }

    /// The year asks, gives and touches are counted over (give and give).
    public static let yearDays = 365
    /// The two weeks touches are counted over (pace).
    public static let paceDays = 14

    public let journal: Journal
    public let date: Day
    public var histories: [History]
    /// `inPlay` for each person, worked out once: every section asks it of everyone, and reading a person out of
    /// the array to ask copied the whole record.
    private let inPlayFlags: [Bool]

    /// Computes every person's history as of `date`.
    public init(journal: Journal, date: Day) {
        self.journal = journal
        self.date = date
        let n = journal.people.count
        var h = [History](repeating: History(), count: n)
        // Entries are visited as stored, not in journal order, so each person's lists are sorted afterwards; every
        // other field does not depend on the order of the visits. The lists are laid out in two flat arrays first
        // (counted, then filled), and each person's taken out at once: appending entry by entry checked and grew
        // thousands of small arrays.
        var touchStart = [Int](repeating: 0, count: n + 1), planStart = [Int](repeating: 0, count: n + 1)
        Timeline.count(journal, date, into: &h, touchCounts: &touchStart, planCounts: &planStart)
        for p in 0..<n {
            touchStart[p + 1] += touchStart[p]
            planStart[p + 1] += planStart[p]
        }
        var touchFill = touchStart, planFill = planStart
        var touches = [Int](repeating: 0, count: touchStart[n]), plans = [Int](repeating: 0, count: planStart[n])
        journal.entries.forEachStoredWithParticipants { i, entry, people in
            if entry.pointee.date > date {
                for p in people { plans[planFill[Int(p)]] = i; planFill[Int(p)] += 1 }
            } else if entry.pointee.isContact {
                for p in people { touches[touchFill[Int(p)]] = i; touchFill[Int(p)] += 1 }
            }
        }
        touchFill = []
        planFill = []
        // Each person's lists are sorted in place and handed out as slices of the two flat arrays: no copy each.
        // Every sort comes before the first slice is handed out: sorting an array a slice shares would copy it whole.
        for p in 0..<n {
            if touchStart[p + 1] - touchStart[p] > 1 { touches[touchStart[p]..<touchStart[p + 1]].sort() }
            if planStart[p + 1] - planStart[p] > 1 { plans[planStart[p]..<planStart[p + 1]].sort() }
        }
        for p in 0..<n {
            if touchStart[p + 1] > touchStart[p] { h[p].touches = touches[touchStart[p]..<touchStart[p + 1]] }
            if planStart[p + 1] > planStart[p] { h[p].plans = plans[planStart[p]..<planStart[p + 1]] }
        }
        histories = h
        let owner = journal.owner
        inPlayFlags = journal.people.withUnsafeBufferPointer { people in
            people.indices.map { p in
                guard people[p].status == .active, p != owner else { return false }
                if let snooze = people[p].snoozeUntil, snooze >= date { return false }
                return true
            }
        }
    }

    /// Counts each person's touches (`touchCounts[p + 1]`) and plans (`planCounts[p + 1]`), and fills in their first
    /// and last touch and what they add up to.
    private static func count(
        _ journal: Journal, _ date: Day, into h: inout [History], touchCounts: inout [Int], planCounts: inout [Int]
    ) {
        journal.entries.forEachStoredWithParticipants { _, entry, people in
            let when = entry.pointee.date
            if when > date {
                for p in people { planCounts[Int(p) + 1] += 1 }
                return
            }
            guard entry.pointee.isContact else { return }
            let kinds = entry.pointee.kinds
            let recent365 = when > date - Timeline.yearDays
            let recent14 = when > date - Timeline.paceDays
            for p in people {
                let p = Int(p)
                touchCounts[p + 1] += 1
                if h[p].first.map({ when < $0 }) ?? true { h[p].first = when }
                if h[p].last.map({ when > $0 }) ?? true { h[p].last = when }
                if recent365 {
                    h[p].touches365 += 1
                    if kinds.contains(.ask) { h[p].asks365 += 1 }
                    if kinds.isGive { h[p].gives365 += 1 }
                }
                if recent14 { h[p].touches14 += 1 }
            }
        }
    }

    /// Active, not snoozed on the digest date, and not the owner.
    public func inPlay(_ p: Int) -> Bool {
        inPlayFlags[p]
    }

    /// The next plan with this person within `days` days after D.
    public func plan(_ p: Int, within days: Int) -> Int? {
        histories[p].plans.first { journal.entries[$0].date <= date + days }
    }
}
