extension Analysis {
    /// Plans this many days ahead are coming up.
    static let upcomingDays = 13

    /// Birthdays from D to D + 13, for everyone not archived and not a target.
    func birthdays() -> [Digest.BirthdayItem] {
        journal.people.indices.compactMap { p -> Digest.BirthdayItem? in
            let s = journal.people[p].status
            guard s != .archived, s != .target, p != journal.owner, let b = nextBirthday(p),
                b.inDays <= Analysis.birthdayAheadDays
            else { return nil }
            return b
        }.sorted { ($0.inDays, $0.person) < ($1.inDays, $1.person) }
    }

    /// Plans dated D + 1 to D + 13.
    func upcoming() -> [Int] {
        journal.entries.positions { $0.pointee.date > date && $0.pointee.date <= date + Analysis.upcomingDays }
    }
}
