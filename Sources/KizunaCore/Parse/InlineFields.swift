/// `key:: value` lines: Logseq's page properties and Dataview's inline fields. kizuna reads a note's front matter,
/// not these; it reads them only to say so where one marks a person.
enum InlineFields {
    /// The keys whose value may mark a person, as `type` and `categories` do in front matter.
    static let personKeys: Set<String> = ["type", "category", "categories"]

    /// Where the lines of a note's first paragraph mark a person: `type:: person` (or `people`, `[[Person]]`,
    /// `categories:: People`), and `tags:: person` (read as front matter's `tags:` is).
    struct Markers {
        var type: (line: Int, column: Int)? = nil
        var tag: (line: Int, column: Int)? = nil
    }

    /// The markers in the lines of `block`, a note's first paragraph: none when it is a heading or a task.
    static func personMarkers(_ block: MDBlock, text: DecodedText, lineOffset: Int) -> Markers {
        var found = Markers()
        guard !block.isHeading, block.taskChecked == nil, block.taskOwner == nil else { return found }
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
            guard let (column, isTag) = marker(String(decoding: text.bytes[start..<end], as: UTF8.self)) else {
                continue
            }
            let place = (line, text.column(line: line, byteColumn: column))
            if isTag { found.tag = found.tag ?? place } else { found.type = found.type ?? place }
        }
        return found
    }

    /// The 1-based byte column of `key:: value` on one line when it marks a person, and whether by a tag; a list
    /// item's `- ` may lead it.
    static func marker(_ line: String) -> (column: Int, isTag: Bool)? {
        var rest = Substring(line)
        while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        guard let separator = rest.range(of: "::") else { return nil }
        let column = line.utf8.count - rest.utf8.count + 1
        let key = rest[..<separator.lowerBound].trimmingSpaces().lowercased()
        let value = rest[separator.upperBound...]
        if key == "tags" || key == "tag" { return FrontMatter.holdsPersonTag(value) ? (column, true) : nil }
        guard personKeys.contains(key) else { return nil }
        let values = value.split(whereSeparator: FrontMatter.isListComma)
        return values.contains { NoteParser.namesPersonKind($0) } ? (column, false) : nil
    }
}
