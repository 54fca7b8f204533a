/// Whether reminders apply to a person.
public enum PersonStatus: String, Sendable, Codable, CaseIterable {
    case active, paused, archived, target
}

/// A birthday: month and day, and the year when known.
public struct Birthday: Sendable, Hashable {
    public var year: Int?
    public var month: Int
    public var day: Int

    /// The birthday's date in `year` (29 February falls on 28 February in other years).
    public func date(inYear year: Int) -> Day? {
        if month == 2, day == 29, !Day.isLeap(year) { return Day(year: year, month: 2, day: 28) }
        return Day(year: year, month: month, day: day)
    }

    /// Reads `YYYY-MM-DD` or `MM-DD` (also `--MM-DD`).
    public init?(_ text: String) {
        let t = Normalize.nfkc(text).trimmingSpaces()
        if let d = DateParser.value(t) {
            let c = d.components
            year = c.year; month = c.month; day = c.day
            return
        }
        var body = Substring(t)
        if body.hasPrefix("--") { body = body.dropFirst(2) }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }),
              let m = Int(parts[0]), let d = Int(parts[1]), Day(year: 2000, month: m, day: d) != nil else { return nil }
        year = nil; month = m; day = d
    }
}

/// A reference to a person as written in front matter, before it is resolved.
public struct PersonRef: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
}

/// What a person note's front matter says, read and checked.
public struct PersonFields: Sendable {
    public var name: String?
    public var aliases: [String] = []
    public var circle: String?
    public var cadenceDays: Int?
    public var purpose: String?
    public var tags: [String] = []
    public var communities: [String] = []
    public var met: Day?
    public var howMet: String?
    public var introducedBy: [PersonRef] = []
    public var knows: [PersonRef] = []
    public var birthday: Birthday?
    public var status: PersonStatus = .active
    public var snoozeUntil: Day?
    public var contact: [(key: String, value: String)] = []
}

/// A person in the resolved journal.
public struct Person: Sendable {
    /// The file name without extension.
    public var id: String
    public var name: String
    public var aliases: [String]
    /// The circle in effect (the default circle when none or an unknown one is given).
    public var circle: String
    /// Index of the circle, 0 = closest.
    public var circleRank: Int
    /// Cadence in effect, in days.
    public var cadenceDays: Int
    public var purpose: String?
    public var tags: [String]
    public var communities: [String]
    public var met: Day?
    public var howMet: String?
    /// Indexes into `Journal.people`.
    public var introducedBy: [Int]
    public var knows: [Int]
    public var birthday: Birthday?
    public var status: PersonStatus
    public var snoozeUntil: Day?
    public var contact: [(key: String, value: String)]
    /// The note's path relative to the root.
    public var path: String
}
