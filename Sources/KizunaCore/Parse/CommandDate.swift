/// Dates as people type them on the command line: `2026-11-24` (or as an entry's heading writes it: `2026/11/24`,
/// `2026年11月24日`), `12月20日` and `12/20`, `today`, `yesterday`, `-3d`, `-2w`, `+1m`, `3d ago`, `3日前`, `2週間前`, a
/// weekday name (the most recent one, today included), `今日`, `昨日`, `一昨日`, `明日`.
public enum CommandDate {
    /// The day `text` means, counted from `today`; nil when it means none. A month and a day with no year
    /// (`12月20日`, `12/20`) is the latest such day up to today, or with `ahead` the first from today on.
    public static func parse(_ text: String, today: Day, ahead: Bool = false) -> Day? {
        let t = Normalize.nfkc(text).trimmingSpaces().lowercased()
        if let day = Day(iso: t) ?? DateParser.value(t) { return day }
        if let (month, day) = monthDay(t) { return nearest(month, day, to: today, ahead: ahead) }
        switch t {
        case "today", "今日", "きょう": return today
        case "yesterday", "昨日", "きのう": return today - 1
        case "一昨日", "おととい": return today - 2
        case "tomorrow", "明日", "あした": return today + 1
        default: break
        }
        if let weekday = DateParser.weekday(t) { return today - ((today.weekday - weekday + 7) % 7) }
        for suffix in [" ago", "ago", "前"] where t.hasSuffix(suffix) {
            return duration(String(t.dropLast(suffix.count)).trimmingSpaces()).map { today - $0 }
        }
        return offset(t).map { today + $0 }
    }

    /// A length of time typed as `3d`, `2w`, `1m` (30 days) or `1y` (365 days), or in a duration's Japanese words
    /// (`2週間`, `3ヶ月`), for `--until`: days from today.
    public static func duration(_ text: String) -> Int? {
        let t = Normalize.nfkc(text).trimmingSpaces().lowercased()
        if t.first?.isASCII == true, t.first?.isNumber == true, let days = DurationParser.days(t) { return days }
        guard let unit = t.last, let n = Int(t.dropLast()), n >= 0, n <= 100_000 else { return nil }
        switch unit {
        case "d", "日": return n
        case "w", "週": return 7 * n
        case "m", "月": return 30 * n
        case "y", "年": return 365 * n
        default: return nil
        }
    }

    /// `12月20日` or `12/20`: a month and a day that can be a date.
    private static func monthDay(_ t: String) -> (Int, Int)? {
        let parts = t.hasSuffix("日") ? t.dropLast().split(separator: "月") : t.split(separator: "/")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), Day(year: 2000, month: m, day: d) != nil
        else { return nil }
        return (m, d)
    }

    /// The day of `month` and `day` nearest `today` on its side, this year's or another's (29 February comes
    /// every four years).
    private static func nearest(_ month: Int, _ day: Int, to today: Day, ahead: Bool) -> Day? {
        let year = today.components.year
        for k in 0...8 {
            guard let d = Day(year: ahead ? year + k : year - k, month: month, day: day) else { continue }
            if ahead ? d >= today : d <= today { return d }
        }
        return nil
    }

    /// `-3d`, `+2w`: a signed duration.
    private static func offset(_ t: String) -> Int? {
        guard let sign = t.first, sign == "-" || sign == "+", let days = duration(String(t.dropFirst())) else {
            return nil
        }
        return sign == "-" ? -days : days
    }
}
