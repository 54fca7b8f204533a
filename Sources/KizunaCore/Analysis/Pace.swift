extension Analysis {
    /// This many touches in the last two weeks (`Timeline.paceDays`) with someone of a slow cadence is rushing.
    static let rushedTouches = 3
    /// A cadence of this many days or more is a slow one.
    static let slowCadenceDays = 60

    /// In-play people with three or more touches in 14 days and a cadence of 60 days or more.
    func pace() -> [Digest.Pace] {
        journal.people.indices.compactMap { p -> Digest.Pace? in
            let h = timeline.histories[p]
            guard timeline.inPlay(p), h.touches14 >= Analysis.rushedTouches,
                journal.people[p].cadenceDays >= Analysis.slowCadenceDays
            else { return nil }
            return Digest.Pace(person: who(p), touches14: h.touches14, cadenceDays: journal.people[p].cadenceDays)
        }.sorted { ($1.touches14, $0.person) < ($0.touches14, $1.person) }
    }
}
