extension Analysis {
    /// Warm paths to every target; intermediates are people who are neither targets nor archived.
    func warmPaths() -> [Digest.WarmPath] {
        let targets = journal.people.indices.filter { journal.people[$0].status == .target && $0 != journal.owner }
        let paths = graph.warmPaths(to: targets) {
            journal.people[$0].status != .target && journal.people[$0].status != .archived
        }
        return targets.map {
            Digest.WarmPath(
                target: who($0), path: paths[$0].map { $0.map { who($0) } }, communities: journal.people[$0].communities
            )
        }
    }
}
