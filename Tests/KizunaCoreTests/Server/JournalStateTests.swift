import Foundation
import KizunaSynth
import Testing
@testable import KizunaCore

@Suite struct JournalStateTests {
    /// A journal on disk with people, daily notes and a mistake or two.
    func journalOnDisk() -> TempDir {
        let dir = TempDir()
        dir.write("kizuna.yaml", "owner: Yamada Taro\n")
        for i in 0..<8 {
            dir.write(
                "people/p\(i).md",
                "---\nname: Person \(i)\naliases: [P\(i)]\n---\n## 2026-11-0\(i + 1) Tea with [[p\((i + 1) % 8)]] "
                    + "#meet\n"
            )
        }
        for i in 0..<6 {
            dir.write("log/2026-10-1\(i).md", "Met [[P\(i)]] and [[Nobody \(i)]].\n- [ ] Call [[p\(i + 1)]]\n")
        }
        return dir
    }

    /// Diagnostics of a fresh full read of the same notes, buffers included.
    func fullRead(_ state: JournalState) -> [String: [Diagnostic]] {
        let fresh = JournalState(root: state.root)
        for (path, text) in state.buffers { fresh.update(path, text: text) }
        fresh.reload()
        return fresh.diagnostics
    }

    /// The state of the journal in `dir`, read whole, its journal gathered once.
    func readState(_ dir: TempDir) -> (root: String, state: JournalState) {
        let root = JournalLoader.realPath(dir.path)!
        let state = JournalState(root: root)
        state.reload()
        _ = state.journal
        return (root, state)
    }

    /// Expects the state's journal, note count and diagnostics to be those of a full read of the folder.
    func expectAFullRead(_ state: JournalState, _ comment: String) throws {
        let full = try Kizuna.journal(root: state.root)
        #expect(summary(state.journal) == summary(full), Comment(rawValue: comment))
        #expect(state.journal.noteCount == full.noteCount, Comment(rawValue: comment))
        var byPath: [String: [Diagnostic]] = [:]
        for d in full.diagnostics { byPath[d.location.path, default: []].append(d) }
        #expect(
            state.diagnostics.mapValues { $0.sorted() } == byPath.mapValues { $0.sorted() }, Comment(rawValue: comment))
    }

    /// Writes each edit to disk and gives it to the state, one note at a time, expecting after each step the journal
    /// a full read gives; `then` looks at more after each step.
    func edit(
        _ state: JournalState, in dir: TempDir, _ edits: [(String, String)], then: (Int) throws -> Void = { _ in }
    ) throws {
        for (step, (path, text)) in edits.enumerated() {
            dir.write(path, text)
            state.update(path, text: Array(text.utf8))
            try expectAFullRead(state, "step \(step): \(path)")
            try then(step)
        }
    }

    /// The editor finds people by name from a table kept between requests: a renamed, added or removed person is
    /// found as a full read finds them.
    @Test func thePeopleTheEditorFindsFollowEachChangeToThem() throws {
        let (_, state) = readState(journalOnDisk())
        guard case .one(let p) = state.people.find("Person 3") else {
            Issue.record("Person 3 not found")
            return
        }
        _ = state.update("people/p3.md", text: Array("---\nname: Mori Aki\n---\n".utf8))
        #expect(state.people.find("Mori Aki") == .one(p))
        #expect(state.people.find("Person 3") != .one(p))
        _ = state.update("people/p9.md", text: Array("---\nname: Kato Ren\n---\n".utf8))
        guard case .one(let added) = state.people.find("Kato Ren") else {
            Issue.record("Kato Ren not found")
            return
        }
        #expect(state.journal.people[added].path == "people/p9.md")
        _ = state.update("people/p9.md", text: nil)
        guard case .none = state.people.find("Kato Ren") else {
            Issue.record("Kato Ren still found")
            return
        }
    }

    /// Notes tagged as people are warned of while the journal has no people: the warnings go when a note becomes
    /// a person and come back when it stops being one, as a full read finds them.
    @Test func notesTaggedAsPeopleAreWarnedOfWhileTheJournalHasNoPeople() throws {
        let dir = TempDir()
        dir.write("Contacts/Anna.md", "---\ntags: [person]\n---\nMet at the fair.\n")
        dir.write("Contacts/Ben.md", "---\ntags: person\n---\n")
        dir.write("2026-11-01.md", "Tea with [[Anna]].\n")
        let (_, state) = readState(dir)
        // The people folder is named too: Contacts/ holds them.
        #expect(state.diagnostics.keys.sorted() == [".", "Contacts/Anna.md", "Contacts/Ben.md"])
        for (text, comment) in [
            ("---\ntype: person\ntags: person\n---\n", "Ben a person"), ("---\ntags: person\n---\n", "Ben tagged"),
        ] {
            dir.write("Contacts/Ben.md", text)
            _ = state.update("Contacts/Ben.md", text: Array(text.utf8))
            try expectAFullRead(state, comment)
            #expect(state.diagnostics.isEmpty == (comment == "Ben a person"), Comment(rawValue: comment))
        }
    }

    @Test func randomEditsGiveTheDiagnosticsOfAFullRead() {
        let dir = journalOnDisk()
        let state = JournalState(root: JournalLoader.realPath(dir.path)!)
        state.reload()
        var random = SplitMix64(state: 0x2545_F491_4F6C_DD1D)
        let edits: [(String, String)] = [
            ("log/2026-10-11.md", "Met [[P3]] and [[Persn 3]].\n## 2026-13-40 bad\n"),
            ("log/2026-10-12.md", "---\nbroken: [\n---\nText [[p2]]\n"),
            ("people/p1.md", "---\nname: Person One\naliases: [Uno]\n---\n"),
            ("people/p9.md", "---\nname: Person Nine\n---\n[[P1]]\n"),
            ("log/new.md", "---\ntype: person\nname: Newcomer\n---\n"),
            ("log/2026-10-13.md", "[[Uno]] [[Newcomer]] [[P1]]\n"),
            ("people/p2.md", "---\nname: Person 2\naliases: [P1]\n---\n"),
            ("log/2026-10-14.md", ""),
            ("notes/topic.md", "---\naliases: [Nobody 2, Persn 3]\n---\n"),
            ("log/2026-10-15.md", "Met [[Unoさん]], [[花子ちゃん]], [[P5先生]], [[太郎さん]] and [[山田さん]].\n"),
            ("people/p4.md", "---\nname: 山田 花子\naliases: [花子]\n---\n"),
            ("people/p6.md", "---\nname: 山田 太郎\n---\n"),
        ]
        for step in 0..<40 {
            let (path, text) = edits[Int.random(in: 0..<edits.count, using: &random)]
            if step % 5 == 4 {
                state.update(path, text: nil)
            } else {
                state.update(path, text: Array(text.utf8))
            }
            #expect(state.diagnostics == fullRead(state), "after step \(step): \(path)")
        }
    }

    /// People near a typo are called otherwise one after another, some still near it: each time, the names the
    /// warning suggests are those a full read suggests (more near people than are kept for the key), whether the
    /// typo is a body's link or a person's front matter's (`knows: [[satox]]`).
    @Test(arguments: [
        ("log/2026-10-10.md", "Met [[satox]].\n"), ("people/me.md", "---\nname: Ren\nknows: [\"[[satox]]\"]\n---\n"),
    ])
    func renamingThePeopleATypoIsNearGivesTheSuggestionsOfAFullRead(path: String, text: String) {
        let dir = TempDir()
        for i in 1...9 { dir.write("people/p\(i).md", "---\nname: sato\(i)\n---\n") }
        dir.write(path, text)
        let state = JournalState(root: JournalLoader.realPath(dir.path)!)
        state.reload()
        let renames = [
            (1, "satoz"), (2, "satoy"), (3, "satow"), (4, "satov"), (5, "far away"), (1, "sato1"), (6, "satou"),
        ]
        for (step, (i, name)) in renames.enumerated() {
            state.update("people/p\(i).md", text: Array("---\nname: \(name)\n---\n".utf8))
            let warning = state.diagnostics[path]?.first?.message ?? ""
            #expect(state.diagnostics == fullRead(state), "step \(step): \(warning)")
        }
    }

    /// People gain and lose the names a link with an honorific may call (`[[太郎さん]]`: a given name ends 山田 太郎,
    /// `[[山田さん]]`: a family name starts it): each time, the warning suggests whom a full read suggests.
    @Test func renamingThePeopleAnHonorificMayCallGivesTheSuggestionsOfAFullRead() {
        let dir = journalOnDisk()
        dir.write("log/2026-10-20.md", "Met [[太郎さん]] and [[山田さん]].\n")
        let (_, state) = readState(dir)
        let renames = [(6, "山田 太郎"), (5, "佐藤 太郎"), (6, "Person 6"), (5, "太郎"), (4, "山田 花子")]
        for (step, (i, name)) in renames.enumerated() {
            state.update("people/p\(i).md", text: Array("---\nname: \(name)\n---\n".utf8))
            let warnings = (state.diagnostics["log/2026-10-20.md"] ?? []).map(\.message)
            #expect(state.diagnostics == fullRead(state), "step \(step): \(warnings)")
        }
    }

    /// A note Denote names, no one's, added under the identifier a `denote:` link named: the link's warning goes,
    /// as a full read has it, and comes back when the note is removed.
    @Test func aDenoteNoteAddedUnderALinksIdentifierQuietsIt() throws {
        let dir = journalOnDisk()
        dir.write("log/2026-10-20.md", "Read [the list](denote:20240110T080000) with [[P1]].\n")
        let (root, state) = readState(dir)
        #expect(state.diagnostics["log/2026-10-20.md"]?.count == 1)
        let path = "20240110T080000--reading-list__books.md"
        dir.write(path, "# Reading list\n")
        state.update(path, text: Array("# Reading list\n".utf8))
        try expectAFullRead(state, "added")
        #expect(state.diagnostics["log/2026-10-20.md"] == nil)
        try FileManager.default.removeItem(atPath: root + "/" + path)
        state.update(path, text: nil)
        try expectAFullRead(state, "removed")
    }

    /// A note added under the name an unknown link and a person's `knows` used: both warnings go, the note's own
    /// entry and task join the journal, as a full read has them.
    @Test func aNoteAddedUnderAnUnknownNameQuietsItsLinks() throws {
        let dir = journalOnDisk()
        dir.write("log/2026-10-20.md", "Planned [[Trip notes]] with [[P1]].\n")
        dir.write("people/p3.md", "---\nname: Person 3\nknows: [\"[[Trip notes]]\"]\n---\n")
        let (_, state) = readState(dir)
        #expect(state.diagnostics["log/2026-10-20.md"]?.count == 1)
        #expect(state.diagnostics["people/p3.md"]?.count == 1)
        let text = "## 2026-10-21 Trip with [[P2]]\n- [ ] Book the train with [[P2]]\n"
        dir.write("notes/Trip notes.md", text)
        state.update("notes/Trip notes.md", text: Array(text.utf8))
        try expectAFullRead(state, "added")
        #expect(state.diagnostics["log/2026-10-20.md"] == nil)
        #expect(state.diagnostics["people/p3.md"] == nil)
    }

    /// In a Logseq graph, a page added under a file name Logseq wrote (`%3F` for `?`) quiets the links to its name
    /// (one near people's names, so a warning until then), and a copy the app keeps in its own folder is not read,
    /// as a full read has them.
    @Test func aLogseqGraphsPagesAndBackupsFollowEachChange() throws {
        let dir = journalOnDisk()
        dir.write("logseq/config.edn", "{:file/name-format :triple-lowbar}\n")
        dir.write("journals/2026_10_20.md", "- Read [[Person 9?]] with [[P1]] on [[Oct 19th, 2026]]\n")
        let (_, state) = readState(dir)
        #expect(state.diagnostics["journals/2026_10_20.md"]?.count == 1)
        let page = "- notes on [[P2]]\n"
        dir.write("pages/Person 9%3F.md", page)
        state.update("pages/Person 9%3F.md", text: Array(page.utf8))
        try expectAFullRead(state, "page added")
        #expect(state.diagnostics["journals/2026_10_20.md"] == nil)
        let copy = "## 2026-10-20 Read with [[P1]] and [[Persn 1]]\n"
        dir.write("logseq/bak/journals/2026_10_20/2026-10-21T09_00_00.000Z.Desktop.md", copy)
        state.update("logseq/bak/journals/2026_10_20/2026-10-21T09_00_00.000Z.Desktop.md", text: Array(copy.utf8))
        try expectAFullRead(state, "backup written")
        #expect(state.diagnostics.keys.allSatisfy { !$0.hasPrefix("logseq/") })
    }

    /// A note deleted that a link named: the link warns again, the note's entries and tasks leave the journal, as
    /// a full read has it; so too when a person's front matter names it, and for a note added since the journal was
    /// last asked for.
    @Test func aNoteDeletedThatALinkNamedLeavesTheLinkWarning() throws {
        let dir = journalOnDisk()
        dir.write("log/2026-10-20.md", "Planned [[Trip notes]] and [[Packing]] with [[P1]].\n")
        dir.write("notes/Trip notes.md", "## 2026-10-21 Trip with [[P2]]\n- [ ] Book the train with [[P2]]\n")
        dir.write("notes/Packing.md", "## 2026-10-22 Packing with [[P3]]\n")
        dir.write("people/p3.md", "---\nname: Person 3\nknows: [\"[[Packing]]\"]\n---\n")
        let (root, state) = readState(dir)
        #expect(state.diagnostics["log/2026-10-20.md"] == nil)
        let added = "## 2026-10-23 Late idea with [[P4]]\n"
        dir.write("notes/Idea.md", added)
        state.update("notes/Idea.md", text: Array(added.utf8))
        for path in ["notes/Idea.md", "notes/Trip notes.md", "notes/Packing.md"] {
            try FileManager.default.removeItem(atPath: root + "/" + path)
            state.update(path, text: nil)
            try expectAFullRead(state, path)
        }
        #expect(state.diagnostics["log/2026-10-20.md"]?.count == 2)
    }

    /// A folder's own page, which links find by its file's name too, added and deleted: the links to `[[README]]`
    /// warn or not as a full read has it, while another README still bears the name and once none does.
    @Test func aFolderPageFoundByItsFileNameFollowsEdits() throws {
        let dir = journalOnDisk()
        dir.write("log/2026-10-20.md", "Read [[README]] with [[P1]].\n")
        let (root, state) = readState(dir)
        try expectAFullRead(state, "read")
        #expect(state.diagnostics["log/2026-10-20.md"]?.count == 1)
        try edit(state, in: dir, [("projects/Acme/README.md", "# Acme\n"), ("README.md", "# Home\n")]) { _ in
            #expect(state.diagnostics["log/2026-10-20.md"] == nil)
        }
        for (path, warnings) in [("README.md", 0), ("projects/Acme/README.md", 1)] {
            try FileManager.default.removeItem(atPath: root + "/" + path)
            state.update(path, text: nil)
            try expectAFullRead(state, path)
            #expect(state.diagnostics["log/2026-10-20.md"]?.count ?? 0 == warnings, "\(path)")
        }
    }

    /// Family keys that name people follow edits as a full read reads them: the spouse renamed, then named again.
    @Test func familyKeysFollowEdits() throws {
        let dir = journalOnDisk()
        let (_, state) = readState(dir)
        let edits = [
            ("people/p1.md", "---\nname: Person 1\nspouse: Mori Aki\nkids: [Person 3]\n---\n"),
            ("people/p2.md", "---\nname: Mori Aki\n---\n"), ("people/p2.md", "---\nname: Person 2\n---\n"),
            ("people/p2.md", "---\nname: Mori Aki\naliases: [Aki]\n---\n"),
        ]
        try edit(state, in: dir, edits) { step in
            let p1 = try #require(state.journal.people.first { $0.id == "p1" })
            let knows = p1.knows.map { state.journal.people[$0].id }
            #expect(knows == [["p3"], ["p2", "p3"], ["p3"], ["p2", "p3"]][step], "step \(step)")
        }
    }

    /// What a journal holds, spelt out by person id: its diagnostics, people, entries and tasks.
    func summary(_ j: Journal) -> [String] {
        ["\(j.noteCount) notes"] + j.diagnostics.map(\.description)
            + j.people.map {
                "\($0.id) \($0.name) \($0.aliases) \($0.circle) \(ids(j, $0.introducedBy)) \(ids(j, $0.knows)) "
                    + "\(String(describing: $0.birthday)) \($0.purpose ?? "") "
                    + "\($0.contact.map { "\($0.key) \($0.value)" })"
            }
            + j.entries.map { "\($0.date) \(ids(j, $0.participants)) \(ids(j, $0.mentions)) \($0.location)" }
            + j.tasks.map { "\($0.text) \(ids(j, $0.people)) \($0.location)" }
    }

    /// Long random runs of the edits people make, each written to disk and given to the state one note at a time;
    /// after every step the state's journal is the one a full read of the folder gives. Two runs are in a Logseq
    /// graph, where pages are named by escaped file names and links to no page are warned of only near a name, two
    /// in a Dendron workspace, where user notes are people and user tags link them, and two where Denote names the
    /// people's notes, which links name by their identifiers.
    @Test(arguments: [
        (UInt64(1), ""), (2, ""), (3, ""), (4, ""), (5, "logseq"), (6, "logseq"), (7, "dendron"), (8, "dendron"),
        (9, "denote"), (10, "denote"),
    ])
    func oneNoteAtATimeGivesWhatAFullReadGives(seed: UInt64, app: String) throws {
        let dir = journalOnDisk()
        if app == "logseq" { dir.write("logseq/config.edn", "{:file/name-format :triple-lowbar}\n") }
        if app == "dendron" { dir.write("dendron.yml", "version: 5\n") }
        let root = JournalLoader.realPath(dir.path)!
        let state = JournalState(root: root)
        state.reload()
        var random = SplitMix64(state: seed &* 0x9E37_79B9_7F4A_7C15)
        func pick(_ n: Int) -> Int { Int.random(in: 0..<n, using: &random) }
        // Some names are a typo away from others, so that the closest names a warning suggests change too.
        let names = [
            "Person 3", "P5", "Uno", "Newcomer", "Kim", "田中 花子", "Nobody", "Kym", "Persn 4", "p1", "people/p3",
            "Q?1", "a/b",
        ]
        func person(_ k: Int) -> String {
            let aliases = (0..<pick(3)).map { _ in names[pick(names.count)] }
            let knows = pick(2) == 0 ? "" : "knows: [\"[[\(names[pick(names.count)])]]\"]\n"
            return "---\nname: \(pick(2) == 0 ? "Kim" : "Person \(k)")\naliases: [\(aliases.joined(separator: ", "))]\n"
                + knows + "circle: \(["inner", "core", "outer"][pick(3)])\n---\n"
                + (pick(2) == 0 ? "**Birthday:** 1990-0\(1 + pick(9))-1\(pick(9))\n- Email: p\(k)@example.com\n\n" : "")
                + "## 2026-11-0\(1 + pick(9)) Tea with [[\(names[pick(names.count)])]] #meet\n"
        }
        func log() -> String {
            (0..<(1 + pick(3))).map { _ in
                "## 2026-10-\(10 + pick(20)) Call [[\(names[pick(names.count)])]] and [[p\(pick(10))]]"
                    + (app == "dendron" ? " with @u\(pick(4)) and [[U|user.u\(pick(4))]]" : "")
                    + (app == "denote" ? " with [D](denote:2023101\(pick(4))T093000)" : "") + "\n"
                    + "- [ ] Write to [[\(names[pick(names.count)])]]\n"
            }.joined()
        }
        var userNotes = 0
        for step in 0..<40 {
            let path: String
            let text: String?
            switch pick(9) {
            case 6, 7:
                // A line added to a note as it is: its front matter unchanged, often its entries too.
                path = ["people/p\(pick(10)).md", "log/2026-10-1\(pick(9)).md"][pick(2)]
                let now = (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? "---\nname: Z\n---\n"
                text =
                    now
                    + [
                        "\nMore about [[\(names[pick(names.count)])]].\n", "\n- [ ] Ask [[P2]]\n",
                        "\n## 2026-10-0\(1 + pick(9)) Lunch with [[\(names[pick(names.count)])]]\n",
                        "\n**Purpose:** grow the team \(pick(3))\n",
                    ][pick(4)]
            case 0:
                let user = app == "dendron" && pick(2) == 0
                let denote = "2023101\(pick(4))T093000--p__\(["person", "work"][pick(2)]).md"
                let own = app == "denote" && pick(2) == 0 ? denote : "people/p\(pick(10)).md"
                (path, text) = (user ? "vault/user.u\(pick(4)).md" : own, person(step))
            case 1:
                let paths = [
                    "people/p\(pick(10)).md", "log/2026-10-1\(pick(9)).md", "topics/t\(pick(3)).md", "pages/Q%3F1.md",
                    "pages/a___b.md", "vault/user.u\(pick(4)).md", "2023101\(pick(4))T093000--p__person.md",
                ]
                (path, text) = (paths[pick(7)], nil)
            case 2: (path, text) = ("people/p\(pick(10)).md", "---\nname: [broken\n---\n## 2026-11-01 [[P1]]\n")
            case 3: (path, text) = ("log/2026-10-1\(pick(9)).md", log())
            case 8:
                // A note that is no one's, called by aliases links may give it.
                let aliases = (0..<pick(3)).map { _ in names[pick(names.count)] }
                let paths = ["topics/t\(pick(3)).md", "pages/Q%3F1.md", "pages/a___b.md"]
                (path, text) = (paths[pick(3)], "---\naliases: [\(aliases.joined(separator: ", "))]\n---\n")
            case 4:
                (path, text) = (
                    "log/2026-10-1\(pick(6)).md", "---\ntype: person\nname: \(names[pick(names.count)])\n---\n"
                )
            default:
                (path, text) = (
                    "people/p\(pick(10)).md",
                    "---\nname: Person \(pick(10))\naliases: [\(names[pick(names.count)])]\n---\n"
                )
            }
            let file = root + "/" + path
            if let text {
                dir.write(path, text)
            } else {
                try? FileManager.default.removeItem(atPath: file)
            }
            state.update(path, text: text.map { Array($0.utf8) })
            // Now and then several notes change before the journal is asked for.
            guard step == 39 || pick(3) != 0 else { continue }
            try expectAFullRead(state, "seed \(seed), step \(step): \(path)")
            userNotes += state.journal.people.count { $0.id.hasPrefix("user.") }
        }
        // A workspace's runs held user notes as people along the way.
        #expect((userNotes > 0) == (app == "dendron"))
    }

    /// A change that moves no entry is put into the journal last gathered: the entry's new mention is there, as a
    /// full read has it.
    @Test func aChangeThatMovesNoEntryIsPutIntoTheJournalGatheredBefore() throws {
        let dir = journalOnDisk()
        let root = JournalLoader.realPath(dir.path)!
        let state = JournalState(root: root)
        state.reload()
        _ = state.journal
        let text = "---\nname: Person 0\naliases: [P0]\n---\n## 2026-11-01 Tea with [[p1]] #meet\nAlso met [[p5]].\n"
        dir.write("people/p0.md", text)
        state.update("people/p0.md", text: Array(text.utf8))
        let j = state.journal
        let tea = try #require(j.entries.first { $0.location.path == "people/p0.md" })
        #expect(ids(j, tea.mentions) == ["p5"])
        #expect(summary(j) == summary(try Kizuna.journal(root: root)))
    }

    /// Whether a `last_contact:` touch stands depends on the other notes: edits to the person's note and to a note
    /// that logs them leave the journal a full read gives.
    @Test func aLastContactTouchFollowsEditsToEitherNote() throws {
        let dir = journalOnDisk()
        let person = "---\nname: Person 3\nlast_contact: 2026-11-20\n---\n## 2026-10-01 Tea #meet\n"
        dir.write("people/p3.md", person)
        let (_, state) = readState(dir)
        try expectAFullRead(state, "read")
        let edits = [
            ("people/p3.md", person + "Later.\n"),
            ("log/2026-10-13.md", "Met [[P3]].\n## 2026-11-21 Lunch with [[P3]]\n"),
            ("people/p3.md", person + "Later still.\n"),
            ("log/2026-10-13.md", "Met nobody.\n"),
        ]
        try edit(state, in: dir, edits)
        let p3 = try #require(state.journal.people.firstIndex { $0.id == "p3" })
        #expect(
            state.journal.entries.filter { $0.participants.contains(p3) }.map(\.date.description).contains("2026-11-20")
        )
    }

    /// A person's own folder, and the notes in it that are about them, followed through edits as a full read reads
    /// them: a note named by a day added, the person's note made the folder's page and then no one's.
    @Test func aPersonsOwnFolderFollowsEdits() throws {
        let dir = journalOnDisk()
        dir.write("people/Ken/README.md", "---\nname: Ken\n---\n")
        let (_, state) = readState(dir)
        try expectAFullRead(state, "read")
        let edits = [
            ("people/Ken/2026-10-20 - Coffee.md", "Talked. #meet\n- [ ] send the deck\n"),
            ("people/Ken/Projects.md", "## 2026-10-21 call\n"),
            ("people/Ken/2026-10-22 - Group.md", "With [[P1]].\n"),
            ("people/Ken/README.md", "---\nname: Ken\ntype: project\n---\n"),
            ("people/Ken/README.md", "---\nname: Ken Ito\n---\n"),
            ("people/Ken/2026-10-20 - Coffee.md", "Talked again. #call\n"),
        ]
        try edit(state, in: dir, edits)
        let ken = try #require(state.journal.people.firstIndex { $0.id == "Ken" })
        #expect(
            state.journal.entries.filter { $0.participants == [ken] }.map(\.date.description).sorted() == [
                "2026-10-20", "2026-10-21",
            ])
    }

    /// A name a slug-named note's heading gives (`HeadingNameTests`) follows edits to the heading as a full read
    /// reads it, and links by it find the person.
    @Test func aNameTheHeadingGivesFollowsEdits() throws {
        let dir = journalOnDisk()
        dir.write("people/alice-chen.md", "# Alice Chen\n")
        let (_, state) = readState(dir)
        try expectAFullRead(state, "read")
        let edits = [
            ("people/alice-chen.md", "# Alice B. Chen\n"), ("log/2026-10-12.md", "Met [[Alice Chen]].\n"),
            ("people/alice-chen.md", "# alice   CHEN\n\nMore.\n"),
            ("people/alice-chen.md", "---\nname: Al\n---\n# Alice Chen\n"), ("people/alice-chen.md", "# Alice Chen\n"),
        ]
        try edit(state, in: dir, edits) { step in
            let name = try #require(state.journal.people.first { $0.id == "alice-chen" }).name
            #expect(name == ["alice-chen", "alice-chen", "alice   CHEN", "Al", "Alice Chen"][step], "step \(step)")
        }
        // A title the heading repeats names them too, and stops when the heading no longer does.
        let titled = [
            ("people/bishop.md", "---\ntitle: Christopher Bishop\n---\n# Christopher Bishop\n"),
            ("log/2026-10-13.md", "Met [[Christopher Bishop]].\n"),
            ("people/bishop.md", "---\ntitle: Christopher Bishop\n---\n# Chris\n"),
        ]
        try edit(state, in: dir, titled) { step in
            let name = try #require(state.journal.people.first { $0.id == "bishop" }).name
            #expect(name == ["Christopher Bishop", "Christopher Bishop", "bishop"][step], "step \(step)")
        }
    }

    /// A card's UID, which other cards' `RELATED` name people by, followed through edits as a full read reads it.
    @Test func aCardsUIDFollowsEditsAsAFullReadReadsIt() throws {
        let dir = journalOnDisk()
        dir.write("people/p6.md", "---\nname: Person 6\nRELATED[friend]: urn:uuid:seven\n---\n")
        let (_, state) = readState(dir)
        let edits = [
            ("people/p7.md", "---\nname: Person 7\nUID: urn:uuid:seven\n---\n"),
            ("people/p7.md", "---\nname: Person 7\nUID: urn:uuid:eight\n---\n"),
            ("people/p6.md", "---\nname: Person 6\nRELATED[friend]: urn:uuid:eight\n---\n"),
        ]
        try edit(state, in: dir, edits) { step in
            let p6 = try #require(state.journal.people.first { $0.id == "p6" })
            #expect(ids(state.journal, p6.knows) == (step == 1 ? [] : ["p7"]), "step \(step)")
        }
    }

    /// An attendee written as an email address follows edits to the address in a person's contact, and to the
    /// meeting, as a full read finds them.
    @Test func anAttendeesEmailAddressFollowsEdits() throws {
        let dir = journalOnDisk()
        dir.write("meetings/sync.md", "---\ndate: 2026-11-20\nattendees: [p6@example.com, p7@example.com]\n---\n")
        let (_, state) = readState(dir)
        let edits = [
            ("people/p6.md", "---\nname: Person 6\nemail: P6@example.com\n---\n"),
            ("people/p7.md", "---\nname: Person 7\ncontact:\n  email: p7@example.com\n---\n"),
            ("people/p7.md", "---\nname: Person 7\ncontact:\n  email: p7@elsewhere.com\n---\n"),
            ("meetings/sync.md", "---\ndate: 2026-11-20\nattendees: [p7@elsewhere.com]\n---\n"),
        ]
        let expected = [["p6"], ["p6", "p7"], ["p6"], ["p7"]]
        try edit(state, in: dir, edits) { step in
            let sync = try #require(state.journal.entries.first { $0.location.path == "meetings/sync.md" })
            #expect(ids(state.journal, Array(sync.participants)) == expected[step], "step \(step)")
        }
    }

    /// The hint about a name many notes give with no note comes and goes at kizuna.yaml as notes are edited.
    @Test func theOwnerHintFollowsEdits() throws {
        let dir = journalOnDisk()
        dir.write("kizuna.yaml", "language: en\n")
        for d in 1...4 { dir.write("log/2026-09-0\(d).md", "Met [[Bernie]].\n") }
        let (_, state) = readState(dir)
        #expect(state.diagnostics["kizuna.yaml"] == nil)
        let edits = [
            ("log/2026-10-10.md", "Met [[P0]] and [[Bernie]].\n"), ("log/2026-09-01.md", "Met no one.\n"),
            ("log/2026-09-01.md", "Met [[bernie]] again.\n"),
        ]
        try edit(state, in: dir, edits) { step in
            #expect((state.diagnostics["kizuna.yaml"] != nil) == (step != 1), "step \(step)")
        }
    }

    @Test func aChangedDailyNoteIsReparsedAloneAndItsJournalFollowsOnDemand() {
        let dir = journalOnDisk()
        let state = JournalState(root: JournalLoader.realPath(dir.path)!)
        state.reload()
        #expect(state.journal.entries.count == 14)
        let changed = state.update(
            "log/2026-10-10.md", text: Array("## 2026-10-10 Lunch with [[P0]]\n## 2026-10-11 Call [[P5]]\n".utf8))
        #expect(changed == ["log/2026-10-10.md"])
        #expect(state.diagnostics["log/2026-10-10.md"] == nil)
        #expect(state.journal.entries.count == 15)
    }

    /// Typing in an ignored note changes nothing the journal reads, so the journal is not read again: a note
    /// changed on disk behind the editor's back stays as it was read. Opening its buffer does not make it a note
    /// either.
    @Test func typingInAnIgnoredNoteReadsNothingAgain() {
        let dir = journalOnDisk()
        dir.write("kizuna.yaml", "owner: Yamada Taro\nignore: [\"archive/**\", \"templates/\"]\n")
        dir.write("templates/person.md", "---\ntype: person\n---\n")
        dir.write("archive/old.md", "Met [[P1]].\n")
        let (_, state) = readState(dir)
        #expect(state.journal.entries.count == 14)
        dir.write("log/2026-10-10.md", "## 2026-10-10 Lunch with [[P0]]\n## 2026-10-11 Call [[P5]]\n")
        for path in ["templates/person.md", "archive/old.md"] {
            #expect(
                state.update(path, text: Array("---\ntype: person\ndate: {{date}}\n---\n[[Nobody]]\n".utf8)).isEmpty)
            #expect(state.diagnostics[path] == nil)
        }
        #expect(state.journal.entries.count == 14)
        #expect(state.journal.people.count == 8)
        // A note the walk did not know is read, and the journal with it.
        state.update("log/new.md", text: Array("## 2026-11-20 Lunch with [[P2]]\n".utf8))
        #expect(state.journal.entries.count == 15)
    }
}
