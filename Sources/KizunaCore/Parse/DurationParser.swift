import Foundation

/// Reads durations in every form FORMAT.md lists, in days.
public enum DurationParser {
    /// Days in the duration, or nil when the text is not a duration.
    public static func days(_ raw: String) -> Int? {
        if let fast = asciiDays(raw) { return fast }
        return slowDays(raw)
    }

    /// `days` of ASCII text, read from its bytes: nil for text that is not ASCII or that `slowDays` may read
    /// otherwise (the words, and anything but a number of days, weeks, months or years).
    static func asciiDays(_ raw: String) -> Int?? {
        raw.withUTF8Bytes { u -> Int?? in
            var start = 0, end = u.count
            while start < end, u[start] == 0x20 || u[start] == 0x09 { start += 1 }
            while end > start, u[end - 1] == 0x20 || u[end - 1] == 0x09 { end -= 1 }
            var i = start, digits = 0, value = 0
            while i < end, u[i] >= 0x30, u[i] <= 0x39 {
                digits += 1
                value = value * 10 + Int(u[i] - 0x30)
                if value > 100_000 { return .some(nil) }
                i += 1
            }
            // Words, and text that is not all ASCII, are for the careful path.
            guard digits > 0 else { return nil }
            for k in i..<end where u[k] >= 0x80 { return nil }
            guard value > 0 else { return .some(nil) }
            while i < end, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
            guard end - i == 1 else { return .some(nil) }
            switch u[i] | 0x20 {
            case UInt8(ascii: "d"): return .some(value)
            case UInt8(ascii: "w"): return .some(value * 7)
            case UInt8(ascii: "m"): return .some(value * 30)
            case UInt8(ascii: "y"): return .some(value * 365)
            default: return .some(nil)
            }
        }
    }

    /// How often, as Japanese says it: once every so long (`2週間ごと`, `3ヶ月毎`, `2ヶ月に1回`) or so many times a
    /// week, month or year (`月1`, `月1回`, `年4回`, `週一`), the days between rounded down.
    static func japaneseFrequency(_ text: String) -> Int? {
        for every in ["ごと", "毎", "に1回", "に一回", "に1度", "に一度"] where text.hasSuffix(every) {
            let period = String(text.dropLast(every.count))
            return period.isEmpty ? nil : slowDays(period)
        }
        let periods: [Character: Int] = ["週": 7, "月": 30, "年": 365]
        guard let first = text.first, let period = periods[first] else { return nil }
        var count = text.dropFirst()
        if count.hasSuffix("回") || count.hasSuffix("度") { count = count.dropLast() }
        let kanji: [Substring: Int] = ["一": 1, "二": 2, "三": 3, "四": 4]
        guard let times = Int(count) ?? kanji[count], times > 0, times <= period else { return nil }
        return period / times
    }

    /// `days` through NFKC, folding and string comparison: right for any text.
    static func slowDays(_ raw: String) -> Int? {
        let text = Normalize.nfkc(raw).trimmingWhitespaces().lowercased()
        switch text {
        case "weekly", "毎週": return 7
        case "biweekly", "bi-weekly", "fortnightly", "隔週": return 14
        case "monthly", "毎月": return 30
        case "quarterly": return 90
        case "yearly", "annually", "毎年": return 365
        case "半年", "biannually", "bi-annually", "semiannually", "semi-annually", "half-yearly": return 180
        case "daily", "毎日": return 1
        case "隔月": return 60
        case "四半期": return 90
        default: break
        }
        if let often = japaneseFrequency(text) { return often }
        var digits = 0
        var value = 0
        for ch in text.unicodeScalars {
            guard ch.value >= 48, ch.value <= 57 else { break }
            digits += 1
            value = value * 10 + Int(ch.value - 48)
            if value > 100_000 { return nil }
        }
        guard digits > 0, value > 0 else { return nil }
        let unit = String(text.unicodeScalars.dropFirst(digits)).trimmingWhitespaces()
        switch unit {
        case "d", "日": return value
        case "w", "週", "週間": return value * 7
        case "m", "ヶ月", "か月", "カ月", "ケ月", "ヵ月", "箇月": return value * 30
        case "y", "年": return value * 365
        default: return nil
        }
    }
}
