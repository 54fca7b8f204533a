import Testing
@testable import KizunaCore

/// A person's fields written in the body above their first entry, as templates and agents write a profile.
@Suite struct BodyProfileTests {
    static let sarah = """
        # Sarah Johnson

        **Role**: Product Manager
        **Email**: sarah@example.com
        **Birthday:** 1990-05-01
        **Company:** [[Acme]]
        **Phone:** [Email / Phone / Other]
        - Met: 2024-06-13
        - Purpose: Learn how she runs product reviews

        ## 2026-11-02 Coffee

        **Email:** later@example.com
        **Birthday:** 1991-01-01

        """

    @Test func aProfileAboveTheFirstEntryGivesTheFieldsTheFrontMatterDoesNot() {
        let j = journal(["people/sarah.md": Self.sarah, "Acme.md": ""])
        let p = j.people[0]
        #expect(p.birthday == Birthday("1990-05-01"))
        #expect(p.met == day("2024-06-13"))
        #expect(p.purpose == "Learn how she runs product reviews")
        #expect(
            p.contact.map { "\($0.key) \($0.value)" } == [
                "role Product Manager", "email sarah@example.com", "company Acme",
            ])
        #expect(printed(j).isEmpty, "\(printed(j))")
    }

    @Test func theFrontMatterWinsAndATemplatesPlaceholderIsNoValue() {
        let note =
            "---\nname: Sarah\nbirthday: 04-12\ncontact:\n  email: fm@example.com\n---\n"
            + "**Birthday:** YYYY-MM-DD\n**Email:** sarah@example.com\n**Met:** {{date}}\n**Purpose:** [why]\n"
            + "**電話**: 090-1234-5678\n**誕生日**: 1985年4月12日\n"
        let p = journal(["people/sarah.md": note]).people[0]
        #expect(p.birthday == Birthday("04-12"))
        #expect(p.met == nil && p.purpose == nil)
        #expect(p.contact.map { "\($0.key) \($0.value)" } == ["email fm@example.com", "phone 090-1234-5678"])
    }

    /// What they do, where they are and their pages are ways to know and reach them too: a role (`Role`,
    /// `Position`, `役職`, `肩書`), an organization (`所属`), an address (`住所`), LinkedIn and a website.
    @Test func aRoleAnAddressAndPagesAreContact() {
        let note =
            "# 佐藤\n\n- 所属: Acme\n- 肩書: 部長\n- 住所: 東京都渋谷区\n- LinkedIn: https://linkedin.com/in/sato\n"
            + "- Website: https://sato.dev\n- Position: CTO\n"
        let p = journal(["people/sato.md": note]).people[0]
        #expect(
            p.contact.map { "\($0.key) \($0.value)" } == [
                "company Acme", "role 部長", "address 東京都渋谷区", "linkedin https://linkedin.com/in/sato",
                "website https://sato.dev",
            ])
    }

    /// A profile kept in a callout (`> [!info]`, its lines quoted, as Dataview reads their fields) is read as one
    /// outside it; a value in a code span, as a template writes its placeholder, is the text inside.
    @Test func aProfileInACalloutIsReadAndACodeSpanIsItsText() {
        let note =
            "# Mia\n\n> [!info] Contact\n> - Email:: `mia@example.com`\n> - Phone:: `undefined`\n>\n"
            + "> > **Birthday:** 1988-07-09\n\n> [!note] 会社\n> 所属: Globex\n"
        let j = journal(["people/mia.md": note])
        let p = j.people[0]
        #expect(p.birthday == Birthday("1988-07-09"))
        #expect(p.contact.map { "\($0.key) \($0.value)" } == ["email mia@example.com", "company Globex"])
        #expect(printed(j).isEmpty, "\(printed(j))")
    }

    /// A birthday or a day met written as a date that is none is a warning at the date; free text is none, and
    /// where it says when they met, it says how.
    @Test func aDateThatIsNoneIsAWarningAndFreeTextIsNot() {
        let note = "# Sarah\n\n**Birthday:** 1990-02-30\n- Met: Oct 2024, Tech Conference\n**誕生日**: 1990年13月1日\n"
        let j = journal(["people/sarah.md": note])
        #expect(j.people[0].birthday == nil && j.people[0].met == nil)
        #expect(j.people[0].howMet == "Oct 2024, Tech Conference")
        #expect(
            printed(j) == [
                "people/sarah.md:3:15: warning: the birthday '1990-02-30' is not a date kizuna reads (write YYYY-MM-DD "
                    + "or MM-DD); it is left out",
                "people/sarah.md:5:10: warning: the birthday '1990年13月1日' is not a date kizuna reads (write "
                    + "YYYY-MM-DD or MM-DD); it is left out",
            ])
    }

    /// A Japanese profile's labels: `メールアドレス`, `電話番号` and `携帯` (a mobile, kept beside a phone) are contact,
    /// and `出会い` is the day they met when it holds one, else how; the front matter's `how_met` wins.
    @Test func aJapaneseProfilesLabelsAreRead() {
        let note =
            "# 山田太郎\n\n- メールアドレス: yamada@example.jp\n- 電話番号: 03-1234-5678\n- 携帯: 090-1234-5678\n"
            + "- 出会い: 2024年の勉強会\n\n## 2025-11-02 ランチ\n"
        let j = journal([
            "people/山田太郎.md": note, "people/ken.md": "# Ken\n\n- How we met: 2024-06-13\n",
            "people/bo.md": "---\nhow_met: school\n---\n- Met: at work\n",
        ])
        #expect(printed(j).isEmpty, "\(printed(j))")
        let yamada = j.people[j.index(ofId: "山田太郎")!]
        #expect(
            yamada.contact.map { "\($0.key) \($0.value)" } == [
                "email yamada@example.jp", "phone 03-1234-5678", "mobile 090-1234-5678",
            ])
        #expect(yamada.howMet == "2024年の勉強会" && yamada.met == nil)
        #expect(j.people[j.index(ofId: "ken")!].met == day("2024-06-13"))
        #expect(j.people[j.index(ofId: "bo")!].howMet == "school")
    }

    /// A Dataview query that shows the front matter's value in the body (`= this.linkedin`, as templates fill a
    /// table of contact details) is no value: the front matter gives it, or nothing does.
    @Test func aDataviewQueryIsNoValue() {
        let note =
            "---\nemail: maria@example.com\nlinkedin: \"\"\n---\n# Maria\n\n- **Email**: `= this.email`\n"
            + "- **LinkedIn**: `= this.linkedin`\n- **Website**: `$= dv.current().website`\n- **Role**: Research\n"
        let p = journal(["people/maria.md": note]).people[0]
        #expect(p.contact.map { "\($0.key) \($0.value)" } == ["email maria@example.com", "role Research"])
    }

    /// Who introduced them may be written in the profile (`- 紹介者: [[佐藤花子]]`, `**Introduced by:** Ken Ito`),
    /// one or several (links, or names parted by commas): they are `introduced_by`, where the front matter names
    /// no one; a name that finds no one is the link's warning alone.
    @Test func whoIntroducedThemIsReadFromTheProfile() {
        let j = journal([
            "people/山田太郎.md": "# 山田太郎\n\n- 紹介者: [[佐藤花子]]\n",
            "people/sato.md": "---\nname: 佐藤花子\n---\n",
            "people/ken.md": "---\nname: Ken Ito\n---\n**Introduced by:** [[Bo]], [[山田太郎]], [[Nobody]]\n",
            "people/bo.md": "---\nname: Bo\nintroduced_by: Ken Ito\n---\n**Introduced by:** [[佐藤花子]]\n",
        ])
        let by = { (id: String) in j.people[j.index(ofId: id)!].introducedBy.map { j.people[$0].id } }
        #expect(by("山田太郎") == ["sato"])
        #expect(by("ken") == ["bo", "山田太郎"])
        #expect(by("bo") == ["ken"])
        #expect(printed(j) == ["people/ken.md:4:38: warning: no person or note named 'Nobody'"])
    }

    /// The Contacts plugin keeps a contact as a table of keys and values between `/---contact---/` lines: its
    /// rows are read as profile lines are (a phone, Telegram, LinkedIn, the birthday, `Last chat` the day last in
    /// touch, `Friends` whom they know); a row left empty, the header and the rule are nothing.
    @Test func aContactKeptAsATableIsReadAsAProfile() {
        let card = """
            /---contact---/
            | key       | value                    |
            | --------- | ------------------------ |
            | Name      | Carl                     |
            | Phone     | +1 555 555 5555          |
            | Telegram  | @carlj567                |
            | **LinkedIn** | `linkedin.com/in/carl` |
            | Email     |                          |
            | Birthday  | 1966-12-06               |
            | Last chat | 2025-11-06               |
            | Friends   | [[Bob Lee]] [[Sue Park]] |
            /---contact---/

            Met at the climbing gym.

            """
        let j = journal(
            ["Contacts/Carl Johnson.md": card, "Contacts/Bob Lee.md": "| Last chat | 2025-13-01 |\n"],
            config: "people_dir: Contacts\n")
        let carl = j.people[j.index(ofId: "Carl Johnson")!]
        #expect(carl.birthday == Birthday("1966-12-06"))
        #expect(
            carl.contact.map { "\($0.key) \($0.value)" } == [
                "phone +1 555 555 5555", "telegram @carlj567", "linkedin linkedin.com/in/carl",
            ])
        #expect(carl.knows.map { j.people[$0].id } == ["Bob Lee"])
        #expect(
            j.entries.map { "\($0.date) \($0.location.path):\($0.location.line)" } == [
                "2025-11-06 Contacts/Carl Johnson.md:10"
            ])
        #expect(
            printed(j) == [
                "Contacts/Bob Lee.md:1:15: warning: the day last in touch '2025-13-01' is not a date kizuna reads "
                    + "(write YYYY-MM-DD); it is left out",
                "Contacts/Carl Johnson.md:11:27: warning: no person or note named 'Sue Park'",
            ])
    }

    /// A page Notion exported keeps its properties as lines under its title, its dates in words (`Last contacted:
    /// November 2, 2025`): the title names the person (the file's name adds the page's id), the day last in touch
    /// and the day met are read in words too; a value in words that names no day is how they met; `Tags:` are
    /// their tags (parted by commas, or written `#a #b`) where the front matter writes none; a markdown link names
    /// whom they know by its note's path.
    @Test func aNotionPagesPropertiesAreAProfile() {
        let j = journal([
            "people/Jane Doe 1f2e3d4c5b6a79881f2e3d4c5b6a7988.md":
                "# Jane Doe\n\nEmail: jane@acme.example\nLast contacted: November 2, 2025 4:30 PM\nMet: Mar 3rd, 2019\n"
                + "Tags: friend, Design Team, person\n",
            "people/Bo Li aa11bb22cc33dd44ee55ff6677889900.md":
                "# Bo Li\n\nMet: at PyCon in May\nタグ: #友人 #仕事\n"
                + "Friends: [Jane](Jane%20Doe%201f2e3d4c5b6a79881f2e3d4c5b6a7988.md), "
                + "[site](https://example.com/a.md)\n",
            "people/cy.md": "---\ntags: [climbing]\n---\nTags: work\n",
        ])
        #expect(j.people.map(\.name) == ["Bo Li", "Jane Doe", "cy"])
        #expect(j.people.map(\.tags) == [["友人", "仕事"], ["friend", "Design Team"], ["climbing"]])
        #expect(j.people[0].knows.map { j.people[$0].name } == ["Jane Doe"])
        #expect(j.people.map { $0.met?.description ?? "-" } == ["-", "2019-03-03", "-"])
        #expect(j.people.map { $0.howMet ?? "-" } == ["at PyCon in May", "-", "-"])
        #expect(j.entries.map { "\($0.date) \($0.location.line)" } == ["2025-11-02 4"])
    }

    @Test func onlyAPersonsNoteHasAProfile() {
        let j = journal([
            "people/ken.md": "---\nname: Ken\n---\n", "log/notes.md": "**Birthday:** 1990-05-01\n[[Ken]]\n",
        ])
        #expect(j.people[0].birthday == nil)
    }
}
