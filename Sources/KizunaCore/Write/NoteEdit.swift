/// Edits of a note's bytes that change only the lines they must: the BOM, the note's own line ending (LF or CRLF),
/// a missing final newline, trailing spaces and every other line stay as they were. Pure: bytes in, bytes out.
public enum NoteEdit {
    /// Why an edit was not made.
    public struct Refusal: Error, Sendable, Equatable {
        public var message: Message
    }

    /// The note's line ending: CRLF when its first line ends so, else LF.
    public static func lineEnding(_ note: [UInt8]) -> [UInt8] {
        guard let lf = note.firstIndex(of: 0x0A) else { return [0x0A] }
        return lf > 0 && note[lf - 1] == 0x0D ? [0x0D, 0x0A] : [0x0A]
    }

    /// Each line's range, without its line ending.
    static func lines(_ note: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, b) in note.enumerated() where b == 0x0A {
            out.append(start..<(i > start && note[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        if start < note.count { out.append(start..<note.count) }
        return out
    }

    /// The note with `block` (lines of text) added at its end, after a blank line. A note that had no final newline
    /// still has none.
    public static func appending(_ block: [String], to note: [UInt8]) -> [UInt8] {
        let eol = lineEnding(note)
        var out = note
        let text = block.map { Array($0.utf8) }.joined(separator: eol)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let empty = note.isEmpty || note == bom
        if empty { return out + text + eol }
        let endsWithNewline = note.last == 0x0A
        if !endsWithNewline { out += eol }
        let lastLine = lines(note).last.map { Array(note[$0]) } ?? []
        if !lastLine.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || !endsWithNewline { out += eol }
        out += text
        if endsWithNewline { out += eol }
        return out
    }

    /// The note with the top-level front-matter key set to `value` (already YAML): its one line replaced, or a new
    /// line added before the closing `---`, or front matter added when the note has none. A key written otherwise
    /// but read as `key` (`Snooze Until:`, `状態:` for `status`) is the line replaced, its key kept as written.
    public static func settingFrontMatter(_ key: String, to value: String, in note: [UInt8]) throws(Refusal) -> [UInt8]
    {
        let eol = lineEnding(note)
        var newLine = Array("\(key): \(value)".utf8)
        let all = lines(note)
        let bomLength = note.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func text(_ r: Range<Int>) -> String {
            String(decoding: note[(r.lowerBound == 0 ? bomLength : r.lowerBound)..<r.upperBound], as: UTF8.self)
        }
        guard let first = all.first, text(first).trimmingTrailingSpaces() == "---" else {
            let insertAt = bomLength
            return Array(note[..<insertAt]) + Array("---".utf8) + eol + newLine + eol + Array("---".utf8) + eol
                + Array(note[insertAt...])
        }
        guard
            let close = all.indices.dropFirst().first(where: {
                ["---", "..."].contains(text(all[$0]).trimmingTrailingSpaces())
            })
        else {
            throw Refusal(
                message: Message(
                    "its front matter has no closing '---' line",
                    ja: "フロントマターを閉じる '---' の行がありません"))
        }
        let body = (1..<close).map { text(all[$0]) }
        var matching = body.indices.filter { body[$0].hasPrefix(key + ":") }
        if matching.isEmpty {
            matching = body.indices.filter { topLevelKey(body[$0]).map { YAMLValue.keyAsWritten($0) == key } ?? false }
            if let i = matching.first, let written = topLevelKey(body[i]) {
                newLine = Array("\(written): \(value)".utf8)
            }
        }
        if matching.count > 1 {
            throw Refusal(
                message: Message(
                    "its front matter has '\(key)' more than once",
                    ja: "フロントマターに '\(key)' が複数あります"))
        }
        if let i = matching.first {
            // A value that runs on below its key (a block or a nested mapping) is not one line to replace.
            if i + 1 < body.count, let next = body[i + 1].first, next == " " || next == "\t" || next == "-" {
                throw Refusal(
                    message: Message(
                        "its '\(key)' runs over several lines; change it by hand",
                        ja: "'\(key)' が複数行にわたっています。手で書き換えてください"))
            }
            let r = all[i + 1]
            return Array(note[..<r.lowerBound]) + newLine + Array(note[r.upperBound...])
        }
        let at = all[close].lowerBound
        return Array(note[..<at]) + newLine + eol + Array(note[at...])
    }

    /// The key a front matter line starts, when it starts one at the top level (not indented, no list item).
    private static func topLevelKey(_ line: String) -> String? {
        guard YAMLReader.startsTopLevelEntry(line), let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon])
    }

    /// The note with the open task on 1-based `line` ticked: `[ ]` (or another box `statuses` reads as open, `[/]`)
    /// becomes `[x]` (in a Logseq graph's note, `TODO` and the like become `DONE`) and ` ✅ DATE` ends the line.
    public static func tickingTask(
        onLine line: Int, date: Day, in note: [UInt8], logseq: Bool = false, statuses: TaskStatuses = .standard
    ) throws(Refusal) -> [UInt8] {
        let all = lines(note)
        guard line >= 1, line <= all.count else {
            throw Refusal(message: Message("there is no line \(line)", ja: "\(line) 行目がありません"))
        }
        let r = all[line - 1]
        var changed = Array(note[r])
        if let box = openBox(in: changed, statuses: statuses) {
            changed[box + 1] = UInt8(ascii: "x")
        } else if logseq, let marker = openLogseqMarker(in: changed) {
            changed.replaceSubrange(marker, with: Array("DONE".utf8))
        } else if line > 1, note.dropFirst(note.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0).starts(with: "---".utf8),
            r.lowerBound < TextDecoder.frontMatterLength(note)
        {
            throw Refusal(
                message: Message(
                    "line \(line) is a next step the front matter keeps: change or clear it there",
                    ja: "\(line) 行目はフロントマターが持つ次の一歩です。そこで書き換えるか消してください"))
        } else {
            throw Refusal(message: Message("line \(line) holds no open task", ja: "\(line) 行目に未完了のタスクがありません"))
        }
        var end = changed.count
        while end > 0, changed[end - 1] == 0x20 || changed[end - 1] == 0x09 { end -= 1 }
        changed.insert(contentsOf: Array(" ✅ \(date)".utf8), at: end)
        return Array(note[..<r.lowerBound]) + changed + Array(note[r.upperBound...])
    }

    /// Where Logseq's marker of an open task (`TODO`, `LATER`, ...) stands after a line's list marker, followed by a
    /// space; nil when none does.
    static func openLogseqMarker(in line: [UInt8]) -> Range<Int>? {
        guard let i = itemText(in: line),
            let found = line.withUnsafeBufferPointer({
                CommonMark.logseqMarker($0, i, leadingLength: line.count - i)
            }),
            !found.checked
        else { return nil }
        return i..<(i + found.word)
    }

    /// Where the box of an open task (`[ ]`, or another `statuses` reads as open) stands after a line's quote markers,
    /// indentation and list marker; nil when none does.
    static func openBox(in line: [UInt8], statuses: TaskStatuses = .standard) -> Int? {
        guard let i = itemText(in: line), i + 2 < line.count, line[i] == UInt8(ascii: "["),
            statuses.status(of: line[i + 1]) == .open, line[i + 2] == UInt8(ascii: "]")
        else { return nil }
        return i
    }

    /// Where a list item's text starts after a line's quote markers, indentation, list marker and the spaces after
    /// it; nil when the line is no list item.
    static func itemText(in line: [UInt8]) -> Int? {
        var i = line.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skip(_ set: Set<UInt8>) { while i < line.count, set.contains(line[i]) { i += 1 } }
        skip([0x20, 0x09, UInt8(ascii: ">")])
        if i < line.count, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(line[i]) {
            i += 1
        } else {
            let digits = i
            while i < line.count, (0x30...0x39).contains(line[i]) { i += 1 }
            guard i > digits, i < line.count, line[i] == UInt8(ascii: ".") || line[i] == UInt8(ascii: ")") else {
                return nil
            }
            i += 1
        }
        let marker = i
        skip([0x20, 0x09])
        return i > marker && i < line.count ? i : nil
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension NoteEdit {
    /// The note with `key: value` added under its `contact:` mapping (after the mapping's last line, indented as its
    /// first), or a new `contact:` block added before the closing `---` when there is none.
    public static func addingContactLine(_ key: String, _ value: String, in note: [UInt8]) throws(Refusal) -> [UInt8] {
        let eol = lineEnding(note)
        let all = lines(note)
        func text(_ i: Int) -> String { String(decoding: note[all[i]], as: UTF8.self) }
        guard let close = all.indices.dropFirst().first(where: { ["---", "..."].contains(text($0)) }),
            text(0).hasSuffix("---")
        else {
            let withBlock = try settingFrontMatter("contact", to: "", in: note)
            return try addingContactLine(key, value, in: withBlock)
        }
        guard let at = (1..<close).first(where: { text($0).hasPrefix("contact:") }) else {
            let block = Array("contact:".utf8) + eol + Array("  \(key): \(value)".utf8) + eol
            let start = all[close].lowerBound
            return Array(note[..<start]) + block + Array(note[start...])
        }
        let inline = text(at).dropFirst("contact:".count).trimmingCharacters(in: .whitespaces)
        guard inline.isEmpty || inline.hasPrefix("#") else {
            throw Refusal(
                message: Message(
                    "its contact is written on one line; add \(key) by hand",
                    ja: "contact が一行で書かれています。\(key) は手で追加してください"))
        }
        var last = at
        while last + 1 < close, let first = text(last + 1).first, first == " " || first == "\t" { last += 1 }
        let indent = last > at ? String(text(at + 1).prefix { $0 == " " || $0 == "\t" }) : "  "
        let end = all[last].upperBound
        return Array(note[..<end]) + eol + Array("\(indent)\(key): \(value)".utf8) + Array(note[end...])
    }
}
