extension LanguageServer {
    /// The markdown link around a character offset of a line whose destination, relative to the note at `path`, is a
    /// person's note (`[Ken Ito](../People/Ken%20Ito.md)`, as a vault set to write markdown links writes one): as a
    /// link to that person by id, with its LSP ranges.
    func pathLink(in text: LSPText, line: Int, character: Int, from path: String) -> FoundLink? {
        guard let state else { return nil }
        let (lineText, index) = text.characterIndex(line: line, offset: character)
        var search = lineText.startIndex
        while let middle = lineText.range(of: "](", range: search..<lineText.endIndex),
            let close = lineText[middle.upperBound...].firstIndex(of: ")")
        {
            search = close
            let open = lineText[..<middle.lowerBound].lastIndex(of: "[") ?? middle.lowerBound
            guard open <= index, index <= close else { continue }
            var destination = lineText[middle.upperBound..<close]
            // `[Ken Ito](<../People/Ken Ito.md>)`: a destination with spaces in angle brackets.
            if destination.hasPrefix("<"), destination.hasSuffix(">") {
                destination = destination.dropFirst().dropLast()
            }
            // Found as the resolve stage finds it: at its path, else (a markdown-link vault) from the root or by name.
            guard let target = BodyReader.resolveRelative(String(destination), from: path),
                let index = state.directory?.index,
                let p = index.person(atLinkPath: target, in: path)
            else { continue }
            let person = state.journal.people[p]
            func at(_ i: String.Index) -> Int { text.offset(line: line, index: i) }
            return (
                person.id, LSPText.range(line, at(open), line, at(lineText.index(after: close))),
                LSPText.range(line, at(middle.upperBound), line, at(close)), false, false
            )
        }
        return nil
    }
}
