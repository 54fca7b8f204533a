extension NoteEdit {
    /// The note with one more dated heading, for `day` and `title`, written as the note's own dated headings are
    /// (among its `entries`, as the parse read them): at their level, with the date in their form and their mark
    /// after it (`### 2026年12月5日(土) お茶`, `### 2026-12-05 — Tea`), before the first where they run newest first,
    /// else after the section of the last. A note with none gets, under a log its template left empty (`## Interaction
    /// Log`, as Orbit writes it), a first item `- <day>: title`, else `## <day> title` at its end. And the line added.
    /// A note named as a year, a month or a week (`noteName`, without its extension) whose headings leave out what
    /// its name says (`## 12/3(水)`) gets the day so written when it falls within the note's period.
    public static func addingEntryHeading(
        _ day: Day, _ title: String, to note: [UInt8], entries: [RawEntry], noteName: String = ""
    ) -> (note: [UInt8], line: String) {
        let plain = "## \(day)" + (title.isEmpty ? "" : " " + title)
        let headings = headingLines(note)
        let entries = entries.filter { e in headings.contains { $0.line == e.location.line } }
        guard let first = entries.first, let last = entries.last else {
            let item = "- \(day)" + (title.isEmpty ? "" : ": " + title)
            let log = headings.first(where: \.namesLog)
            return log.flatMap { addingFirstItem(item, under: $0.line, to: note) } ?? (
                appending([plain], to: note), plain
            )
        }
        let newestFirst = first.date > last.date
        let model = newestFirst ? first : last
        let all = lines(note)
        guard let level = headings.first(where: { $0.line == model.location.line })?.level,
            model.location.line <= all.count
        else { return (appending([plain], to: note), plain) }
        let written = String(decoding: note[all[model.location.line - 1]], as: UTF8.self)
        let text = written.drop { $0 == "#" || $0 == " " || $0 == "\t" }
        let date =
            dateAsWritten(day, text)?.text
            ?? DateParser.notePeriod(noteName).flatMap { yearlessDateAsWritten(day, text, in: $0) } ?? "\(day)"
        let line =
            String(repeating: "#", count: level) + " " + date + (title.isEmpty ? "" : dateMark(String(text)) + title)
        let before =
            newestFirst
            ? first.location.line
            : headings.first { $0.line > last.location.line && $0.level <= level }?.line
        guard let before, before <= all.count else { return (appending([line], to: note), line) }
        let at = all[before - 1].lowerBound
        let eol = lineEnding(note)
        return (Array(note[..<at]) + Array(line.utf8) + eol + eol + Array(note[at...]), line)
    }

    /// The note with `item` on the line after line `heading`, and the item; nil when that line is no heading of
    /// the note's lines (a lone CR, which cmark takes for a line's end, counts lines otherwise).
    static func addingFirstItem(_ item: String, under heading: Int, to note: [UInt8]) -> (note: [UInt8], line: String)?
    {
        let all = lines(note)
        guard heading >= 1, heading <= all.count,
            note[all[heading - 1]].drop(while: { $0 == 0x20 }).first == UInt8(ascii: "#")
        else { return nil }
        let at = all[heading - 1].upperBound
        let eol = lineEnding(note)
        // The heading's own line ending: CRLF, LF, or none where it ends the note.
        let ending = note[at...].starts(with: [0x0D, 0x0A]) ? 2 : at < note.count ? 1 : 0
        if ending == 0 { return (note + eol + Array(item.utf8) + eol, item) }
        let after = at + ending
        return (Array(note[..<after]) + Array(item.utf8) + eol + Array(note[after...]), item)
    }

    /// The line (of the file) and level of each heading of the note's body, as cmark reads them: none in a code
    /// block, and no `#` line that is no heading; and whether it names a log (`LogSection`).
    static func headingLines(_ note: [UInt8]) -> [(line: Int, level: Int, namesLog: Bool)] {
        let text = TextDecoder.decode(note, path: "").0
        let split = FrontMatter.split(text, yaml: false)
        let body = CommonMark.parse(text.bytes[split.bodyOffset...])
        return body.blocks.filter(\.isHeading).map { block in
            let namesLog = body.text[block.text].withUnsafeBufferPointer(LogSection.isNamed)
            return (line: block.line + split.bodyLineOffset, level: block.headingLevel, namesLog: namesLog)
        }
    }
}
