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
        guard let first = text.first, let period = periods[first] else { return nil }
        var count = text.dropFirst()
        if count.hasSuffix("回") || count.hasSuffix("度") { count = count.dropLast() }
        guard let times = Int(count) ?? kanjiCounts[count], times > 0, times <= period else { return nil }
        return period / times
    }

    /// The words of a period, in days.
    private static let words: [String: Int] = [
        "weekly": 7, "毎週": 7, "biweekly": 14, "bi-weekly": 14, "fortnightly": 14, "隔週": 14, "monthly": 30,
        "毎月": 30, "quarterly": 90, "yearly": 365, "annually": 365, "毎年": 365, "半年": 180, "biannually": 180,
        "bi-annually": 180, "semiannually": 180, "semi-annually": 180, "half-yearly": 180, "daily": 1, "毎日": 1,
        "隔月": 60, "四半期": 90,
    ]

    /// The units a number of them is written with, in days.
    private static let units: [String: Int] = [
        "d": 1, "日": 1, "w": 7, "週": 7, "週間": 7, "m": 30, "ヶ月": 30, "か月": 30, "カ月": 30, "ケ月": 30, "ヵ月": 30,
        "箇月": 30, "y": 365, "年": 365,
    ]

    /// Periods a Japanese frequency counts times in (`月1回`), in days.
    private static let periods: [Character: Int] = ["週": 7, "月": 30, "年": 365]

    /// Counts of times written in kanji.
    private static let kanjiCounts: [Substring: Int] = ["一": 1, "二": 2, "三": 3, "四": 4]

    /// `days` through NFKC, folding and string comparison: right for any text.
    static func slowDays(_ raw: String) -> Int? {
        let text = Normalize.nfkc(raw).trimmingWhitespaces().lowercased()
        if let days = DurationParser.words[text] { return days }
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
        return DurationParser.units[unit].map { value * $0 }
    }
}
