/// The editor's fixes to a note's front matter.
extension LanguageServer {
    /// The line mended, when the note's front matter has an error there: typed again where it was mistyped
    /// (`circle:core`), its tags written without `#` where a `#` began a comment, its brackets closed where they
    /// never are, else its value quoted where the advice is quotes.
    func fixedFrontMatterLine(_ path: String, _ text: LSPText, _ line: Int) -> (Message, String)? {
        let here = (state?.diagnostics[path] ?? []).filter { $0.location.line == line + 1 && $0.severity == .error }
        if here.contains(where: { $0.text.en.hasPrefix("invalid YAML") || $0.text.en.hasPrefix("front matter must") }),
            let retyped = YAMLHint.retyped(text.line(line))
        {
            return retyped
        }
        if here.contains(where: { $0.text.en.contains(YAMLHint.hashStartsComment.en) }),
            let unhashed = YAMLHint.withoutHashes(text.line(line))
        {
            return unhashed
        }
        // A bracket never closed, on a line that holds all of its value: closed where the line ends.
        let unclosed = [YAMLHint.unclosed("[", "]", YAMLHint.list), YAMLHint.unclosed("{", "}", YAMLHint.mapping)]
        if here.contains(where: { d in unclosed.contains { d.text.en.contains($0.en) } }),
            YAMLReader.startsTopLevelEntry(text.line(line + 1)) || text.line(line + 1).hasPrefix("---"),
            let closed = YAMLHint.closingBrackets(text.line(line))
        {
            return closed
        }
        guard here.contains(where: { YAMLHint.asksForQuotes($0.text) }),
            let quoted = YAMLHint.quotingValue(of: text.line(line))
        else { return nil }
        return (Message("Put the value in quotes", ja: "値を引用符で囲む"), quoted)
    }

    /// On the tags of a note tagged as a person in a journal with no people, or on a `type:: person` inline field
    /// (where the warning stands): the edit of the note at `uri` that writes `type: person` into its front matter.
    func markingAsPerson(_ path: String, _ bytes: [UInt8], _ line: Int, uri: String) -> [String: Any]? {
        guard let state, let i = state.position[path] else { return nil }
        let tagged = state.parsed[i].taggedPerson?.line == line + 1 && state.journal.people.isEmpty
        guard tagged || state.parsed[i].inlinePersonMarker?.line == line + 1,
            let marked = try? NoteEdit.settingFrontMatter("type", to: "person", in: bytes)
        else { return nil }
        return ["changes": [uri: [LSPText.linesReplaced(bytes, by: marked)]]]
    }
}
