import Testing

@testable import KizunaCore

@Suite struct TouchContextTests {
    /// A daily note written as one entry gives a touch no title; the line that first links the person says what it
    /// was, shown as text (links as they show, no list marker, no tags: the touch's kinds are shown after it) and
    /// placed at that line.
    @Test func aDailyNotesTouchIsTitledByTheLineThatLinksThePerson() throws {
        let day = "- 09:00 Gym\n- 10:00 [[田中花子|花子さん]]と打ち合わせ #会った\n- Lunch with [Ken](../people/ken.md)\n"
        let j = journal([
            "people/tanaka.md": "---\nname: 田中花子\n---\n", "people/ken.md": "---\nname: Ken\n---\n",
            "daily/2026-12-06.md": day,
            "meetings/m.md": "---\ndate: 2026-12-05\npeople: [\"[[Ken]]\"]\n---\nAgenda\n",
        ])
        let file = SourceFile(path: "daily/2026-12-06.md", bytes: Array(day.utf8))
        let entry = try #require(j.entries.first { $0.location.path == file.path })
        let tanaka = try #require(j.people.firstIndex { $0.id == "tanaka" })
        let ken = try #require(j.people.firstIndex { $0.id == "ken" })
        let found = PersonBrief.context(of: tanaka, at: entry.location, in: file, journal: j)
        #expect(found?.text == "10:00 花子さんと打ち合わせ")
        #expect(found?.location == SourceLocation(path: file.path, line: 2, column: 1))
        #expect(PersonBrief.context(of: ken, at: entry.location, in: file, journal: j)?.text == "Lunch with Ken")
        // A meeting's people named in its front matter: no line of its body links them.
        let meeting = try #require(j.entries.first { $0.location.path == "meetings/m.md" })
        let bytes = Array("---\ndate: 2026-12-05\npeople: [\"[[Ken]]\"]\n---\nAgenda\n".utf8)
        #expect(
            PersonBrief.context(
                of: ken, at: meeting.location, in: SourceFile(path: "meetings/m.md", bytes: bytes), journal: j) == nil)
    }
}
