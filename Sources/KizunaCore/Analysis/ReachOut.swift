extension Analysis {
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
            guard dueDate <= date, timeline.plan(p, within: 7) == nil else { continue }
            out.append(Digest.ReachOut(person: p, lastTouch: h.last, daysSince: h.last.map { date - $0 }, due: dueDate,
                                       urgency: urgency, suggestion: suggestion(for: p)))
        }
        out.sort { a, b in
            if a.urgency != b.urgency { return a.urgency > b.urgency }
            let ra = journal.people[a.person].circleRank, rb = journal.people[b.person].circleRank
            if ra != rb { return ra < rb }
            return a.person < b.person
        }
        return out
    }

    /// One small concrete step: an open task with them, a birthday soon, the last topic, or a short hello.
    func suggestion(for p: Int) -> Digest.Suggestion {
        let open = openTasks[p].map { journal.tasks[$0] }
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
        if let b = nextBirthday(p), b.inDays <= 13 { return .birthday(b.date) }
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
            if let d = b.date(inYear: y), d >= date { return Digest.BirthdayItem(person: p, date: d, inDays: d - date) }
        }
        return nil
    }

    /// In-play people whose first touch is within 30 days and who have exactly one touch.
    func followUps() -> [Digest.FollowUp] {
        var out: [Digest.FollowUp] = []
        for p in journal.people.indices where timeline.inPlay(p) {
            let h = timeline.histories[p]
            guard h.touches.count == 1, let first = h.first, first >= date - 30, first <= date else { continue }
            let by = first + journal.config.followUpWithinDays
            out.append(Digest.FollowUp(person: p, firstTouch: first, followUpBy: by, late: by < date))
        }
        return out.sorted { ($0.followUpBy, $0.person) < ($1.followUpBy, $1.person) }
    }

    /// Open tasks about at least one person: overdue, due within 7 days, and stale (no due date, created 30 or more
    /// days ago). Tasks about nobody are counted in the stats, not listed.
    func nextSteps() -> [Digest.NextStep] {
        // Indexes, not copies: a large journal has thousands of open tasks.
        let tasks = journal.tasks
        var overdue: [Int] = [], soon: [Int] = [], stale: [Int] = []
        for (i, t) in tasks.enumerated() where !t.done && !t.people.isEmpty {
            if let due = t.due {
                if due < date { overdue.append(i) } else if due <= date + 7 { soon.append(i) }
            } else if let created = t.created, created <= date - 30 {
                stale.append(i)
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
            for i in list { out.append(Digest.NextStep(task: tasks[i], status: status)) }
        }
        return out
    }

    /// In-play people with two or more asks in 365 days and fewer gives than asks.
    func giveBalance() -> [Digest.GiveBalance] {
        journal.people.indices.compactMap { p -> Digest.GiveBalance? in
            let h = timeline.histories[p]
            guard timeline.inPlay(p), h.asks365 >= 2, h.gives365 < h.asks365 else { return nil }
            return Digest.GiveBalance(person: p, asks: h.asks365, gives: h.gives365)
        }.sorted { ($1.asks - $1.gives, $0.person) < ($0.asks - $0.gives, $1.person) }
    }

    /// In-play people with three or more touches in 14 days and a cadence of 60 days or more.
    func pace() -> [Digest.Pace] {
        journal.people.indices.compactMap { p -> Digest.Pace? in
            let h = timeline.histories[p]
            guard timeline.inPlay(p), h.touches14 >= 3, journal.people[p].cadenceDays >= 60 else { return nil }
            return Digest.Pace(person: p, touches14: h.touches14)
        }.sorted { ($1.touches14, $0.person) < ($0.touches14, $1.person) }
    }

    /// In-play people with no purpose.
    func missingPurpose() -> [Int] {
        journal.people.indices.filter { timeline.inPlay($0) && journal.people[$0].purpose == nil }
    }

    /// Birthdays from D to D + 13, for everyone not archived and not a target.
    func birthdays() -> [Digest.BirthdayItem] {
        journal.people.indices.compactMap { p -> Digest.BirthdayItem? in
            let s = journal.people[p].status
            guard s != .archived, s != .target, p != journal.owner, let b = nextBirthday(p), b.inDays <= 13 else { return nil }
            return b
        }.sorted { ($0.inDays, $0.person) < ($1.inDays, $1.person) }
    }

    /// Plans dated D + 1 to D + 13.
    func upcoming() -> [Int] {
        journal.entries.positions { $0.pointee.date > date && $0.pointee.date <= date + 13 }
    }

    /// Warm paths to every target; intermediates are people who are neither targets nor archived.
    func warmPaths() -> [Digest.WarmPath] {
        let targets = journal.people.indices.filter { journal.people[$0].status == .target && $0 != journal.owner }
        let paths = graph.warmPaths(to: targets) { journal.people[$0].status != .target && journal.people[$0].status != .archived }
        return targets.map { Digest.WarmPath(target: $0, path: paths[$0]) }
    }

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
