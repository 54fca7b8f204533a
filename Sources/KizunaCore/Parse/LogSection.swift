/// A section that logs touches a list item each, as CRM templates keep them (`## Interactions`, `## やりとり`), in a
/// person's note or any note but a daily or meeting note: an item there whose text starts with a date (`- 2026-01-15:
/// Lunch`), or with a link to the day's note (`- [[2026-01-15]] — Lunch`), is an entry of that date.
enum LogSection {
    /// The section names, folded: lowercased, with what stands before the first letter (an emoji) and a closing
    /// colon left out.
    static let names: Set<String> = [
        "interactions", "interaction log", "interaction history", "interactions log", "recent interactions",
        "interaction timeline", "conversation history", "meeting history", "meeting notes", "call history",
        "communication log",
        "log", "contact log", "contact history", "touchpoints", "touch points", "touches", "touch log", "conversations",
        "conversation log", "meetings", "meeting log", "call log", "relationship log", "catch-ups", "activity log",
        "やりとり", "やり取り", "やりとり履歴", "やり取り履歴", "交流", "交流記録", "交流履歴", "交流ログ", "接点", "連絡履歴",
        "連絡記録", "会った記録", "面談記録", "面会記録", "会話ログ", "ミーティング記録", "ログ", "記録",
    ]

    /// A table row's cells: after the first bar, parted at each bar a backslash does not escape; the part after the
    /// last bar only when it holds more than blanks.
    static func cells<C: Collection<UInt8>>(ofRow row: C) -> [ArraySlice<UInt8>] {
        let bytes = Array(row.drop { $0 == 0x20 || $0 == 0x09 })
        guard bytes.first == UInt8(ascii: "|") else { return [] }
        var cells: [ArraySlice<UInt8>] = []
        var start = 1, escaped = false
        for i in 1..<bytes.count {
            if bytes[i] == UInt8(ascii: "|"), !escaped {
                cells.append(bytes[start..<i])
                start = i + 1
            }
            escaped = bytes[i] == UInt8(ascii: "\\") && !escaped
        }
        let last = bytes[start...]
        if !last.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { cells.append(last) }
        return cells
    }

    /// Whether a table's cell opens with a date, written or as a link to the day's note (`[[Daily/2026-01-15]]`).
    static func opensWithDay<C: Collection<UInt8>>(_ cell: C) -> Bool { day(opening: cell) != nil }

    /// The date a table's cell opens with, written or as a link to the day's note; nil for none.
    static func day<C: Collection<UInt8>>(opening cell: C) -> Day? {
        var text = Substring(String(decoding: cell, as: UTF8.self)).drop { $0 == " " || $0 == "\t" }
        if text.hasPrefix("[["), let close = text.range(of: "]]"), let day = text[..<close.upperBound].linkedNoteName {
            text = day
        }
        if case .date(let day, _, _) = Array(text.utf8).withUnsafeBufferPointer(DateParser.headingMatch) { return day }
        return nil
    }

    /// The last byte of each name, and of a closing `:` or `：`: a heading that ends otherwise (a person's name,
    /// `# Ken Ito`) is ruled out before any string is made.
    static let lastBytes: Set<UInt8> = Set(names.compactMap(\.utf8.last) + [UInt8(ascii: ":")] + "：".utf8.suffix(1))

    /// Whether a heading's text (its tags aside) names such a section.
    static func isNamed(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Section names are short, and end as one of them does (an ASCII letter in either case).
        var end = text.count
        while end > 0, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        guard end > 0, text.count <= 40 else { return false }
        let last = text[end - 1]
        guard lastBytes.contains(last.asciiLowered) else { return false }
        if let ascii = asciiIsNamed(UnsafeBufferPointer(rebasing: text[..<end])) { return ascii }
        var name = Substring(String(decoding: text, as: UTF8.self))
        name = name.drop { !$0.isLetter }
        while let last = name.last, last == ":" || last == "：" || last.isWhitespace { name = name.dropLast() }
        return names.contains(name.lowercased())
    }

    /// The names that are ASCII, as bytes.
    static let asciiNames: [[UInt8]] = names.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// `isNamed` read on the bytes of a heading all in ASCII, where a letter and white space are one byte each and
    /// lowering is ASCII's; nil for any other heading.
    private static func asciiIsNamed(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        func isTrailing(_ b: UInt8) -> Bool { b == UInt8(ascii: ":") || b == 0x20 || (0x09...0x0D).contains(b) }
        guard text.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0, end = text.count
        while start < end, !text[start].isASCIILetter { start += 1 }
        while end > start, isTrailing(text[end - 1]) { end -= 1 }
        let name = text[start..<end]
        return asciiNames.contains { n in
            n.count == name.count && zip(n, name).allSatisfy { $0 == $1.asciiLowered }
        }
    }
}

extension BodyReader {
    /// A warning at the first dated row of a person's log kept as a table (`| 2026-01-15 | Call | … |`), as person
    /// templates lay one out: CommonMark has no tables, so such a log is text, and its touches would be lost unsaid.
    /// Kept with the days of its rows: a table that only sums up the note's dated headings loses nothing.
    func warnOfLogTable(_ block: MDBlock, into r: inout Reading) {
        guard isPerson, body.text[block.text].first == UInt8(ascii: "|") else { return }
        let rows = body.text[block.text].split(separator: 0x0A, omittingEmptySubsequences: false)
        let dated = rows.indices.compactMap { i -> (row: Int, day: Day)? in
            guard rows[i].first == UInt8(ascii: "|"),
                let day = LogSection.day(opening: LogSection.cells(ofRow: rows[i]).first ?? [])
            else { return nil }
            return (i, day)
        }
        guard let first = dated.first else { return }
        let warning = Diagnostic(
            .warning,
            Message(
                "this log is a table, which kizuna does not read (CommonMark has no tables): write each touch "
                    + "as a list item (- 2026-01-15: Call) or a dated heading",
                ja: "この記録は表のため読みません(CommonMark に表はありません)。接点は一件ずつ箇条書き"
                    + "(- 2026-01-15: 電話)か日付の見出しで書きます"),
            at: SourceLocation(path: path, line: block.line + lineOffset + first.row, column: 1))
        r.logTables.append((warning, dated.map(\.day)))
    }

    /// The date of a log item or a heading that opens with a link to the day's note written with its folders or
    /// extension (`[[Daily/2026-01-15]] Lunch`), the rest placed in `shown`, where the link shows as written; with
    /// `labelled`, a heading's link with a label too (`[[2026-01-15|Thursday]]`, all of `shown` the title). Nil for
    /// any other.
    func dayLinkMatch(
        _ block: MDBlock, _ scan: InlineScan, shown: Range<Int>, _ titles: [UInt8], labelled: Bool = false
    ) -> DateParser.HeadingMatch? {
        guard let link = scan.wikiLinks.first, link.inner.lowerBound == 2, body.text[block.text].starts(with: "[[".utf8)
        else { return nil }
        let start = block.text.lowerBound
        let target = body.text[(start + link.targetRange.lowerBound)..<(start + link.targetRange.upperBound)]
        var name = target[((target.lastIndex(of: UInt8(ascii: "/")) ?? target.startIndex - 1) + 1)...]
        if name.count > 3, name.suffix(3).map({ $0 | 0x20 }) == Array(".md".utf8) { name = name.dropLast(3) }
        if link.label != nil {
            // `[[2025-12-02|Tuesday]]`, as weekly notes head their days: the day its note is, the label the title.
            guard labelled,
                case .date(let day, let rest, _) = Array(name).withUnsafeBufferPointer(DateParser.headingMatch),
                rest.isEmpty
            else { return nil }
            return .date(day, rest: 0..<shown.count, weekdayMismatch: nil)
        }
        // A Logseq graph links a day by its journal page's title (`[[Mar 24th, 2020]]`).
        if link.label == nil, let logseq, titles[shown].starts(with: target),
            let day = logseq.day(ofTitle: String(decoding: target, as: UTF8.self))
        {
            let rest = titles[shown].dropFirst(target.count).drop { $0 == 0x20 }
            return .date(day, rest: (rest.startIndex - shown.lowerBound)..<shown.count, weekdayMismatch: nil)
        }
        guard name.count < target.count, target.count <= shown.count, titles[shown].starts(with: target) else {
            return nil
        }
        // The day's name, then what follows the link.
        let read = Array(name) + titles[(shown.lowerBound + target.count)..<shown.upperBound]
        guard case .date(let day, let rest, let mismatch) = read.withUnsafeBufferPointer(DateParser.headingMatch),
            rest.lowerBound >= name.count
        else { return nil }
        let shift = target.count - name.count
        return .date(day, rest: (rest.lowerBound + shift)..<(rest.upperBound + shift), weekdayMismatch: mismatch)
    }
}
