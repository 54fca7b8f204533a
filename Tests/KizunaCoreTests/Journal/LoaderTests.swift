import Foundation
import Testing
@testable import KizunaCore

/// FORMAT.md, "The journal": which files are read and where the root is.
@Suite struct LoaderTests {
    @Test func rootIsTheOptionThenTheEnvironmentThenTheNearestConfigThenTheCurrentFolder() {
        let dir = TempDir()
        dir.write("j/kizuna.yaml", "owner: me\n")
        dir.write("j/log/deep/x.md", "")
        let j = dir.path + "/j"
        #expect(
            JournalLoader.findRoot(option: "/elsewhere", environment: ["KIZUNA_JOURNAL": "/env"], cwd: j + "/log")
                == "/elsewhere")
        #expect(JournalLoader.findRoot(option: nil, environment: ["KIZUNA_JOURNAL": "/env"], cwd: j + "/log") == "/env")
        #expect(JournalLoader.findRoot(option: nil, environment: [:], cwd: j + "/log/deep") == j)
        #expect(JournalLoader.findRoot(option: nil, environment: [:], cwd: dir.path) == dir.path)
        #expect(JournalLoader.findRoot(option: "rel", environment: [:], cwd: "/base") == "/base/rel")
    }

    @Test func hiddenEntriesTheDigestFolderIgnoredGlobsAndOtherFilesAreNotRead() throws {
        let dir = TempDir()
        dir.write("kizuna.yaml", "digest_dir: out/digests\nignore: [\"templates/**\", \"*.draft.md\", \"archive/\"]\n")
        for path in [
            "people/a.md", "log/b.markdown", "log/C.MD", ".obsidian/x.md", "people/.hidden.md",
            "out/digests/2026-11-24.md", "people/.\u{0301}marked.md", "log/佐藤.md",
            "templates/person.md", "log/idea.draft.md", "archive/old.md", "log/notes.txt", "out/kept.md",
        ] {
            dir.write(path, "# x\n")
        }
        let loaded = try JournalLoader.load(root: dir.path)
        // Hidden by the first byte, as the system hides files: a dot a mark follows too.
        #expect(
            loaded.files.map(\.path) == ["log/C.MD", "log/b.markdown", "log/佐藤.md", "out/kept.md", "people/a.md"])
        // The editor's journal and `log --to` take a note as the walk does.
        #expect(loaded.files.allSatisfy { loaded.config.readsAsNote($0.path) })
        #expect(!loaded.config.readsAsNote("people/.\u{0301}marked.md") && !loaded.config.readsAsNote(".obsidian/x.md"))
        #expect(loaded.diagnostics.isEmpty)
    }

    /// A note named as a template, or in a folder named so, is no one, wherever it stands, and its front matter is
    /// not read: it is the front matter of the notes made from it (`type: person`, `{{date}}` placeholders that are
    /// no YAML). Its body is read as any note's, but a link in it that names nothing (`[[Person A]]`, an example)
    /// is no warning: the notes made from it are warned.
    @Test func aTemplateIsNoOneAndItsFrontMatterIsNotRead() {
        let template = "---\ntype: person\nname:\ndate: {{date}}\npeople: [\"[[Mina]]\"]\n---\n"
        var notes: [String: String] = [:]
        for path in [
            "people/_template.md", "people/TEMPLATE.md", "meetings/Meeting Template.md", "people/person-template.md",
            "人物/人物テンプレート.md", "x/x_template.markdown", "people/_TEMPLATE/profile.md", "Templates/Person.md",
            "999_templates/daily/daily.md", "0_meta/Person Templates/Friend.md", "00-Plantillas./person.md",
            "Vorlagen/Person.md", "Modèles/Personne.md", "模板/人物.md", "people/persona-plantilla.md",
            "people/{{title}}.md", "People/<% tp.file.title %>.md", "+Templates/Meeting.md", "@templates/1-1.md",
            "Шаблоны/Человек.md", "템플릿/사람.md", "Modelli/Persona.md",
        ] {
            notes[path] = template + "## {{date}} [What happened]\n- [ ] \ntype:: person\n- Knows [[Person A]]\n"
        }
        notes["people/mina.md"] = "---\nname: Mina\n---\n"
        notes["people/templeton.md"] = "---\nname: Templeton\n---\n"
        notes["people/mytemplate.md"] = ""
        notes["people/design.template.md"] = ""
        notes["people/x+template.md"] = ""
        notes["people/templates-guide/guide.md"] = ""
        notes["people/Plantillas Ruiz.md"] = ""
        notes["people/Ken <3 {x}.md"] = ""
        notes["log/C++ Template.md"] = "# C++ Template\n## 2026-11-20 Pairing with [[Mina]] #meet\n"
        let j = journal(notes)
        #expect(
            j.people.map(\.id) == [
                "Ken <3 {x}", "Plantillas Ruiz", "design.template", "guide", "mina", "mytemplate", "templeton",
                "x+template",
            ])
        #expect(printed(j).isEmpty)
        #expect(j.entries.map(\.location.path) == ["log/C++ Template.md"])
        #expect(j.tasks.count == 22)
    }

    /// A person note whose `name:` a template left unfilled (`{{title}}`, `<% tp.file.title %>`) is named by its
    /// file, with a warning at the name.
    @Test func aNameLeftAsTheTemplateWroteItIsTheFilesName() {
        let j = journal([
            "people/New person.md": "---\nname: \"{{title}}\"\n---\n# {{title}}\n",
            "people/Ken.md": "---\nname: <% tp.file.title %>\n---\n",
        ])
        #expect(j.people.map(\.name) == ["Ken", "New person"])
        #expect(
            printed(j) == [
                "people/Ken.md:2:7: warning: 'name' holds a template placeholder never filled in "
                    + "('<% tp.file.title %>'); the note's file name is used",
                "people/New person.md:2:7: warning: 'name' holds a template placeholder never filled in ('{{title}}'); "
                    + "the note's file name is used",
            ])
    }

    /// An app's settings (Obsidian's, Logseq's) are read as notes are: not through a symbolic link, and not at all
    /// when too large, so a FIFO or a huge file named like them neither blocks nor fills memory.
    @Test func appSettingsAreReadAsNotesAre() throws {
        let outside = TempDir()
        outside.write("daily-notes.json", "{\"format\": \"DD.MM.YYYY\"}")
        let dir = TempDir()
        dir.write(".obsidian/app.json", "{}")
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/.obsidian/daily-notes.json", withDestinationPath: outside.path + "/daily-notes.json")
        dir.write(
            "logseq/config.edn",
            "{:journal/page-title-format \"yyyy/MM/dd\"}\n" + String(repeating: ";", count: 1 << 20))
        let loaded = try JournalLoader.load(root: dir.path)
        #expect(loaded.config.dailyNoteFormat == nil)
        #expect(loaded.config.logseq != nil)
        #expect(loaded.config.logseq?.journalTitle == DailyNoteFormat(dateFns: "MMM do, yyyy"))
        try FileManager.default.removeItem(atPath: dir.path + "/.obsidian/daily-notes.json")
        dir.write(".obsidian/daily-notes.json", "{\"format\": \"DD.MM.YYYY\"}")
        #expect(try JournalLoader.load(root: dir.path).config.dailyNoteFormat == DailyNoteFormat(moment: "DD.MM.YYYY"))
    }

    @Test func symbolicLinksNeverLeadOutsideTheRootAndCyclesDoNotLoop() throws {
        let outside = TempDir()
        outside.write("secret.md", "# secret\n")
        let dir = TempDir()
        dir.write("people/a.md", "# a\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/loop", withDestinationPath: dir.path)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/people/self", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/out", withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/leak.md", withDestinationPath: outside.path + "/secret.md")
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/same.md", withDestinationPath: dir.path + "/people/a.md")
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/dangling.md", withDestinationPath: dir.path + "/nowhere.md")
        let loaded = try JournalLoader.load(root: dir.path)
        #expect(loaded.files.map(\.path) == ["people/a.md"])
        #expect(
            loaded.diagnostics.map(\.description) == [
                "dangling.md:1:1: warning: symbolic link leads outside the journal or nowhere; not followed",
                "leak.md:1:1: warning: symbolic link leads outside the journal or nowhere; not followed",
                "out:1:1: warning: symbolic link leads outside the journal or nowhere; not followed",
            ])
    }

    @Test func aNoteWithTwoNamesIsReadOnceWhetherTheSecondIsAHardOrASymbolicLink() throws {
        // Hard links only: each file is known by the inode its folder lists.
        let hard = TempDir()
        hard.write("people/a.md", "# a\n")
        hard.write("people/c.md", "# c\n")
        #expect(link(hard.path + "/people/a.md", hard.path + "/b.md") == 0)
        #expect(try JournalLoader.load(root: hard.path).paths == ["b.md", "people/c.md"])
        // A symbolic link to a file, met before and after its target: from there on every file is known by `stat`.
        let both = TempDir()
        both.write("people/a.md", "# a\n")
        both.write("people/z.md", "# z\n")
        #expect(link(both.path + "/people/a.md", both.path + "/m.md") == 0)
        try FileManager.default.createSymbolicLink(
            atPath: both.path + "/0.md", withDestinationPath: both.path + "/people/z.md")
        try FileManager.default.createSymbolicLink(atPath: both.path + "/y.md", withDestinationPath: "people/a.md")
        #expect(try JournalLoader.load(root: both.path).paths == ["0.md", "m.md"])
    }

    /// Notes are read in the byte order of their paths, folder by folder; names are sorted by their first eight bytes
    /// first, so names that share them, or are shorter, or differ only later, must still fall in byte order.
    @Test func notesAreReadInTheByteOrderOfTheirNames() throws {
        let dir = TempDir()
        let names = [
            "a.md", "b.md", "aaaaaaaa1.md", "aaaaaaaa.md", "aaaaaaaa10.md", "aaaaaaaa2.md", "Z.md", "é.md", "日本.md",
            "a b.md", "aaaaaaab.md", "aaaaaaa.md", "aaaaaaaa.markdown", "AAAAAAAA.md", "aaaaaaaa1.MD", "p00010.md",
            "p0001.md", "ab.md", "ab.mdx.md",
            // Sixteen bytes in common, and fewer: the longest prefixes the sort compares as numbers.
            "aaaaaaaaaaaaaaaa1.md", "aaaaaaaaaaaaaaaa.md", "aaaaaaaaaaaaaaaa10.md", "aaaaaaaaaaaaaaab.md",
            "aaaaaaaaaaaaaaa.md",
            "aaaaaaaaaaaa.md",
        ]
        for name in names { dir.write("log/" + name, "x\n") }
        let loaded = try JournalLoader.load(root: dir.path)
        let expected = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { "log/" + $0 }
        #expect(loaded.paths == expected)
        #expect(loaded.paths.first == "log/AAAAAAAA.md" && loaded.paths.last == "log/日本.md")
    }

    @Test func notesInMoreFoldersThanAreHeldOpenAreAllRead() throws {
        // Notes are opened by name in their open folder; past the limit of open folders, by their whole path.
        let dir = TempDir()
        dir.write("root.md", "# 2026-11-01 In the root #meet\n")
        for i in 0..<(Folders.limit + 20) { dir.write("f\(i)/n\(i).md", "# 2026-11-02 In folder \(i) #meet\n") }
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.noteCount == Folders.limit + 21)
        #expect(j.entries.count == Folders.limit + 21)
        #expect(j.diagnostics.isEmpty)
    }

    @Test func aMissingRootCannotBeRead() {
        #expect(throws: JournalError.self) { try JournalLoader.load(root: "/nonexistent/kizuna-journal") }
    }

    @Test func aFileThatCannotBeReadIsReportedAndTheRestIsRead() {
        switch JournalLoader.readFile("/nonexistent/x.md") {
        case .success: Issue.record("read a missing file")
        case .failure(let f): #expect(f.message.en == "cannot read file: No such file or directory")
        }
    }

    @Test func filesOverTheSizeLimitAreSkippedWithAWarning() throws {
        let dir = TempDir()
        dir.write("big.md", bytes: [UInt8](repeating: UInt8(ascii: "a"), count: JournalLoader.maxFileBytes + 1))
        dir.write("small.md", "# ok\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.noteCount == 1)
        #expect(printed(j) == ["big.md:1:1: warning: file is 8 MiB, over the 8 MiB limit; not read"])
    }

    @Test func aBrokenConfigIsReportedAndDefaultsAreUsed() throws {
        let dir = TempDir()
        dir.write(
            "kizuna.yaml", "language: fr\ndaily_limit: many\ncircles: 3\nfollow_up_within: soon\npeople_dir: ../x\n")
        let loaded = try JournalLoader.load(root: dir.path)
        #expect(
            loaded.diagnostics.map(\.description) == [
                "kizuna.yaml:1:11: error: unknown language 'fr' (use en or ja)",
                "kizuna.yaml:2:14: error: daily_limit must be a whole number of 0 or more",
                "kizuna.yaml:3:10: error: circles must be a mapping of circle names to cadences, closest first",
                "kizuna.yaml:4:19: error: invalid duration 'soon' for follow_up_within (write e.g. 7d, 1w)",
                "kizuna.yaml:5:13: error: people_dir must be a folder inside the journal",
            ])
        #expect(loaded.config.dailyLimit == 7)
        #expect(loaded.config.peopleDir == "people")
    }

    /// A bracket never closed in `kizuna.yaml` costs its own setting, named where it opens; the others are read.
    @Test func aBracketNeverClosedInTheSettingsCostsThatSetting() {
        let (config, diagnostics) = Config.parse("language: ja\nignore: [drafts/**\ndaily_limit: 3\n")
        #expect(config.language == .ja)
        #expect(config.dailyLimit == 3)
        #expect(config.ignore.isEmpty)
        #expect(
            diagnostics.map(\.description) == [
                "kizuna.yaml:2:9: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow "
                    + "sequence at line 2); a value that starts with '[' is a list: close it with ']', or put the "
                    + "value in quotes; "
                    + "'ignore' is left out and the other settings are read"
            ])
    }

    @Test func anUnknownSettingIsAWarningAtItsKey() {
        let (config, diagnostics) = Config.parse("owner: me\n  # comment\nignor:\n  - drafts/**\n")
        #expect(config.owner == "me")
        #expect(config.ignore.isEmpty)
        #expect(
            diagnostics.map(\.description) == [
                "kizuna.yaml:3:1: warning: unknown setting 'ignor' (known: circles, daily_limit, default_circle, "
                    + "digest_dir, follow_up_within, ignore, language, owner, people_dir)"
            ])
    }

    @Test(arguments: [
        ("templates/**", "templates/a/b.md", true), ("templates/**", "x/templates/a.md", false),
        ("*.draft.md", "a/b/c.draft.md", true), ("drafts", "x/drafts/a.md", true), ("log/*.md", "log/a.md", true),
        ("log/*.md", "log/x/a.md", false), ("**/private/**", "a/private/b.md", true), ("a/[bc].md", "a/c.md", true),
    ])
    func ignoreGlobs(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }

    /// The walker tries each folder on the way down and then only the entry itself: together that must say what
    /// matching the whole path says.
    @Test func theWalkersStepByStepMatchAgreesWithTheWholePath() {
        let patterns = [
            "templates/**", "templates", "*.draft.md", "drafts", "log/*.md", "**/private/**", "a/[bc].md", "a/b",
            "a\\*b", "t*/x.md", "archive/",
        ]
        let paths = [
            "templates/a/b.md", "templates", "templatesx/a.md", "x/templates/a.md", "a/b/c.draft.md", "x/drafts/a.md",
            "log/a.md", "log/x/a.md", "a/private/b.md", "a/c.md", "a/b/c.md", "a*b/x.md", "tx/x.md", "archive/old.md",
            "a.md",
        ]
        for pattern in patterns {
            let glob = Glob(pattern)
            for path in paths {
                let parts = path.split(separator: "/").map(String.init)
                var walker = false
                for k in 1...parts.count where !walker {
                    walker = glob.matchesBelowUnmatchedFolders(parts[..<k].joined(separator: "/"), name: parts[k - 1])
                }
                #expect(walker == glob.matches(path), "\(pattern) on \(path)")
            }
        }
    }
}

/// Bad input: every mistake gets a located diagnostic, nothing crashes, hangs or grows without bound.
@Suite struct RobustnessTests {
    @Test func bomAndCRLFAreAcceptedAndColumnsCountCharacters() {
        let text = "\u{FEFF}---\r\nname: 田中\r\n---\r\n## 2026-11-02 会った　[[誰か]]\r\n"
        let j = journal(["people/a.md": text])
        #expect(j.people[0].name == "田中")
        #expect(j.entries.count == 1)
        #expect(printed(j) == ["people/a.md:4:19: warning: no person or note named '誰か'"])
    }

    @Test func invalidUTF8IsReadWithReplacementCharactersAndWarnedWhereItStands() {
        var bytes = Array("---\nname: Caf".utf8)
        bytes += [0xE9]
        bytes += Array("\n---\n## 2026-11-02 call #call\n".utf8)
        let j = Kizuna.journal(files: [SourceFile(path: "people/x.md", bytes: bytes)])
        #expect(j.people[0].name == "Caf\u{FFFD}")
        #expect(j.entries.count == 1)
        #expect(printed(j) == ["people/x.md:2:10: warning: invalid UTF-8; read with replacement characters"])
    }

    @Test func aBinaryFileIsSkippedWithAWarning() {
        let j = Kizuna.journal(files: [
            SourceFile(path: "people/x.md", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF])
        ])
        #expect(j.people.isEmpty)
        #expect(printed(j) == ["people/x.md:1:1: warning: binary file (it holds NUL bytes); not read"])
    }

    @Test func aYAMLAliasBombStopsAtTheBudgetAndTheBodyIsStillRead() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (i, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].enumerated() {
            let prev = ["a", "b", "c", "d", "e", "f", "g", "h"][i]
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
        }
        #expect(yaml.utf8.count < 800)
        let j = journal(["people/bomb.md": "---\n" + yaml + "---\n## 2026-11-02 call #call\n"])
        #expect(j.people.count == 1)
        #expect(j.entries.count == 1)
        #expect(j.diagnostics.count == 1)
        #expect(j.diagnostics.first?.message.hasPrefix("front matter expands to more than 20000 values") == true)
    }

    @Test(
        arguments: [
            (
                "---\nname: [unclosed\n---\n",
                "people/x.md:2:7: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow "
                    + "sequence at line 2); a value that starts with '[' is a list: close it with ']', or put the "
                    + "value in quotes; 'name' is left out and the rest of the front matter is read"
            ),
            ("---\nname: a\nname: b\n---\n", "people/x.md:2:1: error: duplicate key name in front matter"),
            (
                "---\n- just\n- a list\n---\n",
                "people/x.md:2:1: error: front matter must be a mapping of keys to values"
            ),
            (
                "---\nname: *nowhere\n---\n",
                "people/x.md:2:7: error: invalid YAML: found undefined alias; a value that starts with '*' must be in "
                    + "quotes; 'name' is left out and the rest of the front matter is read"
            ),
            (
                "---\n\tname: tab\n---\n",
                "people/x.md:2:1: error: invalid YAML: found character that cannot start any token (while scanning "
                    + "for the next token at line 2); indent with spaces: YAML does not allow tabs here; 'name' is "
                    + "left out and the rest of the front matter is read"
            ),
            ("---\nname: ok\n", "people/x.md:1:1: error: front matter has no closing '---' line; read as markdown"),
            (
                "---\nknows: {a: b}\n---\n",
                "people/x.md:2:8: error: knows must name people: ids, names, aliases or [[links]]"
            ),
            ("---\nname: [a, b]\n---\n", "people/x.md:2:7: error: name must be text"),
            (
                "---\ncircle: bestie\n---\n",
                "people/x.md:2:9: error: unknown circle 'bestie' (circles: core, close, network, acquaintance; one of "
                    + "your own goes under circles: in kizuna.yaml)"
            ),
            (
                "---\ncadence: 30\n---\n",
                "people/x.md:2:10: error: invalid duration '30' for cadence (write e.g. 30d, 2w, 3m, 1y, monthly, "
                    + "毎月, 3ヶ月)"
            ),
            (
                "---\nmet: 2026-02-30\n---\n",
                "people/x.md:2:6: error: invalid date '2026-02-30' for met (write YYYY-MM-DD)"
            ),
            (
                "---\nsnooze_until: soon\n---\n",
                "people/x.md:2:15: error: invalid date 'soon' for snooze_until (write YYYY-MM-DD)"
            ),
            (
                "---\nbirthday: 13-01\n---\n",
                "people/x.md:2:11: error: invalid birthday '13-01' (write YYYY-MM-DD or MM-DD)"
            ),
            (
                "---\nbirthday: 昭和60年4月12日\n---\n",
                "people/x.md:2:11: error: birthday '昭和60年4月12日' is a Japanese era's date; write 1985-04-12"
            ),
            (
                "---\nmet: 令和元年5月1日\n---\n",
                "people/x.md:2:6: error: met '令和元年5月1日' is a Japanese era's date; write 2019-05-01"
            ),
            (
                "---\nmet: 平成31年2月29日\n---\n",
                "people/x.md:2:6: error: invalid date '平成31年2月29日' for met (write YYYY-MM-DD)"
            ),
            (
                "---\nlast_chat: last week\n---\n",
                "people/x.md:2:12: error: invalid date 'last week' for last_chat (write YYYY-MM-DD)"
            ),
            (
                "---\nBDAY: 19901345\n---\n",
                "people/x.md:2:7: error: invalid birthday '19901345' (write YYYY-MM-DD or MM-DD)"
            ),
            (
                "---\n\"RELATED[friend]\": {name: Ken}\n---\n",
                "people/x.md:2:20: error: related[friend] must name people: ids, names, aliases or [[links]]"
            ),
            (
                "---\nstatus: gone\n---\n",
                "people/x.md:2:9: error: unknown status 'gone' (use active, paused, archived or target)"
            ),
            (
                "## 2026年2月30日 会食\n",
                "people/x.md:1:1: error: '2026年2月30日' is not a real date; this heading is not read as an entry"
            ),
            (
                "## 2026-11-021 typo\n",
                "people/x.md:1:1: error: '2026-11-021' is not a real date; this heading is not read as an entry"
            ),
            (
                "## 2026-11-02 (Sun) brunch\n",
                "people/x.md:1:1: warning: weekday (Sun) does not match 2026-11-02, a Monday"
            ),
            (
                "- [ ] call due:tomorrow\n",
                "people/x.md:1:3: warning: invalid due date 'tomorrow' in task (write due:YYYY-MM-DD)"
            ),
            (
                "- [x] called ✅ 2026-13-01\n",
                "people/x.md:1:3: warning: invalid done date '2026-13-01' in task (write ✅ YYYY-MM-DD)"
            ),
            ("## 2026-11-02 call with [[Nobody]]\n", "people/x.md:1:25: warning: no person or note named 'Nobody'"),
        ] as [(String, String)])
    func catalogueOfMistakesEachWithItsExactDiagnostic(note: String, expected: String) {
        let j = journal(["people/x.md": note])
        #expect(printed(j) == [expected])
        #expect(j.people.map(\.id) == ["x"])
    }

    @Test func deeplyNestedMarkdownDoesNotOverflowTheStack() {
        let quotes = String(repeating: "> ", count: 5000) + "[[Nobody]]\n"
        let lists = (0..<2000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        let emphasis = String(repeating: "*", count: 20000) + "x" + String(repeating: "*", count: 20000)
        let j = journal(["log/a.md": quotes + "\n" + lists + "\n\n" + emphasis + "\n"])
        #expect(j.noteCount == 1)
    }

    @Test func aWikilinkWithoutItsClosingBracketsIsText() {
        let j = journal(["log/a.md": "## 2026-11-02 [[unclosed and [[ nested [[x]]\n", "people/x.md": ""])
        #expect(ids(j, j.entries[0].participants) == ["x"])
    }
}

/// The digest is written piece by piece; the file is replaced only when some byte differs.
@Suite struct AtomicWriterTests {
    /// Writes `text` in pieces of `size` bytes.
    func write(_ text: String, pieces size: Int, to path: String) throws -> AtomicWriter.Outcome {
        let bytes = Array(text.utf8)
        return try AtomicWriter.write(to: path) { put in
            var i = 0
            while i < bytes.count {
                bytes[i..<min(i + size, bytes.count)].withUnsafeBufferPointer(put)
                i += size
            }
        }
    }

    @Test func aFileIsLeftAloneOnlyWhenEveryPieceMatchesAndNothingFollows() throws {
        let dir = TempDir()
        let path = dir.path + "/digests/d.json"
        #expect(try write("abcdefgh", pieces: 3, to: path) == .written)
        #expect(try write("abcdefgh", pieces: 5, to: path) == .unchanged)
        #expect(try write("abcdefgh", pieces: 1, to: path) == .unchanged)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "abcdefgh")
        // Longer, shorter, different in the last piece, and empty: each replaces the file.
        for text in ["abcdefghi", "abcdefg", "abcdefgX", ""] {
            #expect(try write(text, pieces: 3, to: path) == .written, "\(text)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        }
        #expect(try write("", pieces: 3, to: path) == .unchanged)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/digests") == ["d.json"])
    }
}

/// Entries of the same day stand in the order of their notes' paths. The walk lists a folder before a sibling whose
/// name it begins (`2024/` before `2024-01-01.md`), which is not path order: the ranks must still follow the paths.
@Suite struct PathRankTests {
    @Test func ranksFollowPathOrderWhetherOrNotTheWalkDid() {
        #expect(rankByPath(["a.md", "b/c.md", "b/d.md", "e.md"]) == [0, 1, 2, 3])
        #expect(rankByPath(["log/2024/x.md", "log/2024-01-01.md", "log/2025.md"]) == [1, 0, 2])
        #expect(rankByPath([]) == [])
    }

    @Test func sameDayEntriesFollowTheirPathsAcrossAFolderAndItsNamesake() throws {
        let dir = TempDir()
        dir.write("log/2024/x.md", "## 2024-01-01 In the folder\n")
        dir.write("log/2024-01-01.md", "## 2024-01-01 Beside the folder\n")
        let journal = try Kizuna.journal(root: dir.path)
        #expect(try JournalLoader.load(root: dir.path).paths == ["log/2024/x.md", "log/2024-01-01.md"])
        #expect(journal.entries.map(\.title) == ["Beside the folder", "In the folder"])
    }
}

@Suite struct EntryOrderTests {
    /// Entries by date, then path, then line, as an independent sort of what was read says.
    func expectedOrder(_ j: Journal) -> [String] {
        j.entries.map { ($0.date, $0.location, $0.title) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map { "\($0.0) \($0.1) \($0.2)" }
    }

    func order(_ j: Journal) -> [String] { j.entries.map { "\($0.date) \($0.location) \($0.title)" } }

    @Test func entriesReadInPathOrderAreSortedByDateKeepingPathAndLineForTheSameDay() throws {
        // Notes in path order, and each note's entries as written: the order is made by counting dates.
        let files = [
            SourceFile(path: "log/a.md", text: "## 2026-03-01 A1\n\n## 2026-01-01 A2\n\n## 2026-03-01 A3\n"),
            SourceFile(
                path: "log/b.md", text: "## 2026-01-01 B1\n\n## 2025-12-31 B2\n\n## 2026-03-01 B3\n\n## 2026-01-01 B4\n"
            ),
            SourceFile(path: "people/c.md", text: "---\nname: C\n---\n## 2026-03-01 C1\n\n## 2026-01-01 C2\n"),
        ]
        let j = Kizuna.journal(files: files)
        #expect(j.entries.map(\.title) == ["B2", "A2", "B1", "B4", "C2", "A1", "A3", "B3", "C1"])
        #expect(order(j) == expectedOrder(j))
    }

    @Test func entriesOutOfPathOrderOrFarApartInTimeAreSortedAllTheSame() throws {
        // Notes given out of path order, then dates thousands of years apart: both sorted by comparing keys.
        let shuffled = Kizuna.journal(files: [
            SourceFile(path: "log/b.md", text: "## 2026-01-01 B1\n\n## 2026-01-02 B2\n"),
            SourceFile(path: "log/a.md", text: "## 2026-01-02 A1\n\n## 2026-01-01 A2\n"),
        ])
        #expect(shuffled.entries.map(\.title) == ["A2", "B1", "A1", "B2"])
        let apart = Kizuna.journal(files: [
            SourceFile(path: "log/a.md", text: "## 9999-12-31 A1\n\n## 1000-01-01 A2\n\n## 2026-01-01 A3\n"),
            SourceFile(path: "log/b.md", text: "## 1000-01-01 B1\n\n## 9999-12-31 B2\n"),
        ])
        #expect(apart.entries.map(\.title) == ["A2", "B1", "A3", "A1", "B2"])
        #expect(order(apart) == expectedOrder(apart))
    }

    @Test func tasksComeInPathOrderWhateverOrderTheNotesCameIn() throws {
        let inOrder = Kizuna.journal(files: [
            SourceFile(path: "log/a.md", text: "- [ ] a1\n- [ ] a2\n"),
            SourceFile(path: "log/b.md", text: "- [ ] b1\n"),
        ])
        #expect(inOrder.tasks.map(\.text) == ["a1", "a2", "b1"])
        let shuffled = Kizuna.journal(files: [
            SourceFile(path: "log/b.md", text: "- [ ] b1\n"),
            SourceFile(path: "log/a.md", text: "- [ ] a1\n- [ ] a2\n"),
        ])
        #expect(shuffled.tasks.map(\.text) == ["a1", "a2", "b1"])
        // The only entries in path order, the tasks not.
        let tasksShuffled = Kizuna.journal(files: [
            SourceFile(path: "log/b.md", text: "- [ ] b1\n"),
            SourceFile(path: "log/a.md", text: "- [ ] a1\n"),
            SourceFile(path: "log/c.md", text: "## 2026-01-01 C1\n\n## 2025-01-01 C2\n"),
        ])
        #expect(tasksShuffled.tasks.map(\.text) == ["a1", "b1"])
        #expect(tasksShuffled.entries.map(\.title) == ["C2", "C1"])
    }
}

@Suite struct ObsidianPeopleTests {
    @Test func typeOrCategoriesMarkAPersonAsTextListOrLink() {
        let notes = [
            "a.md": "---\ntype: Person\n---\n", "b.md": "---\ntype: [person]\n---\n",
            "c.md": "---\ntype: \"[[Person]]\"\n---\n",
            "d.md": "---\ncategories: [\"[[People]]\"]\n---\n", "e.md": "---\ncategories:\n  - \"[[Places]]\"\n---\n",
            "f.md": "---\ntype: [[Person]]\n---\n", "g.md": "---\ntype: personal\n---\n",
            // kepano's vault template before 2024, tags and all.
            "h.md": "---\ncategory:\n  - \"[[People]]\"\ntags:\n  - people\nbirthday: \norg: []\n---\n",
            "i.md": "---\ncategory: \"[[Movies]]\"\n---\n",
            // Templates that name the kind `note_type`.
            "j.md": "---\nnote_type: person\nperson_org: Acme\n---\n", "k.md": "---\nnote_type: meeting\n---\n",
            // A nested kind, as a CRM plugin writes it, by its last part.
            "l.md": "---\ntype: crm/person\n---\n", "m.md": "---\ntype: crm/interaction\n---\n",
            "n.md": "---\ntype: person/family\n---\n",
            // A kind with a prefix, as CRM templates write it, by its last part too.
            "o.md": "---\ntype: crm-contact\n---\n", "p.md": "---\ntype: crm_person\n---\n",
            "q.md": "---\ntype: contact-form\n---\n",
        ]
        #expect(journal(notes).people.map(\.id) == ["a", "b", "c", "d", "f", "h", "j", "l", "o", "p"])
    }

    /// The Metadata Menu plugin's class marks a person as `type` does: `fileClass: person` by default, in any case,
    /// or under the key its `fileClassAlias` setting names, which then alone says a note's class.
    @Test func aMetadataMenuClassMarksAPerson() throws {
        let notes = [
            "a.md": "---\nfileClass: person\nKeepInTouch: false\n---\n", "b.md": "---\nFileClass: [People]\n---\n",
            "c.md": "---\nfileClass: person-entry\n---\n", "d.md": "---\nfileClass: meeting-minute\n---\n",
        ]
        #expect(journal(notes).people.map(\.id) == ["a", "b"])
        let dir = TempDir()
        dir.write(".obsidian/plugins/metadata-menu/data.json", "{\"fileClassAlias\": \"Note Class\"}")
        dir.write("Contacts/Ana.md", "---\nNote Class: Person\n---\n")
        dir.write("Contacts/Nate.md", "---\nfileClass: person\n---\n")
        #expect(try Kizuna.journal(root: dir.path).people.map(\.id) == ["Ana"])
    }

    /// A link to the kind's note reads as the note, however Obsidian lets it be written: to a heading or a block,
    /// with shown text, with the folder or the extension. `人物`, which a tag may say, may say it too.
    @Test func aKindLinkedAsObsidianWritesItMarksAPerson() {
        let notes = [
            "a.md": "---\ntype: \"[[Person#top]]\"\n---\n",
            "b.md": "---\ncategories: [\"[[Categories/People]]\"]\n---\n",
            "c.md": "---\ncategories: \"[[People.md|人]]\"\n---\n", "d.md": "---\ntype: 人物\n---\n",
            "e.md": "---\ntype: \"[[People#^abc]]\"\n---\n", "f.md": "---\ntype: \"[[People/Hanako]]\"\n---\n",
            "g.md": "---\ntype: \"[[Personal.md]]\"\n---\n", "h.md": "---\ntype: 人物像\n---\n",
        ]
        #expect(journal(notes).people.map(\.id) == ["a", "b", "c", "d", "e"])
    }

    /// A folder of a person's own may hold their days beside their note: a note named as a day, or a meeting note
    /// (`date:` and `people:`), is that day or meeting, not a person, even when its `type` names the people it is
    /// filed under (`type: people`, as vaults that file notes by area write it).
    @Test func daysAndMeetingsInThePeopleFolderAreEntries() {
        let notes = [
            "people/alex-barnes/Alex Barnes.md": "---\ntags: [person]\n---\n# Alex Barnes\n",
            "people/alex-barnes/2021-05-03 - 2.md":
                "---\ntags: [chat]\npeople: [alex-barnes, Bo]\ndate: 2021-05-03\n---\nAlex at 15:00\n",
            "people/alex-barnes/2021-05-04.md": "Lunch with [[Alex Barnes]].\n",
            "people/Bo.md": "", "people/2021-06-01.md": "Called [[Bo]].\n",
            "people/Cy.md": "---\ntype: person\n---\n",
            "people/Bo/2020-01-01 - 1-1 with Bo.md":
                "---\ntype: people\ndate: 2020-01-01\nparticipants: [Bo, Cy]\n---\n",
        ]
        let j = journal(notes)
        #expect(j.people.map(\.id) == ["Alex Barnes", "Bo", "Cy"])
        #expect(
            j.entries.map { "\($0.date) \($0.participants.map { j.people[$0].id })" } == [
                "2020-01-01 [\"Bo\", \"Cy\"]", "2021-05-03 [\"Alex Barnes\", \"Bo\"]", "2021-05-04 [\"Alex Barnes\"]",
                "2021-06-01 [\"Bo\"]",
            ])
        #expect(j.diagnostics.isEmpty)
    }

    /// A dated note typed as the people it is filed under, whose `participants:` is empty and whose `person:` names
    /// whom it was with (as jvallery/Notes writes its notes kept outside a person's folder), is a meeting with them,
    /// not a person. A list that names no one gives way to the next.
    @Test func aDatedNoteWithAnEmptyListAndAPersonIsAMeetingWithThem() {
        let notes = [
            "Work/People/Ana/README.md": "---\ntype: people\n---\n",
            "Work/Projects/Pilot/2025-10-01 - Pilot checklist.md":
                "---\ntype: \"people\"\ndate: \"2025-10-01\"\nperson: \"Ana\"\nparticipants: []\n---\n",
            "Work/Projects/Pilot/2025-10-02 - Review.md":
                "---\ndate: 2025-10-02\npeople: []\nattendees: [Ana]\n---\n",
        ]
        let j = journal(notes)
        #expect(j.people.map(\.id) == ["Ana"])
        #expect(
            j.entries.map { "\($0.date) \($0.participants.map { j.people[$0].id })" } == [
                "2025-10-01 [\"Ana\"]", "2025-10-02 [\"Ana\"]",
            ])
        #expect(j.diagnostics.isEmpty)
    }

    /// A note Obsidian made (`Untitled`, `Untitled 2`, `無題のファイル`) and nobody wrote in is no one; written in,
    /// or named otherwise, it is a person as any note in the folder is.
    @Test func anEmptyUntitledNoteInThePeopleFolderIsNoOne() {
        let notes = [
            "people/Untitled.md": "", "people/Untitled 2.md": "\n", "people/無題のファイル.md": "",
            "people/Untitled 3.md": "Met at the fair.\n", "people/Hanako.md": "", "people/Untitled Kanban.md": "",
        ]
        #expect(journal(notes).people.map(\.id) == ["Hanako", "Untitled 3", "Untitled Kanban"])
    }

    /// A note that says what the people folder holds is no one: its folder note, its README or index, a DB Folder
    /// table, a page whose name starts with `_`, a hub named by the folder or as a map of content (`People MOC`,
    /// `👥 People`). A folder of a person's own keeps its note a person, and so does a name that only holds the
    /// folder's or `MOC`'s letters (`Peoples Ken`, `Mochizuki Ren`).
    @Test func notesAboutThePeopleFolderAreNoOne() {
        let notes = [
            "people/People.md": "# People\n```dataview\nLIST FROM \"people\"\n```\n",
            "people/People MOC.md": "", "people/👥 People.md": "", "people/All people (index).md": "",
            "people/Dashboard MOC.md": "", "people/Peoples Ken.md": "", "people/Mochizuki Ren.md": "",
            "people/moc.md": "",
            "people/README.md": "How I keep these notes.\n", "people/peoples.md": "---\ndatabase-plugin: basic\n---\n",
            "people/hanako.md": "---\nname: Hanako\n---\n", "people/Ito Ken/Ito Ken.md": "---\nname: Ito Ken\n---\n",
            "people/readme-ito.md": "", "people/x/people.md": "",
            "people/_index.md": "| Name |\n|---|\n| [Hanako](hanako.md) |\n", "people/_aliases.md": "",
            "people/x/_y.md": "", "people/hanako_.md": "", "people/Index.md": "# People\n", "people/index-ko.md": "",
        ]
        #expect(
            journal(notes).people.map(\.id) == [
                "Ito Ken", "Mochizuki Ren", "Peoples Ken", "_y", "hanako", "hanako_", "index-ko", "moc", "people",
                "readme-ito",
            ])
        var config = Config()
        config.peopleDir = "人物"
        let japanese = Kizuna.journal(
            files: [
                SourceFile(path: "人物/人物.md", text: "# 人物\n"), SourceFile(path: "人物/花子.md", text: ""),
                SourceFile(path: "人物/人物一覧.md", text: ""),
            ],
            config: config)
        #expect(japanese.people.map(\.id) == ["花子"])
    }

    /// A tag does not make a person; a journal with no people says so at each note tagged as one: in front matter,
    /// in a first paragraph's inline field, or as a tag under the title (`#types/person`, as standard-pkm's template
    /// marks a person), but not one further down or in a task.
    @Test func notesTaggedAsPeopleInAJournalWithNoPeopleAreWarnedOf() {
        let notes = [
            "Contacts/a.md": "---\ntags: [person, friend]\n---\n",
            "Contacts/b.md": "---\ntags: \"#People, work\"\n---\n",
            "Contacts/c.md": "---\ntitle: C\ntags:\n  - 人物\n---\n", "d.md": "---\ntags: [personal, person/x]\n---\n",
            "Contacts/g.md": "---\ntags:\n  - type/person\n---\n", "Contacts/h.md": "---\ntags: 友人、人物\n---\n",
            "pages/i.md": "title:: I\ntags:: #person, friend\n\nMet at the fair.\n",
            "pages/j.md": "Notes.\n\ntags:: person\n",
            "log/e.md": "Tea with [[a]].\n",
            "Notes/k.md": "# Jane Doe\n#types/person  #status/draft\n\nGivenName:: Jane\n",
            "Notes/l.md": "#person\n\nMet.\n",
            "Notes/m.md": "# M\n\nIntro.\n\n#person later\n", "Notes/n.md": "- [ ] call #person\n",
            "journals/2025_01_01.md": "- #People\n\t- Lyz\n",
        ]
        let warning =
            "warning: the journal has no people, and a tag does not make this note one: write `type: person` in its "
            + "front matter, or keep people's notes in people_dir"
        #expect(
            printed(journal(notes)) == [
                "Contacts/a.md:2:7: " + warning, "Contacts/b.md:2:7: " + warning, "Contacts/c.md:4:3: " + warning,
                "Contacts/g.md:3:3: " + warning, "Contacts/h.md:2:7: " + warning, "Notes/k.md:2:1: " + warning,
                "Notes/l.md:1:1: " + warning, "pages/i.md:2:1: " + warning,
            ])
        var withAPerson = notes
        withAPerson["people/f.md"] = "---\nname: F\n---\n"
        #expect(printed(journal(withAPerson)).isEmpty)
    }

    /// `type:: person` (a Logseq page property, a Dataview inline field) in a note's first paragraph is no person
    /// marker: kizuna reads front matter, and says so there, in a journal with people or without.
    @Test func anInlineTypePersonFieldIsWarnedOfWhereItStands() {
        let notes = [
            "pages/Alice.md": "title:: Alice\n  type:: person\n\n- Met at the conference\n",
            "pages/Bob.md": "- categories:: [[People]], friends\n",
            "pages/伊藤.md": "\u{FEFF}---\ntitle: 伊藤\n---\ntype:: 人物, People\n",
            "pages/Case.md": "type:: case_note\nrefnr:: [[Survey]]\n",
            "pages/Later.md": "Notes first.\n\ntype:: person\n",
            "pages/Heading.md": "# type:: person\n",
            "people/carol.md": "type:: person\n",
            "journals/2026_11_15.md": "- Coffee with [[Alice]]\n", "pages/People.md": "", "pages/Survey.md": "",
        ]
        let warning =
            "warning: kizuna does not read inline fields (Logseq, Dataview), so `type:: person` does not make this "
            + "note a person: write `type: person` in its front matter, or keep people's notes in people_dir"
        let j = journal(notes)
        #expect(j.people.map(\.id) == ["carol"])
        #expect(
            printed(j) == [
                "pages/Alice.md:2:3: " + warning, "pages/Bob.md:1:3: " + warning, "pages/伊藤.md:4:1: " + warning,
            ])
    }

    /// A folder the disk spells in another case is people_dir, as macOS and Windows read it: `People/` for the
    /// default, `CRM/Contacts/` for `crm/contacts`; a folder spelled as written wins over one in another case.
    @Test func aPeopleFolderThatDiffersOnlyByCaseIsRead() throws {
        let dir = TempDir()
        dir.write("People/hanako.md", "---\nname: Hanako\n---\n")
        dir.write("log/a.md", "## 2026-11-01 Tea with [[Hanako]]\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.people.map(\.id) == ["hanako"] && printed(j).isEmpty && j.config.peopleDir == "People")
        let set = TempDir()
        set.write("kizuna.yaml", "people_dir: crm/contacts\n")
        set.write("CRM/Contacts/ben.md", "# Ben\n")
        set.write("CRM/notes.md", "# a\n")
        #expect(try Kizuna.journal(root: set.path).people.map(\.path) == ["CRM/Contacts/ben.md"])
        let both = TempDir()
        both.write("People/a.md", "# a\n")
        both.write("people/b.md", "# b\n")
        #expect(try Kizuna.journal(root: both.path).people.map(\.id) == ["b"])
    }

    @Test func aPeopleFolderByAnotherNameOrMissingIsNamed() throws {
        /// The warning that names the folder a journal with no people keeps them in.
        func hint(_ folder: String) -> [String] {
            [
                ".:1:1: warning: people_dir 'people' names no folder, so only notes marked `type: person` are "
                    + "people; did you mean '\(folder)'? (set people_dir: \(folder) in kizuna.yaml)"
            ]
        }
        let set = TempDir()
        set.write("kizuna.yaml", "people_dir: contacts\n")
        set.write("log/a.md", "# a\n")
        #expect(
            printed(try Kizuna.journal(root: set.path)) == [
                "kizuna.yaml:1:1: warning: people_dir 'contacts' names no "
                    + "folder, so only notes marked `type: person` are people"
            ])
        let fine = TempDir()
        fine.write("log/a.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: fine.path)).isEmpty)
        // A folder of people by another name, one folder down, as a CRM vault keeps them.
        let crm = TempDir()
        crm.write("crm/contacts/larsson-gustav.md", "---\nfirst_name: Gustav\n---\n")
        crm.write("crm/activities/call.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: crm.path)) == hint("crm/contacts"))
        // Numbered and marked as vaults order their folders: `6-People` beside `5-Meetings`, `👥 人物`.
        let para = TempDir()
        para.write("5-Meetings/2026/11-November/sync.md", "# a\n")
        para.write("6-People/Professional/jane.md", "---\ntags: [person]\n---\n")
        #expect(printed(try Kizuna.journal(root: para.path)).first == hint("6-People")[0])
        let marked = TempDir()
        marked.write("Vault/👥 人物/hanako.md", "# a\n")
        marked.write("Vault/1 Inbox/a.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: marked.path)) == hint("Vault/👥 人物"))
        #expect(JournalLoader.bareName("03 - Contacts") == "contacts" && JournalLoader.bareName("2024") == "")
        // A LifeOS template's folder of notes on people, beside its daily and weekly notes.
        let life = TempDir()
        life.write("1_lifeos/daily_notes/2023-11-25.md", "# a\n")
        life.write("1_lifeos/people_notes/Kostolni, Scott.md", "---\ntags: [person]\n---\n")
        #expect(printed(try Kizuna.journal(root: life.path)).first == hint("1_lifeos/people_notes")[0])
        // An agent's memory, two folders down; a shallower folder of people is named before a deeper one.
        let agent = TempDir()
        agent.write("memory/entities/people/jane-smith.md", "---\nname: Jane Smith\n---\n")
        agent.write("memory/entities/projects/x.md", "# a\n")
        agent.write("memory/daily/2026-04-10.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: agent.path)) == hint("memory/entities/people"))
        agent.write("work/contacts/ben.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: agent.path)) == hint("work/contacts"))
        let deeper = TempDir()
        deeper.write("a/b/c/people/jane.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: deeper.path)).isEmpty)
        // A note named as the folder would be is no folder; a link to a folder is one.
        let linked = TempDir()
        linked.write("contacts.md", "# a\n")
        linked.write("crm/all/ben.md", "# a\n")
        #expect(printed(try Kizuna.journal(root: linked.path)).isEmpty)
        try FileManager.default.createSymbolicLink(
            atPath: linked.path + "/crm/contacts", withDestinationPath: linked.path + "/crm/all")
        #expect(printed(try Kizuna.journal(root: linked.path)) == hint("crm/contacts"))
    }
}

@Suite struct SwappedNoteTests {
    /// A note replaced, after the walk and before the read, by a link to a file outside the journal or by a FIFO.
    @Test func aNoteSwappedForALinkOutsideOrAFIFOIsNeitherReadNorWaitedFor() throws {
        let dir = TempDir()
        dir.write("log/a.md", "# a\n")
        dir.write("log/b.md", "# b\n")
        let outside = TempDir()
        outside.write("secret.md", "# secret [[x]]\n")
        let loaded = try JournalLoader.load(root: dir.path)
        #expect(loaded.paths == ["log/a.md", "log/b.md"])
        unlink(dir.path + "/log/a.md")
        symlink(outside.path + "/secret.md", dir.path + "/log/a.md")
        unlink(dir.path + "/log/b.md")
        mkfifo(dir.path + "/log/b.md", 0o644)
        guard case .failure(let linked) = loaded.read("log/a.md") else {
            Issue.record("a link leading outside was read")
            return
        }
        #expect(linked.location.path == "log/a.md")
        guard case .failure(let fifo) = loaded.read("log/b.md") else {
            Issue.record("a FIFO was read")
            return
        }
        #expect(fifo.message == "is a FIFO (named pipe), not a file; not read")
    }
}

@Suite struct ObsidianLinkTargetTests {
    /// A vault as Obsidian users keep one: attachments beside notes, templates ignored, people marked by category.
    @Test func linksAndEmbedsToFilesThatExistAreNotWarningsAndOnlyThePlantedMistakeIs() throws {
        let dir = TempDir()
        dir.write("kizuna.yaml", "ignore: [\"Templates/**\"]\n")
        dir.write("Attachments/photo.jpg", "jpeg")
        dir.write("Attachments/Scan 2026.PDF", "pdf")
        dir.write("Clippings.base", "base")
        dir.write("Templates/Person.md", "---\ncreated: {{date}}\n---\n")
        dir.write("Notes/Reading list.md", "# Reading\n")
        dir.write("Contacts/Hanako.md", "---\ncategories: [\"[[People]]\"]\n---\n")
        dir.write(
            "Daily/2026-11-24.md",
            """
            Lunch with [[Hanako]] ![[photo.jpg]] ![[photo.jpg|200]] [[Attachments/photo.jpg]] [[scan 2026.pdf]]
            [[Clippings.base#Author]] [[Reading list.md]] [[Hanako.md]] [[Templates/Person]] [[Hanakko]]

            """)
        let j = try Kizuna.journal(root: dir.path)
        #expect(
            printed(j) == ["Daily/2026-11-24.md:2:82: warning: no person or note named 'Hanakko'; did you mean Hanako?"]
        )
        #expect(j.people.map(\.id) == ["Hanako"])
        #expect(j.entries.first?.participants == [0])
    }
}

@Suite struct ObsidianSkippedFolderTests {
    /// The core plugin's template folder, the Templater plugin's and Excalidraw's scripts are skipped; their notes
    /// stay link targets.
    @Test func theVaultsTemplateAndScriptFoldersAreSkippedAndTheirNotesStayLinkTargets() throws {
        let dir = TempDir()
        dir.write(".obsidian/templates.json", "{\"folder\": \"Templates\"}")
        dir.write(
            ".obsidian/plugins/templater-obsidian/data.json",
            "{\"command_timeout\": 5, \"templates_folder\": \"99 System/Templater\", \"auto_jump_to_cursor\": false}"
        )
        dir.write(
            ".obsidian/plugins/obsidian-excalidraw-plugin/data.json",
            "{\"folder\": \"Excalidraw\", \"scriptFolderPath\": \"Excalidraw/Scripts\"}")
        // A script is JavaScript in a `.md` file; its comment opens a fence it never closes.
        dir.write("Excalidraw/Scripts/Arch.md", "/*\nFit a text to an arch.\n\n```javascript\n*/\nel = ea.get();\n")
        dir.write("Templates/Meeting.md", "---\ncreated: {{date}}\n---\n")
        dir.write("99 System/Templater/Book.md", "---\ntitle: {{title}} - {{author}}\n---\n[[{{author}}]]\n")
        dir.write("log/a.md", "Use [[Book]], [[Templates/Meeting]], [[Arch]] and [[Meeting]].\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(printed(j).isEmpty)
        #expect(j.noteCount == 1)
        #expect(
            JournalLoader.obsidianSkippedFolders(dir.path) == [
                "Templates", "99 System/Templater", "Excalidraw/Scripts",
            ])
    }
}

@Suite struct ObsidianExcludedFilesTests {
    /// Obsidian's Excluded files (`userIgnoreFilters`): each path that starts with a filter is skipped as an `ignore`
    /// glob is, and stays a link target; a regular expression is not read.
    @Test func theVaultsExcludedFilesAreSkippedAndStayLinkTargets() throws {
        let dir = TempDir()
        dir.write(
            ".obsidian/app.json",
            "{\"userIgnoreFilters\": [\"_archive/\", \"Old\", \"/^work\\\\/C-/\", \"x*\", 3], \"vimMode\": false}")
        dir.write("People/Ann.md", "---\ntype: person\n---\n")
        dir.write("_archive/People/Ann.md", "---\ntype: person\n---\n[[Nobody]]\n")
        dir.write("Old notes/2020-01-01.md", "Met [[Nobody]].\n")
        dir.write("Older.md", "[[Nobody]]\n")
        dir.write("work/C-1/Bo.md", "---\ntype: person\n---\n")
        dir.write("log/2026-01-02.md", "Lunch with [[Ann]], about [[_archive/People/Ann]] and [[Older]].\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(printed(j).isEmpty, "\(printed(j))")
        #expect(j.people.map(\.path) == ["People/Ann.md", "work/C-1/Bo.md"])
        #expect(j.noteCount == 3)
        #expect(JournalLoader.obsidianExcludedFiles(dir.path) == ["/_archive/*", "/Old*"])
    }
}

@Suite struct ObsidianContactsFolderTests {
    /// A contacts plugin's folder (VCF Contacts' before Contacts') holds the people unless kizuna.yaml names another;
    /// the Contacts plugin's default, the vault's root, names none.
    @Test func aContactsPluginsFolderHoldsThePeopleUnlessKizunaYamlSaysOtherwise() throws {
        let dir = TempDir()
        dir.write(
            ".obsidian/plugins/obsidian-contacts/data.json", "{\"contactsFolder\": \"/\", \"template\": \"custom\"}")
        dir.write("Personal/Contacts/Hana Yamada.md", "---\nN.GN: Hana\n---\n")
        dir.write("people/Ann.md", "")
        dir.write("Daily/2026-11-20.md", "Lunch with [[Hana Yamada]] and [[Ann]].\n")
        #expect(try Kizuna.journal(root: dir.path).people.map(\.id) == ["Ann"])
        dir.write(
            ".obsidian/plugins/vcf-contacts/data.json",
            "{\"contactsFolder\": \"Personal/Contacts\", \"defaultHashtag\": \"#Contact\", \"syncSelected\": \"None\"}")
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.people.map(\.id) == ["Hana Yamada"])
        #expect(printed(j).isEmpty && j.entries.first?.participants == [0])
        dir.write("kizuna.yaml", "people_dir: people\n")
        #expect(try Kizuna.journal(root: dir.path).people.map(\.id) == ["Ann"])
    }

    /// Friend Tracker keeps its contacts in the folder its settings name (`FriendTracker` unless changed), each
    /// touch logged in the contact's front matter.
    @Test func friendTrackersFolderHoldsThePeople() throws {
        let dir = TempDir()
        dir.write(
            ".obsidian/plugins/friend-tracker/data.json",
            "{\"contactsFolder\":\"Friends\",\"defaultSortColumn\":\"daysUntilBirthday\","
                + "\"defaultActiveTab\":\"notes\"}"
        )
        dir.write(
            "Friends/Jane Doe.md",
            "---\nname: Jane Doe\nrelationship: friend\ninteractions:\n  - date: 2026-11-20\n    text: Coffee\n---\n")
        dir.write("Daily/2026-11-22.md", "Dinner with [[Jane Doe]].\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.people.map(\.id) == ["Jane Doe"])
        #expect(j.entries.map { "\($0.date) \($0.participants)" } == ["2026-11-20 [0]", "2026-11-22 [0]"])
        #expect(printed(j).isEmpty)
    }
}

@Suite struct ObsidianAttachmentFolderTests {
    @Test func aHiddenAttachmentFolderFromTheRootHoldsLinkTargets() throws {
        let dir = TempDir()
        dir.write(".obsidian/app.json", "{\"attachmentFolderPath\": \".assets/img\", \"other\": 1}")
        dir.write(".assets/img/photo.jpg", "x")
        dir.write("log/a.md", "![[photo.jpg]] [[photo.jpg|200]] ![[missing.png]]\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(printed(j) == ["log/a.md:1:35: warning: no file named 'missing.png'"])
    }

    @Test func aHiddenAttachmentFolderBesideEachNoteHoldsLinkTargets() throws {
        let dir = TempDir()
        dir.write(".obsidian/app.json", "{\"attachmentFolderPath\": \"./.files\"}")
        dir.write("log/.files/scan.pdf", "x")
        dir.write("log/a.md", "[[scan.pdf]] and [[.files/scan.pdf]]\n")
        let j = try Kizuna.journal(root: dir.path)
        #expect(printed(j).isEmpty)
        #expect(JournalLoader.obsidianAttachmentFolder(dir.path) == .besideEachNote(".files"))
    }
}
