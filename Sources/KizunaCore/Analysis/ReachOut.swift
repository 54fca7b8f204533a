extension Analysis {
    /// A plan with someone this many days ahead means they are not suggested: the plan is the touch.
    static let planAheadDays = 7
    /// A birthday this many days ahead is a reason to write.
    static let birthdayAheadDays = 13

    /// Due people, most urgent first, then closest circle, then id.
    func reachOut() -> [Digest.ReachOut] {
        let followUpDays = max(1, journal.config.followUpWithinDays)
        var out: [Digest.ReachOut] = []
        for p in journal.people.indices where timeline.inPlay(p) {
            let h = timeline.histories[p]
            let dueDate: Day
            let urgency: Double
            let cadenceDays = journal.people[p].cadenceDays
            if let last = h.last {
                dueDate = last + cadenceDays
                urgency = Double(date - last) / Double(max(1, cadenceDays))
            } else if let met = journal.people[p].met {
                dueDate = met + followUpDays
                urgency = Double(date - met) / Double(followUpDays)
            } else {
                continue
            }
            guard dueDate <= date, timeline.plan(p, within: Analysis.planAheadDays) == nil else { continue }
            let person = journal.people[p]
            out.append(
                Digest.ReachOut(
                    person: who(p), circle: person.circle, cadenceDays: person.cadenceDays, purpose: person.purpose,
                    lastTouch: h.last, daysSince: h.last.map { date - $0 }, due: dueDate,
                    urgency: urgency, suggestion: .hello))
        }
        let open = openTasks(of: out.map(\.person.index))
        for i in out.indices { out[i].suggestion = suggestion(for: out[i].person.index, open: open[i]) }
        out.sort { a, b in
            if a.urgency != b.urgency { return a.urgency > b.urgency }
            let ra = journal.people[a.person.index].circleRank, rb = journal.people[b.person.index].circleRank
            if ra != rb { return ra < rb }
            return a.person < b.person
        }
        return out
    }

    /// The open tasks of each of `people` (in their order), as indexes into the journal's tasks.
    func openTasks(of people: [Int]) -> [[Int]] {
        var slot = [Int](repeating: -1, count: journal.people.count)
        for (k, p) in people.enumerated() { slot[p] = k }
        var open = [[Int]](repeating: [], count: people.count)
        // Each task read in place, not copied out of the array.
        journal.tasks.withUnsafeBufferPointer { tasks in
            for i in tasks.indices where !tasks[i].done {
                for p in tasks[i].people where slot[p] >= 0 { open[slot[p]].append(i) }
            }
        }
        return open
    }

    /// One small concrete step: an open task with them, a birthday soon, the last topic, or a short hello.
    func suggestion(for p: Int, open tasks: [Int]) -> Digest.Suggestion {
        let open = tasks.map { journal.tasks[$0] }
        if let task = open.min(by: { a, b in
            switch (a.due, b.due) {
            case let (x?, y?): return x != y ? x < y : a.location < b.location
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.location < b.location
            }
        }) {
            return .task(task.text, due: task.due)
        }
        if let b = nextBirthday(p), b.inDays <= Analysis.birthdayAheadDays { return .birthday(b.date) }
        let h = timeline.histories[p]
        if let last = h.touches.last {
            let title = journal.entries[last].title
            return title.isEmpty ? .hello : .lastTopic(title)
        }
        return .firstFollowUp(journal.people[p].howMet)
    }

    /// The person's next birthday on or after D.
    func nextBirthday(_ p: Int) -> Digest.BirthdayItem? {
        guard let b = journal.people[p].birthday else { return nil }
        let year = date.components.year
        for y in [year, year + 1] {
            if let d = b.date(inYear: y), d >= date {
                return Digest.BirthdayItem(person: who(p), date: d, inDays: d - date)
            }
        }
        return nil
    }
}
