extension Analysis {
    /// Asks over the last year (`Timeline.yearDays`) before a balance is shown.
    static let asksToNotice = 2

    /// In-play people with two or more asks in 365 days and fewer gives than asks.
    func giveBalance() -> [Digest.GiveBalance] {
        journal.people.indices.compactMap { p -> Digest.GiveBalance? in
            let h = timeline.histories[p]
            guard timeline.inPlay(p), h.asks365 >= Analysis.asksToNotice, h.gives365 < h.asks365 else { return nil }
            return Digest.GiveBalance(person: who(p), asks: h.asks365, gives: h.gives365)
        }.sorted { ($1.asks - $1.gives, $0.person) < ($0.asks - $0.gives, $1.person) }
    }
}
