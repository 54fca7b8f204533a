import Foundation

/// Result of reading the date at the start of a heading.
public enum HeadingDate: Sendable, Equatable {
    /// The heading does not start with anything that looks like a date.
    case none
    /// It looks like a date but is not a real one; `text` is what was read.
    case invalid(text: String)
    /// A real date; `rest` is the text after it (weekday removed); `weekdayMismatch` names a weekday that does not fit.
    case date(Day, rest: String, weekdayMismatch: String?)
}

/// Reads the dates of entry headings, file names, tasks and front matter.
public enum DateParser {
    private static let englishDays = [
        "sun": 0, "sunday": 0, "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2,
        "wed": 3, "wednesday": 3, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4,
        "fri": 5, "friday": 5, "sat": 6, "saturday": 6,
    ]
    private static let japaneseDays: [Character: Int] = ["日": 0, "月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6]

    /// Reads a date at the start of `text`: `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY年M月D日`, then an optional weekday.
    public static func heading(_ text: String) -> HeadingDate {
        let original = Array(text.unicodeScalars)
        let s = original.map(fold)
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        let start = i
        func number(maxDigits: Int) -> Int? {
            var n = 0, count = 0
            while i < s.count, count < maxDigits, s[i].value >= 48, s[i].value <= 57 {
                let d = Int(s[i].value) - 48
                n = n * 10 + d
                count += 1
                i += 1
            }
            return count == 0 ? nil : n
        }
        guard let year = number(maxDigits: 4), i - start == 4, i < s.count else { return .none }
        let sep = s[i]
        let japanese = sep == "年"
        guard sep == "-" || sep == "/" || japanese else { return .none }
        i += 1
        guard let month = number(maxDigits: 2) else { return .none }
        if japanese {
            guard i < s.count, s[i] == "月" else { return .none }
        } else {
            guard i < s.count, s[i] == sep else { return .none }
        }
        i += 1
        guard let day = number(maxDigits: 2) else { return .none }
        if japanese {
            guard i < s.count, s[i] == "日" else { return .invalid(text: String(String.UnicodeScalarView(s[start..<i]))) }
            i += 1
        }
        let read = String(String.UnicodeScalarView(s[start..<i]))
        if i < s.count, s[i].isASCII, s[i].properties.numericType != nil || s[i].properties.isAlphabetic {
            // `2026-11-021`, `2026-11-02x`: something date-like that is not a date.
            return .invalid(text: read + String(s[i]))
        }
        guard let date = Day(year: year, month: month, day: day) else { return .invalid(text: read) }
        // Optional weekday in parentheses.
        var j = i
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        var mismatch: String? = nil
        if j < s.count, s[j] == "(" {
            if let close = s[j...].firstIndex(of: ")") {
                let inner = String(String.UnicodeScalarView(original[(j + 1)..<close])).trimmingSpaces()
                if let wd = weekday(inner) {
                    if wd != date.weekday { mismatch = inner }
                    i = close + 1
                }
            }
        }
        let rest = String(String.UnicodeScalarView(original[i...])).trimmingSpaces()
        return .date(date, rest: rest, weekdayMismatch: mismatch)
    }

    /// Full-width digits, parentheses, `/`, `-` and the ideographic space read as their ASCII forms.
    static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
        switch u.value {
        case 0xFF10...0xFF19: return Unicode.Scalar(u.value - 0xFF10 + 48)!
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF0F: return "/"
        case 0xFF0D: return "-"
        case 0x3000: return " "
        default: return u
        }
    }

    /// 0...6 for an English or Japanese weekday name, or nil.
    static func weekday(_ name: String) -> Int? {
        var lower = name.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        if let d = englishDays[lower] { return d }
        var chars = Array(name)
        if chars.count == 3, chars[1] == "曜", chars[2] == "日" { chars = [chars[0]] }
        if chars.count == 2, chars[1] == "曜" { chars = [chars[0]] }
        if chars.count == 1, let d = japaneseDays[chars[0]] { return d }
        return nil
    }

    /// A file name (without extension) that is a date: `2026-11-15`, `2026/11/15` cannot occur; `2026年11月15日`.
    public static func fileName(_ stem: String) -> Day? {
        if let d = Day(iso: stem) { return d }
        if case .date(let d, let rest, _) = heading(stem), rest.isEmpty { return d }
        return nil
    }

    /// A front matter date: `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY年M月D日`, or a timestamp starting with one.
    public static func value(_ text: String) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = Day(iso: t) { return d }
        if t.count > 10, let d = Day(iso: t.prefix(10)), let c = t.dropFirst(10).first, c == "T" || c == " " || c == "t" {
            return d
        }
        if case .date(let d, let rest, _) = heading(t), rest.isEmpty { return d }
        return nil
    }
}
