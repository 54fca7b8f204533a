extension Analysis {
    /// Network counts.
    func stats(due: Int) -> Digest.Stats {
        var s = Digest.Stats()
        s.people = journal.people.count
        s.entries = journal.entries.count
        s.due = due
        s.openTasks = journal.tasks.count { !$0.done }
        for (p, person) in journal.people.enumerated() {
            s.byStatus[person.status, default: 0] += 1
            let h = timeline.histories[p]
            if let last = h.last {
                if last >= date - 29 { s.touched30 += 1 }
                if last >= date - 89 { s.touched90 += 1 }
            }
            if timeline.inPlay(p) {
                s.inPlay += 1
                if h.last == nil && person.met == nil { s.noHistory += 1 }
            }
        }
        return s
    }
}
