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
                people[p].introducedBy = found(f.introducedBy, in: directory, besides: p)
            }
            if people[p].knows.isEmpty, !f.knows.isEmpty { people[p].knows = found(f.knows, in: directory, besides: p) }
            if people[p].tags.isEmpty { people[p].tags = f.tags }
            for (key, value) in f.contact where !people[p].contact.contains(where: { $0.key == key }) {
                people[p].contact.append((key, value))
            }
        }
        return people
    }

    /// The people `names` find in the directory, but `p`, in order. A name that finds no one is said at its link,
    /// as the body's other links are.
    private static func found(_ names: [String], in directory: Directory, besides p: Int) -> [Int] {
        var unsaid: [Diagnostic] = [], unresolved: [NameIndex.Unresolved] = []
        let found = names.compactMap {
            directory.index.resolve(
                RawLink(target: .name($0), location: SourceLocation(path: "", line: 0, column: 0)),
                diagnostics: &unsaid, unresolved: &unresolved)
        }
        return Array(Set(found.filter { $0 != p })).sorted()
    }
}
