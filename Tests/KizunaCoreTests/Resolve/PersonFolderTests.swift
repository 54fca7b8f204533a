import Testing
@testable import KizunaCore

/// A person's own folder (their note is its `README.md`, or the folder is named as they are) holds notes about them.
@Suite struct PersonFolderTests {
    static let notes = [
        "People/Ken Ito/README.md": "---\nname: Ken Ito\n---\n",
        "People/Ken Ito/2026-10-02 - Coffee.md": "Talked about the move. #meet\n- [ ] send the deck\n",
        "People/Ken Ito/2026-10-05.md": "Lunch near the office.\n",
        "People/Ken Ito/Projects.md": "---\ntype: person\n---\n## 2026-10-07 call\n- [ ] intro to [[Me]]\n",
        "People/Ken Ito/2026-10-09 - Group.md": "With [[Ana]] and Ken.\n",
        "People/Ken Ito/2026-10-11 - Review.md": "## 2026-10-12 review with [[Ana]]\n",
        "People/mori-aoi/Mori Aoi.md": "",
        "People/mori-aoi/notes.md": "## 2026-10-03 dinner\n",
        "People/ana.md": "", "People/me.md": "",
        "Notes/2026-10-10 - Plan.md": "Nothing about anyone.\n",
    ]

    /// A note in the folder that names no one else is with its person: one named by a day is that day's touch, a
    /// dated heading and a task in it too. A note that names others takes them, as anywhere. A page beside the
    /// person's note is no one, and a note named by a day elsewhere is no entry.
    @Test func aNoteInAPersonsOwnFolderThatNamesNoOneElseIsWithThem() {
        let j = journal(Self.notes, config: "people_dir: People\nowner: Me\n")
        #expect(j.people.map(\.id) == ["Ken Ito", "Mori Aoi", "ana", "me"])
        let touches = j.entries.map { e in "\(e.date) \(e.title): \(e.participants.map { j.people[$0].id })" }
        #expect(
            touches == [
                "2026-10-02 Coffee: [\"Ken Ito\"]", "2026-10-03 dinner: [\"Mori Aoi\"]",
                "2026-10-05 : [\"Ken Ito\"]", "2026-10-07 call: [\"Ken Ito\"]",
                "2026-10-09 Group: [\"ana\"]", "2026-10-12 review with Ana: [\"ana\"]",
            ])
        #expect(j.entries[0].kinds == .meet && j.entries[0].location.path == "People/Ken Ito/2026-10-02 - Coffee.md")
        #expect(
            j.tasks.map { "\($0.text): \($0.people.map { j.people[$0].id })" } == [
                "send the deck: [\"Ken Ito\"]", "intro to Me: [\"Ken Ito\"]",
            ])
        #expect(printed(j).isEmpty, "\(printed(j))")
    }

    /// A person kept as agents' memory folders keep one (`people/alice/profile.md` beside `preferences.md`): the
    /// profile is the person, named by the folder, and the pages beside it are about them. The folder's `CLAUDE.md`
    /// or `AGENTS.md` is the agent's, and a profile outside the people folder keeps its own name. A link by the
    /// profile's path (`[[alice/profile]]`) names the person, as `[[Ken/README]]` does.
    @Test func aProfileInAPersonsFolderIsThePerson() {
        let j = journal(
            [
                "people/alice/profile.md": "---\nname: Alice Ng\n---\n",
                "people/alice/preferences.md": "---\ntype: person\n---\n## 2026-10-02 Coffee\nLikes pour-over.\n",
                "people/alice/decisions/2026-10-05.md": "Agreed on the plan.\n",
                "people/CLAUDE.md": "Keep one folder a person.\n", "people/AGENTS.md": "",
                "people/profile.md": "", "me/profile.md": "",
                "log/2026-10-08.md": "Met [[alice]]; see [[profile]].\n",
                "log/2026-10-09.md": "Read [[alice/profile]] and [[me/profile]].\n",
            ], config: "people_dir: people\n")
        #expect(j.people.map(\.id) == ["alice", "profile"])
        #expect(j.people.first?.name == "Alice Ng")
        #expect(
            j.entries.map { "\($0.date) \($0.participants)" } == [
                "2026-10-02 [0]", "2026-10-05 [0]", "2026-10-08 [0, 1]", "2026-10-09 [0, 1]",
            ])
        #expect(printed(j).isEmpty, "\(printed(j))")
    }

    /// A folder is a person's own when it is named by their id, however the name opens: with punctuation, a
    /// full-width letter, or a letter a mark follows.
    @Test(arguments: [
        ("People/ken/(Ken).md", "(Ken)", true), ("People/mori/Ｍｏｒｉ.md", "Ｍｏｒｉ", true),
        ("People/\u{E9}va/e\u{301}va.md", "e\u{301}va", true),
        ("People/ken-ito/Ken Ito.md", "Ken Ito", true), ("People/Ken Ito/Ken Ito.md", "Ken Ito", true),
        ("People/ken/Ana.md", "Ana", false), ("People/Ken.md", "Ken", false), ("People/0/p00003.md", "p00003", false),
    ])
    func aFolderNamedByTheIdIsTheirs(path: String, stem: String, owned: Bool) {
        let folder = JournalResolver.Directory.ownFolder(path: path, stem: stem, peopleDir: "People")
        #expect((folder != nil) == owned, "\(path)")
    }
}
