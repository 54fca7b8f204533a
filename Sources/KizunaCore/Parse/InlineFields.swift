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
        forEachFieldLine(of: block, text: text, lineOffset: lineOffset) { line, lineText in
            guard let (column, isTag) = marker(lineText) else { return }
            let place = (line, text.column(line: line, byteColumn: column))
            if isTag { found.tag = found.tag ?? place } else { found.type = found.type ?? place }
        }
        return found
    }

    /// Where the first paragraph of a person's note gives other names as Logseq writes them (`alias:: Ken`): kizuna
    /// reads a person's other names from front matter `aliases:` only, and says so there.
    static func aliasField(_ block: MDBlock, text: DecodedText, lineOffset: Int) -> (line: Int, column: Int)? {
        var found: (line: Int, column: Int)? = nil
        forEachFieldLine(of: block, text: text, lineOffset: lineOffset) { line, lineText in
            guard found == nil, let (column, key, _) = field(lineText), key == "alias" || key == "aliases" else {
                return
            }
            found = (line, text.column(line: line, byteColumn: column))
        }
        return found
    }

    /// The warning at a person's `alias::` field.
    static func aliasFieldIsNotRead(at place: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            Message(
                "kizuna reads a person's other names from front matter (`aliases: [Ken]`), not from `alias::`: links "
                    + "by these names do not find this person",
                ja: "人物の別名はフロントマターの `aliases:` から読みます(例: `aliases: [Ken]`)。`alias::` は読まないため、"
                    + "この名前のリンクではこの人物になりません"),
            at: place)
    }

    /// Calls `body` with each line of `block` (a note's first paragraph, not a heading or a task) that holds `::`,
    /// with its 1-based line in the file.
    private static func forEachFieldLine(
        of block: MDBlock, text: DecodedText, lineOffset: Int, _ body: (Int, String) -> Void
    ) {
        guard !block.isHeading, block.taskChecked == nil, block.taskOwner == nil else { return }
        text.forEachLine(of: block, lineOffset: lineOffset) { line, bytes in
            // Most first lines hold no `::`: no text is made of them.
            guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: ":") && $1 == UInt8(ascii: ":") })
            else { return }
            body(line, String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The 1-based byte column, lower-cased key and value of `key:: value` on one line; a list item's `- ` may lead
    /// it.
    static func field(_ line: String) -> (column: Int, key: String, value: Substring)? {
        var rest = Substring(line)
        while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        guard let separator = rest.range(of: "::") else { return nil }
        let key = rest[..<separator.lowerBound].trimmingSpaces().lowercased()
        return (line.utf8.count - rest.utf8.count + 1, key, rest[separator.upperBound...])
    }

    /// The 1-based byte column of `key:: value` on one line when it marks a person, and whether by a tag; a list
    /// item's `- ` may lead it.
    static func marker(_ line: String) -> (column: Int, isTag: Bool)? {
        guard let (column, key, value) = field(line) else { return nil }
        if key == "tags" || key == "tag" { return FrontMatter.holdsPersonTag(value) ? (column, true) : nil }
        guard personKeys.contains(key) else { return nil }
        let values = value.split(whereSeparator: FrontMatter.isListComma)
        return values.contains { NoteParser.namesPersonKind($0) } ? (column, false) : nil
    }
}
