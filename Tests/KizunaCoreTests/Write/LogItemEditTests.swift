import Testing

@testable import KizunaCore

/// `log` into a person's log kept a list item each: one more item beside the newest dated one, written as it is.
@Suite struct LogItemEditTests {
    /// The note with an item for 2026-12-05 "Tea" added where the parse says the log's newest dated item is.
    func added(_ note: String) -> String? {
        let bytes = Array(note.utf8)
        let parsed = NoteParser.parse(SourceFile(path: "people/a.md", bytes: bytes), config: Config())
        guard let item = parsed.logNeighbour else { return nil }
        return NoteEdit.addingLogItem(Day(iso: "2026-12-05")!, "Tea", beside: item, to: bytes).map {
            String(decoding: $0.note, as: UTF8.self)
        }
    }

    @Test(
        arguments: [
            // The mark between date and text, and the marker, as the last item writes them.
            (
                "## Log\n- 2026-01-15: Lunch\n\n## Notes\n",
                "## Log\n- 2026-01-15: Lunch\n- 2026-12-05: Tea\n\n## Notes\n"
            ),
            ("## Log\n* 2026-01-15 — Lunch\n", "## Log\n* 2026-01-15 — Lunch\n* 2026-12-05 — Tea\n"),
            ("## Log\n1. 2026-01-15 Lunch\n", "## Log\n1. 2026-01-15 Lunch\n1. 2026-12-05 Tea\n"),
            // The date in the item's form, with its weekday where it writes one.
            ("## やりとり\n- 2026年1月15日(木)：ランチ\n", "## やりとり\n- 2026年1月15日(木)：ランチ\n- 2026年12月5日(土)：Tea\n"),
            ("## やりとり\n- 2026年01月15日（木） ランチ\n", "## やりとり\n- 2026年01月15日（木） ランチ\n- 2026年12月05日（土） Tea\n"),
            ("## Log\n- 2026/01/15 Lunch\n", "## Log\n- 2026/01/15 Lunch\n- 2026/12/05 Tea\n"),
            ("## Log\n- 2026-01-15 (Thu) Lunch\n", "## Log\n- 2026-01-15 (Thu) Lunch\n- 2026-12-05 (Sat) Tea\n"),
            ("## 記録\n- [[日記/2026年11月20日]] ランチ\n", "## 記録\n- [[日記/2026年11月20日]] ランチ\n- [[日記/2026年12月5日]] Tea\n"),
            // After what is nested in the item: an item, a code block, a paragraph after a blank line.
            (
                "## Log\n- 2026-01-15 Lunch\n  - x\n\n    ```\n    code\n    ```\n\n  more\n- no date\n",
                "## Log\n- 2026-01-15 Lunch\n  - x\n\n    ```\n    code\n    ```\n\n  more\n"
                    + "- 2026-12-05 Tea\n- no date\n"
            ),
            // The note's line endings, and no final newline where it had none.
            (
                "## Log\r\n- 2026-01-15 Lunch\r\n## Notes\r\n",
                "## Log\r\n- 2026-01-15 Lunch\r\n- 2026-12-05 Tea\r\n## Notes\r\n"
            ),
            ("## Log\n- 2026-01-15 Lunch", "## Log\n- 2026-01-15 Lunch\n- 2026-12-05 Tea"),
            // In a list nested in a quote, the marker is not the item's own: no item is added.
            ("## Log\n> - 2026-01-15 Lunch\n", nil),
            // A log kept newest first gets it before its first item; one that links the day's note, a link.
            (
                "## Contact log\n- [[2026-11-20]] — Coffee\n- [[2026-10-02]]\n",
                "## Contact log\n- [[2026-12-05]] — Tea\n- [[2026-11-20]] — Coffee\n- [[2026-10-02]]\n"
            ),
            (
                "## Log\n- [[Daily/2026-01-15.md]]: Lunch\n- [[Daily/2026-02-03|2026-02-03]] x\n",
                "## Log\n- [[Daily/2026-01-15.md]]: Lunch\n- [[Daily/2026-02-03|2026-02-03]] x\n"
                    + "- 2026-12-05 Tea\n"
            ),
            (
                "## Log\n- 2026-01-10 Tea\n- [[Daily/2026-01-15.md]]: Lunch\n",
                "## Log\n- 2026-01-10 Tea\n- [[Daily/2026-01-15.md]]: Lunch\n- [[Daily/2026-12-05.md]]: Tea\n"
            ),
            (
                "## Log\n- [[Daily/2026-03-15]] - Lunch\n- 2026-02-01 Call\n",
                "## Log\n- [[Daily/2026-12-05]] - Tea\n- [[Daily/2026-03-15]] - Lunch\n- 2026-02-01 Call\n"
            ),
        ] as [(String, String?)])
    func anItemIsAddedBesideTheNewestDatedOneAsItIsWritten(note: String, expected: String?) {
        #expect(added(note) == expected)
    }

    /// A daily note's whole body is one entry: its log's items are none, and it has no log item.
    @Test func aDailyNoteHasNoLogItem() {
        func item(_ path: String) -> (line: Int, column: Int, end: Int, before: Bool)? {
            NoteParser.parse(
                SourceFile(path: path, bytes: Array("## Log\n- 2026-01-15 Lunch\n".utf8)), config: Config()
            ).logNeighbour
        }
        #expect(item("log/2026-01-20.md") == nil)
        #expect(item("log/acme.md").map { [$0.line, $0.column, $0.end] } == [2, 3, 2])
        #expect(item("log/acme.md")?.before == false)
    }
}

/// The first item of a log a note's template left empty, put under its heading whatever the note's line endings.
@Suite struct FirstLogItemTests {
    /// The note with an entry for 2026-12-05 "Tea" added as `log` adds it to a note with none.
    func added(_ note: String) -> String {
        let bytes = Array(note.utf8)
        let parsed = NoteParser.parse(SourceFile(path: "people/a.md", bytes: bytes), config: Config())
        let (out, _) = NoteEdit.addingEntryHeading(Day(iso: "2026-12-05")!, "Tea", to: bytes, entries: parsed.entries)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(
        arguments: [
            ("# A\n\n## Interactions\n\n## Notes\n", "# A\n\n## Interactions\n- 2026-12-05: Tea\n\n## Notes\n"),
            // A heading that ends with LF in a note whose first line ends with CRLF keeps its LF after it.
            ("# A\r\n## Log\n## Notes\n", "# A\r\n## Log\n- 2026-12-05: Tea\r\n## Notes\n"),
            ("# A\n## Log", "# A\n## Log\n- 2026-12-05: Tea\n"),
            // Lines a lone CR ends, which cmark counts and the note's lines do not: a heading at its end instead.
            ("# A\r## Log\r", "# A\r## Log\r\n\n## 2026-12-05 Tea"),
            ("x\r\r\r\r## Log\n", "x\r\r\r\r## Log\n\n## 2026-12-05 Tea\n"),
        ])
    func theFirstItemGoesUnderTheLogsHeading(note: String, expected: String) {
        #expect(added(note) == expected)
    }
}

/// A heading added to a note named as a year, a month or a week is written as its headings are, without what the
/// note's name says, when the note reads it back as the day; otherwise in full.
@Suite struct PeriodNoteHeadingTests {
    @Test(
        arguments: [
            ("log/2025-12.md", "## 12/3(水) Lunch\n", "2025-12-15", "## 12/15(月) Tea"),
            ("log/2025-12.md", "## 12/03 Lunch\n", "2025-12-05", "## 12/05 Tea"),
            ("log/2025年12月.md", "## 12月3日(水) Lunch\n", "2025-12-15", "## 12月15日(月) Tea"),
            ("log/2025年12月.md", "## 3日(水) Lunch\n", "2025-12-15", "## 15日(月) Tea"),
            ("log/2025年12月.md", "## 03日(水) Lunch\n", "2025-12-05", "## 05日(金) Tea"),
            ("log/2025-12.md", "## 3 (Wed) Lunch\n", "2025-12-15", "## 15 (Mon) Tea"),
            ("log/2025.md", "## 12/3(水) Lunch\n", "2025-06-01", "## 6/1(日) Tea"),
            ("log/2025-W49.md", "## 12/1 (Mon) Walk\n", "2025-12-04", "## 12/4 (Thu) Tea"),
            // A day outside the note's period, or a note named as none, gets the date in full.
            ("log/2025-12.md", "## 3日(水) Lunch\n", "2026-01-05", "## 2026-01-05 Tea"),
            ("log/2025-12.md", "## 12/3(水) Lunch\n", "2026-01-05", "## 2026-01-05 Tea"),
            ("log/2025-W49.md", "## 12/1 (Mon) Walk\n", "2025-12-24", "## 2025-12-24 Tea"),
            ("log/trip.md", "## 2025-12-03 Lunch\n", "2025-12-15", "## 2025-12-15 Tea"),
        ])
    func theDayLeavesOutWhatTheNotesNameSays(path: String, note: String, day: String, line: String) {
        let bytes = Array(note.utf8)
        let parsed = NoteParser.parse(SourceFile(path: path, bytes: bytes), config: Config())
        let (out, added) = NoteEdit.addingEntryHeading(
            Day(iso: day)!, "Tea", to: bytes, entries: parsed.entries, noteName: parsed.stem)
        #expect(added == line)
        let again = NoteParser.parse(SourceFile(path: path, bytes: out), config: Config())
        #expect(again.entries.map(\.date.description).contains(day), "\(again.entries.map(\.date))")
    }
}

/// `log` into a day's note written as one entry: one more item at its end, which the day's one entry holds.
@Suite struct DayItemEditTests {
    /// A list gets the item right after its last line, with its marker; anything else `- text` after a blank line;
    /// the note's line ending, a missing final newline and the blank lines after the list stay.
    @Test func aDaysNoteGetsOneMoreItemAtItsEnd() {
        for (note, expected) in [
            ("- Tea with [[Hanako]]\n", "- Tea with [[Hanako]]\n- Lunch with [[Ken]]\n"),
            ("* Tea\r\n  * sugar\r\n\r\n", "* Tea\r\n  * sugar\r\n* Lunch with [[Ken]]\r\n\r\n"),
            ("+ Tea", "+ Tea\n+ Lunch with [[Ken]]"),
            ("Tea with [[Hanako]].\n", "Tea with [[Hanako]].\n\n- Lunch with [[Ken]]\n"),
            ("# Tuesday\r\nTea", "# Tuesday\r\nTea\r\n\r\n- Lunch with [[Ken]]"),
            ("-1 degrees\n", "-1 degrees\n\n- Lunch with [[Ken]]\n"),
        ] {
            let (out, line) = NoteEdit.addingDayItem("Lunch with [[Ken]]", to: Array(note.utf8))
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(note)")
            #expect(line.hasSuffix("Lunch with [[Ken]]") && line.count == "- Lunch with [[Ken]]".count)
        }
        let day = NoteEdit.addingDayItem("Lunch #meet", to: Array("Tea\n".utf8)).note
        let note = NoteParser.parse(SourceFile(path: "Daily/2026-11-24.md", bytes: day), config: Config())
        #expect(note.entries.map(\.date.description) == ["2026-11-24"])
    }
}
