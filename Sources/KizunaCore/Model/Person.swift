/// Whether reminders apply to a person.
public enum PersonStatus: String, Sendable, Codable, CaseIterable {
    case active, paused, archived, target

    /// The status as Japanese names it, in the digest and in `show`.
    public var japanese: String {
        switch self {
        case .active: "アクティブ"
        case .paused: "一時停止"
        case .archived: "アーカイブ"
        case .target: "会いたい人"
        }
    }

    /// The status as `language` says it: its Japanese word in Japanese, else as front matter writes it.
    public func word(in language: Language) -> String { language == .ja ? japanese : rawValue }

    /// The status `text` names: in English, in any case, or as Japanese names it, since that is the word the
    /// digest shows.
    public init?(written text: String) {
        if let s = PersonStatus(rawValue: text) {
            self = s
            return
        }
        // Marks a template puts before the word (`🟢 Active`, `⏸ paused`) are not part of it.
        let t = String(text.unicodeScalars.drop { !$0.properties.isAlphabetic }).trimmingCharacters(in: .whitespaces)
        let lowered = t.lowercased()
        guard
            let s = PersonStatus(rawValue: lowered) ?? PersonStatus.synonyms[lowered]
                ?? PersonStatus.allCases.first(where: { $0.japanese == t })
        else { return nil }
        self = s
    }

    /// The words contact templates and plugins write for a status (`status: inactive | archive`).
    static let synonyms: [String: PersonStatus] = [
        "current": .active, "inactive": .paused, "dormant": .paused, "on hold": .paused, "on-hold": .paused,
        "pause": .paused, "休止": .paused, "休眠": .paused, "archive": .archived, "former": .archived,
    ]
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

    /// Reads `YYYY-MM-DD` or `MM-DD` (also `--MM-DD`), or either in Japanese (`1990年4月12日`, `4月12日`).
    public init?(_ text: String) {
        if let monthDay = Birthday.asciiMonthDay(text) {
            guard let (m, d) = monthDay else { return nil }
            self.init(year: nil, month: m, day: d)
            return
        }
        self.init(slow: text)
    }

    init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The birthday as a note writes it: `1985-12-02`, or `12-02` without a year.
    public var written: String {
        (year.map { "\($0)-" } ?? "") + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    /// A birthday written as ASCII `M-D` (one or two digits each, `--` before or not, spaces around), read from its
    /// bytes: the month and day, or nil inside when they make no date; nil for any other text.
    static func asciiMonthDay(_ text: String) -> (Int, Int)?? {
        text.withUTF8Bytes { u -> (Int, Int)?? in
            var start = 0, end = u.count
            while start < end, u[start] == 0x20 || (u[start] >= 0x09 && u[start] <= 0x0D) { start += 1 }
            while end > start, u[end - 1] == 0x20 || (u[end - 1] >= 0x09 && u[end - 1] <= 0x0D) { end -= 1 }
            if end - start >= 2, u[start] == UInt8(ascii: "-"), u[start + 1] == UInt8(ascii: "-") { start += 2 }
            func number(_ i: inout Int) -> Int? {
                var n = 0, count = 0
                while i < end, count < 3, u[i] >= 0x30, u[i] <= 0x39 {
                    n = n * 10 + Int(u[i] - 0x30); count += 1; i += 1
                }
                return count == 1 || count == 2 ? n : nil
            }
            var i = start
            guard let m = number(&i), i < end, u[i] == UInt8(ascii: "-") else { return nil }
            i += 1
            guard let d = number(&i), i == end else { return nil }
            return .some(Day(year: 2000, month: m, day: d) != nil ? (m, d) : nil)
        }
    }

    init?(slow text: String) {
        let t = Normalize.nfkc(text).trimmingSpaces()
        if let d = DateParser.value(t) {
            let c = d.components
            year = c.year; month = c.month; day = c.day
            return
        }
        var body = Substring(t)
        if body.hasPrefix("--") { body = body.dropFirst(2) }
        // `4月12日`, the Japanese form of MM-DD, as `1990年4月12日` is of YYYY-MM-DD.
        if body.hasSuffix("日"), body.contains("月") {
            body = Substring(body.dropLast().replacingOccurrences(of: "月", with: "-"))
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }),
            let m = Int(parts[0]), let d = Int(parts[1]), Day(year: 2000, month: m, day: d) != nil
        else { return nil }
        year = nil; month = m; day = d
    }
}

/// A person's name from its parts, as address books and person templates keep them.
public enum PersonName {
    /// The given and family parts as one name: family first when it is Japanese (田中 花子, たなか はなこ), given
    /// first otherwise. Nil when both are missing or empty.
    public static func joining(given: String?, family: String?) -> String? {
        let parts = [given ?? "", family ?? ""].map { $0.trimmingSpaces() }
        let japanese = (parts[1] + parts[0]).unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x9FFF }
        let name = (japanese ? parts.reversed() : parts).filter { !$0.isEmpty }.joined(separator: " ")
        return name.isEmpty ? nil : name
    }

    /// Whether every character of `text` is a kanji or kana (`々` too), as a Japanese name written without a space
    /// is: nothing in it shows where the family name ends.
    static func isKanjiOrKana(_ text: some StringProtocol) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                InlineScanner.isKanjiOrKana($0) || (0x3400...0x4DBF).contains($0.value) || $0.value == 0x3005
            }
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
    /// Whether the note writes `tags:`, though every tag in it may only mark the note as a person's.
    public var writesTags = false
    public var communities: [String] = []
    public var met: Day?
    public var howMet: String?
    public var introducedBy: [PersonRef] = []
    public var knows: [PersonRef] = []
    /// The people the family keys name (`spouse:`, `kids:`, `parents:`): whom they know too, apart from `knows:`
    /// since a family member need not have a note, and one who has none is no mistake.
    public var family: [PersonRef] = []
    public var birthday: Birthday?
    public var status: PersonStatus = .active
    public var snoozeUntil: Day?
    public var contact: [(key: String, value: String)] = []
    /// The day a template's `last_contact:` says the person was last in touch, for a note that logs no later one.
    public var lastContact: Mark?
    /// The touches a contacts plugin logs in front matter (Friend Tracker's `interactions:`, each a date and a
    /// text): entries of the person's note.
    public var interactions: [Interaction] = []
    /// A CRM template's next step for the person (`next_action:`, due on `next_action_date:`): an open task of
    /// their note, at the line of its text.
    public var nextAction: NextAction?
    /// A template's day to be next in touch (`next_contact:`, `next_follow_up:`): an open task of their note, "Get
    /// in touch", due that day, at the line of the date.
    public var nextContact: NextAction?
    /// The front matter line that says the note is a person's (`type: person`, `categories: ["[[People]]"]`), for a
    /// new person's note to say it so too; nil when the note is a person by its folder alone.
    public var marker: String?

    /// One touch logged in front matter: its day and place, and what happened.
    public struct Interaction: Sendable, Hashable {
        public var mark: Mark
        public var text: String
    }

    /// A next step the front matter keeps: its text (empty when only its day is written), due day and place.
    public struct NextAction: Sendable, Hashable {
        public var text: String
        public var due: Day?
        public var line: Int32
        public var column: Int32
    }

    /// A day the front matter names, and the line and column it stands at in the person's note (kept small: every
    /// note's front matter has room for one).
    public struct Mark: Sendable, Hashable {
        public var day: Day
        public var line: Int32
        public var column: Int32
    }
}

extension PersonFields: Equatable {
    /// Field by field; `contact` is a list of pairs, which Swift does not compare by itself.
    public static func == (a: PersonFields, b: PersonFields) -> Bool {
        a.name == b.name && a.aliases == b.aliases && a.circle == b.circle && a.cadenceDays == b.cadenceDays
            && a.purpose == b.purpose && a.tags == b.tags && a.communities == b.communities && a.met == b.met
            && a.howMet == b.howMet && a.introducedBy == b.introducedBy && a.knows == b.knows
            && a.family == b.family
            && a.birthday == b.birthday && a.status == b.status && a.snoozeUntil == b.snoozeUntil
            && a.lastContact == b.lastContact && a.interactions == b.interactions && a.marker == b.marker
            && a.nextAction == b.nextAction && a.nextContact == b.nextContact
            && a.contact.elementsEqual(b.contact) { $0.key == $1.key && $0.value == $1.value }
    }
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
    /// The front matter line that says the note is a person's (`PersonFields.marker`).
    public var marker: String? = nil
}
