extension Analysis {
    /// In-play people with no purpose.
    func missingPurpose() -> [Digest.Who] {
        journal.people.indices.filter { timeline.inPlay($0) && journal.people[$0].purpose == nil }.map { who($0) }
    }
}
