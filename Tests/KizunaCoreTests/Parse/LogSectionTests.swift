import Testing

@testable import KizunaCore

/// A log kept a list item each, as CRM templates keep it: `## Interactions`, then `- 2026-01-15: Lunch`.
@Suite struct LogSectionTests {
    let people = [
        "people/sato-kenji.md": "---\nname: Sato Kenji\n---\n",
        "people/ito-mei.md": "---\nname: 伊藤 芽衣\n---\n",
        "people/ken.md": "---\nname: Ken Ito\n---\n",
    ]

    func with(_ extra: [String: String]) -> Journal { journal(people.merging(extra) { $1 }) }

    /// Each item that starts with a date is an entry of that date, titled by the rest (a colon or dash after the
    /// date left out), with the person and the item's links taking part and its tags; an item nested in it is part
    /// of it (its links are mentions); an item beside it with no date ends it.
    @Test func anItemThatStartsWithADateInAPersonsLogIsAnEntry() {
        let j = with([
            "people/alice.md": """
            # Alice Chen

            ## 💬 Interactions
            - 2026-01-15: Lunch with [[Sato Kenji]] #give
              - she asked about [[伊藤 芽衣]]
            - no date, about [[Ken Ito]]
            - 2026-02-03 — Sent her the article
            - [ ] 2026-03-01 send the deck

            """
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title)" } == [
                "2026-01-15 Lunch with Sato Kenji", "2026-02-03 Sent her the article",
            ])
        #expect(j.entries.map { ids(j, $0.participants) } == [["alice", "sato-kenji"], ["alice"]])
        #expect(j.entries.map { ids(j, $0.mentions) } == [["ito-mei"], []])
        #expect(j.entries[0].kinds.contains(.give))
        #expect(j.entries.map(\.line) == [4, 7])
        #expect(j.tasks.count == 1)
    }

    /// An item that opens with a link to the day's note is dated by it, as a contacts plugin logs a touch: with
    /// its folders or its extension too (`[[Daily/2026-08-15]]`), titled by what follows the link; such a link to
    /// a day not yet written is no warning. A link to another note, or a label that is no date, dates nothing.
    @Test func anItemThatOpensWithALinkToTheDaysNoteIsAnEntry() {
        let j = with([
            "people/sam.md": """
            ---
            name: Sam Rivera
            ---
            ## Contact log
            - [[2026-08-16]] — Coffee at the gym
            - [[Daily/2026-08-15]] - Drinks with [[Ken Ito]]
            - [[Journal/2026/2026-08-14.md]]: Call
            - [[Daily/2026-08-13|2026-08-13]]
            - [[Daily/notes]] 2026-08-12 not dated
            - [[Daily/2026-08-11|that day]] Lunch

            """,
            "Daily/notes.md": "How I keep notes.\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title)" } == [
                "2026-08-13 ", "2026-08-14 Call", "2026-08-15 Drinks with Ken Ito", "2026-08-16 Coffee at the gym",
            ])
        #expect(j.entries.map { ids(j, $0.participants) } == [["sam"], ["sam"], ["ken", "sam"], ["sam"]])
    }

    /// A heading that opens with a link to the day's note is dated by it, with its folders (`## [[Journal/
    /// 2025-12-03]] Walk`) or a label (`## [[2025-12-02|Tuesday]]`, as a weekly note heads its days), titled by what
    /// shows; a link to another note, or a labelled one to a note that is no day, dates nothing.
    @Test func aHeadingThatOpensWithALinkToTheDaysNoteIsAnEntry() {
        let j = with([
            "people/ken.md": "---\nname: Ken Ito\n---\n",
            "weekly/2025-W49.md": """
            # 2025-W49

            ## [[2025-12-01]] Monday
            Lunch with [[Ken Ito]].

            ## [[2025-12-02|Tuesday]]
            Call with [[Ken Ito]].

            ## [[Journal/2025-12-03]] Walk
            Walk with [[Ken Ito]].

            ## [[Plans|Thursday]]
            Coffee with [[Ken Ito]].

            """,
            "Plans.md": "What is next.\n",
        ])
        #expect(printed(j).isEmpty, "\(printed(j))")
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants))" } == [
                "2025-12-01 Monday [\"ken\"]", "2025-12-02 Tuesday [\"ken\"]", "2025-12-03 Walk [\"ken\"]",
            ])
    }

    /// The same items elsewhere are list items: under another heading, before any heading, under an entry a dated
    /// heading opened (there they are its text), or in a daily or meeting note (whose whole body is one entry).
    @Test func datedItemsOutsideALogAreNoEntries() {
        let items = "- 2026-01-15: Lunch with [[Sato Kenji]]\n- 2026-02-03 call\n"
        let j = with([
            "people/a.md": "## Notes\n" + items + "\n## Interactions\n### 2026-03-01 Dinner\n" + items,
            "people/b.md": items,
            "log/2026-03-05.md": "## Log\n" + items,
            "log/standup.md": "---\ndate: 2026-03-06\nattendees: [\"[[伊藤 芽衣]]\"]\n---\n## Meetings\n" + items,
        ])
        #expect(
            j.entries.map { "\($0.date) \($0.title)" } == [
                "2026-03-01 Dinner", "2026-03-05 Log", "2026-03-06 Meetings",
            ])
        #expect(ids(j, j.entries[0].mentions) == ["sato-kenji"])
    }

    /// In a note that is no one's (a company's, a project's), a log's items are entries too; those they link take
    /// part, as a heading's links do. A date in code is none (a folder's README that names its notes by day, under
    /// its title `# Meetings`), nor is a log a note's title.
    @Test func aLogInANoteThatIsNoOnesLinksWhoTookPart() {
        let readme = "# Meetings\n\n- `2026-01-26-ben-cohen.md`\n\n## Log\n- `2026-02-30` and `2026-01-27` x\n"
        let j = with([
            "Companies/Acme.md": "# Acme\n\n## Interactions\n- 2026-01-15: Call with [[Sato Kenji]]\n",
            "meetings/README.md": readme,
        ])
        #expect(printed(j).isEmpty)
        #expect(j.entries.map { "\($0.date) \($0.title)" } == ["2026-01-15 Call with Sato Kenji"])
        #expect(j.entries.map { ids(j, $0.participants) } == [["sato-kenji"]])
    }

    /// Japanese logs and dates: `## やりとり`, `- 2026年1月15日 ランチ`; the log ends at a heading of its level.
    @Test func aJapaneseLogAndItsEnd() {
        let j = with([
            "people/hana.md": "## やりとり：\n- 2026年1月15日(木) ランチ\n- ２０２６/２/３：電話\n## メモ\n- 2026-03-01 引っ越し\n"
        ])
        #expect(printed(j).isEmpty)
        #expect(j.entries.map { "\($0.date) \($0.title)" } == ["2026-01-15 ランチ", "2026-02-03 電話"])
    }

    /// An item whose date is not a real one is a warning at it, and no entry.
    @Test func anImpossibleDateInALogItemIsAWarning() {
        let j = with(["people/a.md": "## Log\n- 2026-02-30 lunch\n"])
        #expect(j.entries.isEmpty)
        #expect(
            printed(j) == [
                "people/a.md:2:3: warning: '2026-02-30' is not a real date; this item is not read as an entry"
            ])
    }

    /// An item whose date is written as no entry's is (an era's, with dots, in words) is a warning at it, as such a
    /// heading is, and no entry; one with no year only when it links or tags as an entry does (`- 3/4 of us came`
    /// is no date).
    @Test func aLogItemDatedAsNoEntryIsAWarning() {
        let j = with([
            "people/a.md": "## やりとり\n- 令和8年11月12日 メール\n- 2026.11.21 walk\n- November 1, 2024: call\n"
                + "- 11/10 電話した\n- 11/11 coffee with [[a]]\n- 3/4 of us came\n"
        ])
        #expect(j.entries.isEmpty)
        #expect(
            printed(j) == [
                "people/a.md:2:3: warning: '令和8年11月12日' is a Japanese era's date; this item is not read as an entry: "
                    + "write 2026年11月12日",
                "people/a.md:3:3: warning: '2026.11.21' is written with dots; this item is not read as an entry: "
                    + "write 2026-11-21",
                "people/a.md:4:3: warning: 'November 1, 2024' is written in words; this item is not read as an entry: "
                    + "write 2024-11-01",
                "people/a.md:6:3: warning: '11/11' has no year; this item is not read as an entry: write the year "
                    + "first (YYYY/11/11)",
            ])
    }

    /// A person's log kept as a table (`| 2026-01-15 | Call |`, as people templates lay one out) is text to
    /// CommonMark: a warning at its first dated row says so. A table the template left empty, a table in another
    /// section and another note's table are silent.
    @Test func aPersonsLogKeptAsATableIsAWarning() {
        let table = "| Date | Type |\n|------|------|\n| | |\n| 2026-01-15 | Call |\n| 2026-02-01 | Lunch |\n"
        let j = with([
            "people/a.md": "# A\n\n## Contact Log\n\n" + table + "\n## Notes\n\n" + table,
            "people/b.md": "## Interactions\n| Date | Type |\n|---|---|\n| | |\n",
            "people/c.md": "## Interaction Timeline\n| Date | Type |\n|---|---|\n| [[YYYY-MM-DD]] | Call |\n"
                + "| [[Daily/2026-01-15]] | Call |\n",
            "reference/feedback.md": "## Log\n\n" + table,
        ])
        #expect(j.entries.isEmpty)
        #expect(
            printed(j) == [
                "people/a.md:8:1: warning: this log is a table, which kizuna does not read (CommonMark has no tables): "
                    + "write each touch as a list item (- 2026-01-15: Call) or a dated heading",
                "people/c.md:5:1: warning: this log is a table, which kizuna does not read (CommonMark has no tables): "
                    + "write each touch as a list item (- 2026-01-15: Call) or a dated heading",
            ])
    }

    /// A table that only sums up the touches the note's dated headings hold (an "Interaction Timeline" beside a
    /// conversation log, as templates lay one out) loses nothing, and is no warning; one row of a day no entry has
    /// brings the warning back.
    @Test func aTableThatSumsUpTheNotesEntriesIsNoWarning() {
        let log = "# A\n\n## Conversations\n\n### 2026-01-15 — Call\nGood.\n\n### 2026-02-01 — Lunch\n\n"
        let timeline = "## Interaction Timeline\n\n| Date | Type |\n|---|---|\n| [[2026-01-15]] | Call |\n"
        let j = with([
            "people/a.md": log + timeline + "| 2026-02-01 | Lunch |\n| [[YYYY-MM-DD]] | Email |\n",
            "people/b.md": log + timeline + "| 2026-03-09 | Email |\n",
        ])
        #expect(j.entries.count == 4)
        #expect(
            printed(j) == [
                "people/b.md:14:1: warning: this log is a table, which kizuna does not read (CommonMark has no "
                    + "tables): write each touch as a list item (- 2026-01-15: Call) or a dated heading"
            ])
    }

    /// A note that leaves its title to its file name (Obsidian's inline title) may write its sections at level one:
    /// in a person's note, or after a note's first heading, a level-one heading names a log as a deeper one does.
    /// A note's first heading is its title when it is no one's (a folder's README, `# Meetings`).
    @Test func aLevelOneHeadingIsALogInAPersonsNoteOrAfterTheTitle() {
        let j = with([
            "people/jane.md": """
            # 🧍 Jane Doe

            # 📓 notes
            - 2026-01-02 moved to Osaka

            # 🕐 log
            - [[2026-01-15]]
              - Coffee with [[Ken Ito]]
            """,
            "Companies/Acme.md": "# Acme\n\n# Interactions\n- 2026-02-03: Call with [[Sato Kenji]]\n",
            "meetings/README.md": "# Meetings\n- 2026-03-04 [[Sato Kenji]]\n",
        ])
        #expect(
            j.entries.map { "\($0.date) \(ids(j, $0.participants))" } == [
                "2026-01-15 [\"jane\"]", "2026-02-03 [\"sato-kenji\"]",
            ])
        #expect(ids(j, j.entries[0].mentions) == ["ken"])
    }

    /// A section is a log by its name alone, whatever stands before its first letter; another heading that holds a
    /// log's name is not one.
    @Test(arguments: [
        ("## Interactions", true), ("### 🤝 Interaction Log:", true), ("## Conversations", true), ("### 交流記録", true),
        ("## Recent interactions", true), ("## 💬 Conversation History", true), ("## Call log", true),
        ("## 交流ログ", true), ("# Meetings", true),
        ("## Interactions with the team lead", false), ("## History", false),
        ("## Notes", false),
    ])
    func aLogIsNamedByItsHeading(heading: String, isLog: Bool) {
        let j = with(["people/a.md": heading + "\n- 2026-01-15 lunch\n"])
        #expect(j.entries.count == (isLog ? 1 : 0))
    }

    /// A heading names a log section as read by characters (what stands before its first letter and a closing colon
    /// or white space left out, lowered) once its last byte may end a name; a heading in ASCII is read on its bytes.
    @Test(arguments: [
        "Interactions", "## Interactions:", "📞 Interactions", "INTERACTION LOG :", "- Meeting Notes\t", "1. Log",
        "Catch-ups", "Touch Points\r", "Touchpoints:::", "Logs", "My Log", "やりとり：", "📝 交流記録", "ｌｏｇ",
        "Log\u{301}", "Interactions\u{3000}", "\r\nlog", "  ", ":", "Interactions (2026)", "call history\u{0B}",
        "Log\r:",
        "Interactions\u{0B} :",
    ])
    func aHeadingNamesALogAsReadByCharacters(_ heading: String) {
        var name = Substring(heading).drop { !$0.isLetter }
        while let last = name.last, last == ":" || last == "：" || last.isWhitespace { name = name.dropLast() }
        let last = heading.utf8.last { $0 != 0x20 && $0 != 0x09 }.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let expected =
            heading.utf8.count <= 40 && last.map(LogSection.lastBytes.contains) == true
            && LogSection.names.contains(name.lowercased())
        let named = Array(heading.utf8).withUnsafeBufferPointer(LogSection.isNamed)
        #expect(named == expected)
    }
}
