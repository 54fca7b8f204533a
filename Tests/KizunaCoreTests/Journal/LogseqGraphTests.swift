import Foundation
import Testing
@testable import KizunaCore

/// A Logseq graph read as it is: its own folder is not notes, its journal pages are linked by their titles, and its
/// pages' file names write some characters otherwise than their names.
@Suite struct LogseqGraphTests {
    /// A graph's notes, with `logseq/config.edn` holding `settings`.
    static func graph(_ settings: String, _ notes: [String: String]) -> TempDir {
        let dir = TempDir()
        dir.write("logseq/config.edn", settings)
        for (path, text) in notes { dir.write(path, text) }
        return dir
    }

    /// The targets of the journal's "no person or note named" warnings.
    static func unknown(_ j: Journal) -> [String] {
        j.diagnostics.compactMap { d -> String? in
            guard d.message.hasPrefix("no person or note named '") else { return nil }
            return String(d.message.dropFirst(25).prefix { $0 != "'" })
        }
    }

    /// The links of the journal at `root` that the resolve stage finds naming no person and no note, in path order:
    /// in a graph, most are not worded as warnings (`aLinkToAPageNotWrittenIsAWarningOnlyNearAPersonsName`).
    static func unresolved(_ root: String) throws -> [String] {
        let loaded = try JournalLoader.load(root: root)
        let notes = Kizuna.parseAll(loaded.files, config: loaded.config)
        let directory = JournalResolver.Directory(notes, config: loaded.config, linkTargets: loaded.linkTargets)
        return notes.indices.flatMap {
            JournalResolver.resolveNote(notes[$0], index: $0, directory: directory).unresolved.map(\.target)
        }
    }

    /// A page's properties saved with CRLF line ends (a graph kept on Windows) are each read, as with LF.
    @Test func propertiesWithCRLFLineEndsAreReadOneALine() {
        let properties = LogseqProperties.read("type: person\r\nalias: Ken\r\ncircle: close\r\n")
        #expect(properties?["type"]?.string == "person")
        #expect(properties?["alias"]?.string == "Ken")
        #expect(properties?["circle"]?.string == "close")
    }

    /// A page a link names is made when the link is opened: one whose name a file could not hold is no warning,
    /// whatever file a note with `_` there has.
    @Test func aNamespacedPageLinkIsNoWarning() throws {
        let dir = Self.graph("{}", ["pages/roam_css.md": "- css\n", "journals/2020_12_03.md": "- see [[roam/css]]\n"])
        #expect(Self.unknown(try Kizuna.journal(root: dir.path)).isEmpty)
    }

    @Test func aLinkInTheJournalTitleFormatNamesADayNeverAPerson() throws {
        let notes = [
            "journals/2026_11_03.md": "- met [[Sato Kenji]]\n",
            "journals/2026_11_04.md": "- after [[Nov 3rd, 2026]], before [[Nov 30th, 2026]]; not [[Nov 31st, 2026]]\n",
            "pages/Sato Kenji.md": "---\ntype: person\n---\n",
        ]
        let dir = LogseqGraphTests.graph("{:meta/version 1}\n", notes)
        #expect(try LogseqGraphTests.unresolved(dir.path) == ["Nov 31st, 2026"])
        // The same notes outside a Logseq graph: the titles name nothing.
        try FileManager.default.removeItem(atPath: dir.path + "/logseq")
        #expect(
            try LogseqGraphTests.unresolved(dir.path) == [
                "Nov 3rd, 2026", "Nov 30th, 2026", "Nov 31st, 2026",
            ])
    }

    /// A heading that opens with a link to a journal page, in the graph's title format or as Roam titles days (a
    /// graph imported from Roam), is an entry of that day: no warning that its date is written in words.
    @Test func aHeadingOpeningWithAJournalPagesLinkIsDated() throws {
        let note =
            "## [[Mar 24th, 2020]] tell [[Ken]] about it #call\n## [[March 25th, 2020]] Follow up\n"
            + "## [[Tuesday]] not a day\n"
        let dir = Self.graph("{}", ["journals/2020_03_10.md": note, "pages/Ken.md": "type:: person\n"])
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.entries.map { "\($0.date) \($0.title)" } == ["2020-03-24 tell Ken about it", "2020-03-25 Follow up"])
        #expect(j.entries.first?.participants.map { j.people[$0].id } == ["Ken"])
        #expect(printed(j).isEmpty)
        // Outside a graph, a title in words is no day's link, and the heading's date is one written in words.
        try FileManager.default.removeItem(atPath: dir.path + "/logseq")
        #expect(printed(try Kizuna.journal(root: dir.path)).contains { $0.contains("is written in words") })
    }

    @Test func theGraphsOwnTitleFormatIsReadAndOneCommentedOutIsNot() throws {
        let note = ["journals/2026_11_04.md": "- [[03.11.2026]] [[Tue, 03.11.2026]]\n"]
        let set = LogseqGraphTests.graph(
            ";; :journal/page-title-format \"EEE, dd.MM.yyyy\"\n{:journal/page-title-format \"dd.MM.yyyy\"}\n", note)
        #expect(try LogseqGraphTests.unresolved(set.path) == ["Tue, 03.11.2026"])
        let commented = LogseqGraphTests.graph(
            "{;; :journal/page-title-format \"dd.MM.yyyy\"\n :feature/enable-journals? true}\n", note)
        #expect(
            try LogseqGraphTests.unresolved(commented.path) == ["03.11.2026", "Tue, 03.11.2026"])
    }

    @Test func aPagesFileNameIsReadAsLogseqWroteIt() throws {
        let notes = [
            "pages/Problem 1%3A Word Count.md": "- text\n",
            "pages/dsa___Sorting.md": "- text\n",
            "pages/100% sure.md": "- text\n",
            "journals/2026_11_04.md": "- [[Problem 1: Word Count]] [[dsa/Sorting]] [[100% sure]] [[dsa___Sorting]]\n",
        ]
        let lowbar = LogseqGraphTests.graph("{:file/name-format :triple-lowbar}\n", notes)
        #expect(try LogseqGraphTests.unresolved(lowbar.path).isEmpty)
        // Before `:triple-lowbar`, `___` was no slash.
        let legacy = LogseqGraphTests.graph("{}\n", notes)
        #expect(try LogseqGraphTests.unresolved(legacy.path) == ["dsa/Sorting"])
    }

    /// `#[[Open problem]]` is Logseq's tag written with spaces: in a graph it is no link, and names no one.
    @Test func aTagWrittenAsALinkIsNoLinkInAGraph() throws {
        let notes = [
            "journals/2026_11_03.md":
                "- Read #[[Open problem]] with [[Sato Kenji]]\n- **#[[Research/Later]]** and [[Nobody]]\n"
                + "- #[[Nobody]] then [[Nobody]]\n",
            "pages/Sato Kenji.md": "---\ntype: person\n---\n",
        ]
        let dir = LogseqGraphTests.graph("{}\n", notes)
        #expect(try LogseqGraphTests.unresolved(dir.path) == ["Nobody", "Nobody"])
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.entries.map { $0.participants.map { j.people[$0].id } } == [["Sato Kenji"]])
        try FileManager.default.removeItem(atPath: dir.path + "/logseq")
        #expect(
            try LogseqGraphTests.unresolved(dir.path) == [
                "Open problem", "Research/Later", "Nobody", "Nobody", "Nobody",
            ])
    }

    /// Logseq makes a page for every link, written or not: in a graph, a link that names no person and no note is a
    /// warning only when it is near a person's name, as a typo of it is.
    @Test func aLinkToAPageNotWrittenIsAWarningOnlyNearAPersonsName() throws {
        let notes = [
            "journals/2026_11_03.md": "- Read about [[Spark]] with [[Sato Kenjj]]\n",
            "pages/Sato Kenji.md": "---\ntype: person\nknows: [\"[[Tanaka Hanako]]\", \"[[Sato Kenji]]\"]\n---\n",
        ]
        let dir = LogseqGraphTests.graph("{}\n", notes)
        #expect(try LogseqGraphTests.unresolved(dir.path) == ["Spark", "Sato Kenjj"])
        let j = try Kizuna.journal(root: dir.path)
        #expect(
            j.diagnostics.map(\.description) == [
                "journals/2026_11_03.md:1:29: warning: no person or note named 'Sato Kenjj'; did you mean Sato Kenji?"
            ])
        try FileManager.default.removeItem(atPath: dir.path + "/logseq")
        #expect(
            LogseqGraphTests.unknown(try Kizuna.journal(root: dir.path)) == ["Spark", "Sato Kenjj", "Tanaka Hanako"])
    }

    /// In a graph, a list item that opens with Logseq's `TODO`, `LATER`, `DONE` and the like is a task; its
    /// `DEADLINE:` (else `SCHEDULED:`) is its due date, and neither that line nor its `:LOGBOOK:` is its text.
    @Test func logseqsTaskMarkersMakeTasks() throws {
        let journal = """
            - Coffee with [[Sato Kenji]] #meet
            - TODO [#A] Send [[Sato Kenji]] the paper
              DEADLINE: <2026-11-20 Fri>
            - LATER Ask [[Sato Kenji]] about the meetup
              SCHEDULED: <2026-12-01 Tue 10:00 .+1w>
              :LOGBOOK:
              CLOCK: [2026-11-03 Tue 22:56:40]--[2026-11-04 Wed 00:49:40] =>  01:53:00
              :END:
            - DONE Thank [[Sato Kenji]]
              DEADLINE: <2026-13-01 Fri>
            - CANCELED Visit [[Sato Kenji]]
            - TODO Call [[Sato Kenji]]
              DEADLINE: <2026-13-01 Fri>
            - TODOS are no tasks, [[Sato Kenji]]

            """
        let notes = ["journals/2026_11_03.md": journal, "pages/Sato Kenji.md": "---\ntype: person\n---\n"]
        let dir = LogseqGraphTests.graph("{}\n", notes)
        let j = try Kizuna.journal(root: dir.path)
        #expect(
            j.tasks.map { "\($0.done ? "x" : " ") \($0.text) \($0.due?.description ?? "-")" } == [
                "  Send Sato Kenji the paper 2026-11-20", "  Ask Sato Kenji about the meetup 2026-12-01",
                "x Thank Sato Kenji -", "x Visit Sato Kenji -", "  Call Sato Kenji -",
            ])
        #expect(
            j.diagnostics.map(\.description) == [
                "journals/2026_11_03.md:12:3: warning: invalid due date '2026-13-01' in task "
                    + "(write DEADLINE: <YYYY-MM-DD>)"
            ])
        try FileManager.default.removeItem(atPath: dir.path + "/logseq")
        #expect(try Kizuna.journal(root: dir.path).tasks.isEmpty)
    }

    /// A page's properties at its top (`alias:: Ken, [[佐藤]]`) are its front matter in a graph, as Logseq reads
    /// them: the person is found by those names. Outside a graph `alias::` is not read, and on a person's note it
    /// gets a warning at its line, since links by those names would not find the person.
    @Test func aPersonsAliasPropertyIsReadInAGraphAndWarnedOfOutside() throws {
        let notes = [
            "pages/Sato Kenji.md": "---\ntype: person\n---\nalias:: Ken, [[佐藤]]\n\n- Study group\n",
            "pages/Topic.md": "alias:: Subject\n", "journals/2026_11_03.md": "- met [[Ken]] and [[佐藤]] #meet\n",
        ]
        for graph in [true, false] {
            let dir = graph ? LogseqGraphTests.graph("{}\n", notes) : TempDir()
            if !graph { for (path, text) in notes { dir.write(path, text) } }
            let j = try Kizuna.journal(root: dir.path)
            let alias = j.diagnostics.filter { $0.message.contains("alias::") }
            let met = j.entries.first { $0.date.description == "2026-11-03" }.map { ids(j, $0.participants) }
            if graph {
                #expect(alias.isEmpty, "\(alias)")
                #expect(j.people.first?.aliases == ["Ken", "佐藤"])
                #expect(met == ["Sato Kenji"])
            } else {
                #expect(alias.map { "\($0.location)" } == ["pages/Sato Kenji.md:4:1"])
                #expect(alias.first?.text.ja.contains("`alias::` は読まない") == true)
                #expect(met == [])
            }
        }
    }

    /// A page is a person by its properties in a graph (`type:: [[Person]]`, as Logseq's queries ask for it), its
    /// fields read from them as from front matter, placed at their lines, its name the last part of its namespace's
    /// (`Person/Ada Lovelace`); a page tagged `tags:: [[Person]]` is not one, and in a graph with no people the
    /// warning names the property that would make it one.
    @Test func aPageIsAPersonByItsProperties() throws {
        let person = "type:: [[Person]]\ncircle:: close\nbirthday:: 1990-13-01\n- ## About\n\t- Met at a meetup\n"
        let dir = LogseqGraphTests.graph(
            "{:file/name-format :triple-lowbar}\n",
            [
                "pages/Person___Ada Lovelace.md": person,
                "journals/2026_11_03.md": "- tea with [[Person/Ada Lovelace]]\n",
            ])
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.people.map { "\($0.id): \($0.name), \($0.circle)" } == ["Person___Ada Lovelace: Ada Lovelace, close"])
        #expect(j.entries.map { "\($0.date) \(ids(j, $0.participants))" } == ["2026-11-03 [\"Person___Ada Lovelace\"]"])
        #expect(printed(j).contains { $0.hasPrefix("pages/Person___Ada Lovelace.md:3:") && $0.contains("1990-13-01") })
        let tagged = LogseqGraphTests.graph("{}\n", ["pages/Ada.md": "tags:: [[Person]], [[math]]\n- notes\n"])
        #expect(
            printed(try Kizuna.journal(root: tagged.path)) == [
                "pages/Ada.md:1:8: warning: the journal has no people, and a tag does not make this note one: write "
                    + "`type:: person` among its page properties (or `type: person` in front matter), or keep "
                    + "people's pages in people_dir"
            ])
    }

    /// Front matter in a graph is read as Logseq reads it, a property a line, when it is not YAML: a value of links
    /// or tags after a key (as a reference manager writes a paper's page), a key written twice; no mistake, and the
    /// rest of it still says who is a person. Outside a graph the same lines are YAML's mistakes.
    @Test func frontMatterThatIsNoYAMLIsReadAsLogseqReadsIt() throws {
        let notes = [
            "pages/Paper.md": "---\ntitle: Average precision\npublic: true\nauthors: [[Kun He]], [[Yan Lu]]\n"
                + "tags: #zotero, [[reference]]\npublic: true\n---\n- read with [[Kun He]]\n",
            "pages/Kun He.md": "---\nType: person\ntags: [[friends]], [[lab]]\n---\n- met at CVPR\n",
            "journals/2026_11_03.md": "- lunch with [[Kun He]] #meet\n",
        ]
        for graph in [true, false] {
            let dir = graph ? LogseqGraphTests.graph("{}\n", notes) : TempDir()
            if !graph { for (path, text) in notes { dir.write(path, text) } }
            let j = try Kizuna.journal(root: dir.path)
            let yaml = printed(j).filter { $0.contains("YAML") || $0.contains("duplicate key") }
            if graph {
                #expect(yaml.isEmpty, "\(yaml)")
                #expect(j.people.map(\.id) == ["Kun He"])
                #expect(j.entries.filter { !$0.participants.isEmpty }.map(\.date.description) == ["2026-11-03"])
            } else {
                #expect(yaml.count == 3, "\(yaml)")
            }
        }
    }

    @Test func anOrgModePageIsNamedWithoutItsExtension() throws {
        let notes = ["pages/gmphd.org": "* GM-PHD filter\n", "journals/2026_11_04.md": "- read about [[GMPHD]]\n"]
        let dir = LogseqGraphTests.graph("{}\n", notes)
        #expect(try LogseqGraphTests.unresolved(dir.path).isEmpty)
        try FileManager.default.removeItem(atPath: dir.path + "/logseq")
        #expect(try LogseqGraphTests.unresolved(dir.path) == ["GMPHD"])
    }

    @Test func theGraphsOwnFolderHoldsNoNotes() throws {
        let notes = [
            "journals/2026_11_03.md": "- met [[Sato Kenji]] #meet\n",
            "logseq/bak/journals/2026_11_03/2026-11-04T10_00_00.000Z.Desktop.md": "- met [[Sato Kenji]] #meet\n",
            "logseq/version-files/base/journals/2026_11_03.md": "## 2026-11-03 met [[Sato Kenji]]\n",
            "pages/Sato Kenji.md": "---\ntype: person\n---\n",
        ]
        let dir = LogseqGraphTests.graph("{}\n", notes)
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.entries.map(\.location.path) == ["journals/2026_11_03.md"])
    }

    @Test func settingsAreReadOutsideCommentsAndStrings() {
        let text = """
            {:a "one ; not a comment" ; :b "commented"
             :c :keyword, :d "say \\"hi\\"" :e {:nested "x"}
             :a "second"}
            """
        let s = EDNSettings(Array(text.utf8))
        #expect(s.string(":a") == "one ; not a comment")
        #expect(s.string(":b") == nil)
        #expect(s.keyword(":c") == ":keyword")
        #expect(s.string(":c") == nil)
        #expect(s.string(":d") == "say \"hi\"")
        #expect(s.string(":nested") == "x")
    }
}
