/// A calendar date without time or zone, stored as days since 1970-01-01.
public struct Day: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int

    /// Creates a day from its ordinal.
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from a year, month and day, or nil when no such date exists.
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        // Days from civil, after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// Year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Sunday ... 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 7 + 4) % 7 }

    /// Weekday names by `weekday`: English in full and short, and Japanese (the character before 曜日).
    public static let englishWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    public static let englishShortWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    public static let japaneseWeekdays = ["日", "月", "火", "水", "木", "金", "土"]

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        guard c.year >= 0, c.year <= 9999 else { return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))" }
        // Ten ASCII bytes: a string that small is held inline, with nothing to allocate.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { b in
            func digits(_ n: Int, _ width: Int, at start: Int) {
                var n = n
                for k in stride(from: start + width - 1, through: start, by: -1) {
                    b[k] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
                    n /= 10
                }
            }
            digits(c.year, 4, at: 0)
            b[4] = UInt8(ascii: "-")
            digits(c.month, 2, at: 5)
            b[7] = UInt8(ascii: "-")
            digits(c.day, 2, at: 8)
            return String(decoding: UnsafeBufferPointer(b), as: UTF8.self)
        }
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        // Read from the text's bytes where they are: a date is parsed for every dated heading and task.
        guard text.utf8.count == 10,
            let parts = text.utf8.withContiguousStorageIfAvailable(Day.isoParts)
                ?? Array(text.utf8).withUnsafeBufferPointer(Day.isoParts)
        else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The numbers of `YYYY-MM-DD` in ten bytes, or nil when they are not that.
    private static func isoParts(_ u: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        // Every byte is read as a digit, and whether all were digits is asked once at the end.
        var allDigits = true
        func digit(_ k: Int) -> Int {
            let v = Int(u[k]) &- 48
            allDigits = allDigits && v >= 0 && v <= 9
            return v
        }
        let year = ((digit(0) * 10 + digit(1)) * 10 + digit(2)) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
        return allDigits ? (year, month, day) : nil
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    public func distance(to other: Day) -> Int { other.ordinal - ordinal }
    public func advanced(by n: Int) -> Day { Day(ordinal: ordinal + n) }
    /// The day `n` days later.
    public static func + (d: Day, n: Int) -> Day { Day(ordinal: d.ordinal + n) }
    /// The day `n` days earlier.
    public static func - (d: Day, n: Int) -> Day { Day(ordinal: d.ordinal - n) }
    /// Days from `b` to `a`.
    public static func - (a: Day, b: Day) -> Int { a.ordinal - b.ordinal }
}

/// `n` written with zeros before it, `width` digits at least (in `radix`, capitals for its letters).
func pad(_ n: Int, _ width: Int, radix: Int = 10) -> String {
    let s = String(n, radix: radix, uppercase: true)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
