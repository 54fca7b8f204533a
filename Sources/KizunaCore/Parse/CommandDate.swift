/// Dates as people type them on the command line: `2026-11-24`, `today`, `yesterday`, `-3d`, `-2w`, `+1m`, `3d ago`,
/// `3日前`, a weekday name (the most recent one, today included), `今日`, `昨日`, `一昨日`, `明日`.
public enum CommandDate {
    /// The day `text` means, counted from `today`; nil when it means none.
    public static func parse(_ text: String, today: Day) -> Day? {
        let t = Normalize.nfkc(text).trimmingSpaces().lowercased()
        if let day = Day(iso: t) { return day }
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

    /// A length of time typed as `3d`, `2w`, `1m` (30 days) or `1y` (365 days), for `--until`: days from today.
    public static func duration(_ text: String) -> Int? {
        let t = Normalize.nfkc(text).trimmingSpaces().lowercased()
        guard let unit = t.last, let n = Int(t.dropLast()), n >= 0, n <= 100_000 else { return nil }
        switch unit {
        case "d", "日": return n
        case "w", "週": return 7 * n
        case "m", "月": return 30 * n
        case "y", "年": return 365 * n
        default: return nil
        }
    }

    /// `-3d`, `+2w`: a signed duration.
    private static func offset(_ t: String) -> Int? {
        guard let sign = t.first, sign == "-" || sign == "+", let days = duration(String(t.dropFirst())) else {
            return nil
        }
        return sign == "-" ? -days : days
    }
}
