extension Analysis {
    /// Plans this many days ahead are coming up.
    static let upcomingDays = 13

    /// Birthdays from D to D + 13, for everyone not archived and not a target.
    func birthdays() -> [Digest.BirthdayItem] {
        journal.people.indices.compactMap { p -> Digest.BirthdayItem? in
            let s = journal.people[p].status
            guard s != .archived, s != .target, p != journal.owner, let b = nextBirthday(p),
                b.inDays <= Analysis.birthdayAheadDays
            else { return nil }
            return b
        }.sorted { ($0.inDays, $0.person) < ($1.inDays, $1.person) }
    }

    /// Plans dated D + 1 to D + 13.
    func upcoming() -> [Digest.Plan] {
        journal.entries.positions { $0.pointee.date > date && $0.pointee.date <= date + Analysis.upcomingDays }.map {
            let e = journal.entries[$0]
            return Digest.Plan(
                date: e.date, title: e.title, people: e.participants.map { who($0) }, location: e.location)
        }
    }
}

extension Digest {
    /// An entry dated after the digest's date: a plan, with the people who take part.
    public struct Plan: Sendable {
        public var date: Day
        public var title: String
        public var people: [Who]
        public var location: SourceLocation
    }

    /// A birthday or a plan coming up.
    public enum ComingUp: Sendable {
        case birthday(BirthdayItem)
        case plan(Plan)
    }

    /// Birthdays and plans together by date, a day's birthdays before its plans.
    static func comingUp(birthdays: [BirthdayItem], plans: [Plan]) -> [ComingUp] {
        let dated = birthdays.map { ($0.date, 0, ComingUp.birthday($0)) } + plans.map { ($0.date, 1, .plan($0)) }
        return dated.enumerated().sorted {
            ($0.element.0, $0.element.1, $0.offset) < ($1.element.0, $1.element.1, $1.offset)
        }
        .map(\.element.2)
    }
}
