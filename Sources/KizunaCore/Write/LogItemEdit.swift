extension NoteEdit {
    /// The note with one more item in a log (`LogSection`), after its last dated item `item` and every line
    /// nested in it, written as that item is: its marker, then the day, the mark it puts between date and text
    /// (`- 2026-12-05: Lunch`, `- 2026-12-05 — Lunch`), and `text`; and the line added. Nil when `item` does not
    /// stand in the note.
    public static func addingLogItem(
        _ day: Day, _ text: String, after item: (line: Int, column: Int, end: Int), to note: [UInt8]
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
        let mark = dateMark(String(decoding: first[content...], as: UTF8.self))
        let line = marker + Array((text.isEmpty ? "\(day)" : "\(day)\(mark)\(text)").utf8)
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
        let eol = lineEnding(note)
        let at = all[last - 1].upperBound
        let added = String(decoding: line, as: UTF8.self)
        if at == note.count { return (note + eol + line, added) }  // the item's line was the last, with no line ending
        let after = at + eol.count
        return (Array(note[..<after]) + line + eol + Array(note[after...]), added)
    }

    /// What an item of a log writes between its date and its text: `: `, ` — `, ` - `, `：` or a space.
    static func dateMark(_ text: String) -> String {
        guard let end = text.firstIndex(where: { $0 == " " || $0 == ":" || $0 == "：" }) else { return " " }
        let mark = text[end...].prefix { " :：—–-|·".contains($0) }
        return mark.contains(where: { $0 != " " }) ? String(mark) : " "
    }
}
