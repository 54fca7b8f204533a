/// The file name an Obsidian vault gives its daily notes (`format` in `.obsidian/daily-notes.json`, a moment.js
/// pattern such as `YYYY-MM-DD dddd` or `YYYY/MM/YYYYMMDD`). A note named by it is a daily note, as one named
/// `2026-11-15` is.
public struct DailyNoteFormat: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case year4, year2, month2, month, monthOrdinal, day2, day, dayOrdinal, monthName(short: Bool)
        /// A weekday's name: in full (`Tuesday`) for a token of four letters (`dddd`), else in three (`Tue`) or two.
        case weekdayName(letters: Int)
        case literal([Unicode.Scalar])

        var isLiteral: Bool {
            if case .literal = self { return true }
            return false
        }
    }

    let tokens: [Token]
    /// How many folders above a note the pattern names: none when its last path part gives the day, as most do
    /// (`YYYY/MM/YYYY-MM-DD`); else the folders give the rest (`YYYY/MM/DD`: `2026/11/15.md`).
    private(set) var folders = 0

    /// The format of a file name, from moment.js's pattern; only its last path part names the file, unless that
    /// part alone gives no day (`YYYY/MM/DD`). Nil when the pattern does not give a year, a month and a day, or
    /// holds a token that is not a date's. A pattern longer than a file name may be, or with more tokens of varying
    /// width than a date has, is not one: matching tries each width of each such token.
    public init?(moment pattern: String) {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        if let name = DailyNoteFormat(
            parts.last.map(String.init) ?? "", DailyNoteFormat.momentTokens, quoted: ("[", "]"))
        {
            self = name
            return
        }
        guard parts.count > 1 else { return nil }
        self.init(pattern, DailyNoteFormat.momentTokens, quoted: ("[", "]"))
        folders = parts.count - 1
    }

    /// The title of a Logseq journal page, from a date-fns pattern (`:journal/page-title-format`, such as
    /// `MMM do, yyyy` or `EEE, dd.MM.yyyy`): the whole pattern, slashes included, names the page.
    public init?(dateFns pattern: String) {
        self.init(pattern, DailyNoteFormat.dateFnsTokens, quoted: ("'", "'"))
    }

    /// The name of a Dendron workspace's daily journal notes, from a Luxon pattern (`dateFormat`, `y.MM.dd` unless
    /// set) with the hierarchy before it quoted.
    init?(luxon pattern: String) {
        self.init(pattern, DailyNoteFormat.luxonTokens, quoted: ("'", "'"))
    }

    private init?(_ name: String, _ table: [(String, Token?)], quoted: (Unicode.Scalar, Unicode.Scalar)) {
        guard name.unicodeScalars.count <= 255,
            let tokens = DailyNoteFormat.tokens(of: Array(name.unicodeScalars), table, quoted: quoted),
            tokens.count(where: { ![.year4, .year2, .month2, .day2].contains($0) && !$0.isLiteral }) <= 6
        else { return nil }
        let kinds = tokens.map { t -> Int in
            switch t {
            case .year4, .year2: return 1
            case .month2, .month, .monthOrdinal, .monthName: return 2
            case .day2, .day, .dayOrdinal: return 4
            default: return 0
            }
        }
        guard kinds.reduce(0, |) == 7 else { return nil }
        self.tokens = tokens
    }

    /// The day a file's name (without `.md`) gives, or nil when it is not a name of this format.
    public func day(of stem: String) -> Day? {
        var found = Found()
        guard match(Array(stem.unicodeScalars)[...], tokens[...], &found), let year = found.year,
            let month = found.month, let day = found.day
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The day a note's path (without `.md`) gives where the pattern names folders (`Journal/2026/11/15`); nil
    /// where it names none, or the path is not of this format.
    public func day(ofPath path: String) -> Day? {
        guard folders > 0 else { return nil }
        let parts = NoteName.stem(path).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > folders else { return nil }
        return day(of: parts.suffix(folders + 1).joined(separator: "/"))
    }

    struct Found {
        var year: Int?
        var month: Int?
        var day: Int?
    }

    /// Moment's tokens, longest first at each place; nil for those that are not a day's (day of the year, weekday
    /// number): no daily note's name.
    static let momentTokens: [(String, Token?)] = [
        ("YYYY", .year4), ("YY", .year2), ("MMMM", .monthName(short: false)), ("MMM", .monthName(short: true)),
        ("MM", .month2), ("Mo", .monthOrdinal), ("M", .month), ("DDDD", nil), ("DDD", nil), ("Do", .dayOrdinal),
        ("DD", .day2), ("D", .day), ("dddd", .weekdayName(letters: 4)), ("ddd", .weekdayName(letters: 3)),
        ("dd", .weekdayName(letters: 2)),
    ]

    /// date-fns's tokens, as `momentTokens`: its `D` is the day of the year and its `Y` the week's year.
    static let dateFnsTokens: [(String, Token?)] = [
        ("yyyy", .year4), ("yy", .year2), ("MMMM", .monthName(short: false)), ("MMM", .monthName(short: true)),
        ("MM", .month2), ("Mo", .monthOrdinal), ("M", .month), ("do", .dayOrdinal), ("dd", .day2), ("d", .day),
        ("EEEE", .weekdayName(letters: 4)), ("EEE", .weekdayName(letters: 3)), ("EE", .weekdayName(letters: 3)),
        ("E", .weekdayName(letters: 3)), ("D", nil),
        ("Y", nil),
    ]

    /// Luxon's tokens, as date-fns's but for its year written `y`, as many digits as it takes.
    static let luxonTokens: [(String, Token?)] = {
        var table = dateFnsTokens
        table.insert(("y", .year4), at: table.firstIndex { $0.0 == "yy" }! + 1)
        return table
    }()

    /// The tokens of a pattern, by `table`, longest first at each place; text between the `quoted` marks is text as
    /// written.
    static func tokens(of s: [Unicode.Scalar], _ table: [(String, Token?)], quoted: (Unicode.Scalar, Unicode.Scalar))
        -> [Token]?
    {
        var tokens: [Token] = []
        var i = 0
        outer: while i < s.count {
            if s[i] == quoted.0 {
                guard let close = s[(i + 1)...].firstIndex(of: quoted.1) else { return nil }
                if close > i + 1 { tokens.append(.literal(Array(s[(i + 1)..<close]))) }
                // date-fns writes a quote mark itself as two.
                if close == i + 1, quoted.0 == "'" { tokens.append(.literal(["'"])) }
                i = close + 1
                continue
            }
            for (text, token) in table where s[i...].starts(with: text.unicodeScalars) {
                guard let token else { return nil }
                tokens.append(token)
                i += text.unicodeScalars.count
                continue outer
            }
            // Letters the pattern reads as other tokens (hours, weeks, quarters): not a date's name.
            if s[i].properties.isAlphabetic, s[i].isASCII { return nil }
            tokens.append(.literal([s[i]]))
            i += 1
        }
        return tokens
    }

    private func match(_ s: ArraySlice<Unicode.Scalar>, _ tokens: ArraySlice<Token>, _ found: inout Found) -> Bool {
        guard let token = tokens.first else { return s.isEmpty }
        let rest = tokens.dropFirst()
        func number(_ widths: [Int], ordinal: Bool = false, _ set: (inout Found, Int) -> Void) -> Bool {
            for w in widths where s.count >= w {
                let digits = s.prefix(w)
                guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { continue }
                var f = found
                set(&f, digits.reduce(0) { $0 * 10 + Int($1.value - 48) })
                var after = s.dropFirst(w)
                if ordinal {
                    guard let suffix = DailyNoteFormat.ordinalSuffixes.first(where: { after.starts(with: $0) }) else {
                        continue
                    }
                    after = after.dropFirst(suffix.count)
                }
                if match(after, rest, &f) {
                    found = f
                    return true
                }
            }
            return false
        }
        func word(_ words: [[Unicode.Scalar]], _ set: (inout Found, Int) -> Void) -> Bool {
            for (n, scalars) in words.enumerated() {
                guard s.starts(with: scalars) else { continue }
                var f = found
                set(&f, n % 12 + 1)
                if match(s.dropFirst(scalars.count), rest, &f) {
                    found = f
                    return true
                }
            }
            return false
        }
        switch token {
        case .literal(let text):
            return s.starts(with: text) && match(s.dropFirst(text.count), rest, &found)
        case .year4: return number([4]) { $0.year = $1 }
        case .year2: return number([2]) { $0.year = 2000 + $1 }
        case .month2: return number([2]) { $0.month = $1 }
        case .month: return number([2, 1]) { $0.month = $1 }
        case .day2: return number([2]) { $0.day = $1 }
        case .day: return number([2, 1]) { $0.day = $1 }
        case .monthOrdinal: return number([2, 1], ordinal: true) { $0.month = $1 }
        case .dayOrdinal: return number([2, 1], ordinal: true) { $0.day = $1 }
        case .monthName(let short):
            return word(short ? DailyNoteFormat.shortMonthScalars : DailyNoteFormat.monthScalars) { $0.month = $1 }
        case .weekdayName:
            return word(DailyNoteFormat.weekdayScalars) { _, _ in }
        }
    }

    /// The path (without `.md`) Obsidian gives the daily note of `day` by a moment pattern, folders and all
    /// (`YYYY/MM/YYYY-MM-DD ddd` → `2026/11/2026-11-24 Tue`), in English as Obsidian writes it by default; nil for
    /// a pattern that names no day.
    public static func path(moment pattern: String, of day: Day) -> String? {
        guard DailyNoteFormat(moment: pattern) != nil,
            let tokens = tokens(of: Array(pattern.unicodeScalars), momentTokens, quoted: ("[", "]"))
        else { return nil }
        let (y, m, d) = day.components
        func ordinal(_ n: Int) -> String { "\(n)" + ordinalEnding(n) }
        return tokens.map { token -> String in
            switch token {
            case .literal(let text): return String(String.UnicodeScalarView(text))
            case .year4: return pad(y, 4)
            case .year2: return pad(y % 100, 2)
            case .month2: return pad(m, 2)
            case .month: return "\(m)"
            case .monthOrdinal: return ordinal(m)
            case .day2: return pad(d, 2)
            case .day: return "\(d)"
            case .dayOrdinal: return ordinal(d)
            case .monthName(let short): return (short ? shortMonths : months)[m - 1]
            case .weekdayName(let letters):
                return letters == 4
                    ? Day.englishWeekdays[day.weekday] : String(Day.englishWeekdays[day.weekday].prefix(letters))
            }
        }.joined()
    }

    /// The ending of an English ordinal (`1st`, `2nd`, `3rd`, `11th`, `24th`).
    static func ordinalEnding(_ n: Int) -> String {
        n % 100 / 10 == 1 ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let shortMonths = months.map { String($0.prefix(3)) }
    /// `1st`, `2nd`, `3rd`, `4th`; `1日` in moment's `ja` locale.
    static let ordinalSuffixes = ["st", "nd", "rd", "th", "日"].map { Array($0.unicodeScalars) }
    /// English names, long before short, then Japanese (moment's `ja` locale), long before short.
    static let weekdays =
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        + ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]
        + ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日", "月", "火", "水", "木", "金", "土"]
    /// The names as the matcher compares them, made once.
    static let monthScalars = months.map { Array($0.unicodeScalars) }
    static let shortMonthScalars = shortMonths.map { Array($0.unicodeScalars) }
    static let weekdayScalars = weekdays.map { Array($0.unicodeScalars) }
}
