import Testing
@testable import KizunaCore

/// FORMAT.md, "Links".
@Suite struct FormatLinksTests {
    let people = [
        "people/tanaka-hanako.md": "---\nname: 田中 花子\naliases: [Hanako, はなこ]\n---\n",
        "people/sato-kenji.md": "---\nname: Sato Kenji\naliases: [Ken]\n---\n",
        "people/kato-ken.md": "---\nname: Kato Ken\naliases: [Ken]\n---\n",
    ]

    func participants(_ heading: String, extra: [String: String] = [:]) -> (ids: [String], diagnostics: [String]) {
        let j = journal(people.merging(extra) { $1 }.merging(["log/a.md": "## 2026-11-02 \(heading)\n"]) { $1 })
        return (j.entries.first.map { ids(j, $0.participants) } ?? [], printed(j))
    }

    /// Names match whichever way they are spelt, canonically: composed or with combining marks, in Latin, Hangul, or
    /// with a mark that has no composed form.
    @Test func linksFindNamesSpeltInAnyCanonicalForm() {
        let j = journal([
            "people/a.md": "---\nname: Ana Pérez\n---\n",
            "people/b.md": "---\nname: Kim 민수\n---\n",
            "people/c.md": "---\nname: X\u{301}ena\n---\n",
            "people/d.md": "---\nname: Jose\u{301} Ruiz\n---\n",
            // `ǰ` has no capital: `J̌` is J and a combining caron, which folds to `j` and the caron, that is `ǰ`.
            "people/e.md": "---\nname: \u{1F0}ane\n---\n",
            // Dropping the space between a letter and its mark joins them.
            "people/f.md": "---\nname: Zoe\u{308}\n---\n",
            "log/2026-11-01.md":
                "# 2026-11-01 Lunch with [[Ana Pe\u{301}rez]], [[Kim 민수]], [[x\u{301}ena]] and [[José Ruiz]], "
                + "[[J\u{30C}ANE]], [[zoe \u{308}]] #meet\n",
        ])
        #expect(ids(j, entry(j).participants) == ["a", "b", "c", "d", "e", "f"])
        #expect(j.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "[[Tanaka Hanako]]", "[[tanaka-hanako]]", "[[田中 花子]]", "[[田中花子]]", "[[TANAKA_HANAKO]]", "[[ｔａｎａｋａ　ｈａｎａｋｏ]]",
        "[[田中・花子]]", "[[Hanako]]", "[[はなこ]]", "[[Hanako|my mentor]]", "[[tanaka-hanako#Profile]]",
        "[[people/tanaka-hanako]]",
        "[Hanako](../people/tanaka-hanako.md)", "[Hanako](../people/tanaka-hanako.md#2026-11-02)",
        "[H](<../people/tanaka-hanako.md>)", "[H](../people/tanaka-hanako.md?v=2)",
    ])
    func linkTargetsMatchIdsNamesAndAliasesAfterFolding(link: String) {
        let r = participants("Coffee with \(link)")
        #expect(r.ids == ["tanaka-hanako"])
        #expect(r.diagnostics.isEmpty)
    }

    @Test func aMarkdownLinkInTheBodyMakesAParticipantOrAMention() {
        // Body paragraphs whose text holds neither `[` nor `#`: the link destination alone must still count.
        let j = journal(
            people.merging([
                "log/a.md": "## 2026-11-02 Lunch\nWith [Hanako](../people/tanaka-hanako.md) downtown.\n",
                "people/sato-kenji.md":
                    "---\nname: Sato Kenji\n---\n## 2026-11-03 Call\nAsked about [Hanako](tanaka-hanako.md).\n",
            ]) { $1 })
        #expect(j.entries.map { ids(j, $0.participants) } == [["tanaka-hanako"], ["sato-kenji"]])
        #expect(j.entries.map { ids(j, $0.mentions) } == [[], ["tanaka-hanako"]])
    }

    @Test func percentEncodedMarkdownLinkReachesThePersonNote() {
        let extra = ["people/山田 太郎.md": "---\nname: 山田\n---\n"]
        let r = participants("Lunch with [Taro](../people/%E5%B1%B1%E7%94%B0%20%E5%A4%AA%E9%83%8E.md)", extra: extra)
        #expect(r.ids == ["山田 太郎"])
    }

    @Test func linksToWebPagesAndOtherNotesAreNotPeople() {
        let r = participants(
            "[site](https://example.com/people/tanaka-hanako.md) [[Project X]] [root](/people/tanaka-hanako.md) "
                + "[query](?people/tanaka-hanako.md)",
            extra: ["projects/project-x.md": "# X\n"])
        #expect(r.ids.isEmpty)
        #expect(r.diagnostics.isEmpty)
    }

    /// A note that is no one's is named by its `aliases:` too, as Obsidian names it; a person's name wins over one.
    @Test func aNoteNamedByItsAliasesIsNoWarningAndNotAPerson() {
        let extra = ["notes/terms.md": "---\naliases: [Glossary, 用語集, \"[[Lexicon]]\", Hanako]\n---\n# Terms\n"]
        let r = participants("[[Glossary]] [[用語集]] [[lexicon|words]] [[Hanako]] [[Unknown]]", extra: extra)
        #expect(r.ids == ["tanaka-hanako"])
        #expect(r.diagnostics == ["log/a.md:1:65: warning: no person or note named 'Unknown'"])
    }

    @Test func linksInsideCodeSpansAndCodeBlocksAreText() {
        let j = journal(
            people.merging([
                "log/a.md":
                    "## 2026-11-02 `[[Hanako]]` call\nSee `[[Ken]]`.\n\n```\n[[Sato Kenji]]\n```\n\n    [[Hanako]]\n"
            ]) { $1 })
        #expect(j.entries[0].participants.isEmpty)
        #expect(j.diagnostics.isEmpty)
    }

    @Test func unresolvedLinkIsAWarningWithTheClosestNamesAndItsExactPlace() {
        let r = participants("会った 🍵 [[Sato Kenj]] and [[Nobody]]")
        #expect(r.ids.isEmpty)
        #expect(
            r.diagnostics == [
                "log/a.md:1:21: warning: no person or note named 'Sato Kenj'; did you mean Sato Kenji (sato-kenji), "
                    + "Kato Ken (kato-ken)?",
                "log/a.md:1:39: warning: no person or note named 'Nobody'",
            ])
    }

    @Test func linkMatchingTwoPeopleIsAWarningAndLinksNobody() {
        let r = participants("Dinner with [[Ken]]")
        #expect(r.ids.isEmpty)
        #expect(
            r.diagnostics == [
                "log/a.md:1:27: warning: ambiguous link 'Ken': it matches Kato Ken (kato-ken), Sato Kenji (sato-kenji)"
            ])
    }

    @Test func peopleWhoShareANameAreNamedByTheirNotesInTheWarning() {
        let j = journal([
            "people/谷南 達也 (Acme 2).md": "---\nname: 谷南 達也\n---\n",
            "people/谷南 達也 (Globex 3).md": "---\nname: 谷南 達也\n---\n",
            "people/tanami.md": "---\nname: 谷南 達也\n---\n",
            "log/a.md": "Met [[谷南 達也]]\n",
        ])
        #expect(
            printed(j) == [
                "log/a.md:1:5: warning: ambiguous link '谷南 達也': it matches 谷南 達也 (Acme 2), 谷南 達也 (Globex 3), "
                    + "谷南 達也 (tanami)"
            ])
    }

    /// A link written as a person note's name (letter case aside) names that person, as Obsidian opens that note,
    /// even when others share the name; a name no note bears stays ambiguous. So does the command line.
    @Test func aLinkWrittenAsANotesNameNamesItsPersonWhoeverElseSharesTheName() {
        let j = journal([
            "people/谷南 達也.md": "---\nname: 谷南 達也\n---\n",
            "people/谷南 達也 (Globex 3).md": "---\nname: 谷南 達也\n---\n",
            "people/tanaka-hanako.md": "---\nname: Tanaka Hanako\n---\n",
            "people/hanako-2.md": "---\nname: Tanaka Hanako\n---\n",
            "log/2026-11-20.md": "## 2026-11-20 Met [[谷南 達也]] and [[TANAKA-HANAKO]] #meet\n",
            "log/2026-11-21.md": "## 2026-11-21 Met [[谷南 達也.md|達也]] and [[Tanaka Hanako]] #meet\n",
        ])
        #expect(
            printed(j) == [
                "log/2026-11-21.md:1:39: warning: ambiguous link 'Tanaka Hanako': it matches Tanaka Hanako (hanako-2), "
                    + "Tanaka Hanako (tanaka-hanako)"
            ])
        #expect(j.entries.map { $0.participants.map { j.people[$0].id } } == [["tanaka-hanako", "谷南 達也"], ["谷南 達也"]])
        let lookup = PersonLookup(j)
        #expect(lookup.find("谷南 達也") == .one(j.index(ofId: "谷南 達也")!))
        #expect(lookup.find("tanaka-hanako") == .one(j.index(ofId: "tanaka-hanako")!))
        #expect(lookup.find("Tanaka Hanako") == .many([j.index(ofId: "hanako-2")!, j.index(ofId: "tanaka-hanako")!]))
    }

    /// A command given a family or a given name finds a person whose name in kanji or kana is written without a
    /// space (`山田` and `太郎さん` for 山田太郎) as it finds one whose name is spaced; a part from its middle, the
    /// whole of a longer word, or letters are no word of it.
    @Test func aCommandFindsAJapaneseNameWrittenWithoutASpaceByEitherPart() {
        let j = journal([
            "people/yamada.md": "---\nname: 山田太郎\n---\n", "people/yamamoto.md": "---\nname: 山本花子\n---\n",
            "people/kana.md": "---\nname: すずきゆい\n---\n", "people/annabel.md": "---\nname: Annabel\n---\n",
        ])
        let id = { (words: String) in PersonLookup.holdingWord(words, in: j).map { j.people[$0].id } }
        #expect(id("山田") == ["yamada"])
        #expect(id("太郎さん") == ["yamada"])
        #expect(id("山") == ["yamada", "yamamoto"])
        #expect(id("ゆい") == ["kana"])
        #expect(id("田太") == [] && id("山田太郎様") == ["yamada"] && id("山田太郎です") == [] && id("Ann") == [])
    }

    /// A meeting's people listed with what each did (`- name: Sato Kenji` and `role: host`) are named by `name`
    /// alone: the role names no one.
    @Test func anAttendeeWrittenWithTheirRoleIsNamedByTheirName() {
        let notes = [
            "people/sato.md": "---\nname: Sato Kenji\n---\n",
            "people/ono.md": "---\nname: Ono Yui\n---\n",
            "debates/2026-01-26.md":
                "---\ndate: 2026-01-26\nparticipants:\n  - name: Sato Kenji\n    role: \"Defender of the plan\"\n"
                + "  - {person: \"[[Ono Yui]]\", role: Critic}\n  - name: Nobody\n    role: Judge\n---\n",
        ]
        let j = journal(notes)
        #expect(printed(j) == ["debates/2026-01-26.md:7:11: warning: no person or note named 'Nobody'"])
        #expect(j.entries.map { ids(j, $0.participants) } == [["ono", "sato"]])
    }

    /// A link or a meeting's attendee naming `owner` is you: without a note of your own it names no one and is no
    /// warning; with one it is that note, and no participant. Other names still warn.
    @Test func aLinkOrAnAttendeeNamingTheOwnerIsYou() {
        let notes = [
            "people/sato.md": "---\nname: Sato Kenji\nknows: [\"[[Chuck Blake]]\"]\n---\n",
            "meetings/2026-01-26.md": "---\ndate: 2026-01-26\nattendees: [Chuck Blake, Sato Kenji, Nobody]\n---\n",
            "log/2026-11-20.md": "## 2026-11-20 Lunch: [[chuck-blake]] and [[Sato Kenji]] #meet\n",
        ]
        let j = journal(notes, config: "owner: Chuck Blake\n")
        #expect(printed(j) == ["meetings/2026-01-26.md:3:38: warning: no person or note named 'Nobody'"])
        #expect(j.entries.map { ids(j, $0.participants) } == [["sato"], ["sato"]])
        #expect(j.people.first?.knows == [])
        // Without `owner`, the name is a link to nobody, as any other.
        #expect(printed(journal(notes)).count == 4)
        // With a note of one's own, that note is you and is no participant.
        let own = journal(
            notes.merging(["people/me.md": "---\nname: Chuck Blake\n---\n"]) { $1 }, config: "owner: Chuck Blake\n")
        #expect(printed(own) == ["meetings/2026-01-26.md:3:38: warning: no person or note named 'Nobody'"])
        #expect(own.owner == own.index(ofId: "me"))
        #expect(own.entries.map { ids(own, $0.participants) } == [["sato"], ["sato"]])
    }

    /// A name with a Japanese honorific after it names whoever the name without it names, when the name as written
    /// names no one: `[[花子さん]]` as `[[花子]]`. A family name alone is still no one's, and its warning suggests the
    /// people whose names it starts.
    @Test func aNameWithAnHonorificNamesWhoeverTheNameWithoutItNames() {
        let j = journal([
            "people/tanaka-hanako.md": "---\nname: 田中 花子\naliases: [花子]\n---\n",
            "people/sato.md": "---\nname: 佐藤 健二\n---\n",
            "people/ookimi.md": "---\nname: 大君\n---\n",
            "people/oo.md": "---\nname: 大\n---\n",
            "log/2026-11-20.md":
                "## 2026-11-20 [[田中花子さん]], [[花子ちゃん]], [[佐藤 健二 先生]], [[佐藤健二様]], [[大君]] #meet\n"
                + "## 2026-11-21 [[田中さん]] and [[さん]] #meet\n## 2026-11-22 [[健二さん]] #meet\n",
        ])
        #expect(j.entries.map { ids(j, $0.participants) } == [["ookimi", "sato", "tanaka-hanako"], [], []])
        #expect(
            printed(j) == [
                "log/2026-11-20.md:2:15: warning: no person or note named '田中さん'; did you mean 田中 花子 "
                    + "(tanaka-hanako)?",
                "log/2026-11-20.md:2:28: warning: no person or note named 'さん'",
                "log/2026-11-20.md:3:15: warning: no person or note named '健二さん'; did you mean 佐藤 健二 (sato)?",
            ])
        // The command line and the editor read a name so too.
        let lookup = PersonLookup(j)
        #expect(lookup.find("花子ちゃん") == .one(j.index(ofId: "tanaka-hanako")!))
        #expect(lookup.find("[[佐藤健二先生]]") == .one(j.index(ofId: "sato")!))
        #expect(lookup.find("大君") == .one(j.index(ofId: "ookimi")!))
        guard case .none(let close) = lookup.find("佐藤様") else {
            Issue.record("佐藤様 found someone")
            return
        }
        // What it does not find, it suggests by the name without the honorific, as the link's warning does.
        #expect(close == ["佐藤 健二 (sato)"])
        #expect(lookup.closest(to: "健二くん") == [j.index(ofId: "sato")!])
        #expect(lookup.closest(to: "田さん") == [j.index(ofId: "tanaka-hanako")!])
        #expect(lookup.closest(to: "藤さん") == [])
    }

    @Test func aLinkThatIsAPathToAPersonsNoteNamesThatPersonAlone() {
        let j = journal([
            "people/谷南 達也.md": "---\nname: 谷南 達也\n---\n",
            "people/谷南 達也 (Globex 3).md": "---\nname: 谷南 達也\naliases: [people/谷南 達也]\n---\n",
            "log/2026-11-20.md": "Met [[people/谷南 達也|達也]], [[people/谷南 達也 (Globex 3).md]] and [[people/Nobody]]\n",
        ])
        #expect(printed(j) == ["log/2026-11-20.md:1:61: warning: no person or note named 'people/Nobody'"])
        #expect(j.entries.first?.participants.map { j.people[$0].id } == ["谷南 達也", "谷南 達也 (Globex 3)"])
        // The command line and the editor read a path as links do.
        let lookup = PersonLookup(j)
        for (text, id) in [
            ("people/谷南 達也", "谷南 達也"), ("/people/谷南 達也.md", "谷南 達也"),
            ("[[people/谷南 達也 (Globex 3)]]", "谷南 達也 (Globex 3)"),
        ] {
            guard case .one(let p) = lookup.find(text) else {
                Issue.record("\(text) found no one person")
                continue
            }
            #expect(j.people[p].id == id, Comment(rawValue: text))
        }
        let markdown = journal([
            "people/kim.markdown": "---\nname: Kim\n---\n", "people/kim-b.md": "---\nname: Kim\n---\n",
        ])
        #expect(PersonLookup(markdown).find("people/kim") == .one(markdown.index(ofId: "kim")!))
    }

    @Test func aLinkOverSeveralLinesOfAParagraphIsFoundOnItsOwnLine() {
        let j = journal(
            people.merging(["log/a.md": "## 2026-11-02 Meetup\nFirst line\nthen [[Missing Person]] here\n"]) { $1 })
        #expect(printed(j) == ["log/a.md:3:6: warning: no person or note named 'Missing Person'"])
    }

    /// The same characters inside a code span, raw HTML or a link's destination are not the link: the warning points
    /// at the link itself, in a list item, a quote (on a lazy line too) and a paragraph over several lines.
    @Test func aLinkIsPlacedAfterCodeSpansAndHTMLThatHoldItsText() {
        let j = journal(
            people.merging([
                "log/a.md": """
                ## 2026-11-02 Meetup
                `[[Nobody]]` and [[Nobody]]
                <span title="[[Gone]]">x</span> [[Gone]]

                - item `[[Lost]]`
                  then `x` [[Lost]] and [a](<[[Hid]]>) [[Hid]]
                > quote `[[Away]]` *em* [[Away]]

                > quote
                lazy `[[Far]]` [[Far]]
                """
            ]) { $1 })
        #expect(
            printed(j) == [
                "log/a.md:2:18: warning: no person or note named 'Nobody'",
                "log/a.md:3:33: warning: no person or note named 'Gone'",
                "log/a.md:6:12: warning: no person or note named 'Lost'",
                "log/a.md:6:40: warning: no person or note named 'Hid'",
                "log/a.md:7:25: warning: no person or note named 'Away'",
                "log/a.md:10:16: warning: no person or note named 'Far'",
            ])
    }

    /// A link written with backslashes before some of its characters (`\|` in a table, `\_` in a name) is placed
    /// at itself, though cmark's text holds the characters without them.
    @Test func aLinkWithEscapedCharactersIsPlacedAtItself() {
        let j = journal(
            people.merging([
                "log/a.md": #"""
                ## 2026-11-02 Meetup
                who | what
                -- | --
                [[Nobody\|shown]] | ![[gone.png\|200]]

                plain [[Snake\_Case]] and [[Lost]]
                emphasis [[Nobody _z_ w]] and [[a *b* c]]
                """#
            ]) { $1 })
        #expect(
            printed(j) == [
                "log/a.md:4:1: warning: no person or note named 'Nobody'",
                "log/a.md:4:22: warning: no file named 'gone.png'",
                "log/a.md:6:7: warning: no person or note named 'Snake_Case'",
                "log/a.md:6:27: warning: no person or note named 'Lost'",
                "log/a.md:7:10: warning: no person or note named 'Nobody z w'",
                "log/a.md:7:31: warning: no person or note named 'a b c'",
            ])
    }
}

/// FORMAT.md, "Person notes" and front matter.
@Suite struct FormatPersonTests {
    @Test func personNotesAreEveryNoteUnderPeopleDirAtAnyDepthAndTypePersonAnywhere() {
        let j = journal([
            "people/a.md": "", "people/deep/er/b.md": "# B\n", "contacts/c.md": "---\ntype: person\n---\n",
            "contacts/d.md": "---\ntype: project\n---\n", "e.md": "# not a person\n",
        ])
        #expect(j.people.map(\.id) == ["a", "b", "c"])
        // `# B` restates b's file name, so it names her (`HeadingNameTests`).
        #expect(j.people.map(\.name) == ["a", "B", "c"])
    }

    /// A default circle or a status written with the Japanese word the digest shows for it is that circle or
    /// status; a circle the journal no longer has is still unknown.
    @Test func aCircleOrAStatusWrittenAsJapaneseShowsItIsRead() {
        let notes = [
            "people/a.md": "---\ncircle: 親しい人\nstatus: 一時停止\n---\n",
            "people/b.md": "---\ncircle: 知り合い\nstatus: 会いたい人\n---\n",
        ]
        let j = journal(notes)
        #expect(printed(j).isEmpty)
        #expect(j.people.map(\.circle) == ["close", "acquaintance"])
        #expect(j.people.map(\.status) == [.paused, .target])
        #expect(j.people.map(\.cadenceDays) == [30, 180])
        let own = journal(notes, config: "circles:\n  close: 21d\n  far: 1y\n")
        #expect(own.people.map(\.circle) == ["close", "far"])
        #expect(
            printed(own) == [
                "people/b.md:2:9: error: unknown circle '知り合い' (circles: close, far; one of your own goes under "
                    + "circles: in kizuna.yaml)"
            ])
    }

    /// Keys are read in any case and with a space or a hyphen for `_`, as people name Obsidian's properties; a key
    /// written as FORMAT.md writes it wins over its variant, which is warned of. Meetings and the marks of a person
    /// are read so too.
    @Test func frontMatterKeysAreReadInAnyCase() {
        let j = journal([
            "people/a.md": "---\nName: Jane Doe\nBirthday: 1990-04-12\nTags: [design]\nHow Met: at PyCon\n---\n",
            "people/b.md": "---\nNAME: Wrong\nname: Bo\nname x: y\nhow-met: a\nhow_met: b\n---\n",
            "c.md": "---\nType: Person\n---\n",
            "people/d.md": "---\nname: Di\nsnooze-until: 2026-12-24\nintroduced-by: [[Bo]]\n---\n",
            "log/m.md": "---\nDate: 2026-11-02\nAttendees: [Bo]\n---\n",
        ])
        #expect(
            printed(j) == [
                "people/b.md:2:1: warning: 'NAME' is read as 'name', which this note also has: only 'name' is read",
                "people/b.md:5:1: warning: 'how-met' is read as 'how_met', which this note also has: only 'how_met' is "
                    + "read",
            ])
        #expect(j.people.map(\.name) == ["Jane Doe", "Bo", "c", "Di"])
        #expect(j.people[0].birthday == Birthday("1990-04-12") && j.people[0].tags == ["design"])
        #expect(j.people[0].howMet == "at PyCon" && j.people[1].howMet == "b")
        #expect(j.people[3].snoozeUntil == day("2026-12-24") && j.people[3].introducedBy == [1])
        #expect(j.entries.map { "\($0.date) \($0.participants)" } == ["2026-11-02 [1]"])
    }

    /// A note with no `name:` takes the name its template keeps in parts (`first_name:` and `last_name:`, `姓:` and
    /// `名:`), family name first when it is Japanese, and links find it by that name; `name:` wins.
    @Test func aNameKeptInPartsIsTheName() {
        let j = journal([
            "people/alex-barnes.md": "---\nfirst_name: Alex\nlast_name: Barnes\n---\n",
            "people/tanaka.md": "---\n姓: 田中\n名: 花子\n---\n", "people/c.md": "---\nname: Cy\nFirst Name: Other\n---\n",
            "log/d.md": "## 2026-11-02 Lunch with [[Alex Barnes]] and [[田中 花子]]\n",
        ])
        #expect(j.people.map(\.name) == ["Alex Barnes", "Cy", "田中 花子"])
        #expect(printed(j).isEmpty && j.entries.first?.participants == [0, 2])
    }

    /// A person note named by its kind and its title (`Person - Jane Smith.md` with `title: Jane Smith`, as vaults
    /// that prefix every note's name with its type keep people) is called by its title, and links by the title find
    /// them; so is a title the file name joins with `-` or `_` (`Mia-Chen.md`, `title: Mia Chen`); a title the file
    /// name does not hold (a job title) names no one, and `name:` wins.
    @Test func aTitleTheNotesNameHoldsIsTheName() {
        let j = journal([
            "Person - Jane Smith.md": "---\ntype: Person\ntitle: Jane Smith\n---\n",
            "people/Mia-Chen.md": "---\ntitle: \"Mia Chen\"\n---\n", "people/lee_ann.md": "---\ntitle: Lee Ann\n---\n",
            "people/@Ken Ito.md": "---\ntitle: Ken Ito\n---\n",
            "people/ken.md": "---\ntitle: Head of Sales\n---\n",
            "people/Bo Li (Acme).md": "---\ntitle: Bo Li\n---\n",
            "people/Janet.md": "---\ntitle: Jan\n---\n",
            "people/x - Al.md": "---\nname: Alan\ntitle: Al\n---\n",
            "Person - Dr Sarah Chen.md": "---\ntype: person\ntitle: Dr. Sarah Chen\n---\n",
            "log/2026-11-02.md": "Lunch with [[Jane Smith]], [[Ken Ito]] and [[Bo Li]].\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(
            j.people.map(\.name).sorted() == [
                "Alan", "Bo Li", "Dr. Sarah Chen", "Jane Smith", "Janet", "Ken Ito", "Lee Ann", "Mia Chen", "ken",
            ])
        #expect(j.entries.first.map { ids(j, $0.participants) } == ["@Ken Ito", "Bo Li (Acme)", "Person - Jane Smith"])
    }

    /// A Japanese template's `名前:` is the name when `name:` is missing, and its `ふりがな:` finds the person as an
    /// alias does, so that a link typed in kana reaches them.
    @Test func aJapaneseTemplatesNameAndReadingAreRead() {
        let j = journal([
            "people/tanaka.md": "---\n名前: 田中 花子\nふりがな: たなか はなこ\n---\n",
            "people/b.md": "---\nname: Bo\n氏名: 別の名前\n---\n",
            "log/d.md": "## 2026-11-02 [[たなか はなこ]]とお茶\n",
        ])
        #expect(j.people.map(\.name) == ["Bo", "田中 花子"])
        #expect(j.people[1].aliases == ["たなか はなこ"])
        #expect(printed(j).isEmpty && j.entries.first?.participants == [1])
    }

    /// A person's keys may be written in the Japanese words `show` labels them with; a key written as FORMAT.md
    /// writes it wins over its Japanese variant, which gets a warning.
    @Test func aPersonsKeysMayBeWrittenInJapanese() {
        let j = journal(
            [
                "people/tanaka.md": """
                ---
                名前: 田中 花子
                別名: [はなちゃん]
                サークル: 親しい人
                頻度: 毎月
                目的: デザインの相談相手
                誕生日: 4月12日
                タグ: [デザイン, 京都]
                コミュニティ: [勉強会]
                紹介者: "[[佐藤]]"
                知り合い: [佐藤]
                状態: 一時停止
                連絡先:
                  メール: hanako@example.jp
                ---

                """,
                "people/佐藤.md": "---\nbirthday: 05-01\n誕生日: 6月1日\n---\n",
            ], config: "language: ja\n")
        #expect(
            printed(j) == [
                "people/佐藤.md:3:1: warning: '誕生日' is read as 'birthday', which this note also has: "
                    + "only 'birthday' is read"
            ])
        let p = j.people[0]
        #expect(p.name == "田中 花子" && p.aliases == ["はなちゃん"] && p.circle == "close" && p.cadenceDays == 30)
        #expect(p.purpose == "デザインの相談相手" && p.birthday == Birthday(year: nil, month: 4, day: 12))
        #expect(p.tags == ["デザイン", "京都"] && p.communities == ["勉強会"] && p.status == .paused)
        #expect(p.introducedBy == [1] && p.knows == [1])
        #expect(p.contact.map { "\($0.key)=\($0.value)" } == ["メール=hanako@example.jp"])
        #expect(j.people[1].birthday == Birthday(year: nil, month: 5, day: 1))
    }

    @Test func peopleDirComesFromTheConfig() {
        let j = journal(["contacts/a.md": "", "people/b.md": ""], config: "people_dir: contacts\n")
        #expect(j.people.map(\.id) == ["a"])
    }

    @Test func twoPersonNotesWithTheSameIdAreAnError() {
        let j = journal(["people/a/ken.md": "---\nname: First\n---\n", "people/b/ken.md": "---\nname: Second\n---\n"])
        #expect(j.people.map(\.name) == ["First"])
        #expect(
            printed(j) == [
                "people/b/ken.md:1:1: error: duplicate person id 'ken' (also people/a/ken.md); this note is not "
                    + "read as a person"
            ])
    }

    /// Of two notes of the same id, one in an archive, the other is the person, whichever comes first. The copies in
    /// one archive are one warning, which says how to set the archive aside; two notes of an id both in an archive,
    /// or both outside one, are an error.
    @Test func aDuplicateInAnArchiveSaysHowToSetItAside() {
        let j = journal([
            "Archive/People/Ken.md": "---\ntype: person\n---\n", "People/Ken.md": "---\ntype: person\n---\n",
            "Work/People/Mei/README.md": "---\ntype: people\n---\n",
            "Work/_archive/2026-01/People/Mei/README.md": "---\ntype: people\n---\n",
            "Work/People/Raj/README.md": "---\ntype: people\n---\n",
            "Work/_archive/2026-01/People/Raj/README.md": "---\ntype: people\n---\n",
            "Old/Archive/Sam.md": "---\ntype: person\n---\n", "Old/Archive/2025/Sam.md": "---\ntype: person\n---\n",
        ])
        #expect(
            printed(j) == [
                "Archive/People/Ken.md:1:1: warning: this note in 'Archive' copies the person note People/Ken.md: "
                    + "it is read as a note, not as a person; to leave the archive unread, add \"Archive/**\" to "
                    + "ignore in kizuna.yaml",
                "Old/Archive/Sam.md:1:1: error: duplicate person id 'Sam' (also Old/Archive/2025/Sam.md); this "
                    + "note is not read as a person; if one is an archived copy, set the archive aside: add "
                    + "\"Old/Archive/**\" to ignore in kizuna.yaml",
                "Work/_archive/2026-01/People/Mei/README.md:1:1: warning: this note and 1 more in 'Work/_archive' copy "
                    + "person notes kept outside it (as Work/People/Mei/README.md): they are read as notes, not as "
                    + "people; to leave the archive unread, add \"Work/_archive/**\" to ignore in kizuna.yaml",
            ])
        #expect(
            j.people.map(\.path) == [
                "People/Ken.md", "Work/People/Mei/README.md", "Work/People/Raj/README.md", "Old/Archive/2025/Sam.md",
            ])
    }

    /// People kept one to a folder, each note an `index.md` or `README.md`, are named by their folders, as a
    /// folder's own page is; a README below any other folder is named by it too, and links find it so.
    @Test func aFoldersReadmeOrIndexIsNamedByItsFolder() {
        let j = journal([
            "people/Ito Ken/index.md": "---\nname: Ito Ken\n---\n", "people/Sato/index.md": "---\nname: Sato\n---\n",
            "people/伊藤/README.md": "", "people/佐藤/_index.md": "", "people/README.md": "# Everyone\n",
            "log/2026-01-02.md": "Lunch with [[Sato]] and [[伊藤]] about [[Acme]].\n",
            "projects/Acme/README.md": "# Acme\n",
        ])
        #expect(j.people.map(\.id) == ["Ito Ken", "Sato", "伊藤", "佐藤"])
        #expect(
            j.people.map(\.path) == [
                "people/Ito Ken/index.md", "people/Sato/index.md", "people/伊藤/README.md", "people/佐藤/_index.md",
            ])
        #expect(j.entries.map { $0.participants.map { j.people[$0].id } } == [["Sato", "伊藤"]])
        #expect(printed(j).isEmpty, "\(printed(j))")
    }

    /// A folder's own page goes by its folder's name, and by its file's name too, as Obsidian finds `[[README]]`:
    /// links by either, or by its path, name it.
    @Test func aFolderPageIsFoundByItsFileNameToo() {
        let j = journal([
            "projects/Acme/README.md": "# Acme\n", "docs/index.md": "# Docs\n",
            "home.md": "- [[README]]\n- [[README|overview]]\n- [[projects/Acme/README]]\n- [[index]]\n- [[Acme]]\n"
                + "- [[READMEs]]\n",
        ])
        #expect(printed(j) == ["home.md:6:3: warning: no person or note named 'READMEs'"])
    }

    /// A value that cannot be read, as a template's `{{date}}` left in a note (or Prettier's `{ { date } }`), costs
    /// its own entry: the person keeps their name and circle, and the warning names the key left out.
    @Test func aPlaceholderLeftInANoteCostsOnlyItsOwnKey() {
        let j = journal([
            "people/x.md": "---\nname: Xavier Q\ncreated: { { DATE } }\ncircle: close\n---\n",
            "people/y.md": "---\nname: Yo\nmeta:\n  seen: {[a]: 1}\nbirthday: {{birthday}}\ncircle: close\n---\n",
            "people/z.md": "---\nname: Zed\n\"created\": {{date}}\n---\n",
        ])
        #expect(j.people.map(\.name) == ["Xavier Q", "Yo", "Zed"])
        #expect(j.people.map(\.circle) == ["close", "close", "network"])
        #expect(
            printed(j) == [
                "people/x.md:3:12: warning: 'created' holds a template placeholder never filled in; it is left out "
                    + "and the rest of the front matter is read",
                "people/y.md:4:10: warning: a mapping key must be plain text; 'meta' is left out and the rest of the "
                    + "front matter is read",
                "people/y.md:5:12: warning: 'birthday' holds a template placeholder never filled in; it is left out "
                    + "and the rest of the front matter is read",
                "people/z.md:3:13: warning: 'created' holds a template placeholder never filled in; it is left out "
                    + "and the rest of the front matter is read",
            ])
    }

    @Test func frontMatterTrapsUnquotedLinksAreListsDatesAndBooleansStayText() {
        let j = journal([
            "people/a.md": """
            ---
            name: yes
            aliases: [no, "on"]
            met: 2025-04-12
            introduced_by: [[B Person]]
            knows:
              - [[B Person]]
              - "[[c]]"
              - c
            tags: design, ux ,#research
            communities: [Tokyo UX]
            birthday: 04-01
            snooze_until: 2026/12/01
            status: Paused
            purpose: "[[c]] is why"
            contact: {email: a@example.com, phone: 0123}
            unknown_key: {kept: true}
            ---
            """,
            "people/b.md": "---\nname: B Person\n---\n", "people/c.md": "",
        ])
        let a = j.people[0]
        #expect(a.name == "yes")
        #expect(a.aliases == ["no", "on"])
        #expect(a.met == day("2025-04-12"))
        #expect(ids(j, a.introducedBy) == ["b"])
        #expect(ids(j, a.knows) == ["b", "c"])
        #expect(a.tags == ["design", "ux", "research"])
        #expect(a.communities == ["Tokyo UX"])
        #expect(a.birthday == Birthday("04-01"))
        #expect(a.birthday?.year == nil)
        #expect(a.snoozeUntil == day("2026-12-01"))
        #expect(a.status == .paused)
        #expect(a.purpose == "[[c]] is why")
        #expect(a.contact.map(\.key) == ["email", "phone"])
        #expect(j.diagnostics.isEmpty)
    }

    /// `met:` and `snooze_until:` may link the day's daily note, quoted or not, or name the day in words.
    @Test func aPersonsDatesMayLinkTheDaysNote() {
        let j = journal([
            "people/a.md": "---\nmet: \"[[2025-04-12]]\"\nsnooze_until: [[Daily/2026-12-01|Dec 1]]\n---\n",
            "people/b.md": "---\nmet: April 13, 2025\nsnooze_until: \"[[Tuesday]]\"\n---\n",
        ])
        #expect(j.people.map(\.met) == [day("2025-04-12"), day("2025-04-13")])
        #expect(j.people[0].snoozeUntil == day("2026-12-01"))
        #expect(
            printed(j) == ["people/b.md:3:15: error: invalid date '[[Tuesday]]' for snooze_until (write YYYY-MM-DD)"])
    }

    @Test func frontMatterMayCloseWithDotsAndLineNumbersAfterItAreTheFiles() {
        let j = journal(["people/a.md": "---\nname: A\n...\n\n## 2026-11-02 call with [[Nobody]]\n"])
        #expect(j.people[0].name == "A")
        #expect(printed(j) == ["people/a.md:5:25: warning: no person or note named 'Nobody'"])
    }

    @Test func cadenceOverridesTheCircleWhichOverridesTheDefaultCircle() {
        let j = journal(
            [
                "people/a.md": "---\ncircle: core\ncadence: 3w\n---\n", "people/b.md": "---\ncircle: close\n---\n",
                "people/c.md": "",
            ],
            config: "circles:\n  inner: 10d\n  core: 20d\n  close: 40d\n  far: 200d\ndefault_circle: far\n")
        #expect(j.people.map(\.cadenceDays) == [21, 40, 200])
        #expect(j.people.map(\.circle) == ["core", "close", "far"])
        #expect(j.people.map(\.circleRank) == [1, 2, 3])
    }

    @Test func customCirclesWithoutNetworkMakeTheMostDistantCircleTheDefault() {
        let (config, diagnostics) = Config.parse("circles:\n  inner: 7d\n  outer: 60d\n")
        #expect(config.defaultCircle == "outer")
        #expect(diagnostics.isEmpty)
        // A default circle by the Japanese word the digest shows for it.
        let (japanese, problems) = Config.parse("default_circle: 親しい人\n")
        #expect(japanese.defaultCircle == "close")
        #expect(problems.isEmpty)
    }

    /// Each form in ASCII and in Japanese: `1990年4月12日` and `4月12日` as `1990-04-12` and `04-12`.
    @Test func birthdaysInBothForms() {
        #expect(Birthday("1985-12-02").map { [$0.year, $0.month, $0.day] } == [1985, 12, 2])
        #expect(Birthday("12-02").map { [$0.year, $0.month, $0.day] } == [nil, 12, 2])
        #expect(Birthday("--02-29") != nil)
        #expect(Birthday("02-30") == nil)
        #expect(Birthday("1990-02-29") == nil)
        #expect(Birthday("1990年4月12日").map { [$0.year, $0.month, $0.day] } == [1990, 4, 12])
        #expect(Birthday("4月12日").map { [$0.year, $0.month, $0.day] } == [nil, 4, 12])
        #expect(Birthday("１２月３日").map { [$0.year, $0.month, $0.day] } == [nil, 12, 3])
        #expect(Birthday("4月31日") == nil)
        #expect(Birthday("月日") == nil)
    }
}

/// FORMAT.md, "Tasks".
@Suite struct FormatTaskTests {
    /// A deadline in a task's own words, as person templates write next steps, is its due date when no marker
    /// gives one: after `by`, or before `まで`, in a form a dated heading takes.
    @Test func aDeadlineInTheTasksWordsIsItsDueDate() {
        let tasks = [
            "Send the deck by 2026-12-10", "Call Ken (by 2026-12-08)", "Book it by [[2026-12-09]]",
            "2026年12月11日までに資料を送る", "資料を２０２６-１２-１２まで", "Go by bus 📅 2026-12-20 by 2026-12-01",
            "Intro to Ken by Friday", "Stand by 2026-13-40", "Nearby 2026-12-10", "12026-12-10まで", "By 2026/12/13",
            "Follow up (Due: 2026-12-14)", "Deadline 2026-12-15", "資料を送る(期限：2026-12-16)", "締め切り 2026年12月17日",
            "Overdue 2026-12-10", "Byline: 2026-12-10", "Ask by2026-12-10",
        ]
        let j = journal(["people/ken.md": tasks.map { "- [ ] \($0)\n" }.joined()])
        #expect(
            j.tasks.map(\.text)[0...3] == [
                "Send the deck by 2026-12-10", "Call Ken (by 2026-12-08)",
                "Book it by 2026-12-09", "2026年12月11日までに資料を送る",
            ])
        #expect(
            j.tasks.map(\.due) == [
                day("2026-12-10"), day("2026-12-08"), day("2026-12-09"), day("2026-12-11"), day("2026-12-12"),
                day("2026-12-20"), nil, nil, nil, nil, day("2026-12-13"), day("2026-12-14"), day("2026-12-15"),
                day("2026-12-16"), day("2026-12-17"), nil, nil, nil,
            ])
        #expect(j.diagnostics.isEmpty)
    }

    @Test func tasksWithDueAndDoneDatesInEveryForm() {
        let j = journal([
            "people/ken.md": """
            ---
            name: Ken
            ---
            - [ ] Book a table 📅 2026-11-30
            - [x] Sent the deck ✅ 2026-11-01
            - [X] Called back
            ## 2026-11-02 Lunch #meet
            - [ ] Share the article with [[Mei]] due:2026-12-01
            - [ ] 資料を送る 期限:2026-12-02
            - [ ] 全角 期限：2026-12-03
            - not a task [ ]
            - [] not a task either
            """,
            "people/mei.md": "",
        ])
        let t = j.tasks
        #expect(
            t.map(\.text) == [
                "Book a table", "Sent the deck", "Called back", "Share the article with Mei", "資料を送る", "全角",
            ])
        #expect(t.map(\.done) == [false, true, true, false, false, false])
        #expect(t.map(\.due) == [day("2026-11-30"), nil, nil, day("2026-12-01"), day("2026-12-02"), day("2026-12-03")])
        #expect(t[1].doneDate == day("2026-11-01"))
        #expect(t.map(\.created) == [nil, nil, nil, day("2026-11-02"), day("2026-11-02"), day("2026-11-02")])
        #expect(ids(j, t[3].people) == ["ken", "mei"])
        #expect(ids(j, t[0].people) == ["ken"])
        #expect(t[3].location == KizunaCore.SourceLocation(path: "people/ken.md", line: 8, column: 3))
        #expect(j.diagnostics.isEmpty)
    }

    @Test func linkingSomeoneInATaskIsNotATouch() {
        let j = journal(["log/2026-11-02.md": "- [ ] Call [[Mei]]\n", "people/mei.md": ""])
        #expect(j.entries.count == 1)
        #expect(j.entries[0].participants.isEmpty)
        #expect(ids(j, j.tasks[0].people) == ["mei"])
    }

    @Test func anInvalidDueDateIsAWarningAndTheTaskIsKept() {
        let j = journal(["log/a.md": "# Tasks\n\n- [ ] Call 📅 2026-02-30\n"])
        #expect(j.tasks.count == 1)
        #expect(j.tasks[0].due == nil)
        #expect(printed(j) == ["log/a.md:3:3: warning: invalid due date '2026-02-30' in task (write 📅 YYYY-MM-DD)"])
    }

    /// A template's blank dates are for the notes made from it to fill (`- [ ] 担当者: 期限: 内容:` in a meeting
    /// template): no warning there; the same line in a note is one.
    @Test func aTemplatesBlankDueDateIsNoWarning() {
        let line = "## アクションアイテム\n- [ ] 担当者: 期限: 内容:\n- [ ] Follow up due:{{date}}\n"
        let j = journal(["templates/meeting-note-template.md": line, "Templates/Meeting.md": line, "log/a.md": line])
        #expect(j.tasks.count == 6)
        #expect(
            printed(j) == [
                "log/a.md:2:3: warning: invalid due date '内容:' in task (write 期限:YYYY-MM-DD)",
                "log/a.md:3:3: warning: invalid due date '{{date}}' in task (write due:YYYY-MM-DD)",
            ])
    }

    /// The Tasks plugin's dates as it writes them: its Dataview fields (`[due:: …]`, `(due:: …)`, `[completion:: …]`,
    /// with or without the space), its scheduled day `⏳` (the day to do it by when no due date is given, as
    /// Logseq's `SCHEDULED:`) and its created day `➕` (before the entry's date); each leaves the text.
    @Test func theTasksPluginsOtherDatesAndDataviewFieldsAreRead() {
        let j = journal([
            "people/ann.md": """
            ## 2026-11-01
            - [ ] send deck [due:: 2026-11-20]
            - [ ] call back (due::2026-11-21) soon
            - [x] booked [completion:: 2026-11-03] [due:: 2026-11-02 ]
            - [ ] plan ⏳ 2026-11-22 📅 2026-11-25
            - [ ] plan again [scheduled:: 2026-11-23]
            - [ ] made ➕ 2026-09-01
            - [ ] made too [created:: 2026-09-02]
            - [ ] fix [due:: soon]

            """
        ])
        #expect(
            j.tasks.map {
                [$0.text, $0.due?.description ?? "-", $0.doneDate?.description ?? "-", $0.created?.description ?? "-"]
                    .joined(separator: "|")
            }
                == [
                    "send deck|2026-11-20|-|2026-11-01", "call back soon|2026-11-21|-|2026-11-01",
                    "booked|2026-11-02|2026-11-03|2026-11-01", "plan|2026-11-25|-|2026-11-01",
                    "plan again|2026-11-23|-|2026-11-01", "made|-|-|2026-09-01", "made too|-|-|2026-09-02",
                    "fix|-|-|2026-11-01",
                ])
        #expect(
            printed(j) == ["people/ann.md:9:3: warning: invalid due date 'soon' in task (write [due:: YYYY-MM-DD])"])
    }

    /// A done task's due date no longer matters: one it cannot read is no warning. Its done date still is.
    @Test func aDoneTasksUnreadableDueDateIsNoWarning() {
        let j = journal(["log/a.md": "- [x] 📅 2024-06-31 Revisit the model ✅ 2024-06-28\n- [x] Call ✅ 28-06-2024\n"])
        #expect(j.tasks.count == 2)
        #expect(printed(j) == ["log/a.md:2:3: warning: invalid done date '28-06-2024' in task (write ✅ YYYY-MM-DD)"])
    }

    /// `✅` and `📅` before no date are pictures in the text, as the Tasks plugin reads them: no date, no warning,
    /// and they stay in the task's text; a count after one (`✅ 6 docs`, `📅 3 days`) is no date either. A key
    /// (`due:`) before a word is still an unreadable date, and so is a date written otherwise after an emoji.
    @Test func anEmojiBeforeNoDateIsTextNotADate() {
        let j = journal([
            "log/a.md": "- [x] ✅ PASSING all tests\n- [ ] ✅ **Check this box** when ready\n- [ ] 📅 Plan the week ✅\n"
                + "- [ ] Call ✅ ２０２４-０６-２８\n- [ ] Pay due:soon\n- [x] **Docs**: ✅ 6 lessons, 0.21s\n"
                + "- [ ] Rest 📅 3 days\n- [ ] Ship 📅 3/11 📅 2026\n- [x] Sent ✅ 28.06.2024\n"
        ])
        #expect(
            j.tasks.map(\.text) == [
                "✅ PASSING all tests", "✅ Check this box when ready", "📅 Plan the week ✅", "Call", "Pay",
                "Docs: ✅ 6 lessons, 0.21s", "Rest 📅 3 days", "Ship", "Sent",
            ])
        #expect(j.tasks[3].doneDate?.description == "2024-06-28")
        #expect(
            printed(j) == [
                "log/a.md:5:3: warning: invalid due date 'soon' in task (write due:YYYY-MM-DD)",
                "log/a.md:8:3: warning: invalid due date '2026' in task (write 📅 YYYY-MM-DD)",
                "log/a.md:8:3: warning: invalid due date '3/11' in task (write 📅 YYYY-MM-DD)",
                "log/a.md:9:3: warning: invalid done date '28.06.2024' in task (write ✅ YYYY-MM-DD)",
            ])
    }
}

/// FORMAT.md, "Durations".
@Suite struct DurationTests {
    @Test(arguments: [
        ("14d", 14), ("2w", 14), ("3m", 90), ("1y", 365), ("weekly", 7), ("biweekly", 14), ("monthly", 30),
        ("quarterly", 90),
        ("yearly", 365), ("毎週", 7), ("隔週", 14), ("毎月", 30), ("10日", 10), ("2週間", 14), ("3ヶ月", 90), ("3か月", 90),
        ("3カ月", 90), ("半年", 180), ("毎年", 365), ("2年", 730), ("Monthly", 30), (" 30D ", 30), ("３ヶ月", 90),
        ("Bi-Weekly", 14), ("fortnightly", 14), ("Bi-Annually", 180), ("semiannually", 180), ("half-yearly", 180),
    ])
    func everyDurationForm(text: String, days: Int) {
        #expect(DurationParser.days(text) == days)
    }

    /// How often, as Japanese says it: once every so long, or so many times a week, month or year.
    @Test(arguments: [
        ("2週間ごと", 14), ("3ヶ月毎", 90), ("2ヶ月に1回", 60), ("半年に一度", 180), ("毎日", 1), ("隔月", 60), ("四半期", 90),
        ("月1", 30), ("月1回", 30), ("月一回", 30), ("月２回", 15), ("週1回", 7), ("年4回", 91), ("年一度", 365),
    ])
    func japaneseFrequencies(text: String, days: Int) {
        #expect(DurationParser.days(text) == days)
    }

    @Test(arguments: ["", "30", "often", "0d", "-3d", "3 months", "d", "1.5m", "ごと", "月", "月0回", "週8回", "日1回"])
    func notADuration(text: String) {
        #expect(DurationParser.days(text) == nil)
    }
}

/// FORMAT.md 1.1: escaped brackets, Obsidian comments and unclosed fences.
@Suite struct ObsidianBodyTests {
    @Test func escapedBracketsAreTextAndALinkBesideThemIsStillALink() {
        let j = journal([
            "people/x.md": "---\nname: X\n---\n",
            "log/2026-11-01.md": "\\[\\[Not a link\\]\\] and \\[[[X]]\\] and [\\[X]]\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(ids(j, j.entries[0].participants) == ["x"])
    }

    @Test func whatStandsInsideACommentIsNotReadHeadingsIncluded() {
        let j = journal([
            "people/x.md": "---\nname: X\n---\n",
            "people/y.md": "---\nname: Y\n---\n",
            "log/notes.md":
                "## 2026-11-01 Tea with [[X]] %%and [[Nobody]]%%\n%%\n## 2026-11-02 Secret with [[Y]]\n"
                + "- [ ] [[Y]] hidden\n%%\nStill the first entry: [[Y]] and `%%` in code.\n"
                + "- [ ] %%only a comment%%\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(j.entries.map(\.date) == [day("2026-11-01")])
        #expect(ids(j, j.entries[0].participants) == ["x"])
        #expect(ids(j, j.entries[0].mentions) == ["y"])
        #expect(j.tasks.isEmpty)
    }

    @Test func aCommentNeverClosedHidesTheRestAndIsAWarningWhereItOpens() {
        let j = journal(["log/2026-11-01.md": "Met [[Nobody]].\nNotes %%private\n## 2026-11-02 [[Someone]]\n"])
        #expect(
            printed(j) == [
                "log/2026-11-01.md:1:5: warning: no person or note named 'Nobody'",
                "log/2026-11-01.md:2:7: warning: this '%%' comment is never closed: the rest of the note is not read",
            ])
    }

    /// A template's placeholders (Templater's `<% … %>`, the core plugin's `{{…}}`) name no note yet, even where
    /// they are left in a note made from the template; so do a name's pattern (`[[youtube-{id}-{date}]]`) and an
    /// ellipsis (`[[...]]`), as notes that document a link's form write them, and `[[undefined]]`, as Templater
    /// writes a variable left unset. `{}`, `{a b}` and `Undefined` are names.
    @Test func aLinkToATemplatePlaceholderIsNoWarning() {
        let j = journal([
            "log/Daily.md":
                "[[<% tp.date.now(\"YYYY-MM-DD\") %>]] [[{{date:YYYY-MM-DD|offset:-1d}}|←]] [[{{title}}]] [[Nobody]]\n"
                + "[[undefined]] [[Undefined]]\n",
            "log/Docs.md": "Link [[youtube-{id}-{date}]] or [[...]] or [[…]], not [[a {} b]] nor [[{a b}]]\n",
        ])
        #expect(
            printed(j) == [
                "log/Daily.md:1:88: warning: no person or note named 'Nobody'",
                "log/Daily.md:2:15: warning: no person or note named 'Undefined'",
                "log/Docs.md:1:55: warning: no person or note named 'a {} b'",
                "log/Docs.md:1:70: warning: no person or note named '{a b}'",
            ])
    }

    /// A date's pattern a person template leaves to be filled in (`**Last Contact:** [[YYYY-MM-DD]]`) names no note
    /// yet; a name that holds such letters and others (`[[YYYY plans]]`), or no year's `YYYY`, is a name.
    @Test func aLinkToADatesPatternIsNoWarning() {
        let j = journal([
            "people/anna.md":
                "# Anna\n- [ ] Next action by [[YYYY-MM-DD]]\n> — [[DD.MM.YYYY]] [[yyyy/MM/dd HH:mm]] [[YYYY年MM月DD日]]\n"
                + "[[YYYY plans]] [[MM-DD]]\n"
        ])
        #expect(
            printed(j) == [
                "people/anna.md:4:1: warning: no person or note named 'YYYY plans'",
                "people/anna.md:4:16: warning: no person or note named 'MM-DD'",
            ])
    }

    /// A link to a folder (`[[daily/]]`, as a Foam dashboard links its folders) names that folder where one holds a
    /// note or a file, at any depth; one that names no folder is a warning, and `[[daily]]` is no folder's link.
    @Test func aLinkToAFolderThatHoldsNotesIsNoWarning() throws {
        let dir = TempDir()
        dir.write("index.md", "- [[daily/]] [[Resources/Books/]] [[resources/]] [[weekly/]] [[daily]]\n")
        dir.write("daily/2026-11-01.md", "x\n")
        dir.write("resources/books/a.md", "x\n")
        dir.write("assets/img/a.png", "x")
        dir.write("more.md", "[[assets/img/]] [[assets/]]\n")
        #expect(
            printed(try Kizuna.journal(root: dir.path)) == [
                "index.md:1:50: warning: no person or note named 'weekly/'",
                "index.md:1:62: warning: no person or note named 'daily'",
            ])
    }

    /// A folder is also named by the end of its path, as a note is (`[[thinkers/kant/]]` for
    /// `notes/thinkers/kant/`), and by a path of two folders or more without the slash (`[[thinkers/kant|Kant]]`):
    /// a vault that keeps a thinker a folder links the folder. A folder's own name alone is still no link.
    @Test func aFolderIsNamedByTheEndOfItsPath() throws {
        let dir = TempDir()
        dir.write("notes/thinkers/kant/profile.md", "x\n")
        dir.write("notes/books/a.md", "[[thinkers/kant/]] [[thinkers/kant|Kant]] [[notes/thinkers/kant]] [[kant]]\n")
        dir.write("notes/more.md", "[[thinkers/hume/]] [[books/kant]]\n")
        #expect(
            printed(try Kizuna.journal(root: dir.path)) == [
                "notes/books/a.md:1:67: warning: no person or note named 'kant'",
                "notes/more.md:1:1: warning: no person or note named 'thinkers/hume/'",
                "notes/more.md:1:20: warning: no person or note named 'books/kant'",
            ])
    }

    /// A link to a file Obsidian embeds (an image, a video, a PDF) that is not there is a missing file, with no
    /// person suggested, an anchor after it or not; a name with another extension (`Node.js`) may be a note's.
    @Test func aMissingAttachmentIsAMissingFile() {
        let j = journal([
            "people/hanako.md": "---\nname: Hanako\n---\n",
            "log/a.md": "![[obsidian-cli.mp4#interface]] [[Hanako.PDF]] [[Node.js]]\n",
        ])
        #expect(
            printed(j) == [
                "log/a.md:1:2: warning: no file named 'obsidian-cli.mp4'",
                "log/a.md:1:33: warning: no file named 'Hanako.PDF'",
                "log/a.md:1:48: warning: no person or note named 'Node.js'",
            ])
    }

    /// A link by a page's title, whose note's file name has `_` for a character no file name may hold (as Notion's
    /// export writes `Ch. 7: Ads` to `Ch. 7_ Ads.md`), names no note, as in Obsidian; the warning names the note.
    @Test func aLinkByATitleAFileNameCannotHoldNamesTheNote() {
        let j = journal([
            "notion/Ch. 7_ Ads.md": "", "notion/壁打ち(2025_4_4).md": "", "inbox.md": "", "roam-css.md": "",
            "log/a.md": "- [[ch. 7: ads]]\n- [[壁打ち(2025/4/4)]]\n- [[Ch. 8: Ads]]\n- [[inbox/]]\n- [[roam/css]]\n",
        ])
        // The note is named as it is (`Ch. 7_ Ads`), and only a name with `_` where the link has the character: not
        // a folder's link (`inbox/`), nor a note whose name has `-` there.
        #expect(
            printed(j) == [
                "log/a.md:1:3: warning: no person or note named 'ch. 7: ads'; did you mean Ch. 7_ Ads?",
                "log/a.md:2:3: warning: no person or note named '壁打ち(2025/4/4)'; did you mean 壁打ち(2025_4_4)?",
                "log/a.md:3:3: warning: no person or note named 'Ch. 8: Ads'",
                "log/a.md:4:3: warning: no person or note named 'inbox/'",
                "log/a.md:5:3: warning: no person or note named 'roam/css'",
            ])
    }

    /// A full-width bar is part of a link's target, as Obsidian reads it: Notion names pages with one. Where the
    /// whole names nothing, the name before it is read (an IME types the bar full-width).
    @Test func aFullWidthBarIsPartOfTheTargetUnlessTheWholeNamesNothing() {
        let j = journal([
            "notes/Day5｜言葉を読む.md": "Notes\n",
            "people/tanaka.md": "---\nname: 田中\n---\n",
            "log/a.md": "- [[Day5｜言葉を読む.md|Day5｜言葉を読む]], [[Day5｜言葉を読む]]\n"
                + "## 2026-11-02 Call with [[田中｜たなか]]\n- [[Nobody｜x]]\n",
        ])
        #expect(printed(j) == ["log/a.md:3:3: warning: no person or note named 'Nobody｜x'"])
        #expect(j.entries.map { $0.participants.map { j.people[$0].id } } == [["tanaka"]])
        #expect(InlineScanner.parseWikiLink("a｜b|c").target == "a｜b")
    }

    /// A remark in brackets after a name (`Vaibhav (design review)`, `田中（営業部）`), as meetings list their
    /// people, names the person before it where the whole names nothing; a person whose name holds the brackets is
    /// found by the whole, and a title's brackets without a space (`壁打ち(2025/4/4)`) are no remark.
    @Test func aRemarkInBracketsAfterANameNamesThePersonWhenTheWholeNamesNothing() {
        let j = journal([
            "people/vaibhav.md": "---\nname: Vaibhav\n---\n",
            "people/tanaka.md": "---\nname: 田中\n---\n",
            "people/ken.md": "---\nname: Ken\n---\n",
            "people/ken-acme.md": "---\nname: Ken (Acme)\n---\n",
            "people/kabe.md": "---\nname: 壁打ち\n---\n",
            "m/a.md": "---\ndate: 2026-06-13\nparticipants: [Vaibhav (design review), 田中（営業部）, Ken (Acme)]\n---\n",
            "log/b.md": "## 2026-06-14 [[壁打ち(2025/4/4)]] with [[Nobody (x)]]\n",
        ])
        #expect(j.entries.map { $0.participants.map { j.people[$0].id } } == [["ken-acme", "tanaka", "vaibhav"], []])
        #expect(
            printed(j) == [
                "log/b.md:1:15: warning: no person or note named '壁打ち(2025/4/4)'",
                "log/b.md:1:38: warning: no person or note named 'Nobody (x)'",
            ])
        #expect(NameIndex.nameBeforeRemark("a (b) (c)") == "a (b)")
        #expect(NameIndex.nameBeforeRemark("(c)") == nil)
    }

    /// A web address in a wikilink (a link in Logseq and Org mode) can be no file's name, so names no one.
    @Test func aWebAddressInAWikilinkIsNoWarning() {
        let j = journal([
            "log/a.md":
                "- [[https://cdn.example.com/%2Fa.png?Expires=1&Sig=x~y]] [[git+ssh://host/repo]] [[Ch 1: Basics]]\n"
        ])
        #expect(printed(j) == ["log/a.md:1:82: warning: no person or note named 'Ch 1: Basics'"])
    }

    /// A fence copied from a web page after a no-break space is text, so the one meant to close it opens a block:
    /// the warning names the line that looks like a fence.
    @Test func aFenceAfterANoBreakSpaceIsNamedWhenTheOneBelowIsNeverClosed() {
        let j = journal(["log/a.md": "---\ntitle: A\n---\nRun:\n\u{00A0}```python\nx = 1\n```\n#tag\n"])
        #expect(
            printed(j) == [
                "log/a.md:7:1: warning: this code fence is never closed: the lines after it are read as code, not as "
                    + "entries or tasks; the fence on line 5 is not one: a no-break space (U+00A0) stands before it"
            ])
        let plain = journal(["log/b.md": "Run:\n```python\nx = 1\n- [ ] Ask [[Ana]]\n"])
        #expect(printed(plain).first?.hasSuffix("not as entries or tasks") == true)
    }

    /// A fence in a list item whose code is not indented under it (as Notion exports code in a list) ends with the
    /// item at the code's first line, so the bare fence meant to close it opens a block: the warning says so.
    @Test func aFenceItsListItemEndedIsNamedWhenTheBareOneBelowIsNeverClosed() {
        let note = "---\ntitle: A\n---\n- Pages\n  ```text\nTop: 1\n  ```\n## 2026-11-02 Call\n"
        let j = journal(["log/a.md": note])
        #expect(
            printed(j) == [
                "log/a.md:7:3: warning: this code fence is never closed: the lines after it are read as code, not as "
                    + "entries or tasks; the block opened on line 5 ended with its list item at the next, less "
                    + "indented line, so this fence opens a block instead of closing it: indent code as far as its "
                    + "fences"
            ])
        #expect(j.diagnostics.first?.text.ja.hasSuffix("コードはフェンスと同じだけ字下げします") == true)
        #expect(j.diagnostics.first?.text.ja.contains("。5 行目で開いたブロックは") == true)
        // Indented under its fence, the code is the item's and the fence below closes it.
        let indented = journal(["log/a.md": note.replacingOccurrences(of: "\nTop", with: "\n  Top")])
        #expect(printed(indented).isEmpty)
        // A fence with a language opens a block: it was not meant to close one.
        let opening = journal(["log/a.md": note.replacingOccurrences(of: "  ```\n##", with: "  ```js\n##")])
        #expect(printed(opening).first?.hasSuffix("not as entries or tasks") == true)
    }

    /// A fence inside an HTML block (`<details>`, as Notion exports a toggle) opens nothing, since the block runs to
    /// the next blank line: the warning for the bare fence meant to close it names both lines.
    @Test func aFenceInAnHTMLBlockIsNamedWhenTheBareOneBelowIsNeverClosed() {
        let note =
            "---\ntitle: A\n---\n<details>\n<summary>Memo</summary>\n  ```text\nnote\n\n  ```\n## 2026-11-02 Call\n"
        let j = journal(["log/a.md": note])
        #expect(
            printed(j) == [
                "log/a.md:9:3: warning: this code fence is never closed: the lines after it are read as code, not as "
                    + "entries or tasks; the fence on line 6 stands in the HTML block of line 4 (it runs to a blank "
                    + "line) and opens nothing, so this fence opens a block instead of closing one"
            ])
        #expect(
            j.diagnostics.first?.text.ja.hasSuffix(
                "6 行目のフェンスは 4 行目からの HTML ブロック(空行まで続きます)の中にあって何も開かないため、このフェンスはブロックを閉じずに新しく開きます") == true)
        // With a fence outside the HTML between them, the HTML explains nothing.
        let between = note.replacingOccurrences(of: "note\n\n", with: "note\n\n```\nx\n```\n")
        #expect(printed(journal(["log/a.md": between])).first?.hasSuffix("not as entries or tasks") == true)
    }

    /// An Excalidraw drawing whose opening `%%` was lost ends with its closing one: a comment that hides nothing.
    @Test func aCommentOpenedAtTheNotesEndHidesNothingAndIsNoWarning() {
        let j = journal([
            "log/a.excalidraw.md":
                "---\nexcalidraw-plugin: parsed\n---\n==⚠ Switch ⚠==\n\n## Drawing\n```json\n{}\n```\n%%\n\n",
            "log/b.md": "Met [[Nobody]]. %%  \n",
        ])
        #expect(printed(j) == ["log/b.md:1:5: warning: no person or note named 'Nobody'"])
    }

    @Test func aFenceNeverClosedIsAWarningAtItsLineAndAClosedOneIsNot() {
        let unclosed = journal([
            "log/a.md": "---\ntitle: A\n---\n## 2026-11-01 Tea\n  ````js\ncode\n```\n## 2026-11-02 Lost\n"
        ])
        #expect(
            printed(unclosed) == [
                "log/a.md:5:3: warning: this code fence is never closed: the lines after it are read as code, not "
                    + "as entries or tasks"
            ])
        #expect(unclosed.entries.count == 1)
        let closed = journal([
            "log/b.md":
                "```\na\n```\n- item\n  ~~~\n  b\n  ~~~~\n> ```\n> c\n> ```\n    indented code\n## 2026-11-01 Tea\n"
        ])
        #expect(printed(closed).isEmpty)
        #expect(closed.entries.count == 1)
        // Four spaces make a code block that shows a fence as code, as in pages copied from documentation sites.
        let indented = journal([
            "log/d.md": "<Steps>\n\n    ```json\n    {}\n\n    Then:\n## 2026-11-01 Tea\n",
            "log/e.md": "- item\n\n      ```\n      x\n## 2026-11-02 Tea\n",
        ])
        #expect(printed(indented).isEmpty)
        #expect(indented.entries.count == 2)
        // A fence whose list item ends on the next line holds nothing: the lines after it are read.
        let closedByItsItem = journal(["log/g.md": "1. Run:\n    ```shell\n$ ls\n## 2026-11-03 Tea\n"])
        #expect(printed(closedByItsItem).isEmpty)
        #expect(closedByItsItem.entries.count == 1)
        // A callout's code whose closing fence was forgotten ends with the callout; what it hides is code.
        let closedByItsQuote = journal([
            "log/h.md": "> [!example]\n> ``` rust\n> let x = 5;\n\n## 2026-11-04 Tea\n- [ ] ask\n",
            "log/i.md": "- step\n  ```\n  run\n- [ ] next\n",
        ])
        #expect(printed(closedByItsQuote).isEmpty)
        #expect(closedByItsQuote.entries.count == 1)
        #expect(closedByItsQuote.tasks.count == 2)
        // Unless it hides a link its writer meant to be read.
        let hidesALink = journal(["log/j.md": "> ```\n> met [[Someone]]\n\nafter\n"])
        #expect(printed(hidesALink).count == 1)
        let emptyFenceThenFenceAsCode = journal(["log/f.md": "````\n```\n"])
        #expect(printed(emptyFenceThenFenceAsCode).count == 1)
        // A fence that hides nothing kizuna would read (a query left open at the note's end, or no line at all) is
        // no warning, and one that hides a heading, a task, a link or a tag is.
        let hidesNothing = journal([
            "log/c.md": "text\n```", "log/k.md": "## 2026-11-05 Tea\n```tasks\nnot done\npath includes Ana\n",
            "log/l.md": "> ```\n> let x = [a[0]]\n",
        ])
        #expect(printed(hidesNothing).isEmpty)
        #expect(hidesNothing.entries.count == 1)
        for (n, hidden) in ["### Next", "- [ ] ask", "see [the doc](doc.md)", "with [[Ana]]", "#follow-up"].enumerated()
        {
            let note = "log/m\(n).md"
            #expect(
                printed(journal([note: "## 2026-11-05 Tea\n```\nx\n\(hidden)\n"])) == [
                    "\(note):2:1: warning: this code fence is never closed: the lines after it are read as code, not "
                        + "as entries or tasks"
                ], "\(hidden)")
        }
    }
}

@Suite struct BoundedDiagnosticTests {
    /// A link longer than any note's name names no note and is no warning; a date that long, and a name several
    /// people share with long aliases, are quoted cut short.
    @Test func aDiagnosticQuotingSomethingLongIsCutAndEveryLineStaysShort() {
        let long = String(repeating: "長い名前", count: 500)
        var files = ["log/a.md": "Met [[\(long)]] and [[Same]].\n\n- [ ] Call due:\(long)\n"]
        for i in 0..<8 { files["people/p\(i).md"] = "---\nname: Same\naliases: [\(long)\(i)]\n---\n" }
        let j = journal(files)
        #expect(printed(j).count == 2)
        for line in printed(j) {
            #expect(line.count < 400, "\(line.count) characters")
            #expect(line.hasSuffix("…") || line.contains("and 3 more"))
        }
    }
}
