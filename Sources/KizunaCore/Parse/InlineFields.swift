/// `key:: value` lines: Logseq's page properties and Dataview's inline fields. kizuna reads a note's front matter,
/// not these; it reads them only to say so where one marks a person.
enum InlineFields {
    /// The keys whose value may mark a person, as `type` and `categories` do in front matter.
    static let personKeys: Set<String> = ["type", "category", "categories"]

    /// Where the note's first paragraph (the lines of `block`) says `type:: person` (or `people`, `[[Person]]`,
    /// `categories:: People`): nil when it does not, or when the block is a heading or a task.
    static func personMarker(_ block: MDBlock, text: DecodedText, lineOffset: Int) -> (line: Int, column: Int)? {
        guard !block.isHeading, block.taskChecked == nil, block.taskOwner == nil else { return nil }
        for n in block.line...max(block.line, block.endLine) {
            let line = n + lineOffset
            guard line >= 1, line <= text.lineStarts.count else { break }
            let start = text.lineStarts[line - 1]
            let end = line < text.lineStarts.count ? text.lineStarts[line] : text.bytes.count
            // Most first lines hold no `::`: no text is made of them.
            guard
                text.bytes[start..<end].indices.dropLast().contains(where: { k in
                    text.bytes[k] == UInt8(ascii: ":") && text.bytes[k + 1] == UInt8(ascii: ":")
                })
            else { continue }
            let content = String(decoding: text.bytes[start..<end], as: UTF8.self)
            if let column = personColumn(content) { return (line, text.column(line: line, byteColumn: column)) }
        }
        return nil
    }

    /// The 1-based byte column of `key:: value` on one line when it marks a person; a list item's `- ` may lead it.
    static func personColumn(_ line: String) -> Int? {
        var rest = Substring(line)
        while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        guard let separator = rest.range(of: "::") else { return nil }
        let column = line.utf8.count - rest.utf8.count + 1
        let key = rest[..<separator.lowerBound].trimmingSpaces().lowercased()
        guard personKeys.contains(key) else { return nil }
        let values = rest[separator.upperBound...].split(whereSeparator: FrontMatter.isListComma)
        return values.contains { NoteParser.namesPersonKind($0) } ? column : nil
    }
}
