import Testing

@testable import KizunaCore

@Suite struct DiagnosticLimitTests {
    @Test func aMessagesKindIsItsWordsBeforeTheFirstQuoteNumberOrColon() {
        #expect(DiagnosticLimit.kind("no person or note named 'X'") == "no person or note named ")
        #expect(DiagnosticLimit.kind("'2026-13-40' is not a real date") == "")
        #expect(DiagnosticLimit.kind("invalid YAML: did not find") == "invalid YAML")
        #expect(DiagnosticLimit.kind("ambiguous “Kim” link") == "ambiguous ")
        #expect(DiagnosticLimit.kind("weekday (Mon) does not match 2026") == "weekday (Mon) does not match ")
        #expect(DiagnosticLimit.kind("plain words") == "plain words")
    }

    @Test func aNoteShowsTwentyOfAKindThenCountsTheRest() {
        let found = (1...25).map {
            Diagnostic(
                .warning, Message("no person or note named 'N\($0)'", ja: "x"),
                at: SourceLocation(path: "a.md", line: $0, column: 1))
        }
        let shown = DiagnosticLimit.shown(found)
        #expect(shown.count == 21)
        #expect(shown.last?.message == "5 more warnings like the one before in this note, not shown")
    }

    /// Each note counts its own kinds: an error among the warnings keeps its place, and a second note starts again.
    @Test func eachNoteCountsItsKindsApart() {
        func warning(_ path: String, _ line: Int) -> Diagnostic {
            Diagnostic(
                .warning, Message("no person or note named 'N\(line)'", ja: "x"),
                at: SourceLocation(path: path, line: line, column: 1))
        }
        let error = Diagnostic(
            .error, Message("'2026-13-40' is not a real date", ja: "x"),
            at: SourceLocation(path: "a.md", line: 23, column: 1))
        let found =
            (1...22).map { warning("a.md", $0) } + [error] + (24...25).map { warning("a.md", $0) }
            + (1...21).map { warning("b.md", $0) }
        let shown = DiagnosticLimit.shown(found)
        #expect(shown.count == 20 + 1 + 1 + 20 + 1)
        #expect(shown[20].message == "4 more warnings like the one before in this note, not shown")
        #expect(shown[20].location == SourceLocation(path: "a.md", line: 21, column: 1))
        #expect(shown[21] == error)
        #expect(shown[42].message == "1 more warnings like the one before in this note, not shown")
        #expect(shown[42].location.path == "b.md")
    }

    @Test func theDigestShowsTheLimitedListAndRendersOnlyWhatItCarries() throws {
        let links = (1...25).map { "- met [[Nobody \($0)]]" }.joined(separator: "\n")
        let j = journal(["log.md": "## 2026-11-20 call\n\(links)\n"])
        let digest = Digest(journal: j, date: day("2026-11-24"))
        #expect(j.diagnostics.count == 25)
        #expect(digest.notesToFix.map(\.message) == DiagnosticLimit.shown(j.diagnostics).map(\.message))
        #expect(digest.notesToFix.count == 21)
        // A list handed in is the one every renderer shows.
        let one = [j.diagnostics[3]]
        let given = Digest(journal: j, date: day("2026-11-24"), notesToFix: one)
        let markdown = DigestMarkdown(given).render()
        #expect(markdown.contains("Nobody 4") && !markdown.contains("Nobody 5"))
        let json = DigestJSON(given).value.serialized()
        #expect(json.contains("Nobody 4") && !json.contains("Nobody 5"))
        let html = try DigestHTML(given, picture: nil).render()
        #expect(html.contains("Nobody 4") && !html.contains("Nobody 5"))
    }
}
