extension NoteEdit {
    /// The note with one more item in a log (`LogSection`), beside the dated item `item` (`ParsedNote.logNeighbour`):
    /// before it, in a log kept newest first, or after it and every line nested in it. It is written as that item
    /// is: its marker, the day (as a link to the day's note where the item opens with one), the mark it puts
    /// between date and text (`- 2026-12-05: Lunch`, `- [[2026-12-05]] — Lunch`), and `text`; and the line added.
    /// Nil when `item` does not stand in the note.
    public static func addingLogItem(
        _ day: Day, _ text: String, beside item: (line: Int, column: Int, end: Int, before: Bool), to note: [UInt8]
    ) -> (note: [UInt8], line: String)? {
        let all = lines(note)
        guard item.line >= 1, item.end >= item.line, item.end <= all.count, item.column >= 2 else { return nil }
        let first = note[all[item.line - 1]]
        let content = first.startIndex + item.column - 1
        guard content <= first.endIndex else { return nil }
        let marker = Array(first[..<content])
        // The marker is what cmark read as one: blanks, a bullet or a number, blanks.
        guard marker.contains(where: { $0 != 0x20 && $0 != 0x09 }),
            marker.allSatisfy({ $0 == 0x20 || $0 == 0x09 || "-*+.)0123456789".utf8.contains($0) })
        else { return nil }
        let written = String(decoding: first[content...], as: UTF8.self)
        let date = dayAsWritten(day, written)
        let line = marker + Array((text.isEmpty ? date : date + dateMark(written) + text).utf8)
        let eol = lineEnding(note)
        let added = String(decoding: line, as: UTF8.self)
        if item.before {
            let at = all[item.line - 1].lowerBound
            return (Array(note[..<at]) + line + eol + Array(note[at...]), added)
        }
        // Lines indented to the item's text after it (a code block in it, a paragraph after a blank line) are its.
        var last = item.end
        var probe = item.end
        while probe < all.count {
            let next = note[all[probe]]
            probe += 1
            if next.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard next.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count >= marker.count else { break }
            last = probe
        }
        let at = all[last - 1].upperBound
        if at == note.count { return (note + eol + line, added) }  // the item's line was the last, with no line ending
        let after = at + eol.count
        return (Array(note[..<after]) + line + eol + Array(note[after...]), added)
    }

    /// `day` as an item that reads `written` writes its date: in the same form (`2026-11-20`, `2026/11/20`,
    /// `2026年11月20日`), with a weekday where it writes one (`(金)`, `（Fri）`), and as a link to the day's note, with
    /// the same folders and extension, where it opens with one that has no label (`[[Daily/2026-11-20]]`).
    static func dayAsWritten(_ day: Day, _ written: String) -> String {
        guard written.hasPrefix("[[") else { return dateAsWritten(day, written[...])?.text ?? "\(day)" }
        guard let close = written.range(of: "]]") else { return "\(day)" }
        let target = written[written.index(written.startIndex, offsetBy: 2)..<close.lowerBound]
        guard !target.contains("|"), !target.contains("#") else { return "\(day)" }
        let folders = target[..<(target.lastIndex(of: "/").map { target.index(after: $0) } ?? target.startIndex)]
        var name = target[folders.endIndex...]
        let ext = name.lowercased().hasSuffix(".md") ? String(name.suffix(3)) : ""
        name = name.dropLast(ext.count)
        // The note's whole name is the day, as it is named.
        guard let date = dateAsWritten(day, name), date.read == name.unicodeScalars.count else { return "\(day)" }
        return "[[\(folders)\(date.text)\(ext)]]"
    }

    /// `day` in the form of the date `text` starts with, and the weekday after it in its words and brackets, with
    /// how many scalars of `text` those take; nil when it starts with none of the forms.
    static func dateAsWritten(_ day: Day, _ text: Substring) -> (text: String, read: Int)? {
        let s = Array(text.unicodeScalars)
        func digits(from i: Int) -> Int {
            var j = i
            while j < s.count, s[j] >= "0", s[j] <= "9" { j += 1 }
            return j - i
        }
        guard s.count > 5, digits(from: 0) == 4 else { return nil }
        let (y, m, d) = day.components
        let month = digits(from: 5), padded = month == 2 && s[5] == "0"
        var i = 5 + month
        let date: String
        switch s[4] {
        case "-" where month == 2: date = "\(day)"
        case "/" where month > 0: date = String(format: month == 2 ? "%04d/%02d/%02d" : "%04d/%d/%d", y, m, d)
        case "年" where month > 0: date = String(format: padded ? "%04d年%02d月%02d日" : "%04d年%d月%d日", y, m, d)
        default: return nil
        }
        guard i < s.count, s[i] == (s[4] == "年" ? "月" : s[4]) else { return nil }
        i += 1
        i += digits(from: i)
        if s[4] == "年" {
            guard i < s.count, s[i] == "日" else { return nil }
            i += 1
        }
        guard let weekday = weekdayAsWritten(day, s, at: i) else { return (date, i) }
        return (date + weekday.text, weekday.end)
    }

    /// `day`'s weekday as the text at `i` writes one after its date: in brackets, after a space or not, in its
    /// language and length (`(水)`, ` (Thu)`); nil when no weekday stands there.
    static func weekdayAsWritten(_ day: Day, _ s: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
        let gap = start + 1 < s.count && s[start] == " " ? " " : ""
        let i = start + gap.count
        guard i + 2 < s.count, s[i] == "(" || s[i] == "（",
            let close = s[(i + 1)...].firstIndex(where: { $0 == ")" || $0 == "）" })
        else { return nil }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<close]))
        guard
            let names = [Day.japaneseWeekdays, Day.englishShortWeekdays, Day.englishWeekdays].first(where: {
                $0.contains(name)
            })
        else { return nil }
        return (gap + String(s[i]) + names[day.weekday] + String(s[close]), close + 1)
    }

    /// `day` as a heading of a year's, month's or week's note writes its dates, leaving out what the note's name
    /// says (`12/3(水)`, `12月3日`, `3日(水)`, `3 (Wed)`), when the note reads it back as `day`; nil otherwise.
    static func yearlessDateAsWritten(_ day: Day, _ text: Substring, in period: DateParser.NotePeriod) -> String? {
        let s = Array(text.unicodeScalars)
        var i = s.prefix { $0 >= "0" && $0 <= "9" }.count
        guard i == 1 || i == 2 else { return nil }
        let (_, m, d) = day.components
        var padded = i == 2 && s[0] == "0"
        var date = String(format: padded ? "%02d" : "%d", d)
        if i < s.count, s[i] == "/" || s[i] == "月" {
            let separator = s[i]
            let days = s[(i + 1)...].prefix { $0 >= "0" && $0 <= "9" }.count
            padded = padded || (days == 2 && s[i + 1] == "0")
            i += 1 + days
            if separator == "月" {
                guard i < s.count, s[i] == "日" else { return nil }
                (i, date) = (i + 1, String(format: padded ? "%02d月%02d日" : "%d月%d日", m, d))
            } else {
                date = String(format: padded ? "%02d/%02d" : "%d/%d", m, d)
            }
        } else if i < s.count, s[i] == "日" {
            (i, date) = (i + 1, date + "日")
        }
        let written = date + (weekdayAsWritten(day, s, at: i)?.text ?? "")
        let read = Array(written.utf8).withUnsafeBufferPointer { DateParser.headingMatch(bytes: $0, period: period) }
        guard case .date(day, _, nil) = read else { return nil }
        return written
    }

    /// What an item of a log writes between its date and its text: `: `, ` — `, ` - `, `：` or a space.
    static func dateMark(_ text: String) -> String {
        guard let end = text.firstIndex(where: { $0 == " " || $0 == ":" || $0 == "：" }) else { return " " }
        let mark = text[end...].prefix { " :：—–-|·".contains($0) }
        return mark.contains(where: { $0 != " " }) ? String(mark) : " "
    }
}

extension NoteEdit {
    /// The note of a day written as one entry, with `text` as one more item at its end: right after its last line
    /// where that is an item of a list, with that list's marker (`- `, `* `, `+ `), else as `- text` after a blank
    /// line; and the line added. The day's one entry then holds it, and a new heading would have cut it short.
    public static func addingDayItem(_ text: String, to note: [UInt8]) -> (note: [UInt8], line: String) {
        let all = lines(note).filter { !note[$0].allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        let last = all.last.map { note[$0].drop { $0 == 0x20 || $0 == 0x09 } } ?? []
        let marker = last.first.flatMap { b in
            "-*+".utf8.contains(b) && last.dropFirst().first == 0x20 ? UInt8(b) : nil
        }
        guard let marker else {
            let line = "- " + text
            return (appending([line], to: note), line)
        }
        let line = String(decoding: [marker, 0x20], as: UTF8.self) + text
        let eol = lineEnding(note)
        let end = all.last!.upperBound
        let rest = Array(note[end...])
        // The item goes right after the list's last line; what followed it (its line ending, blank lines) follows it.
        let ending = rest.starts(with: eol) ? eol : rest.first == 0x0A ? [0x0A] : []
        if ending.isEmpty { return (note + eol + Array(line.utf8), line) }
        return (Array(note[..<end]) + ending + Array(line.utf8) + rest, line)
    }
}
