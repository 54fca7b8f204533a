import Foundation
import Testing
@testable import KizunaCore

/// A Dendron workspace read as it is: links written label first, the `user.` hierarchy as its people, and its daily
/// journal notes as days.
@Suite struct DendronWorkspaceTests {
    /// A workspace's notes under `vault/`, with `dendron.yml` holding `settings`.
    static func workspace(_ settings: String, _ notes: [String: String]) throws -> Journal {
        let dir = TempDir()
        dir.write("dendron.yml", settings)
        for (path, text) in notes { dir.write("vault/" + path, text) }
        return try Kizuna.journal(root: dir.path)
    }

    static let notes = [
        "user.ann-lee.md": "---\nid: a1\ntitle: Ann Lee\n---\n\n## 2026-11-20 Coffee\n",
        "user.md": "---\ntitle: User\n---\n",
        "project.launch.md":
            "---\ntitle: Launch\n---\n\nWith [[Ann|user.ann-lee]], [[the plan|dendron://notes/root#x]].\n",
        "root.md": "---\ntitle: Root\n---\n",
    ]

    @Test func userNotesArePeopleAndLinksNameTheirTargetAfterTheBar() throws {
        let j = try DendronWorkspaceTests.workspace("version: 5\n", DendronWorkspaceTests.notes)
        #expect(j.people.map(\.name) == ["Ann Lee"])
        #expect(j.diagnostics.isEmpty, "\(j.diagnostics)")
        #expect(j.entries.map(\.participants) == [[0]])
    }

    /// A wildcard names a note's children, as Dendron's refs write them (`![[dendron.topic.*]]`): no one note and
    /// no warning in a workspace; outside one it is a link to nothing. A target longer than a file's name may be,
    /// as a clipped page's data, names no note anywhere.
    @Test func aWildcardAndATargetLongerThanANameNameNoNote() throws {
        var notes = DendronWorkspaceTests.notes
        let data =
            "\"$\",\"link\",\"0\",{\"rel\":\"stylesheet\",\"href\":\"" + String(repeating: "x", count: 260) + "\"}"
        notes["topics.md"] = "---\ntitle: Topics\n---\n\n![[dendron.topic.*]] and [[dendron.topic.??]]; [[\(data)]]\n"
        let j = try DendronWorkspaceTests.workspace("version: 5\n", notes)
        #expect(j.diagnostics.isEmpty, "\(j.diagnostics)")
        let dir = TempDir()
        dir.write("topics.md", notes["topics.md"]!)
        #expect(
            printed(try Kizuna.journal(root: dir.path)) == [
                "topics.md:5:2: warning: no person or note named 'dendron.topic.*'",
                "topics.md:5:26: warning: no person or note named 'dendron.topic.??'",
            ])
    }

    /// Dendron makes the user note a tag names when it is opened: a tag of someone with no note is a warning only
    /// when it is near a person's name.
    @Test func aUserTagIsALinkToTheUserNoteAndAMistypedOneIsAWarningWhereItStands() throws {
        var notes = DendronWorkspaceTests.notes
        notes["user.ben.md"] =
            "---\ntitle: Ben\n---\n\n## 2026-11-21 Lunch with @ann-lee\n\nAsk @ann-le again. Thanks @zoe-k.\n"
        let j = try DendronWorkspaceTests.workspace("version: 5\n", notes)
        #expect(j.people.map(\.name) == ["Ann Lee", "Ben"])
        #expect(j.entries.map(\.title) == ["Coffee", "Lunch with @ann-lee"])
        #expect(j.entries.map(\.participants) == [[0], [0, 1]])
        #expect(
            j.diagnostics.map(\.description) == [
                "vault/user.ben.md:7:5: warning: no person or note named 'user.ann-le'; "
                    + "did you mean Ann Lee (user.ann-lee)?"
            ])
    }

    @Test func withoutDendronYmlTheSameNotesAreNoOneAndTheLabelsAreTargets() throws {
        let dir = TempDir()
        for (path, text) in DendronWorkspaceTests.notes { dir.write("vault/" + path, text) }
        let j = try Kizuna.journal(root: dir.path)
        #expect(j.people.isEmpty)
        #expect(
            j.diagnostics.map(\.message).sorted() == [
                "no person or note named 'Ann'", "no person or note named 'the plan'",
            ])
    }

    @Test(arguments: [
        ("version: 5\n", "daily.journal.2026.11.24", true),
        ("version: 5\n", "2026.11.24", false),
        (
            "workspace:\n  journal:\n    dailyDomain: log\n    name: day\n    dateFormat: y-MM-dd\n",
            "log.day.2026-11-24", true
        ),
        ("journal:\n  dailyDomain: daily\n  name: diary\n", "daily.diary.2026.11.24", true),
        ("[unclosed\n", "daily.journal.2026.11.24", true),
    ])
    func theDailyJournalIsNamedAsTheWorkspaceSays(settings: String, stem: String, isDay: Bool) throws {
        let dir = TempDir()
        dir.write("dendron.yml", settings)
        let format = try JournalLoader.load(root: dir.path).config.dailyNoteFormat
        #expect(format?.day(of: stem) == (isDay ? Day(year: 2026, month: 11, day: 24) : nil))
    }
}
