import Testing

@testable import KizunaCore

/// A person note named by a slug whose body opens with the name as a heading, as CRM templates write one
/// (`alice-chen.md`, then `# Alice Chen`): the heading is the name when the note gives none.
@Suite struct HeadingNameTests {
    @Test(
        arguments: [
            ("people/alice-chen.md", "# Alice Chen\n\nMet at demo day.\n", "Alice Chen"),
            ("people/Dr_Samantha_Faye.md", "\n\n# Dr. Samantha Faye\n", "Dr. Samantha Faye"),
            ("people/tanaka-hanako.md", "---\ncircle: core\n---\n# Tanaka Hanako\n", "Tanaka Hanako"),
            ("people/ken ito.md", "# Ken Ito\n", "Ken Ito"),
            ("people/alice-mburu.md", "# Alice Mburu — Executive Assistant\n", "Alice Mburu"),
            ("people/tanaka.md", "# Tanaka（営業部）\n", "Tanaka"),
            ("people/ken-ito.md", "# Ken Ito (CTO) - Acme\n", "Ken Ito"),
            ("people/ken-ito.md", "# Ken Ito's notes\n", "ken-ito"),
            // The note's own name wins; another heading, a level-two one or one with a link is no name.
            ("people/bo-li.md", "---\nname: 李 博\n---\n# Bo Li\n", "李 博"),
            ("people/john-smith-manager.md", "# John Smith\n", "john-smith-manager"),
            ("people/mei-ito.md", "## Mei Ito\n", "mei-ito"),
            ("people/mei-ito.md", "Intro\n\n# Mei Ito\n", "mei-ito"),
            ("people/mei-ito.md", "# [[Mei Ito]]\n", "mei-ito"),
            ("people/mei-ito.md", "# Mei `Ito`\n", "mei-ito"),
            // A comment above the heading, as a template explains its keys in, is not read; one never closed hides it.
            ("people/mia-chen.md", "%%\n\t`person-company`: where\n%%\n# Mia Chen\n", "Mia Chen"),
            ("people/mia-chen.md", "%% keys %%\n\n# Mia Chen\n\nMore.\n", "Mia Chen"),
            ("people/mia-chen.md", "%% keys\n# Mia Chen\n", "mia-chen"),
            ("people/mia-chen.md", "%% keys %%\nIntro\n# Mia Chen\n", "mia-chen"),
            // A title the opening heading repeats names them, as wikis name a person's page by the family name; a
            // title alone, or one the heading does not repeat, names no one.
            ("people/bishop.md", "---\ntitle: Christopher Bishop\n---\n# Christopher Bishop\n", "Christopher Bishop"),
            ("people/sato.md", "---\ntitle: 佐藤 健\n---\n\n# 佐藤 健\n\n営業部。\n", "佐藤 健"),
            ("people/ken.md", "---\ntitle: Head of Sales\n---\nMet at the fair.\n", "ken"),
            ("people/ito.md", "---\ntitle: Ken Ito\n---\n# Ken Ito (CTO)\n", "ito"),
            ("people/ito.md", "---\ntitle: Ken Ito\n---\n## Ken Ito\n", "ito"),
            // A line over 1,024 bytes is no name, and is not parsed.
            ("people/ann.md", "#" + String(repeating: " ", count: 1_100) + "Ann\n", "ann"),
            ("people/ann.md", "#" + String(repeating: " ", count: 900) + "Ann\n", "Ann"),
        ])
    func theFirstHeadingNamesAPersonWhoseFileIsItsSlug(path: String, text: String, name: String) {
        let j = journal([path: text])
        #expect(j.people.map(\.name) == [name])
    }
}
