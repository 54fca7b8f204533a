extension JournalResolver {
    /// The directory's people with the fields their notes' bodies give where their front matter gives none.
    static func withProfiles(_ directory: Directory, _ notes: [Resolved]) -> [Person] {
        var people = directory.people
        for case let (p, f)? in notes.lazy.map(\.profile) where p < people.count {
            people[p].birthday = people[p].birthday ?? f.birthday
            people[p].met = people[p].met ?? f.met
            people[p].howMet = people[p].howMet ?? f.howMet
            people[p].purpose = people[p].purpose ?? f.purpose
            if people[p].introducedBy.isEmpty, !f.introducedBy.isEmpty {
                // A name that finds no one is said at its link, as the body's other links are.
                var unsaid: [Diagnostic] = [], unresolved: [NameIndex.Unresolved] = []
                let found = f.introducedBy.compactMap {
                    directory.index.resolve(
                        RawLink(target: .name($0), location: SourceLocation(path: "", line: 0, column: 0)),
                        diagnostics: &unsaid, unresolved: &unresolved)
                }
                people[p].introducedBy = Array(Set(found.filter { $0 != p })).sorted()
            }
            for (key, value) in f.contact where !people[p].contact.contains(where: { $0.key == key }) {
                people[p].contact.append((key, value))
            }
        }
        return people
    }
}
