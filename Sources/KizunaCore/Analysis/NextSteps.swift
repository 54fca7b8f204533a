extension Digest {
    /// A task due within this many days is due soon.
    static let dueSoonDays = 7
    /// A task with no due date, created this many days ago or more, is stale.
    static let staleAfterDays = 30

    /// Open tasks about at least one person: overdue, due within 7 days, and stale (no due date, created 30 or more
    /// days ago). Tasks about nobody are counted in the stats, not listed. It needs neither the timeline nor the
    /// graph, so it is worked out beside them.
    static func nextSteps(_ journal: Journal, on date: Day) -> [Digest.NextStep] {
        // Indexes, not copies: a large journal has thousands of open tasks.
        let tasks = journal.tasks
        var overdue: [Int] = [], soon: [Int] = [], stale: [Int] = []
        // Each task read in place: a copy retains its text, its people and its path.
        tasks.withUnsafeBufferPointer { tasks in
            for i in tasks.indices where !tasks[i].done && !tasks[i].people.isEmpty {
                if let due = tasks[i].due {
                    if due < date { overdue.append(i) } else if due <= date + Digest.dueSoonDays { soon.append(i) }
                } else if let created = tasks[i].created, created <= date - Digest.staleAfterDays {
                    stale.append(i)
                }
            }
        }
        // The journal keeps its tasks in order of place (path, line, column), so between two tasks of one date the
        // lower index comes first; the sort reads only dates, never the tasks' strings.
        func byDay(_ days: [Day], _ a: Int, _ b: Int) -> Bool { days[a] != days[b] ? days[a] < days[b] : a < b }
        let dues = overdue.isEmpty && soon.isEmpty ? [] : tasks.map { $0.due ?? date }
        overdue.sort { byDay(dues, $0, $1) }
        soon.sort { byDay(dues, $0, $1) }
        let created = stale.isEmpty ? [] : tasks.map { $0.created ?? date }
        stale.sort { byDay(created, $0, $1) }
        var out: [Digest.NextStep] = []
        out.reserveCapacity(overdue.count + soon.count + stale.count)
        for (list, status) in [(overdue, Digest.TaskStatus.overdue), (soon, .dueSoon), (stale, .stale)] {
            for i in list {
                let people = tasks[i].people.map { Who(p: $0, in: journal) }
                out.append(Digest.NextStep(task: tasks[i], status: status, people: people))
            }
        }
        return out
    }
}

extension Digest {
    /// The next steps by status (overdue, due soon, stale), leaving out a status with none.
    public var nextStepsByStatus: [(status: TaskStatus, steps: [NextStep])] {
        [TaskStatus.overdue, .dueSoon, .stale].compactMap { status in
            let steps = nextSteps.filter { $0.status == status }
            return steps.isEmpty ? nil : (status, steps)
        }
    }
}
