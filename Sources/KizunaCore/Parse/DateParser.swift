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
    /// English weekday spellings, lower case: `Day`'s full and short names, and a few common abbreviations.
    private static let englishDays: [String: Int] = {
        var days: [String: Int] = ["tues": 2, "thur": 4, "thurs": 4]
        for (i, names) in zip(Day.englishWeekdays, Day.englishShortWeekdays).enumerated() {
            days[names.0.lowercased()] = i
            days[names.1.lowercased()] = i
        }
        return days
    }()

    /// Reads a date at the start of `text`: `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY年M月D日`, then an optional weekday.
    /// Full-width digits, `－`, `／` and parentheses are read as their ASCII forms; the rest keeps the user's characters.
    public static func heading(_ text: String) -> HeadingDate {
        var text = text
        return text.withUTF8 { heading(bytes: $0) }
    }

    /// `heading` over the text's UTF-8 bytes.
    static func heading(bytes s: UnsafeBufferPointer<UInt8>) -> HeadingDate {
        switch headingMatch(bytes: s) {
        case .none: return .none
        case .invalid(let text): return .invalid(text: text)
        case .date(let day, let rest, let mismatch):
            return .date(
                day, rest: String(decoding: UnsafeBufferPointer(rebasing: s[rest]), as: UTF8.self),
                weekdayMismatch: mismatch)
        }
    }

    /// `HeadingDate`, with the rest of a dated heading as where it stands in the bytes read.
    enum HeadingMatch {
        case none
        case invalid(text: String)
        case date(Day, rest: Range<Int>, weekdayMismatch: String?)
    }

    /// `heading` over UTF-8 bytes, the rest of the heading left where it is.
    static func headingMatch(bytes s: UnsafeBufferPointer<UInt8>) -> HeadingMatch {
        var c = DateCursor(s)
        while c.i < s.count, s[c.i] == 0x20 || s[c.i] == 0x09 { c.i += 1 }
        let start = c.i
        // Up to six digits, so that a year mistyped with five (`12026-01-01`) is an error, not silently no date.
        guard let year = c.number(maxDigits: 6), year >= 1000, let (sep, sepLen) = c.at(c.i) else { return .none }
        let japanese = sep == UInt8(ascii: "Y")
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || japanese else { return .none }
        c.i += sepLen
        guard let month = c.number(maxDigits: 2), let (sep2, sep2Len) = c.at(c.i) else { return .none }
        guard sep2 == (japanese ? UInt8(ascii: "M") : sep) else { return .none }
        c.i += sep2Len
        guard let day = c.number(maxDigits: 2) else { return .none }
        if japanese {
            guard let (d, len) = c.at(c.i), d == UInt8(ascii: "D") else { return .invalid(text: c.slice(start, c.i)) }
            c.i += len
        }
        if let (b, len) = c.at(c.i), b < 0x80, (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
            // `2026-11-021`, `2026-11-02x`: something date-like that is not a date.
            return .invalid(text: c.slice(start, c.i + len))
        }
        guard year <= 9999, let date = Day(year: year, month: month, day: day) else {
            return .invalid(text: c.slice(start, c.i))
        }
        let mismatch = c.skipWeekday(of: date)
        return .date(date, rest: trimmedRange(s, c.i..<s.count), weekdayMismatch: mismatch)
    }

    /// Reads a heading's date character by character, full-width digits and 年月日 read as their ASCII stand-ins.
    private struct DateCursor {
        let s: UnsafeBufferPointer<UInt8>
        var i = 0

        init(_ s: UnsafeBufferPointer<UInt8>) { self.s = s }

        /// The ASCII form of the character at `i` and its byte length, for the characters a date is made of.
        func at(_ i: Int) -> (UInt8, Int)? {
            guard i < s.count else { return nil }
            let b = s[i]
            if b < 0x80 { return (b, 1) }
            guard i + 2 < s.count else { return nil }
            let (b1, b2) = (s[i + 1], s[i + 2])
            switch (b, b1, b2) {
            case (0xEF, 0xBC, 0x90...0x99): return (b2 - 0x90 + 0x30, 3)  // ０-９
            case (0xEF, 0xBC, 0x8D): return (UInt8(ascii: "-"), 3)  // －
            case (0xEF, 0xBC, 0x8F): return (UInt8(ascii: "/"), 3)  // ／
            case (0xEF, 0xBC, 0x88): return (UInt8(ascii: "("), 3)  // （
            case (0xEF, 0xBC, 0x89): return (UInt8(ascii: ")"), 3)  // ）
            case (0xE3, 0x80, 0x80): return (0x20, 3)  // ideographic space
            case (0xE5, 0xB9, 0xB4): return (UInt8(ascii: "Y"), 3)  // 年
            case (0xE6, 0x9C, 0x88): return (UInt8(ascii: "M"), 3)  // 月
            case (0xE6, 0x97, 0xA5): return (UInt8(ascii: "D"), 3)  // 日
            default: return (0x80, 1)
            }
        }

        mutating func number(maxDigits: Int) -> Int? {
            var n = 0, count = 0
            while count < maxDigits, let (c, len) = at(i), c >= 0x30, c <= 0x39 {
                n = n * 10 + Int(c - 0x30)
                count += 1
                i += len
            }
            return count == 0 ? nil : n
        }

        func slice(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: s[from..<to]), as: UTF8.self)
        }

        /// Steps over a weekday in parentheses after the date, when there is one; returns it as written when it is
        /// not the date's.
        mutating func skipWeekday(of date: Day) -> String? {
            var j = i
            while let (c, len) = at(j), c == 0x20 || c == 0x09 { j += len }
            guard let (c, len) = at(j), c == UInt8(ascii: "(") else { return nil }
            var k = j + len
            while let (d, dlen) = at(k), d != UInt8(ascii: ")") { k += dlen }
            guard let (_, closeLen) = at(k) else { return nil }
            let inner = slice(j + len, k).trimmingSpaces()
            guard let wd = DateParser.weekday(inner) else { return nil }
            i = k + closeLen
            return wd != date.weekday ? inner : nil
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
        if chars.count == 1, let d = Day.japaneseWeekdays.firstIndex(of: String(chars[0])) { return d }
        return nil
    }

    /// A file name (without extension) that is a date: `2026-11-15`, `2026/11/15` cannot occur; `2026年11月15日`;
    /// or a name of the vault's daily note `format`.
    public static func fileName(_ stem: String, format: DailyNoteFormat? = nil) -> Day? {
        if let d = Day(iso: stem) { return d }
        // Logseq names its journal pages `2026_11_15`.
        let u = stem.utf8
        if u.count == 10, u.dropFirst(4).first == UInt8(ascii: "_"), u.dropFirst(7).first == UInt8(ascii: "_"),
            let d = Day(
                iso: String(decoding: u.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self))
        {
            return d
        }
        if case .date(let d, let rest, _) = heading(stem), rest.isEmpty { return d }
        return format?.day(of: stem)
    }

    /// A front matter date: `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY年M月D日`, or a timestamp starting with one.
    public static func value(_ text: String) -> Day? {
        let t = text.trimmingWhitespaces()
        if let d = Day(iso: t) { return d }
        if t.count > 10, let d = Day(iso: t.prefix(10)), let c = t.dropFirst(10).first, c == "T" || c == " " || c == "t"
        {
            return d
        }
        if case .date(let d, let rest, _) = heading(t), rest.isEmpty { return d }
        return nil
    }
}
