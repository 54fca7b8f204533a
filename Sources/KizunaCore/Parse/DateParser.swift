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
        text.withUTF8Bytes { heading(bytes: $0) }
    }

    /// `heading` over the text's UTF-8 bytes.
    static func heading(bytes s: UnsafeBufferPointer<UInt8>) -> HeadingDate {
        switch headingMatch(bytes: s) {
        case .none, .misdated: return .none
        case .invalid(let text): return .invalid(text: text)
        case .date(let day, let rest, let mismatch):
            return .date(
                day, rest: String(decoding: UnsafeBufferPointer(rebasing: s[rest]), as: UTF8.self),
                weekdayMismatch: mismatch)
        }
    }

    /// `HeadingDate`, with the rest of a dated heading as where it stands in the bytes read.
    enum HeadingMatch: Equatable {
        case none
        case invalid(text: String)
        case date(Day, rest: Range<Int>, weekdayMismatch: String?)
        /// A date in a form entries are not written in (`text` as written): no entry, but likely meant as one.
        case misdated(text: String, Misdate)
    }

    /// `headingMatch` in a note named as a year or a month (`notePeriod`): a month and a day with no year (`12/3(水)`,
    /// `12月3日`) is a date of its year; in a month's note, a day with its weekday (`3日(水)`, `3 (Wed)`) is a date of
    /// its month.
    static func headingMatch(bytes s: UnsafeBufferPointer<UInt8>, period: NotePeriod?) -> HeadingMatch {
        let match = headingMatch(bytes: s)
        guard let period else { return match }
        var c = DateCursor(s)
        while c.i < s.count, s[c.i] == 0x20 || s[c.i] == 0x09 { c.i += 1 }
        let date: Day
        var bareDay = false
        switch match {
        case .misdated(let text, .noYear(let month, let day, _)):
            c.i += text.utf8.count
            guard let d = period.day(month: month, day: day) else {
                return period.week == nil ? .invalid(text: text) : match
            }
            date = d
        case .none:
            guard let month = period.month, let day = c.number(maxDigits: 2) else { return match }
            if let (d, len) = c.at(c.i), d == UInt8(ascii: "D") { c.i += len }
            guard !c.atWordCharacter, let d = Day(year: period.year, month: month, day: day) else { return match }
            (date, bareDay) = (d, true)
        default:
            return match
        }
        let afterDate = c.i
        let mismatch = c.skipWeekday(of: date)
        // Only a weekday in brackets says that a bare number is a day.
        if bareDay, c.i == afterDate { return match }
        return .date(date, rest: trimmedRange(s, titleStart(s, after: c.i)..<s.count), weekdayMismatch: mismatch)
    }

    /// `heading` over UTF-8 bytes, the rest of the heading left where it is.
    static func headingMatch(bytes s: UnsafeBufferPointer<UInt8>) -> HeadingMatch {
        var c = DateCursor(s)
        while c.i < s.count, s[c.i] == 0x20 || s[c.i] == 0x09 { c.i += 1 }
        let start = c.i
        // Up to six digits, so that a year mistyped with five (`12026-01-01`) is an error, not silently no date.
        guard let year = c.number(maxDigits: 6), year >= 1000, let (sep, sepLen) = c.at(c.i) else {
            return misdated(s, from: start)
        }
        let japanese = sep == UInt8(ascii: "Y")
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || japanese else {
            return sep == UInt8(ascii: ".") ? dotted(&c, year: year, from: start) : .none
        }
        c.i += sepLen
        guard let month = c.number(maxDigits: 2), let (sep2, sep2Len) = c.at(c.i) else { return .none }
        guard sep2 == (japanese ? UInt8(ascii: "M") : sep) else { return .none }
        c.i += sep2Len
        guard let day = c.number(maxDigits: 2) else { return .none }
        if japanese {
            guard let (d, len) = c.at(c.i), d == UInt8(ascii: "D") else { return .invalid(text: c.slice(start, c.i)) }
            c.i += len
        }
        if !japanese, year <= 9999, Day(year: year, month: month, day: day) != nil, let timed = c.time(from: start) {
            return timed
        }
        if let (b, len) = c.at(c.i), b < 0x80, (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
            // `2026-11-021`, `2026-11-02x`: something date-like that is not a date.
            return .invalid(text: c.slice(start, c.i + len))
        }
        guard year <= 9999, let date = Day(year: year, month: month, day: day) else {
            return .invalid(text: c.slice(start, c.i))
        }
        let mismatch = c.skipWeekday(of: date)
        return .date(date, rest: trimmedRange(s, titleStart(s, after: c.i)..<s.count), weekdayMismatch: mismatch)
    }

    /// Where a dated heading's title starts: past a dash, colon, bar or middle dot that parts it from the date
    /// (`2026-11-02 — Design review`, `2026-11-02: Zoom`), when a space or the end follows it; else at `i`.
    static func titleStart(_ s: UnsafeBufferPointer<UInt8>, after i: Int) -> Int {
        var j = i
        while j < s.count, s[j] == 0x20 || s[j] == 0x09 { j += 1 }
        /// The length of the mark at `k` (`-`, `:`, `|`, `·`, `–`, `—`, `：`), 0 when none is there.
        func mark(at k: Int) -> Int {
            guard k < s.count else { return 0 }
            switch s[k] {
            case 0x2D, 0x3A, 0x7C: return 1
            case 0xC2: return k + 1 < s.count && s[k + 1] == 0xB7 ? 2 : 0
            case 0xE2: return k + 2 < s.count && s[k + 1] == 0x80 && (s[k + 2] == 0x93 || s[k + 2] == 0x94) ? 3 : 0
            case 0xEF: return k + 2 < s.count && s[k + 1] == 0xBC && s[k + 2] == 0x9A ? 3 : 0
            default: return 0
            }
        }
        let first = j, length = mark(at: j)
        guard length > 0 else { return i }
        repeat { j += length } while mark(at: j) == length && s[j] == s[first]
        // A full-width colon needs no space after it, as Japanese is written.
        return j == s.count || s[j] == 0x20 || s[j] == 0x09 || s[first] == 0xEF ? j : i
    }

    /// The Japanese eras a date may be written in, each with the year before its first.
    private static let eras: [(name: String, before: Int)] = [("令和", 2018), ("平成", 1988), ("昭和", 1925)]

    /// A date at `start` in a form no entry is written in: a month and day with no year (`11月2日`, `11/2`), a
    /// Japanese era's year (`令和8年11月4日`), the year last (`11/02/2026`, `02.11.2026`), or words (`November 2,
    /// 2024`); `.none` otherwise.
    static func misdated(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> HeadingMatch {
        var c = DateCursor(s)
        c.i = start
        /// The date read so far, when the heading goes on with no digit or letter right after it.
        func found(_ form: Misdate) -> HeadingMatch {
            c.atWordCharacter ? .none : .misdated(text: c.slice(start, c.i), form)
        }
        if let (end, day) = inWords(s, from: start) {
            c.i = end
            return found(.inWords(write: day.description))
        }
        if start < s.count, s[start] >= 0xE4, let era = eras.first(where: { s[start...].starts(with: $0.name.utf8) }) {
            c.i += era.name.utf8.count
            let gannen = "元".utf8
            let year = s[c.i...].starts(with: gannen) ? 1 : c.number(maxDigits: 2)
            if year == 1, s[c.i...].starts(with: gannen) { c.i += gannen.count }
            guard let year, c.skip("年"), let month = c.number(maxDigits: 2), c.skip("月"),
                let day = c.number(maxDigits: 2), c.skip("日")
            else { return .none }
            let written = Day(year: era.before + year, month: month, day: day).map { _ in
                "\(era.before + year)年\(month)月\(day)日"
            }
            return found(.era(write: written))
        }
        guard let first = c.number(maxDigits: 2), let (sep, len) = c.at(c.i) else { return .none }
        c.i += len
        guard let second = c.number(maxDigits: 2) else { return .none }
        let monthDay = (1...12).contains(first) && (1...31).contains(second)
        if sep == UInt8(ascii: "M"), len == 3, monthDay, c.skip("日") {
            return found(.noYear(month: first, day: second, write: "YYYY年\(first)月\(second)日"))
        }
        guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") else { return .none }
        let afterDay = c.i
        if let (sep2, len2) = c.at(c.i), sep2 == sep {
            c.i += len2
            if let year = c.number(maxDigits: 4), year >= 1000 { return found(.yearLast) }
        }
        c.i = afterDay
        guard sep == UInt8(ascii: "/"), monthDay else { return .none }
        return found(.noYear(month: first, day: second, write: "YYYY/\(first)/\(second)"))
    }

    /// `2026.11.03` at `start`, the year read and the cursor on its dot: a real day with nothing date-like after it.
    private static func dotted(_ c: inout DateCursor, year: Int, from start: Int) -> HeadingMatch {
        c.i += 1
        guard let month = c.number(maxDigits: 2), c.skip("."), let day = c.number(maxDigits: 2), !c.atWordCharacter,
            year <= 9999, let date = Day(year: year, month: month, day: day)
        else { return .none }
        return .misdated(text: c.slice(start, c.i), .dotted(write: date.description))
    }

    /// The day a Japanese era's date names when it is the whole of `text` (`昭和60年4月12日`): what to write instead,
    /// for a front matter value kizuna does not read.
    static func eraDay(_ text: String) -> Day? {
        var t = text.trimmingSpaces()
        return t.withUTF8 { s -> Day? in
            guard case .misdated(let written, .era(let write?)) = misdated(s, from: 0), written.utf8.count == s.count
            else { return nil }
            return value(write)
        }
    }

    /// Reads a heading's date character by character, full-width digits and 年月日 read as their ASCII stand-ins.
    private struct DateCursor {
        let s: UnsafeBufferPointer<UInt8>
        var i = 0

        init(_ s: UnsafeBufferPointer<UInt8>) { self.s = s }

        /// The ASCII form of the character at `i` and its byte length, for the characters a date is made of. An
        /// ASCII byte, as most are, is read where it is asked for; the others in `wide`.
        @inline(__always) func at(_ i: Int) -> (UInt8, Int)? {
            guard i < s.count else { return nil }
            let b = s[i]
            return b < 0x80 ? (b, 1) : wide(i)
        }

        /// `at` for a byte that is not ASCII.
        private func wide(_ i: Int) -> (UInt8, Int) {
            let b = s[i]
            // A byte of a character none of the forms below is: not the end of the text (`(金)` ends a heading).
            guard i + 2 < s.count else { return (0x80, 1) }
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

        /// Steps over `text` when it stands at `i`.
        mutating func skip(_ text: StaticString) -> Bool {
            let n = text.utf8CodeUnitCount
            guard i + n <= s.count else { return false }
            for k in 0..<n where s[i + k] != text.utf8Start[k] { return false }
            i += n
            return true
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

        /// A digit or an ASCII letter stands at `i`: what was read goes on as a word.
        var atWordCharacter: Bool {
            guard let (b, _) = at(i) else { return false }
            return b < 0x80 && ((b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A))
        }

        /// At a `T` after the date that starts at `start`: the date with its time (`T10:00`, `T10:00:30Z`,
        /// `T10:00+09:00`), when nothing date-like follows.
        func time(from start: Int) -> HeadingMatch? {
            guard let (t, _) = at(i), t | 0x20 == UInt8(ascii: "t") else { return nil }
            var j = self
            j.i += 1
            guard j.number(maxDigits: 2) != nil, j.skip(":"), j.number(maxDigits: 2) != nil else { return nil }
            if j.skip(":") { guard j.number(maxDigits: 2) != nil else { return nil } }
            if !j.skip("Z"), j.skip("+") || j.skip("-") {
                guard j.number(maxDigits: 2) != nil, j.skip(":"), j.number(maxDigits: 2) != nil else { return nil }
            }
            guard !j.atWordCharacter else { return nil }
            let written = slice(start, j.i)
            return .misdated(text: written, .withTime(write: slice(start, i) + " " + slice(i + 1, j.i)))
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

    /// The day a daily note's name gives (`fileName`), or its folders and name together where the vault's `format`
    /// names folders (`YYYY/MM/DD`: `Journal/2026/11/15.md`), or the identifier of an entry of Denote's journal
    /// (`20251125T090000--tuesday-25-november-2025__journal`).
    public static func dailyNoteDay(path: String, stem: String, format: DailyNoteFormat?) -> Day? {
        fileName(stem, format: format) ?? format?.day(ofPath: path) ?? DenoteName(stem: stem)?.journalDay
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
