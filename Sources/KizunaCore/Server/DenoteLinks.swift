extension LanguageServer {
    /// The markdown link to a Denote note around a character offset of a line (`[Jane](denote:20231015T093000)`):
    /// its target is what it names, `denote:` and the identifier.
    func denoteLink(in text: LSPText, line: Int, character: Int) -> FoundLink? {
        markdownLink(in: text, line: line, character: character) { DenoteName.link(String($0)) }
    }

    /// After `](denote:` that nothing has closed: the notes Denote names whose identifier or title holds what was
    /// typed, people first, each written as its identifier; nil anywhere else.
    func denoteItems(_ before: Substring, closing: Bool) -> [[String: Any]]? {
        guard let state, let open = before.range(of: "](denote:", options: .backwards),
            !before[open.upperBound...].contains(")")
        else { return nil }
        let typed = Normalize.key(String(before[open.upperBound...]))
        let people = state.directory?.index.personByPath ?? [:]
        var found: [(sort: String, item: [String: Any])] = []
        for note in state.parsed {
            guard let denote = DenoteName(stem: note.stem) else { continue }
            let person = people[note.path].map { state.journal.people[$0] }
            let title = person?.name ?? denote.title
            guard typed.isEmpty || Normalize.key(denote.identifier + " " + title).contains(typed) else { continue }
            let sort = (person == nil ? "1-" : "0-") + title
            found.append(
                (
                    sort,
                    [
                        "label": title, "kind": person == nil ? 17 : 18, "detail": note.path, "sortText": sort,
                        "filterText": denote.identifier + " " + title,
                        "insertText": denote.identifier + (closing ? ")" : ""),
                    ]
                ))
        }
        return found.sorted { $0.sort < $1.sort }.prefix(LanguageServer.linkItemLimit).map(\.item)
    }
}
