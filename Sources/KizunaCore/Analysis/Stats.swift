extension Analysis {
    /// Network counts.
    func stats(due: Int) -> Digest.Stats {
        var s = Digest.Stats()
        s.people = journal.people.count
        s.entries = journal.entries.count
        s.due = due
        s.openTasks = journal.tasks.count { !$0.done }
        // Each person and history read in place: a copy of either retains every string and list it holds.
        journal.people.withUnsafeBufferPointer { people in
            timeline.histories.withUnsafeBufferPointer { histories in
                for p in people.indices {
                    s.byStatus[people[p].status, default: 0] += 1
                    let last = histories[p].last
                    if let last {
                        if last >= date - 29 { s.touched30 += 1 }
                        if last >= date - 89 { s.touched90 += 1 }
                    }
                    if timeline.inPlay(p) {
                        s.inPlay += 1
                        if last == nil && people[p].met == nil { s.noHistory += 1 }
                    }
                }
            }
        }
        return s
    }
}
