/// The resolved journal: people, entries and tasks with links turned into people, and every diagnostic.
public struct Journal: Sendable {
    public var config: Config
    /// Sorted by id.
    public var people: [Person]
    /// Sorted by date, then path, then line.
    public var entries: [Entry]
    /// Sorted by path, then line.
    public var tasks: [TaskItem]
    /// Sorted by path, line, column.
    public var diagnostics: [Diagnostic]
    /// The person note that is the owner, when `owner` names one; it is left out of every reminder.
    public var owner: Int?
    /// Notes read.
    public var noteCount: Int

    /// Index of the person with this id.
    public func index(ofId id: String) -> Int? {
        var lo = 0, hi = people.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let c = people[mid].id
            if c == id { return mid }
            if c.utf8.lexicographicallyPrecedes(id.utf8) { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// Errors among the diagnostics.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// Warnings among the diagnostics.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
