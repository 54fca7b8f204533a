import Testing

@testable import KizunaCore

@Suite struct MarkdownLinkPathTests {
    /// The people the daily note's one entry has, by id, read with `markdownLinks` as the vault sets it.
    static func participants(_ files: [String: String], markdownLinks: Bool) -> [String] {
        var config = Config()
        config.markdownLinks = markdownLinks
        let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
        let j = Kizuna.journal(files: sources, config: config)
        let entry = j.entries.first { $0.location.path == "Daily/2026-12-01.md" }
        return entry?.participants.map { j.people[$0].id }.sorted() ?? []
    }

    /// In a vault set to write markdown links, a link finds its person as Obsidian does when no note stands at the
    /// path from its note: from the vault's root, or by the file's name where one note alone has it.
    @Test func aMarkdownLinkFindsItsPersonFromTheRootOrByItsFileName() {
        var files = [
            "people/Ken Ito.md": "---\nname: Ken Ito\n---\n", "people/Ana Lee.md": "---\nname: Ana Lee\n---\n",
            "Projects/README.md": "Plan\n",
            "Daily/2026-12-01.md": "- Tea with [Ken](Ken%20Ito.md), [Ana](people/Ana%20Lee.md), [plan](README.md)\n",
        ]
        #expect(Self.participants(files, markdownLinks: true) == ["Ana Lee", "Ken Ito"])
        // Where wikilinks are written, a markdown link is read from its note's folder alone, as before.
        #expect(Self.participants(files, markdownLinks: false) == [])
        // A second note of the same name: the file's name no longer tells which.
        files["Archive/Ken Ito.md"] = "An old copy\n"
        #expect(Self.participants(files, markdownLinks: true) == ["Ana Lee"])
    }
}
