import Testing
import Foundation
@testable import KizunaCore

/// FORMAT.md, "Entries" and "Who took part".
@Suite struct FormatEntriesTests {
    let people = [
        "people/tanaka-hanako.md": "---\nname: 田中 花子\naliases: [Hanako]\n---\n",
        "people/sato-kenji.md": "---\nname: Sato Kenji\n---\n",
        "people/ito-mei.md": "---\nname: 伊藤 芽衣\n---\n",
    ]

    func with(_ extra: [String: String]) -> Journal { journal(people.merging(extra) { $1 }) }

    @Test(
        arguments: [
            ("## 2026-11-02 Coffee #meet", "2026-11-02", "Coffee"),
            ("## 2026/11/02 (Mon) call", "2026-11-02", "call"),
            ("### 2026年11月2日(月) カフェで近況報告 #会った", "2026-11-02", "カフェで近況報告"),
            ("# 2026-11-02", "2026-11-02", ""),
            ("###### 2026/1/5 (月曜日) 新年会", "2026-01-05", "新年会"),
            ("## ２０２６年１１月２日（月） 全角の日付", "2026-11-02", "全角の日付"),
            ("## 2026-11-02 (with Ken) lunch", "2026-11-02", "(with Ken) lunch"),
            ("### 2026-11-02 - Coffee chat", "2026-11-02", "Coffee chat"),
            ("## 2026-11-02 — Design review", "2026-11-02", "Design review"),
            ("## 2026-11-02 (Mon) -- call", "2026-11-02", "call"),
            ("## 2026-11-02: Zoom", "2026-11-02", "Zoom"),
            ("## 2026年11月2日：ランチ", "2026-11-02", "ランチ"),
            ("## 2026-11-02 -5 degrees, a walk", "2026-11-02", "-5 degrees, a walk"),
            ("Setext 2026-11-02 is not at the start\n---", nil, nil),
        ] as [(String, String?, String?)])
    func entryHeadingsInEveryDateFormAndLevel(heading: String, date: String?, title: String?) {
        let j = with(["people/ito-mei.md": "---\nname: 伊藤 芽衣\n---\n\(heading)\n"])
        if let date, let title {
            #expect(j.entries.count == 1)
            #expect(j.entries.first?.date == day(date))
            #expect(j.entries.first?.title == title)
        } else {
            #expect(j.entries.isEmpty)
        }
        #expect(j.diagnostics.isEmpty)
    }

    @Test func impossibleDateInHeadingIsAnErrorNotASilentNonEntry() {
        let j = with(["log/a.md": "# Log\n\n## 2026-13-40 Party #meet\n\n## 2026-02-29 Not a leap year\n"])
        #expect(j.entries.isEmpty)
        #expect(
            printed(j) == [
                "log/a.md:3:1: error: '2026-13-40' is not a real date; this heading is not read as an entry",
                "log/a.md:5:1: error: '2026-02-29' is not a real date; this heading is not read as an entry",
            ])
    }

    /// A heading that links or tags as an entry does but whose date has no year, a Japanese era's year, or the year
    /// last is no entry, and says what to write; with neither a link nor a tag it is an ordinary heading.
    @Test func aDateWrittenInAnotherFormIsAWarningWhenTheHeadingLooksLikeAnEntry() {
        let text = [
            "## 11月2日 ランチ #会った", "## １１月３日 電話 [[Sato Kenji]]", "## 令和8年11月4日 飲み会 #会った",
            "## 令和元年5月1日 挨拶 #会った", "## 平成31年2月29日 #会った", "## 11/2 lunch with [[Sato Kenji]]",
            "## 11/02/2026 call #call", "## 02.11.2026 #meet",
            // No warning: no link and no tag, or no date.
            "## 3月3日はひな祭り", "## 7/9/2025, 1:00 AM", "## 80/20 rule #work", "## 3.14 pi #math", "## 1. Intro #x",
            "## 11/2x #x", "## 13/2 #x", "## 大正5年1月1日 #x",
        ].joined(separator: "\n")
        let j = with(["log/a.md": text + "\n"])
        #expect(j.entries.isEmpty)
        #expect(
            printed(j) == [
                "log/a.md:1:1: warning: '11月2日' has no year; this heading is not read as an entry: write the year "
                    + "first (YYYY年11月2日)",
                "log/a.md:2:1: warning: '１１月３日' has no year; this heading is not read as an entry: write the year "
                    + "first (YYYY年11月3日)",
                "log/a.md:3:1: warning: '令和8年11月4日' is a Japanese era's date; this heading is not read as an entry: "
                    + "write 2026年11月4日",
                "log/a.md:4:1: warning: '令和元年5月1日' is a Japanese era's date; this heading is not read as an entry: "
                    + "write 2019年5月1日",
                "log/a.md:5:1: warning: '平成31年2月29日' is a Japanese era's date, and not a real one; this heading is "
                    + "not read as an entry",
                "log/a.md:6:1: warning: '11/2' has no year; this heading is not read as an entry: write the year first "
                    + "(YYYY/11/2)",
                "log/a.md:7:1: warning: '11/02/2026' does not start with its year; this heading is not read as an "
                    + "entry: write YYYY-MM-DD",
                "log/a.md:8:1: warning: '02.11.2026' does not start with its year; this heading is not read as an "
                    + "entry: write YYYY-MM-DD",
            ])
    }

    /// In a note named as a year or a month (a diary kept a file a month), a heading whose date has no year takes
    /// the note's, with or without a link or a tag; its weekday is checked and its title is the rest. In a month's
    /// note a day with its weekday is a date of that month; a number with none is not. In a week's note a month and
    /// a day is the one near that week, of the year before where the first week starts in it; one far from the
    /// week is the warning. A note named otherwise gives no year.
    @Test func aMonthsNoteGivesItsYearToItsHeadings() {
        let month =
            "# 2025年12月\n\n## 12/3(水) ランチ\n[[Sato Kenji]]と\n\n## 12月10日（木） 電話\n\n## 2/30 x\n"
            + "## 11日(木) 散歩\n## 12 (Fri) run\n## 13日目\n## 3 things\n"
        let j = with([
            "diary/2025-12.md": month, "diary/2026.md": "## 1/2 初詣 #会った\n",
            "diary/2025-W49.md": "## 12/4 (Thu) walk [[Sato Kenji]]\n## 6/1 #x\n",
            "diary/2026-W01.md": "## 12/29 (Mon) call\n", "log/notes.md": "## 3月3日はひな祭り\n",
        ])
        #expect(
            j.entries.map { "\($0.date) \($0.title)" } == [
                "2025-12-03 ランチ", "2025-12-04 walk Sato Kenji", "2025-12-10 電話", "2025-12-11 散歩",
                "2025-12-12 run", "2025-12-29 call", "2026-01-02 初詣",
            ])
        #expect(
            printed(j) == [
                "diary/2025-12.md:6:1: warning: weekday (木) does not match 2025-12-10, a Wednesday",
                "diary/2025-12.md:8:1: error: '2/30' is not a real date; this heading is not read as an entry",
                "diary/2025-W49.md:2:1: warning: '6/1' has no year; this heading is not read as an entry: write the "
                    + "year first (YYYY/6/1)",
            ])
    }

    /// A date written with dots (`2026.11.03`) is a warning when the heading links or tags as an entry does; a date
    /// joined to its time by `T`, as ISO 8601 writes it, always is. Each says what to write.
    @Test func aDottedDateOrADateJoinedToItsTimeIsAWarningThatSaysWhatToWrite() {
        let text = [
            "## 2026.11.03 mail #message", "## ２０２６.１１.３ [[Sato Kenji]]", "## 2026-11-07T10:00 call",
            "## 2026/11/07t10:00:30Z", "## 2026-11-07T10:00+09:00 #call",
            // No warning: no link and no tag, not a real day, or a date-like word that goes on.
            "## 2026.11.03 release notes", "## 2025.13.1 #release", "## 2025.1.0 #release", "## 2026.11.03b #x",
            // Errors, as before: what follows the date makes it no date.
            "## 2026-11-07T1000 x", "## 2026-02-30T10:00 x",
        ].joined(separator: "\n")
        let j = with(["log/a.md": text + "\n"])
        #expect(j.entries.isEmpty)
        let notRead = "this heading is not read as an entry"
        #expect(
            printed(j) == [
                "log/a.md:1:1: warning: '2026.11.03' is written with dots; \(notRead): write 2026-11-03",
                "log/a.md:2:1: warning: '２０２６.１１.３' is written with dots; \(notRead): write 2026-11-03",
                "log/a.md:3:1: warning: '2026-11-07T10:00' has a time joined to it by 'T'; \(notRead): write "
                    + "2026-11-07 10:00",
                "log/a.md:4:1: warning: '2026/11/07t10:00:30Z' has a time joined to it by 'T'; \(notRead): write "
                    + "2026/11/07 10:00:30Z",
                "log/a.md:5:1: warning: '2026-11-07T10:00+09:00' has a time joined to it by 'T'; \(notRead): write "
                    + "2026-11-07 10:00+09:00",
                "log/a.md:10:1: error: '2026-11-07T' is not a real date; \(notRead)",
                "log/a.md:11:1: error: '2026-02-30T' is not a real date; \(notRead)",
            ])
    }

    /// A heading made by underlining, as pasted output makes one (a log's line above `----`), is never taken for a
    /// misdated entry: no warning, where the same date written under `##` gets one.
    @Test func anUnderlinedLogLineIsNoMisdatedEntry() {
        let text =
            "Output:\n\n2022-05-10T15:10:25.280Z info controller started\n----\n\n2022-05-10T15:10:25Z a\n"
            + "2022-05-10T15:10:26Z b\n---\n\n## 2022-05-10T15:10 call\n"
        #expect(
            printed(with(["log/a.md": text])) == [
                "log/a.md:10:1: warning: '2022-05-10T15:10' has a time joined to it by 'T'; this heading is not read "
                    + "as an entry: write 2022-05-10 15:10"
            ])
    }

    /// In a person's note, where a heading that starts with a date is their entry, a whole date in another form
    /// (`2026.10.15`, `令和8年9月1日`, `15.10.2026`) is a warning with no link or tag; one with no year is not.
    @Test func aPersonsHeadingWithADateInAnotherFormIsAWarning() {
        let notRead = "this heading is not read as an entry"
        let j = with([
            "people/hanako.md":
                "---\nname: 田中 花子\n---\n## 2026.10.15 電話\n## 令和8年9月1日 勉強会\n## 15.10.2026 call\n"
                + "## 3月3日はひな祭り\n## 2026.1.0 notes\n"
        ])
        #expect(j.entries.isEmpty)
        #expect(
            printed(j) == [
                "people/hanako.md:4:1: warning: '2026.10.15' is written with dots; \(notRead): write 2026-10-15",
                "people/hanako.md:5:1: warning: '令和8年9月1日' is a Japanese era's date; \(notRead): write 2026年9月1日",
                "people/hanako.md:6:1: warning: '15.10.2026' does not start with its year; \(notRead): write "
                    + "YYYY-MM-DD",
            ])
    }

    /// A person's heading dated in words, as notes kept with an agent's or another app's template date them
    /// (`### November 1, 2024`), is the warning that says what to write; a month's name opening any other heading,
    /// or a daily note's title in words, is not.
    @Test func aPersonsHeadingDatedInWordsIsAWarning() {
        let notRead = "this heading is not read as an entry"
        let j = with([
            "people/sarah.md":
                "# Sarah\n## Recent Conversations\n### November 1, 2024\n### Nov 3rd, 2024 - lunch\n"
                + "### 3 November 2024: call\n### Monday, November 4, 2024\n### May 2024 review\n### March 3\n"
                + "### May the team grow\n### 12 Novembers later\n",
            "daily/2024-11-01.md": "# November 1, 2024\n\nMet [[sarah]].\n",
        ])
        #expect(j.entries.map(\.date.description) == ["2024-11-01"])
        #expect(
            printed(j) == [
                "people/sarah.md:3:1: warning: 'November 1, 2024' is written in words; \(notRead): write 2024-11-01",
                "people/sarah.md:4:1: warning: 'Nov 3rd, 2024' is written in words; \(notRead): write 2024-11-03",
                "people/sarah.md:5:1: warning: '3 November 2024' is written in words; \(notRead): write 2024-11-03",
                "people/sarah.md:6:1: warning: 'Monday, November 4, 2024' is written in words; \(notRead): write "
                    + "2024-11-04",
            ])
    }

    @Test func headingThatOnlyStartsWithAYearOrMonthIsNotAnEntry() {
        let j = with(["log/a.md": "## 2026 goals\n## 2026-11 plans\n## 12 things\n"])
        #expect(j.entries.isEmpty)
        #expect(j.diagnostics.isEmpty)
    }

    /// A would-be link in an entry's heading written with full-width brackets, as an input method writes `[[` (`「「`
    /// in kana mode, `［［` in full-width mode), is no link (the entry would lose whom it was with), and a warning says
    /// how to write it; one bracket, or a pair with nothing in it, is text.
    @Test func aLinkInFullWidthBracketsInAnEntrysHeadingIsAWarning() {
        let long = String(repeating: "あ", count: 2_000)
        let j = with([
            "log/a.md": "## 2026-11-05 「「Sato Kenji」」とランチ #会った\n## 2026-11-06 ［［Hanako］］ and [[伊藤 芽衣]]\n"
                + "## 2026-11-07 「引用」と「「」」と［［ #meet\n## 1月 「「Sato Kenji」」\n## 2026-11-08 「「\(long)」」\n"
        ])
        #expect(j.entries.map { ids(j, $0.participants) } == [[], ["ito-mei"], [], []])
        let cut = "「「" + String(repeating: "あ", count: 37) + "…"
        #expect(
            printed(j) == [
                "log/a.md:1:1: warning: '「「Sato Kenji」」' is written with full-width brackets, so it is no link: "
                    + "write [[Sato Kenji]]",
                "log/a.md:2:1: warning: '［［Hanako］］' is written with full-width brackets, so it is no link: "
                    + "write [[Hanako]]",
                "log/a.md:5:1: warning: '\(cut)' is written with full-width brackets, so it is no link: write "
                    + "[[" + String(repeating: "あ", count: 37) + "…",
            ])
    }

    /// A word in an entry's heading that starts with a full-width `＃` and a letter is no tag (the entry's kind would
    /// be lost), and a warning says how to write it; `＃3` and a lone `＃` are text.
    @Test func aFullWidthHashInAnEntrysHeadingIsAWarning() {
        let long = String(repeating: "あ", count: 2_000)
        let j = with([
            "log/a.md": "## 2026-11-05 ランチ ＃会った　＃ギブ\n## 2026-11-06 第＃3回 ＃ ＃3 #meet\n## 1月 ＃メモ\n"
                + "## 2026-11-07 ＃\(long)\n"
        ])
        #expect(j.entries.map(\.kinds) == [[], [.meet], []])
        let cut = "＃" + String(repeating: "あ", count: 38) + "…"
        #expect(
            printed(j) == [
                "log/a.md:1:1: warning: '＃ギブ' starts with a full-width '＃', so it is no tag: write #ギブ",
                "log/a.md:1:1: warning: '＃会った' starts with a full-width '＃', so it is no tag: write #会った",
                "log/a.md:4:1: warning: '\(cut)' starts with a full-width '＃', so it is no tag: write "
                    + "#\(cut.dropFirst())",
            ])
    }

    /// A weekday that ends the heading is no title, whatever its name (`(金)` as well as `(日)`, which is a date's
    /// own character), and one that does not match is a warning there too.
    @Test func aWeekdayThatEndsTheHeadingIsNoTitle() {
        let j = with([
            "log/a.md": "## 2026年11月20日(金)\n## 2026年11月22日(日)\n## 2026-11-23 (月)\n## 2026/11/24（水）\n"
        ])
        #expect(j.entries.map(\.title) == ["", "", "", ""])
        #expect(printed(j) == ["log/a.md:4:1: warning: weekday (水) does not match 2026-11-24, a Tuesday"])
    }

    @Test func weekdayThatDoesNotMatchTheDateIsAWarning() {
        let j = with(["log/a.md": "## 2026-11-02 (Tue) call with [[Sato Kenji]]\n"])
        #expect(j.entries.count == 1)
        #expect(printed(j) == ["log/a.md:1:1: warning: weekday (Tue) does not match 2026-11-02, a Monday"])
    }

    @Test func entryRunsToTheNextHeadingOfTheSameOrAHigherLevel() {
        let note = """
            # Log
            ## 2026-11-02 Meetup
            ### Notes
            Talked with [[Sato Kenji]].
            ## Ideas
            Ask [[伊藤 芽衣]] about games.
            ## 2026-11-03 Call
            #### 2026-11-04 Nested dated heading starts its own entry with [[Hanako]]
            """
        let j = with(["log/a.md": note])
        #expect(j.entries.map(\.date) == [day("2026-11-02"), day("2026-11-03"), day("2026-11-04")])
        #expect(ids(j, j.entries[0].participants) == ["sato-kenji"])  // body links when the heading links nobody
        #expect(j.entries[1].participants.isEmpty)
        #expect(ids(j, j.entries[2].participants) == ["tanaka-hanako"])
    }

    @Test func textBeforeTheFirstDatedHeadingIsTheProfileNotAnEntry() {
        let j = with([
            "people/sato-kenji.md": "---\nname: Sato Kenji\n---\nWorks with [[伊藤 芽衣]].\n\n## 2026-11-02 Lunch #meet\n"
        ])
        #expect(j.entries.count == 1)
        #expect(ids(j, j.entries[0].participants) == ["sato-kenji"])
        #expect(j.entries[0].mentions.isEmpty)
    }

    @Test func inAPersonNoteParticipantsAreThePersonAndHeadingLinksBodyLinksAreMentions() {
        let note = "---\nname: Sato Kenji\n---\n## 2026-11-02 Coffee with [[Hanako]] #meet\nShe mentioned [[伊藤 芽衣]].\n"
        let j = with(["people/sato-kenji.md": note])
        #expect(ids(j, entry(j).participants) == ["sato-kenji", "tanaka-hanako"])
        #expect(ids(j, entry(j).mentions) == ["ito-mei"])
    }

    @Test func inOtherNotesHeadingLinksWinOverBodyLinksAndTaskLinksNeverTakePart() {
        let j = with([
            "log/a.md": """
            ## 2026-11-02 Dinner with [[Sato Kenji]]
            [[伊藤 芽衣]] was mentioned.
            ## 2026-11-03 Workshop
            Met [[伊藤 芽衣]] and [[Hanako]].
            - [ ] Send notes to [[Sato Kenji]]
            """
        ])
        #expect(ids(j, j.entries[0].participants) == ["sato-kenji"])
        #expect(ids(j, j.entries[0].mentions) == ["ito-mei"])
        #expect(ids(j, j.entries[1].participants) == ["ito-mei", "tanaka-hanako"])
        #expect(ids(j, j.tasks[0].people) == ["sato-kenji"])
    }

    /// An embed shows a note inside another (a template or a dashboard transcludes a person's note): its person is
    /// mentioned, never a participant, whether the heading or the body names who took part.
    @Test func anEmbedOfAPersonsNoteMentionsThemAndIsNoTouch() {
        let j = with([
            "log/2026-11-15.md": "# Day\nSaw [[Sato Kenji]].\n\n![[Hanako]]\n",
            "log/2026-11-16.md": "# Day\n![[伊藤 芽衣]] ![[Hanako|x]]\n",
            "log/a.md": "## 2026-11-17 Dinner with [[Sato Kenji]]\n![[Hanako#Profile]] and [[伊藤 芽衣]]\n",
        ])
        #expect(j.entries.map { ids(j, $0.participants) } == [["sato-kenji"], [], ["sato-kenji"]])
        #expect(
            j.entries.map { ids(j, $0.mentions) } == [
                ["tanaka-hanako"], ["ito-mei", "tanaka-hanako"], ["ito-mei", "tanaka-hanako"],
            ])
    }

    /// A note's titles share one buffer: each entry must still show its own heading's text, whatever headings stand
    /// between them, and a daily note its first heading's.
    @Test func everyEntryOfANoteKeepsItsOwnTitle() {
        let j = with([
            "people/ito-mei.md": "---\nname: 伊藤 芽衣\n---\n# Profile [[Hanako]]\n## 2026-11-02 (Mon) A #meet\n### Notes\n"
                + "## 2026-11-03   B with [[Sato Kenji]]  \n## 2026-13-40 broken\n## 2026年11月4日 C\n## 2026-11-05\n"
                + "## 2026-11-06 D\n",
            "log/2026-11-20.md": "intro\n# First #event\n## Second\n",
            "log/2026-11-21.md": "# \n## Second is not the title\n",
            "log/2026-11-22.md": "## 2026-11-07 E\n# Not a title\n## 2026-11-08 F\n",
        ])
        #expect(
            j.entries.map { "\($0.date) \($0.title)" } == [
                "2026-11-02 A", "2026-11-03 B with Sato Kenji", "2026-11-04 C", "2026-11-05 ", "2026-11-06 D",
                "2026-11-07 E",
                "2026-11-08 F", "2026-11-20 First", "2026-11-21 ",
            ])
    }

    @Test func aNoteNamedByADateWithNoDatedHeadingsIsADailyNoteAtAnyDepth() {
        let j = with([
            "log/2026/11/2026-11-15.md":
                "# Meetup #event\nSaw [[Sato Kenji]] and [[Hanako]].\n- [ ] Follow up with [[伊藤 芽衣]]\n",
            "log/2026-11-16.md": "## 2026-11-10 Dated heading\n[[Sato Kenji]]\n",
            "journals/2026_11_17.md": "- Lunch with [[Hanako]]\n",
            "journals/2026_13_40.md": "- [[Hanako]] on no real day\n",
        ])
        #expect(j.entries.map(\.date) == [day("2026-11-10"), day("2026-11-15"), day("2026-11-17")])
        let daily = j.entries[1]
        #expect(ids(j, daily.participants) == ["sato-kenji", "tanaka-hanako"])
        #expect(daily.kinds == .event)
        #expect(daily.location == KizunaCore.SourceLocation(path: "log/2026/11/2026-11-15.md", line: 1, column: 1))
        #expect(j.tasks[0].created == day("2026-11-15"))
    }

    @Test(
        arguments: [
            ("#meet", EntryKinds.meet), ("#会った", .meet), ("#CALL", .call), ("#電話", .call), ("#message", .message),
            ("#メッセージ", .message), ("#SNS", .sns), ("#sns", .sns), ("#event", .event), ("#イベント", .event),
            ("#note", .note), ("#メモ", .note), ("#give", .give), ("#ギブ", .give), ("#ask", .ask), ("#お願い", .ask),
            ("#thanks", .thanks), ("#感謝", .thanks), ("#intro", .intro), ("#紹介", .intro), ("#Give #Ask", [.give, .ask]),
        ] as [(String, EntryKinds)])
    func tagsInEnglishAndJapaneseCaseInsensitiveGiveTheEntryItsKind(tags: String, kinds: EntryKinds) {
        let j = with(["log/a.md": "## 2026-11-02 Lunch with [[Sato Kenji]] \(tags)\n"])
        #expect(entry(j).kinds == kinds)
    }

    @Test func tagsFollowWhiteSpaceStartWithALetterAndNeverStandInCode() {
        let j = with([
            "log/a.md": """
            ## 2026-11-02 Meetup #12 with [[Sato Kenji]]
            Body #give and a#b and `#ask` and #x/y-z_1 and #
            ```
            #thanks
            ```
            """
        ])
        #expect(entry(j).tags == ["give", "x/y-z_1"])
        #expect(entry(j).kinds == .give)
    }

    @Test func anEntryKeepsEachTagOnceAsFirstWritten() {
        let j = journal([
            "people/ken.md": "## 2026-11-02 Lunch #meet #Meet #give\nThen #meet again and #ＭＥＥＴ, and #thanks.\n"
        ])
        #expect(entry(j).tags == ["meet", "give", "thanks"])
        #expect(entry(j).kinds == [.meet, .give, .thanks])
    }

    @Test func tagsInTaskItemsDoNotMakeTheEntryAGive() {
        let j = with([
            "people/sato-kenji.md":
                "---\nname: Sato Kenji\n---\n## 2026-11-02 Call #call\n- [ ] Send him the book #give\n"
        ])
        #expect(entry(j).kinds == .call)
    }
}

/// Weekday names a heading may carry after its date.
@Suite struct WeekdayNameTests {
    @Test(arguments: [
        ("Sun", 0), ("sunday", 0), ("Mon", 1), ("Monday", 1), ("mon.", 1), ("Tue", 2), ("Tues", 2), ("tuesday", 2),
        ("Wed", 3), ("Thu", 4), ("thur", 4), ("Thurs", 4), ("Thursday", 4), ("Fri", 5), ("Saturday", 6),
        ("日", 0), ("月", 1), ("月曜", 1), ("月曜日", 1), ("火曜日", 2), ("水", 3), ("木曜", 4), ("金", 5), ("土曜日", 6),
    ])
    func everyWeekdaySpelling(name: String, weekday: Int) {
        #expect(DateParser.weekday(name) == weekday)
    }

    @Test(arguments: ["Mo", "Moon", "曜日", "月火", "with Ken", ""])
    func notAWeekday(name: String) {
        #expect(DateParser.weekday(name) == nil)
    }
}

@Suite struct MeetingNoteTests {
    @Test func aNoteWithDateAndPeopleInFrontMatterIsOneEntryWithThemTakingPart() {
        let j = journal([
            "people/hanako.md": "---\nname: Hanako\n---\n",
            "people/ken.md": "---\nname: Ken\n---\n",
            "Meetings/review.md":
                "---\ndate: 2026-11-20\npeople: [[Hanako]]\ntags: [meet]\n---\n# Design review\n"
                + "Talked about [[ken]] #give\n",
            "Meetings/sync.md": "---\ndate: 2026-11-21\nattendees:\n  - \"[[Hanako]]\"\n  - ken\n---\nNotes\n",
            "Meetings/plain.md": "---\ndate: 2026-11-22\n---\nA dated note, no people: [[ken]]\n",
        ])
        #expect(j.entries.count == 2)
        let review = entry(j, 0)
        #expect(review.date == day("2026-11-20") && review.title == "Design review")
        #expect(ids(j, review.participants) == ["hanako"] && ids(j, review.mentions) == ["ken"])
        #expect(review.kinds == [.meet, .give])
        let sync = entry(j, 1)
        #expect(sync.title == "sync" && ids(j, sync.participants) == ["hanako", "ken"])
        #expect(printed(j).isEmpty)
    }

    /// Minutes that say in their text who took part (`- **参加者**: [[田中 花子]]、[[佐藤 健]]`, `**Attendees:** …`, in a callout
    /// too) and when (`日時:`, `Date:`, else the day the file name starts with) are one meeting: those people take part,
    /// the others linked are mentioned. A book note's `People:` is no such label, and minutes with no day, with dated
    /// headings, whose label names people without links (a transcript's) or shares its paragraph with another line's
    /// link are read as before.
    @Test func minutesThatSayWhoTookPartInTheirTextAreAMeeting() {
        let j = journal([
            "people/hanako.md": "---\nname: 田中 花子\n---\n", "people/ken.md": "---\nname: 佐藤 健\n---\n",
            "people/jane.md": "---\nname: Jane Doe\n---\n",
            "議事録/定例.md":
                "# 定例会議 議事録\n\n- **日時**: 2026年11月12日 10:00\n- **場所**: 会議室A\n"
                + "- **参加者**: [[田中 花子]]、[[佐藤 健]]\n\n## 議題\n- [ ] 資料を送る\n",
            "meetings/kickoff.md":
                "# Kickoff\n\n**Date:** 2026-11-14\n**Attendees:** [[Jane Doe]], [[佐藤 健]]\n\nAbout [[田中 花子]].\n",
            "meetings/2026-11-15 Standup.md": "Attendees: [[Jane Doe]]\n",
            "book.md": "# Book notes\n\nPeople: [[Jane Doe]]\nDate: 2020-01-01\n",
            "meetings/nodate.md": "Attendees: [[Jane Doe]]\n",
            "meetings/2026-11-17 Transcript.md": "**Participants:** Jane, Ken\n\nWith [[Jane Doe]].\n",
            "meetings/2026-11-18 Account.md": "**Account**: [[Jane Doe]]\n**Attendees**:\n",
            "meetings/log.md": "## 2026-11-16 Lunch with [[佐藤 健]]\nAttendees: [[Jane Doe]]\n",
            // Said in a callout, its lines quoted.
            "meetings/2026-11-19 Retro.md": "> [!info] Meeting\n> - Attendees:: [[Jane Doe]]\n\nAbout [[佐藤 健]].\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants)) \(ids(j, $0.mentions))" } == [
                "2026-11-12 定例 [\"hanako\", \"ken\"] []", "2026-11-14 kickoff [\"jane\", \"ken\"] [\"hanako\"]",
                "2026-11-15 Standup [\"jane\"] []", "2026-11-16 Lunch with 佐藤 健 [\"ken\"] [\"jane\"]",
                "2026-11-19 Retro [\"jane\"] [\"ken\"]",
            ])
        #expect(j.tasks.first?.created == day("2026-11-12"))
    }

    /// Minutes may keep their details in a table (`| 日時 | 2026年4月9日 16:00 |`, `| 参加者 | [[田中 花子]]、… |`), and
    /// under a section after the title (`## 会議情報`, `## 基本情報`), as Japanese templates do; a label in the note's
    /// third section is no longer its details.
    @Test func minutesMayKeepTheirDetailsInATableAndASectionAfterTheTitle() {
        let j = journal([
            "people/hanako.md": "---\nname: 田中 花子\n---\n", "people/ken.md": "---\nname: 佐藤 健\n---\n",
            "議事録/第3回.md":
                "# 第3回 定例会議\n\n## 会議情報\n| 項目 | 内容 |\n| :---: | :---- |\n| 日時 | 2026年4月9日 16:00 |\n"
                + "| 場所 | 会議室 |\n| **参加者** | [[田中 花子]]、[[佐藤 健]] |\n\n## 議題\n1. 予算\n",
            "議事録/第4回.md":
                "# 第4回 定例会議\n\n## 基本情報\n- **日時**: 2026-04-16 10:00\n- **参加者**: [[佐藤 健]]\n\n"
                + "## 議事内容\n[[田中 花子]]の報告\n",
            "議事録/第5回.md": "# 第5回\n## 議題\n- 予算\n## メモ\n- **日時**: 2026-04-23\n- **参加者**: [[佐藤 健]]\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants)) \(ids(j, $0.mentions))" } == [
                "2026-04-09 第3回 [\"hanako\", \"ken\"] []", "2026-04-16 第4回 [\"ken\"] [\"hanako\"]",
            ])
    }

    /// A label is read whatever marks and spaces stand around it (quotes, a list's marker, bold, a full-width colon
    /// or space), in a line, a table's row or a heading; the prose before a line's first colon is no label.
    @Test func aLabelIsReadWhateverMarksStandAroundIt() {
        let j = journal([
            "people/hanako.md": "---\nname: 田中 花子\n---\n", "people/ken.md": "---\nname: 佐藤 健\n---\n",
            "m/2026-11-01 a.md": "# A\n\n> > > > > -   ************ participants ********   : [[Ken]]\n",
            "m/2026-11-02 b.md": "# B\n\n|   **  参加者  **   | [[田中 花子]] |\n|---|---|\n",
            "m/2026-11-03 c.md": "# C\n\n## **参加者：：：：：：：：：：**　\n- [[Ken]]\n",
            "m/2026-11-04 d.md": "# D\n\n" + String(repeating: "\u{3000}", count: 8) + "- __出席者__：[[田中 花子]]\n",
            "m/2026-11-05 e.md": "# E\n\nThe people who came to the long party: [[Ken]]\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants))" } == [
                "2026-11-01 a [\"ken\"]", "2026-11-02 b [\"hanako\"]", "2026-11-03 c [\"ken\"]",
                "2026-11-04 d [\"hanako\"]",
            ])
    }

    /// Text whose lowered form is no longer than a label's is never ruled out by its length, whatever lowering does
    /// to its characters (the Kelvin sign and `Ω` shrink, `İ` grows, `é` keeps its two bytes); longer text is.
    @Test func aLabelsLengthIsJudgedAsLoweringMakesIt() {
        let texts = [
            "\u{212A}\u{212A}", "\u{2126}x", "İİ", "éé", "ÉÉ", "ẞ", "Å\u{212B}", "参加者", "**Date**", "ab", "\u{10400}",
            "a\u{301}", "ｋ", "\u{2C62}\u{2C62}",
        ]
        for text in texts {
            let lowered = text.lowercased().utf8.count
            for longest in 1...12 where lowered <= longest {
                #expect(
                    BodyMeeting.mayBeLabel(Array(text.utf8)[...], longest: longest, marks: "*", known: { _ in true }),
                    "\(text) \(longest)")
            }
        }
        let any: (String) -> Bool = { _ in true }
        #expect(!BodyMeeting.mayBeLabel(Array("éé".utf8)[...], longest: 3, marks: "", known: any))
        #expect(!BodyMeeting.mayBeLabel(Array("Descripción".utf8)[...], longest: 11, marks: "", known: any))
    }

    /// A line may hold a link when `[[` or `](` stands in it; `[x]`, a bracket at either end, or `(]` is no link.
    @Test func aLineMayLinkWhereAWikiLinkOrALinksTargetOpens() {
        for (line, may) in [
            ("[[a]]", true), ("see [x](y)", true), ("[a]", false), ("a]b(", false), ("(] [", false), ("[", false),
            ("", false), ("x[[", true), ("](", true),
        ] {
            #expect(BodyMeeting.mayLink(Array(line.utf8)[...]) == may, "\(line)")
            #expect(BodyMeeting.mayLink(Array(("_" + line).utf8).dropFirst()) == may, "\(line) in a slice")
        }
    }

    /// Minutes dated in words, as Notion's export writes a date property, with a time or a range's end after it or
    /// not (`Date: November 20, 2025 3:00 PM`, `Date: November 21, 2025 → November 22, 2025`), are a meeting on that
    /// day; a date line that names no day (`Date: soon`) makes none.
    @Test func minutesDatedInWordsAreAMeeting() {
        let j = journal([
            "people/jane.md": "---\nname: Jane Doe\n---\n",
            "meetings/a.md": "# Sync\n\nDate: November 20, 2025 3:00 PM\nAttendees: [[Jane Doe]]\n",
            "meetings/b.md": "# Offsite\n\nDate: November 21, 2025 → November 22, 2025\nAttendees: [[Jane Doe]]\n",
            "meetings/c.md": "# Later\n\nDate: soon\nAttendees: [[Jane Doe]]\n",
        ])
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants))" } == [
                "2025-11-20 a [\"jane\"]", "2025-11-21 b [\"jane\"]",
            ])
    }

    /// Minutes that list who took part under a heading that names them (`## Participants`, `### 参加者：`), or under
    /// a label with nothing after it (`**Attendees:**`, Dataview's `Attendees::`, above a list), up to the next
    /// heading or the list's end: the people linked there take part, those linked after are mentioned. Their day is
    /// a date line's, else the front matter's `date:` (`Date: "2024-06-14"`, as a CRM vault's meeting template
    /// writes it), else the day the file name starts with. A heading no label names (`## People`), or no day, makes
    /// no meeting.
    @Test func minutesThatListWhoTookPartUnderAHeadingAreAMeeting() {
        let j = journal([
            "people/Max Muster.md": "---\nName: Max Muster\n---\n", "people/ken.md": "---\nname: Ken\n---\n",
            "people/hanako.md": "---\nname: 田中 花子\n---\n",
            "Meetings/Meeting - 2024-06-14 2247.md":
                "---\nName: \"Meeting - 2024-06-14 2247\"\nDate: \"2024-06-14\"\n---\n## Participants\n"
                + "- [[Max Muster]]\n- [[Ken]]\n\n## Content\nAbout [[田中 花子]].\n",
            "議事録/2026-11-20 定例.md": "# 定例\n\n### 参加者：\n- [[田中 花子]]\n- [[Ken]]\n\n## 議題\n- 予算\n",
            "meetings/sync.md":
                "---\ndate: 2026-11-21\n---\n# Sync\n**Attendees:**\n- [[Ken]]\n  - joined late\n- [[田中 花子]]\n\n"
                + "Notes with [[Max Muster]].\n",
            "CRM/Interactions/2026-11-22-Discovery.md": "account:: [[Ken]]\n\nAttendees::\n\n- [[田中 花子]]\n",
            "projects/plan.md": "---\ndate: 2026-01-01\n---\n## People\n- [[Ken]]\n",
            "meetings/undated.md": "## Participants\n- [[Ken]]\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants)) \(ids(j, $0.mentions))" } == [
                "2024-06-14 Meeting - 2024-06-14 2247 [\"Max Muster\", \"ken\"] [\"hanako\"]",
                "2026-11-20 定例 [\"hanako\", \"ken\"] []", "2026-11-21 sync [\"hanako\", \"ken\"] [\"Max Muster\"]",
                "2026-11-22 Discovery [\"hanako\"] [\"ken\"]",
            ])
    }

    /// A Japanese meeting note's keys: `日付:` or `日時:` is its date, `参加者:` or `出席者:` who took part.
    @Test func aMeetingsKeysMayBeWrittenInJapanese() {
        let j = journal([
            "people/hanako.md": "---\nname: 田中 花子\n---\n", "people/ken.md": "---\nname: 佐藤 健\n---\n",
            "議事録/定例.md": "---\n日付: 2026-11-20\n参加者: [\"[[田中 花子]]\", \"[[佐藤 健]]\"]\n---\n# 定例\n",
            "議事録/1on1.md": "---\n日時: 2026-11-21 10:00\n出席者:\n  - 佐藤 健\n---\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants))" } == [
                "2026-11-20 定例 [\"hanako\", \"ken\"]", "2026-11-21 1on1 [\"ken\"]",
            ])
    }

    /// An attendee written as a link that shows other text (`"[[竹川 凛|凛]]"`), or to a heading, or several links in
    /// one item, names whom the link names, as `knows:` reads them.
    @Test func anAttendeeLinkThatShowsOtherTextNamesItsTarget() {
        let j = journal([
            "people/rin.md": "---\nname: 竹川 凛\n---\n", "people/ken.md": "---\nname: Ken\n---\n",
            "people/aoi.md": "---\nname: Aoi\n---\n",
            "meetings/sync.md":
                "---\ndate: 2026-11-21\nattendees:\n  - \"[[竹川 凛|凛]]\"\n  - \"[[Ken#Notes]]\"\n"
                + "  - \"[[Aoi]] and [[Nobody|N]]\"\n---\n",
        ])
        #expect(ids(j, entry(j, 0).participants) == ["aoi", "ken", "rin"])
        #expect(printed(j) == ["meetings/sync.md:6:5: warning: no person or note named 'Nobody'"])
    }

    /// A meeting note named by its day and what it was has the rest of its name as its title, as a heading has;
    /// one named by its day alone has none, so the digest says hello rather than quote a date.
    @Test func aMeetingNotesNameStartingWithItsDateTitlesItWithTheRest() {
        let j = journal([
            "people/ken.md": "---\nname: Ken\n---\n",
            "m/2026-11-10 Pilot kickoff.md": "---\ndate: 2026-11-10\npeople: [Ken]\n---\n",
            "m/2026-11-11 - 2.md": "---\ndate: 2026-11-11\npeople: [Ken]\n---\nAlex at 15:00\n",
            "m/2026-11-12.md": "---\ndate: 2026-11-12\npeople: [Ken]\n---\n",
            "m/2026-11-01 Prep.md": "---\ndate: 2026-11-13\npeople: [Ken]\n---\n",
            "m/2026年11月14日_定例.md": "---\ndate: 2026-11-14\npeople: [Ken]\n---\n",
        ])
        #expect(j.entries.map(\.title) == ["Pilot kickoff", "", "", "2026-11-01 Prep", "定例"])
    }

    /// A meeting's date may link the day's daily note (quoted or not, to a folder, with a heading or other text
    /// shown), be written in words as daily notes are often named, or as the vault names its daily notes; a date
    /// that names no day is a warning there, and the note no touch.
    @Test func aMeetingsDateMayLinkTheDaysNoteOrBeWrittenInWords() {
        let people = "  - \"[[Ada Lovelace]]\"\n---\n"
        var files = [
            "people/ada.md": "---\nname: Ada Lovelace\n---\n",
            "m/a.md": "---\ndate: \"[[2026-08-03]]\"\nattendees:\n" + people,
            "m/b.md": "---\nDate: [[2026-08-04]]\nAttendees:\n" + people,
            "m/c.md": "---\ndate: \"[[Daily/August 5, 2026.md#Log|Aug 5]]\"\npeople:\n" + people,
            "m/d.md": "---\ndate: Thursday, August 6, 2026\npeople:\n" + people,
            "m/e.md": "---\ndate: 7 Aug 2026\npeople:\n" + people,
            "m/f.md": "---\ndate: someday\npeople:\n" + people,
            "m/g.md": "---\ndate: \"[[2026-02-30]]\"\npeople:\n" + people,
        ]
        let j = journal(files)
        #expect(j.entries.map(\.date.description) == (3...7).map { "2026-08-0\($0)" })
        #expect(
            printed(j) == [
                "m/f.md:2:7: warning: the meeting's date 'someday' is not a day kizuna reads (write YYYY-MM-DD), so "
                    + "the note is no touch with its people",
                "m/g.md:2:7: warning: the meeting's date '[[2026-02-30]]' is not a day kizuna reads (write "
                    + "YYYY-MM-DD), so the note is no touch with its people",
            ])
        files["m/h.md"] = "---\ndate: \"[[03.08.2026]]\"\npeople:\n" + people
        var config = Config()
        config.dailyNoteFormat = DailyNoteFormat(moment: "DD.MM.YYYY")
        let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
        #expect(Kizuna.journal(files: sources, config: config).entries.count == 6)
    }

    /// A meeting's date may end with the time of day, as apps that write meeting notes stamp them; a word after it
    /// that is no clock time leaves it unread.
    @Test func aMeetingsDateMayEndWithATimeOfDay() {
        let people = "people: [Ada]\n---\n"
        let j = journal([
            "people/ada.md": "---\nname: Ada\n---\n",
            "m/a.md": "---\ndate: Aug 8, 2026 at 21:46\n" + people,
            "m/b.md": "---\ndate: 2026年8月9日 9:46\u{202F}PM\n" + people,
            "m/c.md": "---\ndate: August 10, 2026 @ 10:00:00 am\n" + people,
            "m/d.md": "---\ndate: August 11, 2026 at noon\n" + people,
            "m/e.md": "---\ndate: 10:00\n" + people,
        ])
        #expect(j.entries.map(\.date.description) == ["2026-08-08", "2026-08-09", "2026-08-10"])
        #expect(
            printed(j) == [
                "m/d.md:2:7: warning: the meeting's date 'August 11, 2026 at noon' is not a day kizuna reads (write "
                    + "YYYY-MM-DD), so the note is no touch with its people",
                "m/e.md:2:7: warning: the meeting's date '10:00' is not a day kizuna reads (write YYYY-MM-DD), so the "
                    + "note is no touch with its people",
            ])
    }

    /// A note Granola's plugin wrote (`granola_id:`) is a meeting on the day Granola made it (`created_at:`, in
    /// UTC, read in the journal's time zone), with the attendees its tags keep (`person/john-smith`) when no list
    /// names them; such a tag that names no one is no warning. Another note's `created_at:` is no meeting's day.
    @Test func aGranolaNoteIsAMeetingOnTheDayGranolaMadeIt() {
        let files = [
            "People/John Smith.md": "---\ntype: person\n---\n",
            "People/Eddie Brock.md": "---\ntype: person\n---\n",
            "Granola/Standup.md": "---\ngranola_id: abc\ncreated_at: 2025-06-06T23:30:00.000Z\n"
                + "tags:\n  - person/john-smith\n  - person/sarah-jones\n  - folder/Team\n---\n# Standup\n",
            "Granola/Eddie.md": "---\ngranola_id: def\ncreated: 2025-11-04T09:04:19Z\ntags: [person/eddie-brock]\n"
                + "participants:\n  - \"[[Eddie Brock]]\"\n  - \"[[Gwen Stacy]]\"\n---\n",
            "Meetings/Prep.md": "---\ncreated_at: 2025-06-01T10:00:00Z\nattendees: [John Smith]\n---\n",
            "Granola/Tags in one text.md": "---\ngranola_id: ghi\ncreated_at: 2025-12-01T12:00:00Z\n"
                + "tags: person/eddie-brock, person/john-smith\n---\n",
            // Another importer's: no id, the note's address in Granola.
            "Granola/By address.md": "---\ncreated: \"2025-12-02T14:30:00Z\"\nsource: \"Granola\"\n"
                + "granola_url: \"https://notes.granola.ai/d/x\"\nattendees: [Eddie Brock]\n---\n",
        ]
        let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
        var config = Config()
        for (zone, standup) in [("UTC", "2025-06-06"), ("Asia/Tokyo", "2025-06-07")] {
            config.timeZone = TimeZone(identifier: zone)!
            let j = Kizuna.journal(files: sources, config: config)
            #expect(
                j.entries.map { "\($0.date) \($0.title) \($0.participants.map { j.people[$0].id })" } == [
                    "\(standup) Standup [\"John Smith\"]", "2025-11-04 Eddie [\"Eddie Brock\"]",
                    "2025-12-01 Tags in one text [\"Eddie Brock\", \"John Smith\"]",
                    "2025-12-02 By address [\"Eddie Brock\"]",
                ])
            #expect(printed(j) == ["Granola/Eddie.md:7:5: warning: no person or note named 'Gwen Stacy'"])
        }
    }

    /// An attendee written as an email address (as meeting exports list them) is the person whose contact holds
    /// it, in any case, kept at the top or under `contact:`; an address that is no one's, or two people's, is no
    /// warning, for most of a call's addresses are no one's in the journal.
    @Test func anAttendeeWrittenAsAnEmailAddressIsThePersonWithIt() {
        let j = journal([
            "people/manan.md": "---\nname: Manan Shah\nemail: Manan.Shah@example.com\n---\n",
            "people/sd.md": "---\nname: Sd\ncontact:\n  email: sd@virtuevc.com, s.d@other.com\n---\n",
            "people/a.md": "---\nname: A\nwork_email: team@shared.com\n---\n",
            "people/b.md": "---\nname: B\nemail: team@shared.com\n---\n",
            "m/a.md": "---\ndate: 2025-11-04\nattendees:\n  - manan.shah@example.com\n  - sd@virtuevc.com\n"
                + "  - nobody@else.com\n  - team@shared.com\n---\n",
            "m/b.md": "## 2026-01-02 Call with [[S.D@other.com]] and [[@ghost@x.org]]\n",
        ])
        #expect(j.entries.map { ids(j, $0.participants) } == [["manan", "sd"], ["sd"]])
        #expect(printed(j).isEmpty)
        #expect(!NameIndex.isEmail("@x.com") && !NameIndex.isEmail("a b@x.com") && !NameIndex.isEmail("a@com"))
    }

    /// A meeting template that keeps `created:` (or leaves `date:` empty) names its notes by the day: a date the
    /// name starts with is the meeting's. A note with people and no date anywhere is no meeting.
    @Test func withoutADateAMeetingIsOnTheDayItsNameStartsWith() {
        let j = journal([
            "people/ada.md": "---\nname: Ada\n---\n",
            "MEETINGS/2026/02-February/2026-02-03 Standup.md":
                "---\nattendees:\n  - \"[[Ada]]\"\ncreated: 2026-02-01 10:00\n---\n",
            "meetings/2026-05-18-ada-lunch.md": "---\ntype: meeting-prep\nattendees: [Ada]\n---\n",
            "会議/2026年5月19日 定例.md": "---\ndate:\nattendees: [Ada]\n---\n",
            "meetings/Standup.md": "---\nattendees: [Ada]\ncreated: 2026-02-01\n---\n",
        ])
        #expect(
            j.entries.map { "\($0.date) \($0.title) \($0.participants)" } == [
                "2026-02-03 Standup [0]", "2026-05-18 ada-lunch [0]", "2026-05-19 定例 [0]",
            ])
        #expect(printed(j).isEmpty)
    }

    /// A CRM vault's activity, with `contacts:` for its people and a time after its date, is a meeting too; a
    /// company's note with `contacts:` and no `date:` is not.
    @Test func anActivityWithContactsIsAMeeting() {
        let j = journal(
            [
                "crm/contacts/chen-lisa.md": "---\nfirst_name: Lisa\nlast_name: Chen\n---\n",
                "crm/activities/2024-01-08-09-30-call.md":
                    "---\ntype: call\ndate: \"2024-01-08 09:30\"\ncontacts:\n  - \"[[contacts/chen-lisa]]\"\n---\n"
                    + "# Discovery call\n",
                "crm/companies/netflix.md": "---\nname: Netflix\ncontacts:\n  - \"[[contacts/chen-lisa]]\"\n---\n",
            ], config: "people_dir: crm/contacts\n")
        #expect(j.entries.map { "\($0.date) \($0.title) \($0.participants)" } == ["2024-01-08 Discovery call [0]"])
        #expect(printed(j).isEmpty)
    }

    /// A 1:1 note, as templates write it (`person: "[[Jane Smith]]"` and `date:`), is a meeting with the person it
    /// links, or names in plain text as the 1:1 Manager plugin writes it (`person: Bob`); `person: true`, a number
    /// or you (`person: me`) makes no meeting.
    @Test func aOneOnOneNoteLinkingItsPersonIsAMeeting() {
        let j = journal([
            "People/Jane Smith.md": "---\ntype: person\n---\n", "People/Bob.md": "---\ntype: person\n---\n",
            "1on1/2026-11-25 Jane.md":
                "---\ntype: 1on1\nPerson: \"[[People/Jane Smith]]\"\ndate: 2026-11-25\n---\n## Their updates\n",
            "about.md": "---\nperson: true\ndate: 2026-11-26\n---\n",
            "1-1s/bob/2026-11-27.md": "---\nperson: Bob\ndate: 2026-11-27\nmood: Good\n---\n# 1:1 with Bob\n",
            "x.md": "---\nperson: 42\ndate: 2026-11-28\n---\n", "y.md": "---\nperson: me\ndate: 2026-11-29\n---\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.entries.map { "\($0.date) \(ids(j, $0.participants))" } == [
                "2026-11-25 [\"Jane Smith\"]", "2026-11-27 [\"Bob\"]",
            ])
    }

    /// A note whose front matter links the one person it is about (`person: "[[Jane Smith]]"`) and gives no date is
    /// theirs, as their own folder is: a dated heading that names no one is a touch with them, a task that names no
    /// one is about them; in the people folder such a note is no person, unless it links its own. A `person:` that
    /// links no one known is a warning there; one that links no one at all (`person: Bob`) makes the note no one's.
    @Test func aNoteAboutOnePersonIsTheirsAsTheirFolderIs() {
        let j = journal([
            "people/jane.md": "---\nname: Jane Smith\n---\n", "people/ken.md": "---\nname: Ken\n---\n",
            "1on1/Jane Smith notes.md":
                "---\nperson: \"[[Jane Smith]]\"\ntags: [person/notes]\n---\n# Notes on Jane Smith\n\n"
                + "### 2026-11-02 – Career chat\n- [ ] Send her the PM book\n\n### 2026-11-05 Lunch with [[Ken]]\n",
            "1on1/unknown.md": "---\nperson: \"[[Nobody]]\"\n---\n## 2026-11-03 Call\n",
            "1on1/bob.md": "---\nperson: Bob\n---\n## 2026-11-04 Call\n",
            "people/Jane Smith - 1on1.md": "---\nperson: \"[[Jane Smith]]\"\n---\n## 2026-11-06 Walk\n",
            "people/aoi.md": "---\nperson: \"[[aoi]]\"\n---\n## 2026-11-07 Tea\n",
        ])
        #expect(printed(j) == ["1on1/unknown.md:2:9: warning: no person or note named 'Nobody'"])
        #expect(j.people.map(\.id) == ["aoi", "jane", "ken"])
        #expect(
            j.entries.map { "\($0.date) \($0.title) \(ids(j, $0.participants))" } == [
                "2026-11-02 Career chat [\"jane\"]", "2026-11-03 Call []", "2026-11-04 Call []",
                "2026-11-05 Lunch with Ken [\"ken\"]", "2026-11-06 Walk [\"jane\"]", "2026-11-07 Tea [\"aoi\"]",
            ])
        #expect(j.tasks.map { ids(j, $0.people) } == [["jane"]])
    }

    /// A task in a meeting note with one person (besides the owner) that names no one is about that person, as a
    /// task in their own folder is; a group meeting's such tasks are about no one.
    @Test func aOneOnOnesTasksAreWithItsPerson() {
        let j = journal(
            [
                "people/jane.md": "---\nname: Jane\n---\n", "people/ken.md": "---\nname: Ken\n---\n",
                "m/1on1.md":
                    "---\ndate: 2026-11-25\nattendees: [Me, Jane]\n---\n- [ ] send the deck\n- [ ] ask [[Ken]]\n",
                "m/sync.md": "---\ndate: 2026-11-26\nattendees: [Jane, Ken]\n---\n- [ ] update the roadmap\n",
            ], config: "owner: Me\n")
        #expect(printed(j).isEmpty)
        #expect(
            j.tasks.map { "\($0.text) \(ids(j, $0.people))" } == [
                "send the deck [\"jane\"]", "ask Ken [\"ken\"]", "update the roadmap []",
            ])
    }

    /// A meeting's people written as one text (`participants: "Ann Lee, Bo Chen"`, as transcripts' notes write
    /// them) are parted: at `、` always, at commas when there are two or more or a part holds a space; a name kept
    /// family name first (`Kostolni, Scott`) and a link stay whole. You (`Myself`, `自分`) and a placeholder (`TBD`)
    /// are no one to look for, and a meeting of only them is still a meeting, with no one.
    @Test func aMeetingsPeopleInOneTextArePartedAndYouAreNoOne() {
        let j = journal([
            "people/ann.md": "---\nname: Ann Lee\n---\n", "people/bo.md": "---\nname: Bo Chen\n---\n",
            "people/cy.md": "---\nname: Cy\n---\n", "people/scott.md": "---\nname: \"Kostolni, Scott\"\n---\n",
            "people/hanako.md": "---\nname: 花子\n---\n", "people/taro.md": "---\nname: 太郎\n---\n",
            "m/a.md": "---\ndate: 2026-11-20\nparticipants: \"Myself, Ann Lee, Bo Chen\"\n---\n",
            "m/b.md": "---\ndate: 2026-11-21\nattendees: Bo, Cy, Ann Lee\n---\n",
            "m/c.md": "---\ndate: 2026-11-22\npeople: [\"Kostolni, Scott\", TBD]\n---\n",
            "m/d.md": "---\ndate: 2026-11-23\n参加者: 自分、花子、太郎\n---\n",
            "m/e.md": "---\ndate: 2026-11-24\nparticipants: [Myself, tbd, You]\n---\n",
            "m/f.md": "---\ndate: 2026-11-25\nparticipants: \"Ann Lee, Dee Park\"\n---\n",
        ])
        #expect(printed(j) == ["m/f.md:3:15: warning: no person or note named 'Dee Park'"])
        #expect(
            j.entries.map { "\($0.date) \(ids(j, $0.participants))" } == [
                "2026-11-20 [\"ann\", \"bo\"]", "2026-11-21 [\"ann\", \"bo\", \"cy\"]", "2026-11-22 [\"scott\"]",
                "2026-11-23 [\"hanako\", \"taro\"]", "2026-11-24 []", "2026-11-25 [\"ann\"]",
            ])
    }

    /// A meeting note's tags, as a text, are parted by the commas a person's tags are: `,`, `、` and `，`.
    @Test func aMeetingNotesTagsArePartedByJapaneseCommasToo() {
        let j = journal([
            "people/hanako.md": "---\nname: 花子\n---\n",
            "会議/定例.md": "---\ndate: 2026-11-20\npeople: [[花子]]\ntags: 会った、ギブ\n---\n",
            "会議/電話.md": "---\ndate: 2026-11-21\nattendees: [花子]\ntags: [\"電話，お願い\"]\n---\n",
        ])
        #expect(j.entries.map(\.kinds) == [[.meet, .give], [.call, .ask]])
    }

    /// A CRM's interaction note says what kind of touch it was in front matter (`kind: call`, `interaction_type:
    /// Email`): the tag that kind is, so `kind: note` is no touch; a word that names no kind (`lunch`) is none.
    @Test func anInteractionsKindInFrontMatterIsItsTag() {
        let j = journal([
            "People/Jane Doe.md": "---\ntype: crm/person\n---\n",
            "Interactions/2026-09-20 - call - Jane Doe.md":
                "---\ndate: 2026-09-20\nkind: call\npeople: [\"[[Jane Doe]]\"]\n---\n",
            "Interactions/b.md":
                "---\ndate: 2026-09-21\nInteraction Type: Email\npeople: [Jane Doe]\ntags: [give]\n---\n",
            "Interactions/c.md": "---\ndate: 2026-09-22\nkind: note\npeople: [Jane Doe]\n---\n",
            "Interactions/d.md": "---\ndate: 2026-09-19\nkind: lunch\npeople: [Jane Doe]\n---\n",
        ])
        #expect(j.entries.map(\.kinds) == [[], [.call], [.message, .give], [.note]])
        #expect(Timeline(journal: j, date: day("2026-09-30")).histories[0].last == day("2026-09-21"))
    }
}
