import Foundation
import Testing

/// `kizuna log` with several people writes the day's note as the journal keeps its days.
@Suite(.serialized) struct LogDayNoteTests {
    let date = "2026-11-24"

    /// Logs lunch with Hanako and Ken on `day` in `dir`; the note it was added to.
    func logLunch(_ dir: Scratch, on day: String = "2026-11-24") throws -> String {
        let r = try kizuna([
            "log", "Lunch", "--with", "Hanako", "--with", "ken", "--date", day, "--journal", dir.path,
        ])
        #expect(r.status == 0, "\(r.err)")
        return String(r.err.split(separator: ":").first.map { $0.dropFirst("added to ".count) } ?? "")
    }

    /// A new day's note is named as the newest daily note is, in its folders with the year and month moved on, in
    /// each way vaults name their days; every other file stays.
    @Test func aNewDaysNoteIsNamedAndFiledAsTheNewestDailyNote() throws {
        for (newest, expected) in [
            ("Daily/2026/10/2026-10-31.md", "Daily/2026/11/2026-11-24.md"),
            ("journals/2026_10_31.md", "journals/2026_11_24.md"),
            ("日記/2025年12月31日.md", "日記/2026年11月24日.md"),
            ("Journal/2026-11-11.md", "Journal/2026-11-24.md"),
            ("days/2026-10-31 (Sat).md", "days/2026-11-24 (Tue).md"),
        ] {
            let dir = try everydayJournal()
            try dir.write(newest, "Tea with [[Hanako]].\n")
            try dir.write("Daily/2020-01-01.md", "Old.\n")
            let before = dir.snapshot()
            #expect(try logLunch(dir) == expected, "\(newest)")
            #expect(dir.read(expected) == "## 2026-11-24 Lunch with [[Ken Sato]], [[田中 花子]]\n", "\(newest)")
            #expect(dir.snapshot().filter { $0.key != expected } == before, "\(newest)")
            let show = try kizuna(["show", "ken", "--date", date, "--journal", dir.path]).out
            #expect(show.contains("last touch: 2026-11-24"), "\(show)")
        }
    }

    /// A vault that makes its daily notes from a template gets no day's note from kizuna, which would stand where
    /// Obsidian makes one from it: the entry goes to `log/<day>.md`; a day's note the vault made still takes it.
    @Test func aVaultsDailyNoteTemplateIsLeftToMakeTheDaysNote() throws {
        for settings in [
            (".obsidian/daily-notes.json", "{\"folder\": \"Daily\", \"template\": \"Templates/Daily\"}"),
            (".obsidian/plugins/periodic-notes/data.json", "{\"daily\": {\"enabled\": true, \"template\": \"T/Day\"}}"),
        ] {
            let dir = try everydayJournal()
            try dir.write(settings.0, settings.1)
            try dir.write("Daily/2026-10-31.md", "Tea with [[Hanako]].\n")
            #expect(try logLunch(dir) == "log/2026-11-24.md", "\(settings.0)")
            try dir.write("Daily/2026-11-25.md", "## Plan\n")
            #expect(try logLunch(dir, on: "2026-11-25") == "Daily/2026-11-25.md", "\(settings.0)")
        }
        let empty = try everydayJournal()
        try empty.write(".obsidian/daily-notes.json", "{\"folder\": \"Daily\", \"template\": \"\"}")
        try empty.write("Daily/2026-10-31.md", "Tea with [[Hanako]].\n")
        #expect(try logLunch(empty) == "Daily/2026-11-24.md")
    }

    /// A Dendron workspace's daily journal note is named as its others are.
    @Test func aDendronWorkspaceGetsItsDailyJournalNote() throws {
        let dir = try everydayJournal()
        try dir.write("dendron.yml", "version: 5\nworkspace:\n  vaults:\n    - fsPath: notes\n")
        try dir.write("notes/daily.journal.2026.10.31.md", "Tea with [[Hanako]].\n")
        #expect(try logLunch(dir) == "notes/daily.journal.2026.11.24.md")
    }

    /// A Logseq graph with no journal page yet gets its first where Logseq reads them, named as it names them.
    @Test func aLogseqGraphGetsItsFirstJournalPage() throws {
        let dir = try everydayJournal()
        try dir.write("logseq/config.edn", "{}\n")
        #expect(try logLunch(dir) == "journals/2026_11_24.md")
    }

    /// The vault's own format names the note, folders and all (`YYYY/MM/DD`, `DD.MM.YYYY`), its month's and
    /// weekday's names and an ordinal's ending written for the day.
    @Test func theVaultsDailyNoteFormatNamesTheNewNote() throws {
        for (format, newest, expected) in [
            ("YYYY/MM/DD", "Journal/2026/10/31.md", "Journal/2026/11/24.md"),
            ("DD.MM.YYYY", "Tage/31.10.2026.md", "Tage/24.11.2026.md"),
            ("dddd, MMMM Do, YYYY", "Days/Saturday, October 31st, 2026.md", "Days/Tuesday, November 24th, 2026.md"),
            ("YYYY-MM-DD ddd", "Days/2026-10-31 Sat.md", "Days/2026-11-24 Tue.md"),
            ("MMM D, YYYY", "Days/Oct 3, 2026.md", "Days/Nov 24, 2026.md"),
        ] {
            let dir = try everydayJournal()
            try dir.write(".obsidian/daily-notes.json", "{\"format\": \"\(format)\"}")
            try dir.write(newest, "Tea with [[Hanako]].\n")
            #expect(try logLunch(dir) == expected, "\(format)")
            #expect(dir.read(expected)?.hasPrefix("## 2026-11-24 Lunch") == true, "\(format)")
        }
    }

    /// A vault whose settings make daily notes, with none yet, gets its first where and as Obsidian would make it:
    /// the daily notes' folder and format (folders in the format too), Periodic Notes' when it makes them, the root
    /// and `YYYY-MM-DD` when not set; `log/<day>.md` while the core plugin is off or the folder leads outside.
    @Test func aVaultsDailyNoteSettingsPlaceItsFirstDailyNote() throws {
        let periodic = ".obsidian/plugins/periodic-notes/data.json"
        for (settings, expected) in [
            (
                [
                    ".obsidian/daily-notes.json":
                        "{\"folder\": \"Journal/Daily/\", \"format\": \"YYYY/MM/YYYY-MM-DD ddd\"}"
                ],
                "Journal/Daily/2026/11/2026-11-24 Tue.md"
            ),
            ([".obsidian/daily-notes.json": "{\"folder\": \"Daily\"}"], "Daily/2026-11-24.md"),
            ([".obsidian/daily-notes.json": "{}"], "2026-11-24.md"),
            ([".obsidian/daily-notes.json": "{\"folder\": \"日記\", \"format\": \"YYYY年MM月DD日\"}"], "日記/2026年11月24日.md"),
            (
                [
                    periodic:
                        "{\"daily\": {\"enabled\": true, \"folder\": \"Days\", \"format\": \"dddd, MMMM Do, YYYY\"}}"
                ],
                "Days/Tuesday, November 24th, 2026.md"
            ),
            (
                [
                    ".obsidian/daily-notes.json": "{\"folder\": \"Daily\"}",
                    ".obsidian/core-plugins.json": "{\"daily-notes\": true}",
                ], "Daily/2026-11-24.md"
            ),
            (
                [
                    ".obsidian/daily-notes.json": "{\"folder\": \"Daily\"}",
                    ".obsidian/core-plugins.json": "{\"daily-notes\": false}",
                ], "log/2026-11-24.md"
            ),
            (
                [
                    ".obsidian/daily-notes.json": "{\"folder\": \"Daily\"}",
                    ".obsidian/core-plugins.json": "[\"file-explorer\", \"templates\"]",
                ], "log/2026-11-24.md"
            ),
            ([".obsidian/daily-notes.json": "{\"folder\": \"../Daily\"}"], "log/2026-11-24.md"),
            ([periodic: "{\"daily\": {\"enabled\": false, \"folder\": \"Days\"}}"], "log/2026-11-24.md"),
        ] {
            let dir = try everydayJournal()
            for (path, text) in settings { try dir.write(path, text) }
            let before = dir.snapshot()
            #expect(try logLunch(dir) == expected, "\(settings)")
            #expect(dir.read(expected) == "## 2026-11-24 Lunch with [[Ken Sato]], [[田中 花子]]\n", "\(settings)")
            #expect(dir.snapshot().filter { $0.key != expected } == before, "\(settings)")
            let show = try kizuna(["show", "ken", "--date", date, "--journal", dir.path]).out
            #expect(show.contains("last touch: 2026-11-24"), "\(settings): \(show)")
            // The next day's note follows it, as any daily note.
            let next = expected.replacingOccurrences(of: "24", with: "25")
                .replacingOccurrences(of: "Tuesday", with: "Wednesday").replacingOccurrences(of: "Tue", with: "Wed")
            #expect(try logLunch(dir, on: "2026-11-25") == next, "\(settings)")
        }
    }

    /// The day's note the journal has takes the entry, a note under `log/` of the day first; one written as a
    /// single entry gets it as one more item at its end, and the people count as that day's; every other byte stays.
    @Test func theDaysNoteTakesTheEntryAnItemWhereItIsOneEntry() throws {
        let lunch = "Lunch with [[Ken Sato]], [[田中 花子]]"
        var whole = try everydayJournal()
        for (before, after) in [
            ("# Tuesday\n\n## 2026-11-24 Standup\n", "# Tuesday\n\n## 2026-11-24 Standup\n\n## 2026-11-24 \(lunch)\n"),
            ("- Tea with [[Suzuki Yui]]\r\n- Walk\r\n", "- Tea with [[Suzuki Yui]]\r\n- Walk\r\n- \(lunch)\r\n"),
        ] {
            whole = try everydayJournal()
            try whole.write("Daily/2026-11-24.md", before)
            #expect(try logLunch(whole) == "Daily/2026-11-24.md")
            #expect(whole.read("Daily/2026-11-24.md") == after)
        }
        let show = try kizuna(["show", "ken", "--date", date, "--journal", whole.path]).out
        #expect(show.contains("last touch: 2026-11-24"), "\(show)")
        #expect(!FileManager.default.fileExists(atPath: whole.path + "/log"))
        try whole.write("Daily/2026-11-25.md", "## 2026-11-25 Call\n")
        try whole.write("log/2026-11-25.md", "")
        #expect(try logLunch(whole, on: "2026-11-25") == "log/2026-11-25.md")
        #expect(whole.read("Daily/2026-11-25.md") == "## 2026-11-25 Call\n")
    }

    /// A journal with no daily note, or whose newest one's folders hold the month in words, gets `log/<day>.md`;
    /// a person's own folder's days, or those of a folder named as a person is, are theirs, not the journal's.
    @Test func withoutADailyNoteToFollowTheEntryGoesToTheLogFolder() throws {
        for newest in [
            nil, "Daily/2026/10-October/2026-10-31.md", "people/ken/2026-11-20.md", "archive/Suzuki Yui/2026-11-20.md",
        ] {
            let dir = try everydayJournal()
            if let newest { try dir.write(newest, "Tea with [[Hanako]].\n") }
            #expect(try logLunch(dir) == "log/2026-11-24.md", "\(newest ?? "none")")
        }
    }

    /// Where people's notes are named as Denote names them, the day's journal entry is a Denote note, made once and
    /// then added to; its folder is that of the journal's entries.
    @Test func aDenoteFolderGetsTheDaysJournalEntry() throws {
        let dir = try Scratch()
        try dir.write(
            "notes/20231015T093000--jane-doe__person.md",
            "---\ntitle:      \"Jane Doe\"\nidentifier: \"20231015T093000\"\n---\n")
        try dir.write(
            "notes/20240102T101500--ken-ito__person.md",
            "---\ntitle:      \"Ken Ito\"\nidentifier: \"20240102T101500\"\n---\n")
        try dir.write("notes/journal/20251120T180000--dinners__journal.md", "## 2025-11-20 Dinner\n")
        for text in ["Lunch", "Tea"] {
            let r = try kizuna([
                "log", text, "--with", "Jane Doe", "--with", "Ken Ito", "--date", date, "--journal", dir.path,
            ])
            #expect(r.status == 0, "\(r.err)")
        }
        let made = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/notes/journal").filter {
            $0.hasPrefix("20261124T")
        }
        #expect(made.count == 1 && made[0].hasSuffix("--2026-11-24__journal.md"), "\(made)")
        let text = dir.read("notes/journal/" + (made.first ?? "")) ?? ""
        let id = String(made.first?.prefix(15) ?? "")
        #expect(text.hasPrefix("---\ntitle:      \"2026-11-24\"\ndate:       2026-11-24T"))
        #expect(text.contains("tags:       [\"journal\"]\nidentifier: \"\(id)\"\n---\n"))
        let links = "with [Jane Doe](denote:20231015T093000), [Ken Ito](denote:20240102T101500)"
        #expect(text.hasSuffix("## 2026-11-24 Lunch \(links)\n\n## 2026-11-24 Tea \(links)\n"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/log"))
        let check = try kizuna(["check", "--journal", dir.path])
        #expect(check.status == 0 && check.out.contains("0 errors, 0 warnings"), "\(check.out)")
    }
}
