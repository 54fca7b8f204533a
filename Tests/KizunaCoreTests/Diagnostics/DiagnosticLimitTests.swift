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
}
