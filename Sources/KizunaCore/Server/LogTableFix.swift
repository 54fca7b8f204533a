/// The editor's fix of a person's log kept as a table, which CommonMark reads as text.
extension LanguageServer {
    /// When the log-table warning stands on `line`: the table around it written as the log's list items, a row an
    /// item (`- 2026-01-15: Call — discussed the fund`), its header, its rule and its empty rows left out.
    func logTableFix(_ path: String, _ bytes: [UInt8], _ text: LSPText, _ line: Int, uri: String)
        -> (Message, [String: Any])?
    {
        let here = state?.diagnostics[path] ?? []
        guard here.contains(where: { $0.location.line == line + 1 && $0.text.en.hasPrefix("this log is a table") })
        else { return nil }
        func isRow(_ n: Int) -> Bool { text.line(n).drop { $0 == " " || $0 == "\t" }.hasPrefix("|") }
        var (first, last) = (line, line)
        while first > 0, isRow(first - 1) { first -= 1 }
        while last + 1 < text.lineCount, isRow(last + 1) { last += 1 }
        let items = (first...last).compactMap { LanguageServer.logItem(ofRow: text.line($0), header: $0 == first) }
        let eol = String(decoding: NoteEdit.lineEnding(bytes), as: UTF8.self)
        let end = text.offset(line: last, column: text.line(last).count + 1)
        let edit = LSPText.range(first, 0, last, end)
        return (
            Message("Write the log as list items", ja: "記録を箇条書きにする"),
            ["changes": [uri: [["range": edit, "newText": items.joined(separator: eol)]]]]
        )
    }

    /// A table row as a log's item: its first cell, a date, then the others that hold text; nil for the rule, a
    /// row of empty cells, and a `header` row that opens with no date.
    static func logItem(ofRow row: String, header: Bool) -> String? {
        let cells = LogSection.cells(ofRow: Array(row.utf8)).map { String(decoding: $0, as: UTF8.self) }
        let texts = cells.map { $0.trimmingSpaces() }
        guard texts.contains(where: { !$0.isEmpty }),
            !texts.allSatisfy({ $0.allSatisfy { "-:".contains($0) } })
        else { return nil }
        let dated = LogSection.opensWithDay((texts.first ?? "").utf8)
        if header, !dated { return nil }
        let rest = (dated ? texts.dropFirst() : texts[...]).filter { !$0.isEmpty }.joined(separator: " — ")
        guard dated else { return "- " + rest }
        return "- " + texts[0] + (rest.isEmpty ? "" : ": " + rest)
    }
}
