extension LanguageServer {
    /// The markdown link to a Denote note around a character offset of a line (`[Jane](denote:20231015T093000)`):
    /// its target is what it names, `denote:` and the identifier.
    func denoteLink(in text: LSPText, line: Int, character: Int) -> FoundLink? {
        let (lineText, index) = text.characterIndex(line: line, offset: character)
        var search = lineText.startIndex
        while let middle = lineText.range(of: "](denote:", range: search..<lineText.endIndex),
            let close = lineText[middle.upperBound...].firstIndex(of: ")")
        {
            search = close
            let open = lineText[..<middle.lowerBound].lastIndex(of: "[") ?? middle.lowerBound
            let destination = lineText.index(after: middle.lowerBound)
            guard open <= index, index <= close,
                let target = DenoteName.link(String(lineText[lineText.index(after: destination)..<close]))
            else { continue }
            func at(_ i: String.Index) -> Int { text.offset(line: line, index: i) }
            let end = lineText.index(after: close)
            return (
                target, LSPText.range(line, at(open), line, at(end)),
                LSPText.range(line, at(lineText.index(after: destination)), line, at(close)), false, false
            )
        }
        return nil
    }
}
