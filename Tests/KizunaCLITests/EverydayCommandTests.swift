import Foundation
import Testing

/// A journal of three people, written in the ways people write: CRLF, a BOM, no final newline, comments.
func everydayJournal() throws -> Scratch {
    let dir = try Scratch()
    try dir.write("kizuna.yaml", "owner: Yamada Taro\n")
    try dir.write("people/tanaka-hanako.md", "---\nname: 田中 花子\naliases: [Hanako]\ncircle: core\n---\n# 田中 花子\n")
    try dir.write(
        "people/ken.md",
        "---\r\n# met at work\r\nname: Ken Sato   # family name last\r\ncircle: close\r\n---\r\n# Ken\r\n")
    try dir.write(
        "people/yui.md",
        "\u{FEFF}---\nname: Suzuki Yui\n---\nLikes tea.  \n## 2026-11-01 Tea #meet\n"
            + "- [ ] Send Yui the paper 📅 2026-11-20"
    )
    try dir.write("people/sato-a.md", "---\nname: Sato\n---\n")
    try dir.write("people/sato-b.md", "---\nname: Sato\n---\n")
    return dir
}

@Suite(.serialized) struct EverydayCommandTests {
    let date = "2026-11-24"

    @Test func aNewUserInitsAddsLogsShowsListsTicksAndTheDigestFollows() throws {
        let dir = try Scratch()
        let j = ["--journal", dir.path + "/j"]
        #expect(try kizuna(["init", dir.path + "/j", "--owner", "Yamada Taro"]).status == 0)
        #expect(try kizuna(["init", dir.path + "/j"]).status == 1)
        for name in ["Nishida Kaori", "田中 花子", "Ken Sato"] {
            let r = try kizuna(["add", name, "--circle", "close", "--met", "2026-11-20"] + j)
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(dir.read("j/people/田中-花子.md") == "---\nname: 田中 花子\ncircle: close\nmet: 2026-11-20\n---\n# 田中 花子\n\n")
        let log = try kizuna(["log", "Coffee in Shibuya #meet", "--with", "Nishida Kaori", "--date", date] + j)
        #expect(log.status == 0, "\(log.err)")
        #expect(
            dir.read("j/people/nishida-kaori.md")?.hasSuffix(
                "# Nishida Kaori\n\n## 2026-11-24 Coffee in Shibuya #meet\n") == true)
        let show = try kizuna(["show", "nishida-kaori", "--date", date, "--format", "json"] + j)
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect(brief["last_touch"] as? String == date)
        #expect((brief["touches"] as? [[String: Any]])?.first?["line"] as? Int == 8)
        let list = try kizuna(["list", "--date", date, "--format", "tsv"] + j)
        #expect(
            list.out
                == "id\tname\tcircle\tstatus\tlast_touch\tnext_due\nken-sato\tKen Sato\tclose\tactive\t\t2026-11-27\n"
                + "nishida-kaori\tNishida Kaori\tclose\tactive\t2026-11-24\t2026-12-24\n"
                + "田中-花子\t田中 花子\tclose\tactive\t\t2026-11-27\n"
        )
        let digest = try kizuna(["digest", "--date", date, "--stdout"] + j)
        #expect(digest.out.contains("[Nishida Kaori](../people/nishida-kaori.md): first touch 2026-11-24"))
        try dir.write("j/log/2026-11-24.md", "# Meetup\n- [ ] Send [[Ken Sato]] the deck\n")
        let done = try kizuna(["done", "the deck", "--date", date] + j)
        #expect(done.status == 0, "\(done.err)")
        #expect(dir.read("j/log/2026-11-24.md") == "# Meetup\n- [x] Send [[Ken Sato]] the deck ✅ 2026-11-24\n")
        #expect(try kizuna(["check"] + j).out.hasSuffix("0 errors, 0 warnings\n"))
    }

    /// A default circle or a status may be given in the Japanese words the digest shows for it, and tags parted by
    /// Japanese commas, as front matter parts them; in a Japanese journal the commands answer in Japanese.
    @Test func circlesStatusesAndTagsAreTakenAsJapaneseWritesThem() throws {
        let dir = try everydayJournal()
        let j = ["--journal", dir.path, "--format", "tsv"]
        try dir.write("people/mori.md", "---\nname: Mori Aoi\nstatus: 一時停止\n---\n")
        let add = ["add", "Ito Ren", "--circle", "最も近い人", "--tags", "デザイン、UX，研究, ", "--journal", dir.path]
        #expect(try kizuna(add).status == 0)
        #expect(dir.read("people/ito-ren.md")?.contains("circle: 最も近い人\ntags: [デザイン, UX, 研究]\n") == true)
        func ids(_ arguments: [String]) throws -> [Substring] {
            try kizuna(["list"] + arguments + j).out.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "\t" } }
        }
        #expect(try ids(["--circle", "最も近い人"]) == ["ito-ren", "tanaka-hanako"])
        #expect(try ids(["--circle", "親しい人"]) == ["ken"])
        #expect(try ids(["--status", "一時停止"]) == ["mori"])
        #expect(try ids(["--status", "Paused"]) == ["mori"])
        #expect(try ids(["--status", "休止"]) == ["mori"])
        #expect(try kizuna(["list", "--status", "休暇"] + j).status != 0)
        // In a Japanese journal the table speaks Japanese; TSV and JSON keep front matter's words, for scripts.
        try dir.write("kizuna.yaml", "owner: Yamada Taro\nlanguage: ja\n")
        let table = try kizuna(["list", "--status", "paused", "--journal", dir.path]).out
        #expect(table == "ID    名前      サークル      状態      最後の接点  次の連絡\nmori  Mori Aoi  ネットワーク  一時停止\n")
        #expect(try kizuna(["list", "--status", "paused"] + j).out.hasSuffix("\tnetwork\tpaused\t\t\n"))
        // `show` writes an entry's kinds as a Japanese journal tags them; its JSON keeps the English names.
        let yui = try kizuna(["show", "yui", "--date", date, "--journal", dir.path]).out
        #expect(yui.contains("  2026-11-01 Tea #会った · people/yui.md:5\n"), "\(yui)")
        let json = try kizuna(["show", "yui", "--date", date, "--format", "json", "--journal", dir.path]).out
        #expect(json.contains("\"kinds\": [\"meet\"]"), "\(json)")
    }

    /// A touch in a daily note is shown by the line that links the person, with its kinds after it once, as a
    /// heading's touch is.
    @Test func showGivesADailyNotesTouchItsKindOnce() throws {
        let dir = try everydayJournal()
        try dir.write("daily/2026-11-20.md", "- 09:00 Gym\n- Coffee #meet with [[Ken Sato]] #give\n")
        let text = try kizuna(["show", "ken", "--date", date, "--journal", dir.path]).out
        #expect(text.contains("Touches (1)\n  2026-11-20 Coffee with Ken Sato #meet #give · daily/2026-11-20.md:2\n"))
    }

    /// What a reach-out needs is at hand in `show`: how to reach the person, and what they care about.
    @Test func showGivesTheContactTagsAndCommunities() throws {
        let dir = try everydayJournal()
        try dir.write(
            "people/mori.md",
            "---\nname: Mori Aoi\ntags: デザイン、UX\ncommunities: [Tokyo UX]\n"
                + "contact:\n  email: aoi@example.com\n  phone: \"090-0000-0000\"\n---\n")
        let text = try kizuna(["show", "mori", "--date", date, "--journal", dir.path]).out
        #expect(text.contains("  contact: email aoi@example.com · phone 090-0000-0000\n  tags: デザイン, UX\n"))
        #expect(text.contains("  communities: Tokyo UX\n"))
        let show = try kizuna(["show", "mori", "--date", date, "--format", "json", "--journal", dir.path])
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect(brief["contact"] as? [String: String] == ["email": "aoi@example.com", "phone": "090-0000-0000"])
        #expect(brief["tags"] as? [String] == ["デザイン", "UX"])
        #expect(brief["communities"] as? [String] == ["Tokyo UX"])
        #expect(show.out.contains("\"contact\": {\n    \"email\": \"aoi@example.com\",\n    \"phone\""))
        // A birthday without a year is written as a note writes it (JSON keeps vCard's `--04-02`).
        try dir.write("people/ren.md", "---\nname: 伊藤 蓮\nmet: 2023-04-12\nbirthday: 04-02\n---\n")
        #expect(try kizuna(["show", "ren", "--date", date, "--journal", dir.path]).out.contains("  birthday: 04-02\n"))
        // In Japanese, the day met and the birthday are written as the digest writes dates.
        try dir.write("kizuna.yaml", "owner: Yamada Taro\nlanguage: ja\n")
        let ja = try kizuna(["show", "ren", "--date", date, "--journal", dir.path]).out
        #expect(ja.contains("  出会い: 2023年4月12日(水)\n") && ja.contains("  誕生日: 4月2日\n"))
        // And the ways to reach someone by the words a Japanese profile writes; JSON keeps the keys.
        try dir.write("people/sora.md", "---\nname: 空\n---\n- 会社: Acme\n- 役職: デザイナー\n- メール: sora@example.com\n")
        let sora = try kizuna(["show", "sora", "--date", date, "--journal", dir.path]).out
        #expect(sora.contains("  連絡先: 会社 Acme · 役職 デザイナー · メール sora@example.com\n"), "\(sora)")
        let soraJSON = try kizuna(["show", "sora", "--date", date, "--format", "json", "--journal", dir.path]).out
        #expect(soraJSON.contains("\"company\": \"Acme\""), "\(soraJSON)")
    }

    @Test func logWithSeveralPeopleWritesTheDayNoteAndDryRunWritesNothing() throws {
        let dir = try everydayJournal()
        let before = dir.snapshot()
        let dry = try kizuna([
            "log", "Lunch #meet", "--with", "Hanako", "--with", "ken", "--date", date, "--dry-run",
            "--journal", dir.path,
        ])
        #expect(dry.status == 0)
        #expect(dry.out == "## 2026-11-24 Lunch #meet with [[Ken Sato]], [[田中 花子]]\n")
        #expect(dir.snapshot() == before)
        #expect(
            try kizuna([
                "log", "Lunch #meet", "--with", "Hanako", "--with", "ken", "--date", date, "--journal", dir.path,
            ]).status == 0)
        #expect(dir.read("log/2026-11-24.md") == "## 2026-11-24 Lunch #meet with [[Ken Sato]], [[田中 花子]]\n")
        let after = dir.snapshot()
        #expect(after.filter { $0.key != "log/2026-11-24.md" } == before)
    }

    /// In a vault set to write markdown links (Obsidian's "Use [[Wikilinks]]" off), the people are linked so, by
    /// the path from the note written to theirs; the touch counts for each.
    @Test func logWritesMarkdownLinksWhereTheVaultDoes() throws {
        let dir = try everydayJournal()
        try dir.write(".obsidian/app.json", "{\"useMarkdownLinks\": true}")
        try dir.write("people/Ana Lee (Acme).md", "---\nname: Ana Lee\n---\n")
        let r = try kizuna([
            "log", "Lunch", "--with", "Hanako", "--with", "Ana Lee", "--date", date, "--to", "log/2026/11-24.md",
            "--journal", dir.path,
        ])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            dir.read("log/2026/11-24.md")
                == "## 2026-11-24 Lunch with [Ana Lee](../../people/Ana%20Lee%20%28Acme%29.md), "
                + "[田中 花子](../../people/tanaka-hanako.md)\n")
        let show = try kizuna(["show", "Ana Lee", "--date", date, "--journal", dir.path]).out
        #expect(show.contains("Touches (1)\n  2026-11-24 Lunch with Ana Lee, 田中 花子 · log/2026/11-24.md:1"), "\(show)")
    }

    /// In Japanese the people come first, as `と` goes before what was done, and a tag right after it stays a tag.
    @Test func logInJapaneseNamesThePeopleBeforeWhatWasDone() throws {
        let dir = try everydayJournal()
        try dir.write("kizuna.yaml", "owner: Yamada Taro\nlanguage: ja\n")
        for (text, heading) in [
            ("ランチ #会った", "## 2026-11-24 [[Ken Sato]]、[[田中 花子]]とランチ #会った"),
            ("#会った", "## 2026-11-24 [[Ken Sato]]、[[田中 花子]]と #会った"),
        ] {
            let r = try kizuna([
                "log", text, "--with", "Hanako", "--with", "ken", "--date", date, "--journal", dir.path,
            ])
            #expect(r.status == 0, "\(r.err)")
            #expect(dir.read("log/2026-11-24.md")?.hasSuffix(heading + "\n") == true, Comment(rawValue: text))
        }
        let show = try kizuna(["show", "ken", "--date", date, "--format", "json", "--journal", dir.path])
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        let touches = try #require(brief["touches"] as? [[String: Any]])
        #expect(touches.count == 2)
        #expect(touches.allSatisfy { ($0["kinds"] as? [String]) == ["meet"] })
    }

    /// A note that keeps a log a list item each (`## Interactions`) gets one more item after its last dated one,
    /// written as it is; every other byte stays, and the touch counts.
    @Test func logAddsAnItemToALogKeptAsAList() throws {
        let dir = try everydayJournal()
        let note =
            "# Ito Mei\r\n\r\n## Interactions\r\n- 2026-10-01: Coffee\r\n  - she moved\r\n- idea\r\n\r\n## Notes\r\nx"
        try dir.write("people/ito-mei.md", note)
        let dry = try kizuna(["log", "Lunch", "--with", "ito-mei", "--date", date, "--dry-run", "--journal", dir.path])
        #expect(dry.out == "- 2026-11-24: Lunch\n")
        let r = try kizuna(["log", "Lunch #give", "--with", "ito-mei", "--date", date, "--journal", dir.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            dir.read("people/ito-mei.md")
                == "# Ito Mei\r\n\r\n## Interactions\r\n- 2026-10-01: Coffee\r\n  - she moved\r\n"
                + "- 2026-11-24: Lunch #give\r\n- idea\r\n\r\n## Notes\r\nx")
        let show = try kizuna(["show", "ito-mei", "--date", date, "--journal", dir.path]).out
        #expect(show.contains("Ito Mei (ito-mei)") && show.contains("last touch: 2026-11-24"), "\(show)")
        // A company's note keeps one too: the item links who took part.
        let acme = "# Acme\n\n## Interactions\n- 2026-10-01 Call with [[Ken Sato]]\n"
        try dir.write("companies/acme.md", acme)
        let call = try kizuna([
            "log", "Renewal call", "--with", "ken", "--to", "companies/acme.md", "--date", date, "--journal", dir.path,
        ])
        #expect(call.status == 0, "\(call.err)")
        #expect(dir.read("companies/acme.md") == acme + "- 2026-11-24 Renewal call with [[Ken Sato]]\n")
    }

    /// A log kept newest first, each item a link to the day's note (as a contacts plugin writes it), gets the new
    /// item on top, written the same way, and the touch is read from it.
    @Test func logAddsOnTopOfALogKeptNewestFirst() throws {
        let dir = try everydayJournal()
        let log = "- [[Daily/2026-10-01]] — Coffee\n- [[Daily/2026-09-12]] — Call\n"
        try dir.write("people/ito-mei.md", "---\nname: Ito Mei\n---\n## Contact log\n" + log + "\nNotes.\n")
        let r = try kizuna(["log", "Lunch", "--with", "ito-mei", "--date", date, "--journal", dir.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            dir.read("people/ito-mei.md")
                == "---\nname: Ito Mei\n---\n## Contact log\n- [[Daily/2026-11-24]] — Lunch\n" + log + "\nNotes.\n")
        let show = try kizuna(["show", "ito-mei", "--date", date, "--journal", dir.path]).out
        #expect(show.contains("last touch: 2026-11-24"), "\(show)")
    }

    /// A note with no entry whose template left a log empty (`## Interaction Log`, as Orbit makes a contact) gets
    /// its first item there, `- <day>: text`; every other byte stays (CRLF, a heading that ends the note).
    @Test func logStartsALogItsTemplateLeftEmpty() throws {
        let dir = try everydayJournal()
        let maya =
            "---\r\nname: Maya\r\n---\r\n# Maya\r\n\r\n## Conversational Fuel\r\n- \r\n\r\n## Interaction Log\r\n"
        try dir.write("people/maya.md", maya + "\r\n## Notes\r\nx\r\n")
        try dir.write("people/jo.md", "# Jo\n\n## やりとり")
        for who in ["maya", "jo"] {
            let r = try kizuna(["log", "Lunch", "--with", who, "--date", date, "--journal", dir.path])
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(dir.read("people/maya.md") == maya + "- 2026-11-24: Lunch\r\n\r\n## Notes\r\nx\r\n")
        #expect(dir.read("people/jo.md") == "# Jo\n\n## やりとり\n- 2026-11-24: Lunch\n")
        let show = try kizuna(["show", "maya", "--date", date, "--journal", dir.path]).out
        #expect(show.contains("last touch: 2026-11-24"), "\(show)")
    }

    /// A person's note that keeps the day last in touch in its front matter (`last_contact:`, as Orbit and other
    /// templates do) has it moved on to the entry's day when that is later: only the date's characters change (a
    /// link to the day's note, quotes, a comment and CRLF stay); a past touch leaves it.
    @Test func logMovesTheLastContactAKeptNoteKeeps() throws {
        let dir = try everydayJournal()
        let dad =
            "---\r\nname: Dad\r\nlast_contact: 2026-11-02\r\nlast_interaction: call\r\n---\r\n## Interaction Log\r\n"
            + "- 2026-11-02: call: lake\r\n"
        try dir.write("people/dad.md", dad)
        let mia = "---\nname: Mia\nlast_contacted: \"[[2026-11-20]]\"  # the plugin's\n---\n"
        try dir.write("people/mia.md", mia)
        let dry = try kizuna(["log", "Call", "--with", "dad", "--date", date, "--dry-run", "--journal", dir.path])
        #expect(dry.out == "- 2026-11-24: Call\n" && dry.err.contains("and move its last contact to 2026-11-24"))
        #expect(dir.read("people/dad.md") == dad)
        for (who, day) in [("dad", date), ("mia", date), ("mia", "2026-11-21")] {
            let r = try kizuna(["log", "Tea", "--with", who, "--date", day, "--journal", dir.path])
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(
            dir.read("people/dad.md")
                == "---\r\nname: Dad\r\nlast_contact: 2026-11-24\r\nlast_interaction: call\r\n---\r\n"
                + "## Interaction Log\r\n- 2026-11-02: call: lake\r\n- 2026-11-24: Tea\r\n")
        #expect(
            dir.read("people/mia.md")
                == "---\nname: Mia\nlast_contacted: \"[[2026-11-24]]\"  # the plugin's\n---\n\n## 2026-11-24 Tea\n\n"
                + "## 2026-11-21 Tea\n")
    }

    /// A note's dated headings say how the next is written and where it goes: on top of those kept newest first,
    /// below the profile; at their level and after the section of the last where they are kept oldest first, before
    /// the next section; with the date in their form and the mark after it. Every other byte stays (CRLF).
    @Test func logWritesTheHeadingAsTheNotesDatedHeadingsAre() throws {
        let dir = try everydayJournal()
        let ken = "# Ken\r\n\r\nMet at work.\r\n\r\n## 2026年11月2日(月) ランチ\r\nGood.\r\n\r\n## 2026年10月1日(木) 電話\r\n"
        try dir.write("people/ken-2.md", "---\r\nname: Ken Ito\r\n---\r\n" + ken)
        let bo = "## History\n\n### 2026-10-01 — Call\n\n### 2026-11-02 — Lunch\n\n---\n\n## Goals\n- help\n"
        try dir.write("people/bo.md", "---\nname: Bo\n---\n" + bo)
        for who in ["ken-2", "bo"] {
            let r = try kizuna(["log", "Tea #give", "--with", who, "--date", date, "--journal", dir.path])
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(
            dir.read("people/ken-2.md")
                == "---\r\nname: Ken Ito\r\n---\r\n# Ken\r\n\r\nMet at work.\r\n\r\n"
                + "## 2026年11月24日(火) Tea #give\r\n\r\n## 2026年11月2日(月) ランチ\r\nGood.\r\n\r\n"
                + "## 2026年10月1日(木) 電話\r\n")
        #expect(
            dir.read("people/bo.md")
                == "---\nname: Bo\n---\n## History\n\n### 2026-10-01 — Call\n\n### 2026-11-02 — Lunch\n\n---\n\n"
                + "### 2026-11-24 — Tea #give\n\n## Goals\n- help\n")
        let show = try kizuna(["show", "bo", "--date", date, "--journal", dir.path]).out
        #expect(show.contains("last touch: 2026-11-24"), "\(show)")
    }

    /// A diary kept a note a month, its headings leaving out the year (`## 11/3(火)`), gets the day so written when
    /// it falls in the note's year, and in full otherwise; both are read back as that day.
    @Test func logWritesADayInAMonthsNoteAsItsHeadingsAre() throws {
        let dir = try everydayJournal()
        try dir.write("log/2026-11.md", "# 2026年11月\n\n## 11/3(火) ランチ [[Ken Sato]]\n")
        for day in ["2026-11-20", "2025-12-20"] {
            let r = try kizuna([
                "log", "お茶", "--with", "ken", "--to", "log/2026-11.md", "--date", day, "--journal", dir.path,
            ])
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(
            dir.read("log/2026-11.md")
                == "# 2026年11月\n\n## 11/3(火) ランチ [[Ken Sato]]\n\n## 11/20(金) お茶 with [[Ken Sato]]\n\n"
                + "## 2025-12-20 お茶 with [[Ken Sato]]\n")
    }

    @Test func logLeavesADailyNoteWrittenAsOneEntryAloneWhateverTheVaultNamesIt() throws {
        let dir = try everydayJournal()
        try dir.write(".obsidian/daily-notes.json", "{\"format\": \"DD.MM.YYYY\"}")
        try dir.write("log/19.11.2026.md", "Tea with [[Hanako]].\n")
        try dir.write("log/2026年11月18日.md", "Walk with [[Hanako]].\n")
        let before = dir.snapshot()
        for note in ["log/19.11.2026.md", "log/2026年11月18日.md"] {
            let r = try kizuna(["log", "Lunch", "--to", note, "--date", date, "--journal", dir.path])
            #expect(r.status != 0)
            #expect(r.err.contains("\(note) is a daily note written as one entry"), "\(r.err)")
        }
        #expect(dir.snapshot() == before)
        // A format whose folders give the year and month: the note's path names its day.
        let folders = try everydayJournal()
        try folders.write(".obsidian/daily-notes.json", "{\"format\": \"YYYY/MM/DD\", \"folder\": \"Journal\"}")
        try folders.write("Journal/2026/11/19.md", "Tea with [[Hanako]].\n")
        let unchanged = folders.snapshot()
        let r = try kizuna(["log", "Lunch", "--to", "Journal/2026/11/19.md", "--date", date, "--journal", folders.path])
        #expect(r.status != 0 && r.err.contains("is a daily note written as one entry"), "\(r.err)")
        #expect(folders.snapshot() == unchanged)
    }

    @Test func logWritesNoNoteWhereNotesAreNotRead() throws {
        let dir = try everydayJournal()
        try dir.write("logseq/config.edn", "{}\n")
        try dir.write("kizuna.yaml", "owner: Yamada Taro\nignore: [\"archive/**\"]\n")
        let before = dir.snapshot()
        for note in [
            "digests/notes.md", "logseq/bak/notes.md", ".obsidian/notes.md", "a/.hidden/notes.md",
            "archive/2020.md",
        ] {
            let r = try kizuna(["log", "Lunch", "--to", note, "--date", date, "--journal", dir.path])
            #expect(r.status != 0)
            #expect(r.err.contains("--to names a note kizuna does not read"), "\(note): \(r.err)")
        }
        let outside = try kizuna(["log", "Lunch", "--to", "../x.md", "--date", date, "--journal", dir.path])
        #expect(outside.err.contains("--to must name a note inside the journal"), "\(outside.err)")
        #expect(dir.snapshot() == before)
    }

    @Test func editsKeepCRLFTheBOMAMissingFinalNewlineAndCommentsByteForByte() throws {
        let dir = try everydayJournal()
        #expect(
            try kizuna(["log", "Call #call", "--with", "Ken Sato", "--date", date, "--journal", dir.path]).status == 0)
        #expect(
            dir.read("people/ken.md")
                == "---\r\n# met at work\r\nname: Ken Sato   # family name last\r\ncircle: close\r\n---\r\n"
                + "# Ken\r\n\r\n## 2026-11-24 Call #call\r\n"
        )
        #expect(try kizuna(["snooze", "ken", "--until", "2w", "--date", date, "--journal", dir.path]).status == 0)
        #expect(
            dir.read("people/ken.md")?.hasPrefix(
                "---\r\n# met at work\r\nname: Ken Sato   # family name last\r\ncircle: close\r\n"
                    + "snooze_until: 2026-12-08\r\n---\r\n"
            ) == true)
        #expect(try kizuna(["done", "people/yui.md:6", "--date", date, "--journal", dir.path]).status == 0)
        #expect(try kizuna(["log", "Call #call", "--with", "yui", "--date", date, "--journal", dir.path]).status == 0)
        let yui = try #require(FileManager.default.contents(atPath: dir.path + "/people/yui.md"))
        #expect(
            yui == Data("\u{FEFF}---\nname: Suzuki Yui\n---\nLikes tea.  \n## 2026-11-01 Tea #meet\n".utf8)
                + Data("- [x] Send Yui the paper 📅 2026-11-20 ✅ 2026-11-24\n\n## 2026-11-24 Call #call".utf8))
    }

    /// In a Logseq graph, `show` lists a `TODO` as an open task and `done` ticks it as Logseq does: only the
    /// marker and the line's end change, and the next digest has it done.
    @Test func aLogseqTaskIsShownAndTickedByTheBinary() throws {
        let dir = try Scratch()
        try dir.write("logseq/config.edn", "{:file/name-format :triple-lowbar}\n")
        try dir.write("pages/Sato Kenji.md", "---\ntype: person\n---\n")
        let journal =
            "- Coffee with [[Sato Kenji]] #meet\r\n- LATER Send [[Sato Kenji]] the deck\r\n"
            + "  DEADLINE: <2026-11-20 Fri>\r\n"
        try dir.write("journals/2026_11_03.md", journal)
        let show = try kizuna(["show", "Sato Kenji", "--date", date, "--journal", dir.path])
        #expect(show.out.contains("[ ] Send Sato Kenji the deck · due 2026-11-20 (Fri) · journals/2026_11_03.md:2"))
        #expect(try kizuna(["done", "the deck", "--date", date, "--journal", dir.path]).status == 0)
        #expect(
            dir.read("journals/2026_11_03.md")
                == journal.replacingOccurrences(
                    of: "- LATER Send [[Sato Kenji]] the deck", with: "- DONE Send [[Sato Kenji]] the deck ✅ 2026-11-24"
                ))
        let after = try kizuna(["show", "Sato Kenji", "--date", date, "--journal", dir.path])
        #expect(after.out.contains("Open tasks (0)"))
    }

    /// A command takes a first or a family name when one person's name holds it as a word (an honorific aside),
    /// and lists the people when several do; a link is matched as before.
    @Test func aCommandFindsAPersonByAWordOfTheirName() throws {
        let dir = try everydayJournal()
        let hanako = try kizuna(["show", "花子さん", "--date", date, "--journal", dir.path])
        #expect(hanako.status == 0 && hanako.out.hasPrefix("田中 花子 (tanaka-hanako)\n"), "\(hanako.err)")
        let log = try kizuna(["log", "Tea", "--with", "suzuki", "--date", date, "--journal", dir.path])
        #expect(log.status == 0, "\(log.err)")
        #expect(dir.read("people/yui.md")?.hasSuffix("## 2026-11-24 Tea") == true)
        try dir.write("people/yui-2.md", "---\nname: Yui Mori\n---\n")
        let two = try kizuna(["show", "Yui", "--journal", dir.path])
        #expect(two.status == 0 && two.out.hasPrefix("Suzuki Yui (yui)\n"), "a name as a link names it: \(two.err)")
        let mori = try kizuna(["show", "mori", "--journal", dir.path])
        #expect(mori.out.hasPrefix("Yui Mori (yui-2)\n"))
        try dir.write("people/kenji.md", "---\nname: Kenji Suzuki\n---\n")
        let several = try kizuna(["show", "Suzuki", "--journal", dir.path])
        #expect(several.status == 1)
        #expect(several.err == "kizuna: 'Suzuki' names several people: Kenji Suzuki (kenji), Suzuki Yui (yui)\n")
    }

    /// `kizuna show 田中 花子`, typed without quotes, is one person: the words of a name, a title or a task's text
    /// are read as one, a space between each.
    @Test func theWordsOfANameOrTitleNeedNoQuotes() throws {
        let dir = try everydayJournal()
        let j = ["--date", date, "--journal", dir.path]
        let show = try kizuna(["show", "田中", "花子"] + j)
        #expect(show.status == 0 && show.out.hasPrefix("田中 花子 (tanaka-hanako)\n"), "\(show.err)")
        #expect(try kizuna(["path", "Ken", "Sato", "--journal", dir.path]).out == dir.path + "/people/ken.md\n")
        let add = try kizuna(["add", "Mori", "Aoi", "--journal", dir.path])
        #expect(add.status == 0 && dir.read("people/mori-aoi.md")?.hasPrefix("---\nname: Mori Aoi\n") == true)
        #expect(try kizuna(["log", "Tea", "in", "Ueno", "--with", "Suzuki Yui"] + j).status == 0)
        #expect(dir.read("people/yui.md")?.hasSuffix("## 2026-11-24 Tea in Ueno") == true)
        #expect(try kizuna(["snooze", "Suzuki", "Yui", "--until", "3d"] + j).status == 0)
        #expect(dir.read("people/yui.md")?.contains("snooze_until: 2026-11-27\n") == true)
        #expect(try kizuna(["done", "Send", "Yui"] + j).status == 0)
        #expect(dir.read("people/yui.md")?.contains("- [x] Send Yui the paper 📅 2026-11-20 ✅ 2026-11-24") == true)
    }

    @Test func unknownAndAmbiguousNamesFailWithSuggestionsAndWriteNothing() throws {
        let dir = try everydayJournal()
        let before = dir.snapshot()
        let unknown = try kizuna(["log", "Tea", "--with", "Hanakko", "--journal", dir.path])
        #expect(unknown.status == 1)
        #expect(unknown.err == "kizuna: nobody is called 'Hanakko'; did you mean 田中 花子 (tanaka-hanako)?\n")
        let many = try kizuna(["snooze", "Sato", "--until", "3d", "--journal", dir.path])
        #expect(many.status == 1)
        #expect(many.err == "kizuna: 'Sato' names several people: Sato (sato-a), Sato (sato-b)\n")
        #expect(try kizuna(["add", "Suzuki Yui", "--journal", dir.path]).status == 1)
        #expect(try kizuna(["done", "nothing like this", "--journal", dir.path]).status == 1)
        #expect(try kizuna(["show", "nobody-at-all", "--journal", dir.path]).status == 1)
        #expect(dir.snapshot() == before)
    }

    /// A pause that would end before today pauses nothing: refused in the journal's language, and nothing written.
    /// One that ends today still holds for today.
    @Test func aSnoozeThatEndsInThePastIsRefused() throws {
        let dir = try everydayJournal()
        let before = dir.snapshot()
        let past = try kizuna(["snooze", "ken", "--until", "2026-11-23", "--date", date, "--journal", dir.path])
        #expect(past.status == 1)
        #expect(
            past.err == "kizuna: --until 2026-11-23 is before 2026-11-24: the pause would already be over; nothing was "
                + "written\n")
        #expect(dir.snapshot() == before)
        try dir.write("kizuna.yaml", "owner: Yamada Taro\nlanguage: ja\n")
        let yesterday = try kizuna(["snooze", "花子", "--until", "昨日", "--journal", dir.path])
        #expect(yesterday.status == 1 && yesterday.err.contains("休止はもう終わっています。何も書いていません"))
        #expect(try kizuna(["snooze", "ken", "--until", date, "--date", date, "--journal", dir.path]).status == 0)
        #expect(dir.read("people/ken.md")?.contains("snooze_until: 2026-11-24\r\n") == true)
    }

    /// A note saved in Shift_JIS is read, but `snooze`, `done` and `log` leave it as it is: lines written into it
    /// in UTF-8 would garble it.
    @Test func notesSavedInAnotherEncodingAreNotChanged() throws {
        let dir = try everydayJournal()
        let suzuki: [UInt8] = [0x97, 0xE9, 0x96, 0xD8]  // 鈴木 in Shift_JIS
        let note = Array("---\nname: ".utf8) + suzuki + Array("\n---\n## 2026-11-01\n- [ ] send the book\n".utf8)
        try Data(note).write(to: URL(fileURLWithPath: dir.path + "/people/suzuki.md"))
        let before = dir.snapshot()
        let refusal =
            "kizuna: people/suzuki.md is saved as Shift_JIS, not UTF-8; kizuna changes only UTF-8 notes: save it as "
            + "UTF-8 first; nothing was written\n"
        let snooze = try kizuna(["snooze", "鈴木", "--until", "2027-01-10", "--date", date, "--journal", dir.path])
        #expect(snooze.status == 1 && snooze.err == refusal)
        let done = try kizuna(["done", "send the book", "--date", date, "--journal", dir.path])
        #expect(done.status == 1 && done.err == refusal)
        for dry in [[], ["--dry-run"]] {
            let log = try kizuna(["log", "lunch", "--with", "鈴木", "--date", date, "--journal", dir.path] + dry)
            #expect(log.status == 1 && log.err == refusal && log.out.isEmpty)
        }
        #expect(dir.snapshot() == before)
        try dir.write("kizuna.yaml", "owner: Yamada Taro\nlanguage: ja\n")
        let ja = try kizuna(["snooze", "鈴木", "--until", "2027-01-10", "--date", date, "--journal", dir.path])
        #expect(ja.status == 1 && ja.err.contains("Shift_JIS で保存されています。kizuna が書き換えるのは UTF-8 のメモだけです"))
        let list = try kizuna(["list", "--journal", dir.path, "--format", "tsv"])
        #expect(list.out.contains("suzuki\t鈴木\t"))
    }

    /// `add` will not write the people folder's own note (its README, index or folder note) or a template, which
    /// are no one.
    @Test func addRefusesAnIdThatNamesThePeopleFoldersOwnNote() throws {
        let dir = try everydayJournal()
        let before = dir.snapshot()
        let readme = try kizuna(["add", "Readme", "--journal", dir.path])
        #expect(readme.status == 1)
        #expect(
            readme.err
                == "kizuna: people/readme.md would be the people folder's own note or a template, which is no one; "
                + "give another id with --id\n")
        for name in ["People", "Index", "Person Template"] {
            #expect(try kizuna(["add", name, "--journal", dir.path]).status == 1, "\(name)")
        }
        #expect(dir.snapshot() == before)
        #expect(try kizuna(["add", "Readme", "--id", "readme-ito", "--journal", dir.path]).status == 0)
    }

    /// `init` in a vault that already keeps its people in a folder (`People/`, `Contacts/`) points people_dir
    /// there, makes no `people/` beside it, keeps the vault's README, and says only what it made.
    @Test func initInAVaultAdoptsItsPeopleFolder() throws {
        let vault = try Scratch()
        try vault.write("README.md", "My vault\n")
        try vault.write("People/Jane Doe.md", "---\ntags: [person]\n---\n")
        let r = try kizuna(["init", vault.path])
        let made = "kizuna.yaml, log/ (people_dir: People, the folder already there)"
        #expect(r.err == "created a journal in \(vault.path): \(made)\n")
        #expect(vault.read("README.md") == "My vault\n")
        #expect((vault.read("kizuna.yaml") ?? "").contains("\npeople_dir: People "))
        #expect(!FileManager.default.fileExists(atPath: vault.path + "/people"))
        #expect(try kizuna(["check", "--journal", vault.path]).out.hasPrefix("2 notes, 1 person,"))
        // A contacts plugin's folder is the one, wherever it stands and whatever its name.
        let contacts = try Scratch()
        try contacts.write(".obsidian/plugins/vcf-contacts/data.json", "{\"contactsFolder\": \"Network/Cards\"}")
        try contacts.write("Network/Cards/Jane Doe.md", "---\nFN: Jane Doe\n---\n")
        try contacts.write("People/Not Here.md", "")
        #expect(
            try kizuna(["init", contacts.path]).err.hasSuffix("(people_dir: Network/Cards, the folder already there)\n")
        )
        let people = try kizuna(["list", "--format", "tsv", "--journal", contacts.path]).out.split(separator: "\n")
        #expect(people.dropFirst().map { $0.prefix { $0 != "\t" } } == ["Jane Doe"])
        // A README written in lower case is the vault's README too: no second one beside it.
        let lower = try Scratch()
        try lower.write("readme.md", "My vault\n")
        try lower.write("People/Jane Doe.md", "---\ntags: [person]\n---\n")
        #expect(try kizuna(["init", lower.path]).status == 0)
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: lower.path)) == [
                "readme.md", "People", "kizuna.yaml", "log",
            ])
    }

    /// A new note is named as the journal names its people's: by name where the notes are (an Obsidian vault, whose
    /// `[[Ken Ito]]` then opens it; its words joined by `-` where theirs are), in a folder of its own where most people
    /// have one (its `README.md` where most people's are), by id otherwise; a name in kanji without its space where
    /// theirs have none. `add`, `import` and the editor's "create a person note" agree.
    @Test func aNewPersonNoteIsNamedAsTheJournalNamesItsPeoples() throws {
        let vault = try Scratch()
        try vault.write("kizuna.yaml", "people_dir: People\n")
        try vault.write("People/Jane Doe.md", "---\ntags: [person]\n---\n")
        try vault.write("People/John Smith.md", "")
        #expect(try kizuna(["add", "Ken  Ito", "--journal", vault.path]).err == "created People/Ken Ito.md\n")
        try vault.write("mori.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mori Aoi: CEO\r\nEND:VCARD\r\n")
        let imported = try kizuna(["import", vault.path + "/mori.vcf", "--date", "2026-12-01", "--journal", vault.path])
        #expect(imported.err.contains("create People/Mori Aoi CEO.md"), "\(imported.err)")
        let folders = try Scratch()
        try folders.write("kizuna.yaml", "people_dir: People\n")
        try folders.write("People/alex-barnes/Alex Barnes.md", "")
        try folders.write("People/brian-oliver/Brian Oliver.md", "")
        try folders.write("People/Untitled 2.md", "Someone from the fair\n")
        #expect(
            try kizuna(["add", "Carol Chen", "--journal", folders.path]).err
                == "created People/carol-chen/Carol Chen.md\n")
        #expect(try kizuna(["show", "Carol Chen", "--journal", folders.path]).status == 0)
        let pages = try Scratch()
        try pages.write("kizuna.yaml", "people_dir: Work/People\n")
        try pages.write("Work/People/Mei Tanaka/README.md", "---\ntype: people\n---\n")
        try pages.write("Work/People/Raj Patel/README.md", "")
        try pages.write(
            "Work/People/Raj Patel/2026-10-02 - Intro.md", "---\ndate: 2026-10-02\npeople: [Raj Patel]\n---\n")
        #expect(
            try kizuna(["add", "Lena Park", "--journal", pages.path]).err == "created Work/People/Lena Park/README.md\n"
        )
        let lena = try kizuna(["path", "Lena Park", "--journal", pages.path]).out
        #expect(lena.hasSuffix("/Work/People/Lena Park/README.md\n"))
        let own = try everydayJournal()
        #expect(try kizuna(["add", "Dan Ek", "--journal", own.path]).err == "created people/dan-ek.md\n")
        // By name with its words joined by `-`, as the 1:1 Manager plugin names a profile.
        let joined = try Scratch()
        try joined.write("kizuna.yaml", "people_dir: 1-1s/people\n")
        try joined.write("1-1s/people/Jane-Doe.md", "---\nname: Jane Doe\n---\n")
        try joined.write("1-1s/people/Omar-Haddad.md", "---\nname: Omar Haddad\n---\n")
        try joined.write("1-1s/people/sam-lee.md", "---\nname: Sam Lee\n---\n")
        #expect(
            try kizuna(["add", "Lea  Martin", "--journal", joined.path]).err == "created 1-1s/people/Lea-Martin.md\n")
        // A name in kanji given with a space loses it where the journal writes such names without (山田太郎.md).
        let kanji = try Scratch()
        try kanji.write("kizuna.yaml", "people_dir: 人物\n")
        try kanji.write("人物/山田太郎.md", "# 山田太郎\n")
        try kanji.write("人物/佐藤花子.md", "")
        #expect(try kizuna(["add", "鈴木 一郎", "--journal", kanji.path]).err == "created 人物/鈴木一郎.md\n")
        #expect(kanji.read("人物/鈴木一郎.md") == "---\nname: 鈴木 一郎\n---\n# 鈴木 一郎\n\n")
        #expect(try kizuna(["add", "Ann Lee", "--journal", kanji.path]).err == "created 人物/ann-lee.md\n")
    }

    /// Where no person is in `people_dir` (a vault marking people in front matter, as kepano's does in
    /// `References/`), a new person's note goes where most people's notes are, marked as most of them are.
    @Test func aNewPersonGoesWhereTheVaultKeepsItsMarkedPeople() throws {
        let vault = try Scratch()
        try vault.write("References/Steph Ango.md", "---\ncategories:\n  - \"[[People]]\"\n---\n")
        try vault.write("References/Paul Chambers.md", "---\ncategories: [\"[[People]]\", \"[[Musicians]]\"]\n---\n")
        try vault.write("Notes/Ada.md", "---\ntype: person\n---\n")
        try vault.write("References/Blade Runner.md", "---\ncategories: [\"[[Movies]]\"]\n---\n")
        #expect(try kizuna(["add", "Ken Ito", "--journal", vault.path]).err == "created References/Ken Ito.md\n")
        #expect(
            try String(contentsOfFile: vault.path + "/References/Ken Ito.md", encoding: .utf8)
                == "---\nname: Ken Ito\ncategories: [\"[[People]]\"]\n---\n# Ken Ito\n\n")
        try vault.write("mori.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mori Aoi\r\nEND:VCARD\r\n")
        let imported = try kizuna(["import", vault.path + "/mori.vcf", "--date", "2026-12-01", "--journal", vault.path])
        #expect(imported.err.contains("create References/Mori Aoi.md"), "\(imported.err)")
        let people = try kizuna(["list", "--format", "tsv", "--journal", vault.path]).out.split(separator: "\n")
        #expect(
            people.dropFirst().map { $0.prefix { $0 != "\t" } }.sorted() == [
                "Ada", "Ken Ito", "Mori Aoi", "Paul Chambers", "Steph Ango",
            ])
    }

    /// A journal with no people says why a name finds nobody, and where to look.
    @Test func aNameInAJournalWithNoPeopleSaysThereAreNone() throws {
        let dir = try Scratch()
        try dir.write("Contacts/Anna.md", "---\ntags: [person]\n---\n")
        let shown = try kizuna(["show", "Anna", "--journal", dir.path])
        #expect(shown.status == 1)
        #expect(
            shown.err
                == "kizuna: nobody is called 'Anna' (the journal has no people: a person is a note in people_dir or "
                + "one whose front matter says `type: person`; kizuna check says more)\n")
    }

    @Test func anEntryThatWouldBringAMistakeIsNotWritten() throws {
        let dir = try everydayJournal()
        let before = dir.snapshot()
        // The link names nobody: the note would gain a warning, so the entry is taken back out.
        let r = try kizuna([
            "log", "Tea with [[Nobody Known]]", "--with", "Hanako", "--date", date, "--journal", dir.path,
        ])
        #expect(r.status == 1)
        #expect(r.err.contains("no person or note named 'Nobody Known'"))
        #expect(r.err.hasSuffix("kizuna: nothing was written: people/tanaka-hanako.md would gain the mistake above\n"))
        #expect(dir.snapshot() == before)
    }

    @Test func aNoteWhoseFrontMatterCannotBeReadIsNotEdited() throws {
        let dir = try everydayJournal()
        try dir.write("people/bad.md", "---\nname: [unclosed\n---\n")
        let before = dir.snapshot()
        let r = try kizuna(["snooze", "bad", "--until", "3d", "--journal", dir.path])
        #expect(r.status == 1)
        #expect(r.err.contains("people/bad.md has an error to fix first; nothing was written"))
        #expect(dir.snapshot() == before)
    }

    /// A day's note written as one entry is not cut short by a heading: it gets one more item, its entry whole.
    @Test func aDailyNoteThatIsOneEntryGetsAnItemNotAHeading() throws {
        let dir = try everydayJournal()
        try dir.write("log/2026-11-24.md", "Met [[Hanako]] and [[ken]] at the meetup.\n")
        let r = try kizuna([
            "log", "Dinner", "--with", "Hanako", "--with", "ken", "--date", date, "--journal", dir.path,
        ])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            dir.read("log/2026-11-24.md")
                == "Met [[Hanako]] and [[ken]] at the meetup.\n\n- Dinner with [[Ken Sato]], [[田中 花子]]\n")
        let show = try kizuna(["show", "ken", "--date", date, "--format", "json", "--journal", dir.path])
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect((brief["touches"] as? [[String: Any]])?.map { $0["line"] as? Int } == [1])
        #expect(
            try kizuna([
                "log", "Dinner", "--with", "Hanako", "--with", "ken", "--date", date, "--to", "log/dinners.md",
                "--journal", dir.path,
            ]).status == 0)
        #expect(dir.read("log/dinners.md") == "## 2026-11-24 Dinner with [[Ken Sato]], [[田中 花子]]\n")
    }

    @Test func pathPrintsTheNoteForAnEditorAndDatesReadAsPeopleTypeThem() throws {
        let dir = try everydayJournal()
        #expect(try kizuna(["path", "はなこ", "--journal", dir.path]).status == 1)
        #expect(try kizuna(["path", "Hanako", "--journal", dir.path]).out == dir.path + "/people/tanaka-hanako.md\n")
        func daysAgo(_ n: Int) -> String {
            let day = Calendar.current.date(byAdding: .day, value: -n, to: Date())!
            let c = Calendar.current.dateComponents([.year, .month, .day], from: day)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
        for (typed, n) in [("-3d", 3), ("yesterday", 1), ("一昨日", 2), ("今日", 0), ("2w ago", 14), ("3日前", 3)] {
            let r = try kizuna([
                "log", "Tea", "--with", "Hanako", "--date=" + typed, "--dry-run", "--journal", dir.path,
            ])
            #expect(r.out == "## \(daysAgo(n)) Tea\n", "\(typed)")
        }
        #expect(try kizuna(["log", "Tea", "--date", "someday", "--journal", dir.path]).status != 0)
    }
}
