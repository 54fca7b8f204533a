extension Analysis {
    /// A first touch at most this many days ago, and no second one yet, is a new connection to follow up.
    static let newConnectionDays = 30

    /// In-play people whose first touch is within 30 days and who have exactly one touch.
    func followUps() -> [Digest.FollowUp] {
        var out: [Digest.FollowUp] = []
        for p in journal.people.indices where timeline.inPlay(p) {
            let h = timeline.histories[p]
            guard h.touches.count == 1, let first = h.first, first >= date - Analysis.newConnectionDays, first <= date
            else {
                continue
            }
            let by = first + journal.config.followUpWithinDays
            out.append(Digest.FollowUp(person: who(p), firstTouch: first, followUpBy: by, late: by < date))
        }
        return out.sorted { ($0.followUpBy, $0.person) < ($1.followUpBy, $1.person) }
    }
}
