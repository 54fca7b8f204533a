extension LanguageServer {
    /// The markdown link around a character offset of a line whose destination, relative to the note at `path`, is a
    /// person's note (`[Ken Ito](../People/Ken%20Ito.md)`, as a vault set to write markdown links writes one): as a
    /// link to that person by id, with its LSP ranges.
    func pathLink(in text: LSPText, line: Int, character: Int, from path: String) -> FoundLink? {
        guard let state, let index = state.directory?.index else { return nil }
        return markdownLink(in: text, line: line, character: character) { destination in
            var destination = destination
            // `[Ken Ito](<../People/Ken Ito.md>)`: a destination with spaces in angle brackets.
            if destination.hasPrefix("<"), destination.hasSuffix(">") {
                destination = destination.dropFirst().dropLast()
            }
            // Found as the resolve stage finds it: at its path, else (a markdown-link vault) from the root or by name.
            return BodyReader.resolveRelative(String(destination), from: path)
                .flatMap { index.person(atLinkPath: $0, in: path) }.map { state.journal.people[$0].id }
        }
    }

    /// The markdown link (`[text](destination)`) around a character offset of a line whose destination `target`
    /// reads as a link's target: that target, the link's LSP range and its destination's.
    func markdownLink(in text: LSPText, line: Int, character: Int, target: (Substring) -> String?) -> FoundLink? {
        let (lineText, index) = text.characterIndex(line: line, offset: character)
        var search = lineText.startIndex
        while let middle = lineText.range(of: "](", range: search..<lineText.endIndex),
            let close = lineText[middle.upperBound...].firstIndex(of: ")")
        {
            search = close
            let open = lineText[..<middle.lowerBound].lastIndex(of: "[") ?? middle.lowerBound
            guard open <= index, index <= close, let found = target(lineText[middle.upperBound..<close]) else {
                continue
            }
            func at(_ i: String.Index) -> Int { text.offset(line: line, index: i) }
            return (
                found, LSPText.range(line, at(open), line, at(lineText.index(after: close))),
                LSPText.range(line, at(middle.upperBound), line, at(close)), false, false
            )
        }
        return nil
    }
}
