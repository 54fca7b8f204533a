import Testing
@testable import KizunaCore

/// A vault names its daily notes its own way (`.obsidian/daily-notes.json`); a note so named is a daily note.
@Suite struct DailyNoteFormatTests {
    static let names: [(format: String, stem: String, day: String?)] = [
        ("YYYY-MM-DD dddd", "2026-11-21 Saturday", "2026-11-21"),
        ("YYYY-MM-DD dddd", "2026-11-17 火曜日", "2026-11-17"),
        ("YYYY-MM-DD ddd", "2026-11-21 Sat", "2026-11-21"),
        ("YYYYMMDD", "20261118", "2026-11-18"),
        ("DD.MM.YYYY", "19.11.2026", "2026-11-19"),
        ("MM-DD-YYYY", "11-20-2026", "2026-11-20"),
        ("MMMM D, YYYY", "November 5, 2026", "2026-11-05"),
        ("MMM Do, YYYY", "Nov 3rd, 2026", "2026-11-03"),
        ("YYYY年M月D日(ddd)", "2026年11月5日(木)", "2026-11-05"),
        ("[Daily] YYYY-MM-DD", "Daily 2026-11-15", "2026-11-15"),
        ("YYYY/MM/YYYY-MM-DD-dddd", "2026-11-15-Sunday", "2026-11-15"),
        ("YY-M-D", "26-11-5", "2026-11-05"),
        // Not this format's names, or not real days.
        ("YYYYMMDD", "2026111", nil),
        ("DD.MM.YYYY", "31.02.2026", nil),
        ("YYYY-MM-DD dddd", "2026-11-21 Someday", nil),
        ("[Daily] YYYY-MM-DD", "Weekly 2026-11-15", nil),
        ("YYYY-MM-DD", "2026-11-15 extra", nil),
    ]

    @Test(arguments: names.indices)
    func aNameOfTheVaultsFormatGivesItsDay(index: Int) throws {
        let (format, stem, day) = Self.names[index]
        let parsed = try #require(DailyNoteFormat(moment: format))
        #expect(parsed.day(of: stem)?.description == day, "\(format) \(stem)")
    }

    @Test(arguments: ["YYYY-MM", "dddd", "YYYY-[W]ww", "YYYY-MM-DD HH:mm", "YYYY-DDDD", "YYYY-MM-DD [unclosed", "gggg"])
    func aFormatThatDoesNotNameADayIsNotUsed(format: String) {
        #expect(DailyNoteFormat(moment: format) == nil)
    }

    /// A new daily note is named by the format as Obsidian names it (in English), and each name reads back as its
    /// day, over two years of days; a format that names no day names no note.
    @Test func theFormatNamesANewNoteThatReadsBackAsItsDay() throws {
        let day = try #require(Day(year: 2026, month: 11, day: 24))
        for (pattern, path) in [
            ("YYYY-MM-DD", "2026-11-24"), ("[Journal]/YYYY/MM/YYYY-MM-DD ddd", "Journal/2026/11/2026-11-24 Tue"),
            ("dddd, MMMM Do, YYYY", "Tuesday, November 24th, 2026"), ("YY-M-D dd", "26-11-24 Tu"),
            ("MMM Do YYYY", "Nov 24th 2026"), ("YYYY年MM月DD日", "2026年11月24日"), ("Mo/D/YYYY", "11th/24/2026"),
        ] {
            #expect(DailyNoteFormat.path(moment: pattern, of: day) == path, "\(pattern)")
        }
        #expect(DailyNoteFormat.path(moment: "YYYY-MM", of: day) == nil)
        #expect(DailyNoteFormat.path(moment: "YYYY-[W]ww", of: day) == nil)
        for pattern in [
            "YYYY-MM-DD dddd", "DD.MM.YYYY", "MMMM Do, YYYY", "YYYY/MM/DD", "YY-M-D ddd", "[Day] D MMM YYYY",
        ] {
            let format = try #require(DailyNoteFormat(moment: pattern))
            for n in 0..<730 {
                let d = try #require(Day(year: 2025, month: 1, day: 1)) + n
                let path = try #require(DailyNoteFormat.path(moment: pattern, of: d))
                let read = format.day(ofPath: path + ".md") ?? format.day(of: String(path.split(separator: "/").last!))
                #expect(read == d, "\(pattern) \(path)")
            }
        }
    }

    /// Logseq titles its journal pages by a date-fns pattern (its settings offer these).
    static let titles: [(format: String, title: String, day: String?)] = [
        ("MMM do, yyyy", "Nov 3rd, 2026", "2026-11-03"),
        ("MMMM do, yyyy", "November 21st, 2026", "2026-11-21"),
        ("E, MM/dd/yyyy", "Tue, 11/03/2026", "2026-11-03"),
        ("EEEE, dd-MM-yyyy", "Tuesday, 03-11-2026", "2026-11-03"),
        ("EEE, dd.MM.yyyy", "Tue, 03.11.2026", "2026-11-03"),
        ("do MMMM yyyy", "3rd November 2026", "2026-11-03"),
        ("yyyy-MM-dd EEEE", "2026-11-03 Tuesday", "2026-11-03"),
        ("yyyy年MM月dd日", "2026年11月03日", "2026-11-03"),
        ("yyyyMMdd", "20261103", "2026-11-03"),
        ("'Day' yyyy-MM-dd", "Day 2026-11-03", "2026-11-03"),
        ("yyyy-MM-dd ''d''", "2026-11-03 '3'", "2026-11-03"),
        ("MMM do, yyyy", "Nov 31st, 2026", nil),
        ("MMM do, yyyy", "Nov 3, 2026", nil),
    ]

    @Test(arguments: titles.indices)
    func aJournalPageTitleOfTheGraphsFormatGivesItsDay(index: Int) throws {
        let (format, title, day) = Self.titles[index]
        let parsed = try #require(DailyNoteFormat(dateFns: format))
        #expect(parsed.day(of: title)?.description == day, "\(format) \(title)")
    }

    @Test(arguments: ["yyyy-MM", "yyyy-DDD", "YYYY-MM-dd", "yyyy-MM-dd HH:mm", "'Day yyyy-MM-dd"])
    func aTitleFormatThatDoesNotNameADayIsNotUsed(format: String) {
        #expect(DailyNoteFormat(dateFns: format) == nil)
    }

    @Test func aHostileFormatIsRefusedOrMatchedAtOnce() {
        #expect(DailyNoteFormat(moment: "YYYY-MM-DD" + String(repeating: "[]", count: 100_000)) == nil)
        #expect(DailyNoteFormat(moment: "YYYY-MM-DD" + String(repeating: " D", count: 7)) == nil)
        let most = DailyNoteFormat(moment: "YYYY M D Do Mo dddd MMMM")
        let stem = "2026 1 1 1st 1st Thursday January"
        #expect(most?.day(of: stem)?.description == "2026-01-01")
        #expect(most?.day(of: String(repeating: "1", count: 255)) == nil)
    }

    @Test func theCorePluginsFormatAndThePeriodicNotesPluginsAreRead() throws {
        let dir = TempDir()
        dir.write(".obsidian/daily-notes.json", "{\"format\": \"DD.MM.YYYY\", \"folder\": \"Journal\"}")
        dir.write("people/hanako.md", "---\nname: Hanako\n---\n")
        dir.write("Journal/19.11.2026.md", "Tea with [[Hanako]].\n")
        dir.write("Journal/notes.md", "Also [[Hanako]].\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.entries.map(\.date.description) == ["2026-11-19"])
        dir.write(
            ".obsidian/plugins/periodic-notes/data.json",
            "{\"daily\": {\"enabled\": true, \"format\": \"YYYY-MM-DD dddd\", \"folder\": \"Journal\"}}")
        dir.write("Journal/2026-11-21 Saturday.md", "Walk with [[Hanako]].\n")
        let k = try Kizuna.journal(root: dir.path)
        #expect(k.entries.map(\.date.description) == ["2026-11-21"])
    }

    /// A format whose file name alone gives no day (`YYYY/MM/DD`, the core plugin making a folder a year and a
    /// month) names the note by its folders and name together: `Journal/2026/11/19.md` is 2026-11-19's daily note.
    @Test func aFormatThatNamesFoldersGivesTheDayByThePath() throws {
        let format = try #require(DailyNoteFormat(moment: "YYYY/MM/DD"))
        #expect(format.day(ofPath: "Journal/2026/11/05.md")?.description == "2026-11-05")
        #expect(format.day(ofPath: "05.md") == nil && format.day(ofPath: "Journal/2026/13/05.md") == nil)
        #expect(DailyNoteFormat(moment: "YYYY/MM/YYYY-MM-DD")?.day(ofPath: "2026/11/2026-11-05.md") == nil)
        #expect(
            DailyNoteFormat(moment: "YYYY/MMMM/D [日]")?.day(ofPath: "2026/November/5 日.md")?.description == "2026-11-05"
        )
        let dir = TempDir()
        dir.write(".obsidian/daily-notes.json", "{\"format\": \"YYYY/MM/DD\", \"folder\": \"Journal\"}")
        dir.write("people/hanako.md", "---\nname: Hanako\n---\n")
        dir.write("Journal/2026/11/19.md", "Tea with [[Hanako]].\n")
        dir.write("Journal/2026/11/notes.md", "Also [[Hanako]].\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.entries.map { "\($0.date) \(ids(j, $0.participants))" } == ["2026-11-19 [\"hanako\"]"])
    }

    /// A link to a day's note names that day whether or not the note was written (a daily note links the day before
    /// and the day after): no warning, in any form a day's note is named, the vault's own too; nor to a period's
    /// note, as a daily note links its week's, month's, quarter's and year's (`[[2026-W47]]`, `[[2026-11]]`,
    /// `[[2026-Q4]]`, `[[2026]]`, `[[2026年11月]]`), with a label in brackets or not (a LifeOS template's
    /// `[[2026-47 (Week 47)]]`). A day or a period that cannot be is still a link to nothing.
    @Test func aLinkToADaysOrAPeriodsNoteNotYetWrittenIsNoWarning() throws {
        let dir = TempDir()
        dir.write(".obsidian/daily-notes.json", "{\"format\": \"MMMM D, YYYY\", \"folder\": \"Daily\"}")
        dir.write(
            "Daily/November 19, 2026.md",
            "<< [[November 18, 2026]] | [[Daily/November 20, 2026|Tomorrow]] >>\n\n"
                + "See [[2026-11-01]], [[2026/11/02]], [[2026年11月3日]] and [[2026-11-31]], [[2026-W47]].\n"
                + "[[Periodic/2026-11]] [[2026-Q4]] [[2026]] [[2026年11月]] [[2026-W54]] [[2026-13]] [[2026-Q5]]\n"
                + "[[2026-47 (Week 47)]] [[2026-11 (November)]] [[2026-Q4 (Quarter 4 2026)]] [[2026-54 (Week 54)]]\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(
            printed(j) == [
                "Daily/November 19, 2026.md:3:56: warning: no person or note named '2026-11-31'",
                "Daily/November 19, 2026.md:4:56: warning: no person or note named '2026-W54'",
                "Daily/November 19, 2026.md:4:69: warning: no person or note named '2026-13'",
                "Daily/November 19, 2026.md:4:81: warning: no person or note named '2026-Q5'",
                "Daily/November 19, 2026.md:5:75: warning: no person or note named '2026-54 (Week 54)'",
            ])
    }
}
