import Testing

@testable import KizunaCore

/// Person notes as Obsidian's two contacts plugins write them: VCF Contacts (vCard's property names) and Contacts
/// (`type: contact`, the name in parts, `last_chat:`).
@Suite struct ContactPluginTests {
    /// VCF Contacts keeps the name as vCard's `FN` or in parts (`N.GN` given, `N.FN` family), the birthday as `BDAY`,
    /// the company as `ORG`, an address in parts and the tags as `CATEGORIES`.
    @Test func aVCFContactsNoteIsReadByVCardsNames() {
        let j = journal(
            [
                "Contacts/hana.md": """
                ---
                N.FN: Yamada
                N.GN: Hana
                "EMAIL[HOME]": hana@example.jp
                BDAY: 19900515
                ORG: Sakura Studio
                "ADR[HOME].STREET": 1 Sakura Lane
                "ADR[HOME].LOCALITY": Kyoto
                ADR.WORK.LOCALITY: Osaka
                CATEGORIES: Design, Art
                VERSION: "4.0"
                ---
                #### Notes

                #Contact #Design # Art

                """,
                "Contacts/li.md": "---\nN.FN: 李\nN.GN: 伟\nFN: 李伟\nBDAY: --1010\n---\n",
                "Contacts/kepano.md": "---\nname: Ann\ncategories:\n  - \"[[People]]\"\n  - \"[[Friends]]\"\n---\n",
            ], config: "people_dir: Contacts\n")
        #expect(printed(j).isEmpty)
        #expect(j.people.map(\.name) == ["Hana Yamada", "Ann", "李伟"])
        let hana = j.people[0]
        #expect(hana.birthday == Birthday(year: 1990, month: 5, day: 15))
        #expect(j.people[2].birthday == Birthday(year: nil, month: 10, day: 10))
        #expect(hana.tags == ["Design", "Art"])
        #expect(j.people[1].tags.isEmpty)
        #expect(
            hana.contact.map { "\($0.key)=\($0.value)" } == [
                "email[home]=hana@example.jp", "company=Sakura Studio", "address[home]=1 Sakura Lane, Kyoto",
                "address[work]=Osaka",
            ])
    }

    /// A card's `UID` is kept: the vCard export writes it, so that the address book knows the card again.
    @Test func aVCFContactsUIDIsTheExportedCardsUID() {
        let j = journal(
            [
                "Contacts/Hana.md": "---\nFN: Hana\nUID: urn:uuid:0197-hana\n---\n",
                "Contacts/Ann.md": "---\nFN: Ann\n---\n",
            ], config: "people_dir: Contacts\n")
        let cards = VCardExport(journal: j).render()
        #expect(cards.contains("UID:urn:uuid:0197-hana\r\nFN:Hana\r\n"), "\(cards)")
        #expect(cards.contains("UID:urn:kizuna:Ann\r\nFN:Ann\r\n"), "\(cards)")
    }

    /// A card's `RELATED` lists name the people the contact knows, by name (`name:Hana`) or by their card's UID
    /// (`urn:uuid:…`, or `uid:…` for a UID that is no UUID); a UID of a card the journal does not hold is no one, and
    /// no warning.
    @Test func aVCFContactsRelatedListIsWhomTheyKnow() {
        let j = journal(
            [
                "Contacts/Emma.md": """
                ---
                FN: Emma
                UID: urn:uuid:emma
                RELATED[parent]: urn:uuid:sarah
                RELATED[1:friend]: name:Olivia
                "RELATED[friend]":
                  - urn:uuid:gone
                  - name:Alex Chen
                ---

                """,
                "Contacts/Sarah.md": "---\nFN: Sarah\nUID: urn:uuid:sarah\nRELATED.CHILD: urn:uuid:emma\n---\n",
                "Contacts/Olivia.md": "---\nFN: Olivia\nUID: olivia-at-work\nRELATED[colleague]: uid:sarah\n---\n",
            ], config: "people_dir: Contacts\n")
        #expect(printed(j) == ["Contacts/Emma.md:8:5: warning: no person or note named 'Alex Chen'"])
        #expect(j.people.map(\.id) == ["Emma", "Olivia", "Sarah"])
        #expect(j.people[0].knows == [1, 2] && j.people[1].knows == [2] && j.people[2].knows == [0])
    }

    /// The vCard TYPE a contact key names, for the export: in brackets after any index, after a dot, as a `work_` or
    /// `home_` prefix, or `cell` for a mobile; none for an index alone or what a TYPE cannot hold.
    @Test func aContactKeyNamesItsVCardType() {
        let keys = [
            "email[home]", "tel[1:CELL]", "email.work", "work_email", "home_phone", "mobile", "携帯電話", "email[1]",
            "socialprofile[小红书]", "email", "phone2",
        ]
        #expect(
            keys.map { VCardExport.type(ofKey: $0) ?? "-" } == [
                "home", "cell", "work", "work", "home", "cell", "cell", "-", "-", "-", "-",
            ])
    }

    /// A key that names a place and a kind keeps its kind when numbered, as an import numbers a second work email.
    @Test func aNumberedKeyKeepsItsKind() {
        let keys = ["work_email2", "home_phone3", "mobile2", "home_address2", "email2", "work_2", "handle_x9"]
        #expect(
            keys.map { ContactKind(key: $0).map { "\($0)" } ?? "-" } == [
                "email", "phone", "phone", "address", "email", "-", "-",
            ])
    }

    /// Keys templates name a handle, an employer or an occupation with are contact of their kind (`slack_id:`,
    /// `employer:`, `勤務先:`); a key that names none is not (`timezone`, `industry`).
    @Test func handlesEmployersAndOccupationsAreContact() {
        let keys = ["slack_id", "discord", "whatsapp", "wechat", "employer", "勤務先", "occupation", "職業", "timezone"]
        #expect(
            keys.map { ContactKind(key: $0).map { "\($0)" } ?? "-" } == [
                "handle", "handle", "handle", "handle", "organization", "organization", "title", "title", "-",
            ])
        let j = journal(["people/a.md": "---\nslack_id: U123\nemployer: Acme\nindustry: FinTech\n---\n"])
        #expect(j.people[0].contact.map { "\($0.key) \($0.value)" } == ["slack_id U123", "employer Acme"])
    }

    /// Messengers Japanese and Korean users keep an ID for (`LINE:`, `line_id:`, `kakaotalk:`), Skype and XMPP are
    /// handles too; a handle's service is the word that told it, as the export names it (`slack_id` → `slack`). A
    /// word that opens other words names a key only whole (`lineage`, `signals` are no handles).
    @Test func messengersAreHandlesOfTheirService() {
        let keys = [
            "LINE", "line_id", "LINE ID", "lineid", "kakaotalk", "skype", "xmpp", "work_skype", "slack_id", "email",
            "timeline", "lineage", "signals", "linear_issue",
        ]
        #expect(
            keys.map { ContactKind.service(ofKey: $0) ?? "-" } == [
                "line", "line", "line", "line", "kakaotalk", "skype", "xmpp", "skype", "slack", "-", "-", "-", "-",
                "-",
            ])
    }

    /// Metadata Menu's person class keeps several ways to reach someone as a list of labelled mappings
    /// (`- phone_label: Mobile` with `phone_number:`): each is its value, the label left out.
    @Test func aListOfLabelledWaysToReachIsItsValues() {
        let j = journal([
            "people/jo.md":
                "---\nfileClass: person\nfull_name: Jo Park\nphone:\n  - phone_label: \"Mobile\"\n"
                + "    phone_number: \"+1 555 0100\"\nemail:\n  - email_label: Personal\n"
                + "    email_address: jo@example.com\n"
                + "  - email_label: Work\n    email_address: jo@acme.example\n---\n"
        ])
        #expect(j.people[0].name == "Jo Park")
        #expect(
            j.people[0].contact.map { "\($0.key) \($0.value)" } == [
                "phone +1 555 0100", "email jo@example.com, jo@acme.example",
            ])
    }

    /// A CRM template's next step for the person (`next_action:`, `nextAction:`, `next_step:`, due on
    /// `next_action_date:`) is an open task of their note at its line, about them; a day with no step, an empty or
    /// placeholder step, and a step in a note that is no one's are none. `done` cannot tick it: it says where it is.
    @Test func aNextActionInFrontMatterIsAnOpenTask() throws {
        let j = journal([
            "People/Jane Doe.md":
                "---\ntype: crm/person\nnext_action: Send the pilot proposal\nnext_action_date: 2026-09-25\n---\n",
            "People/Tom.md": "---\ntype: person\nnextAction: send the paper\n---\n",
            "People/Ann.md": "---\ntype: person\nnext_action: \"\"\nnext_action_date: 2026-09-25\n---\n",
            "People/Bo.md": "---\ntype: person\nnext_step: \"{{next}}\"\n---\n",
            "Deals/Acme.md": "---\nnext_action: Call Acme\n---\n",
        ])
        #expect(printed(j).isEmpty, "\(printed(j))")
        #expect(
            j.tasks.map { "\($0.text) \($0.due.map(\.description) ?? "-") \($0.location.path):\($0.location.line)" }
                == [
                    "Send the pilot proposal 2026-09-25 People/Jane Doe.md:3", "send the paper - People/Tom.md:3",
                ])
        #expect(j.tasks.map { $0.people.map { j.people[$0].id } } == [["Jane Doe"], ["Tom"]])
        let note = Array("---\ntype: person\nnext_action: Send it\n---\n- [ ] Call\n".utf8)
        #expect(throws: NoteEdit.Refusal.self) {
            try NoteEdit.tickingTask(onLine: 3, date: day("2026-09-26"), in: note)
        }
        #expect(try NoteEdit.tickingTask(onLine: 5, date: day("2026-09-26"), in: note).count > note.count)
    }

    /// A template's day to be next in touch (LifeOS's `next_contact:`, `next_follow_up:`, `次回連絡日:`) is an open
    /// task of the person's note, "Get in touch" in the journal's language, due that day at the line of the date; a
    /// day the template leaves empty or to be filled in is none, and a day that cannot be read an error at it.
    @Test func aNextContactDayIsANextStepDueThatDay() throws {
        let files = [
            "50 People/Jane Roe.md":
                "---\ntype: person\nlast_contact: 2026-10-01\nnext_contact: 2026-12-15\n"
                + "next_action: Send the draft\n---\n",
            "50 People/Bo.md": "---\ntype: person\nnext-follow-up: \"[[2026-12-20]]\"\n---\n",
            "50 People/Ann.md": "---\ntype: person\nnext_contact:\n---\n",
            "50 People/Cy.md": "---\ntype: person\nnext_contact: soon\n---\n",
            "50 People/Di.md": "---\ntype: person\nnext_contact_due: 2026-12-18\n---\n",
        ]
        let j = journal(files)
        #expect(printed(j) == ["50 People/Cy.md:3:15: error: invalid date 'soon' for next_contact (write YYYY-MM-DD)"])
        #expect(
            j.tasks.map { "\($0.text) \($0.due.map(\.description) ?? "-") \($0.location.path):\($0.location.line)" }
                == [
                    "Get in touch 2026-12-20 50 People/Bo.md:3", "Get in touch 2026-12-18 50 People/Di.md:3",
                    "Get in touch 2026-12-15 50 People/Jane Roe.md:4", "Send the draft - 50 People/Jane Roe.md:5",
                ])
        #expect(j.tasks.map { $0.people.map { j.people[$0].id } } == [["Bo"], ["Di"], ["Jane Roe"], ["Jane Roe"]])
        let ja = journal(["人物/佐藤.md": "---\ntype: person\n次回連絡日: 2026-12-15\n---\n"], config: "language: ja\n")
        #expect(ja.tasks.map(\.text) == ["連絡する"])
    }

    /// A CRM schema's cadence in days (`cadence_days: 30`, as a personal-CRM kit's person template keeps it) is the
    /// person's cadence unless `cadence:` is written; a duration is read as `cadence:` reads one, and a value that
    /// is neither is an error at it.
    @Test func aCadenceInDaysIsTheCadence() {
        let j = journal([
            "People/Ana.md": "---\ntype: person\ncadence_days: 30\n---\n",
            "People/Bo.md": "---\ntype: person\nfrequency-days: 2w\n---\n",
            "People/Cy.md": "---\ntype: person\ncadence: 7d\ncadence_days: 30\n---\n",
            "People/Di.md": "---\ntype: person\ncadence_days: soon\n---\n",
            "People/Ed.md": "---\ntype: person\ncustom_frequency_days: 45\n---\n",
            "People/Fay.md": "---\ntype: person\ncontact_interval_days: 60   # 期望重新联系的间隔\n---\n",
        ])
        #expect(j.people.map(\.cadenceDays) == [30, 14, 7, 90, 45, 60])
        #expect(printed(j).count == 1 && printed(j)[0].hasPrefix("People/Di.md:3:15: error: invalid duration 'soon'"))
    }

    /// Friend Tracker logs each touch in the contact's front matter (`interactions:`, a date and a text each): each
    /// is an entry of the person's note, titled by its text; an item whose date cannot be read is reported and left
    /// out, and the others stay.
    @Test func friendTrackersInteractionsAreTouches() {
        let j = journal([
            "people/jane.md": """
            ---
            name: Jane Doe
            birthday: 1990-05-15
            relationship: friend
            interactions:
              - date: 2026-11-20
                text: Coffee at the corner place
              - date: 2026-10-02
                text: |-
                  Called about her move
                  to Osaka
              - date: 2026-13-40
                text: a typo
              - text: no date
            ---

            """,
            "people/bo.md": "---\ninteractions: Lunch on Friday\n---\n",
        ])
        let jane = j.index(ofId: "jane")
        #expect(
            j.entries.map { "\($0.date) \($0.title) \($0.participants == [jane!])" } == [
                "2026-10-02 Called about her move to Osaka true", "2026-11-20 Coffee at the corner place true",
            ])
        #expect(
            printed(j) == [
                "people/bo.md:2:15: error: interactions must be a list of a date and a text each",
                "people/jane.md:12:11: error: invalid date '2026-13-40' for interactions.date (write YYYY-MM-DD)",
                "people/jane.md:14:5: error: an item of interactions needs a date:",
            ])
    }

    /// A contact whose vCard `KIND` is an organization, a group or a place is no person.
    @Test func aContactOfKindOrgIsNoPerson() {
        let j = journal(
            [
                "Contacts/Acme.md": "---\nFN: Acme\nKIND: ORG\n---\n",
                "Contacts/Team.md": "---\nkind: group\n---\n",
                "Contacts/Ann.md": "---\nFN: Ann\nKIND: individual\n---\n",
                "log/d.md": "## 2026-11-02 Visit [[Acme]] with [[Ann]]\n",
            ], config: "people_dir: Contacts\n")
        #expect(printed(j).isEmpty)
        #expect(j.people.map(\.id) == ["Ann"])
        #expect(j.entries.first?.participants == [0])
    }

    /// The Contacts plugin marks its notes `type: contact`, names them `Contact 1.md` and keeps the name in parts
    /// under `name:`; its `friends:` are the people the contact knows.
    @Test func aContactsPluginNoteIsAPersonNamedByItsParts() {
        let j = journal(
            [
                "Contacts/Contact.md":
                    "---\nname:\n  first: Carl\n  last: Johnson\nfriends: [\"[[Sue]]\"]\ntype: contact\n---\n",
                "Contacts/Contact 1.md":
                    "---\nname:\n  first: Sue\n  last:\ntype: contact\nknows: [Carl Johnson]\n---\n",
                "notes/Contact 2.md": "---\nname:\n  first: Bo\ntype: contact\n---\n",
            ], config: "people_dir: Contacts\n")
        #expect(printed(j).isEmpty)
        #expect(j.people.map(\.name) == ["Carl Johnson", "Sue", "Bo"])
        #expect(j.people[0].knows == [1] && j.people[1].knows == [0])
    }

    /// A person template's family keys (`spouse:`, `kids:`, `parents:`) name people they know, as `knows:` does; a
    /// family member with no note, or a name two people share, is no mistake, where `knows:` warns.
    @Test func familyKeysNamePeopleTheyKnowWithoutWarnings() {
        let j = journal([
            "people/pam.md": "---\nname: Pam Blake\nspouse: Chuck Blake\nkids: [Kai Blake, \"[[Maia Blake]]\"]\n---\n",
            "people/kai.md": "---\nname: Kai Blake\nParents: [Pam Blake, Lee]\n---\n",
            "people/maia.md": "---\nname: Maia Blake\n---\n", "people/lee1.md": "---\nname: Lee\n---\n",
            "people/lee2.md": "---\nname: Lee\n---\n", "people/bo.md": "---\nname: Bo\nknows: [Chuck Blake]\n---\n",
            "people/ann.md": "---\nname: Ann\nfamily:\n  spouse: Bo\n  kids: 2\n---\n",
        ])
        #expect(printed(j) == ["people/bo.md:3:9: warning: no person or note named 'Chuck Blake'"])
        let id = { (p: Int) in j.people[p].id }
        #expect(j.people.map { $0.knows.map(id) } == [["bo"], [], ["pam"], [], [], [], ["kai", "maia"]])
    }

    /// A birthday and the day they met as person templates name them (`birthdate:`, `Date of Birth:`, `dob:`,
    /// `生年月日:`, `first_met:`) are `birthday:` and `met:`; a key written as FORMAT.md writes it wins, and a mistake
    /// is an error at its value.
    @Test func aTemplatesBirthdateAndFirstMetAreRead() {
        let j = journal([
            "people/a.md": "---\nbirthdate: 1990-05-01\nfirst_met: 2024-03-04\n---\n",
            "people/b.md":
                "---\nDate of Birth: \"--08-10\"\nbirthday: 1991-02-03\nmet: 2020-01-01\nfirst-met: 2021-01-01\n---\n",
            "people/c.md": "---\n生年月日: 1985-12-24\ndob: 1985-12-25\n---\n",
            "people/d.md": "---\nbirth-date: someday\n---\n",
        ])
        #expect(
            printed(j) == [
                "people/d.md:2:13: error: invalid birthday 'someday' (write YYYY-MM-DD or MM-DD)"
            ])
        #expect(
            j.people.map(\.birthday) == [Birthday("1990-05-01"), Birthday("1991-02-03"), Birthday("1985-12-25"), nil])
        #expect(j.people.map { $0.met?.description } == ["2024-03-04", "2020-01-01", nil, nil])
    }

    /// Keys written in camelCase (`lastContact`, `snoozeUntil`, `workEmail`) are read as FORMAT.md writes them, but a
    /// key that is a way to reach someone as it stands (`linkedIn`, `phoneNumber`) keeps its one word.
    @Test func camelCaseKeysAreReadAsWordsParted() {
        let j = journal([
            "people/a.md":
                "---\nlastContact: 2026-10-01\nsnoozeUntil: 2027-01-01\nworkEmail: a@example.com\n"
                + "linkedIn: in/a\nphoneNumber: \"+1 555\"\n---\n"
        ])
        #expect(printed(j).isEmpty)
        #expect(j.people[0].snoozeUntil?.description == "2027-01-01")
        #expect(j.entries.map(\.date.description) == ["2026-10-01"])
        #expect(j.people[0].contact.map(\.key) == ["work_email", "linkedin", "phonenumber"])
    }

    /// A template's keys for ways to reach someone (`person-company:`, `person-address:`) are kept as contact; a
    /// value the template left unfilled, `"[[undefined]]"` as Templater writes a variable never set or a
    /// placeholder, is none, and the others of the same list stay.
    @Test func aTemplatesUnfilledValueIsNoContact() {
        let j = journal([
            "people/Mia-Chen.md":
                "---\ntype: person\nperson-company:\n  - \"[[Acme]]\"\n  - \"[[undefined]]\"\n"
                + "person-address:\n  - \"[[undefined]]\"\nperson-location: \"[[undefined]]\"\n"
                + "email: \"{{email}}\"\nphone: undefined\nmobile: \"090\"\nwork_email: \"   \"\n---\n"
        ])
        #expect(printed(j).isEmpty)
        #expect(j.people[0].contact.map { "\($0.key) \($0.value)" } == ["person_company Acme", "mobile 090"])
    }

    /// Personal CRM (an Obsidian plugin) keeps its keys under `prm-`: its tier is a cadence (`close`, 30 days) that
    /// `prm-cadence` (days) overrides, and kizuna's own `cadence:` both; the day last in touch, the birthday, the
    /// day a snooze ends and pausing are read as kizuna's keys are, which win when written. A tier of the user's own
    /// naming is no cadence; a cadence that is no number of days is read as kizuna's are, or is an error.
    @Test func personalCRMsKeysAreRead() {
        let j = journal(
            [
                "People/a.md": """
                ---
                prm-tier: close
                prm-last-contacted: 2026-10-01
                prm-birthday: 04-17
                prm-snooze-until: 2027-01-01
                prm-relationship: climbing gym
                ---
                """,
                "People/b.md": "---\nprm-tier: Inner\nprm-cadence: 6w\nprm-paused: true\n---\n",
                "People/c.md":
                    "---\nprm-tier: close\nprm-cadence: 45\ncadence: 2w\nprm-paused: true\nstatus: active\n---\n",
                "People/d.md": "---\nprm-tier: family\nprm-cadence: often\nprm-birthday: 1999-04-17\n---\n",
                "People/e.md": "---\nprm-cadence: 45\n---\n",
            ], config: "people_dir: People\n")
        #expect(
            printed(j) == [
                "People/d.md:3:14: error: invalid duration 'often' for prm-cadence "
                    + "(write e.g. 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月)"
            ])
        #expect(j.people.map(\.cadenceDays) == [30, 42, 14, 90, 45])
        #expect(j.people.map(\.status) == [.active, .paused, .active, .active, .active])
        #expect(j.people[0].snoozeUntil?.description == "2027-01-01")
        #expect(
            j.people.map(\.birthday) == [
                Birthday(year: nil, month: 4, day: 17), nil, nil, Birthday(year: 1999, month: 4, day: 17), nil,
            ])
        #expect(j.entries.map { "\($0.date) \($0.location.path)" } == ["2026-10-01 People/a.md"])
    }

    /// Orbit (an Obsidian plugin) keeps how often to be in touch in `frequency:` (`Weekly`, `Bi-Weekly`,
    /// `Bi-Annually`), a cadence unless `cadence:` is written, and in `last_interaction:` how the last touch was
    /// made (`call`), which is no day; its day is `last_contact:`. A frequency that is no duration is an error.
    @Test func orbitsFrequencyIsACadenceAndItsLastInteractionNoDay() {
        let j = journal(
            [
                "People/Family/Dad.md": """
                ---
                tags:
                  - people
                category: Family
                frequency: Weekly
                social_battery: Charger
                last_contact: 2026-11-02
                last_interaction: call
                ---
                ## Interaction Log
                - 2026-10-20: in-person: Dinner
                """,
                "People/b.md": "---\nfrequency: Bi-Weekly\nlast_interaction: in-person\n---\n",
                "People/c.md": "---\nfrequency: Bi-Annually\ncadence: 2w\n---\n",
                "People/d.md": "---\ncontact_frequency: every so often\nlast_interaction: 2026-09-01\n---\n",
            ], config: "people_dir: People\n")
        #expect(
            printed(j) == [
                "People/d.md:2:20: error: invalid duration 'every so often' for contact_frequency "
                    + "(write e.g. 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月)"
            ])
        #expect(j.people.map(\.cadenceDays) == [7, 14, 14, 90])
        #expect(
            j.entries.map { "\($0.date) \($0.location)" }.sorted() == [
                "2026-09-01 People/d.md:3:19", "2026-10-20 People/Family/Dad.md:11:3",
                "2026-11-02 People/Family/Dad.md:7:15",
            ])
    }

    /// A template's `relationship_strength:` (or `closeness:`) that names one of the journal's circles, in any
    /// case, is the circle when `circle:` is missing; its other words (`warm`, `professional`) are no circle and no
    /// mistake.
    @Test func relationshipStrengthNamingACircleIsTheCircle() {
        let j = journal(
            [
                "people/a.md": "---\nrelationship_strength: close\n---\n",
                "people/b.md": "---\nrelationship_strength: Acquaintance\n---\n",
                "people/c.md": "---\nrelationship_strength: professional\n---\n",
                "people/d.md": "---\ncloseness: close\ncircle: core\n---\n",
                "people/e.md": "---\nrelationship_strength:\n---\n",
            ])
        #expect(printed(j).isEmpty)
        #expect(j.people.map(\.circle) == ["close", "acquaintance", "network", "core", "network"])
    }

    /// How and when they met as person templates name it: `met_date:`, `how_we_met:`, `met_context:`, and the
    /// Japanese `出会い:`, which holds the day or the occasion, or `出会いのきっかけ:`; `met:` and `how_met:` win when
    /// written. `最後に会った日:` is the last contact.
    @Test func howTheyMetAsTemplatesNameIt() {
        let j = journal([
            "people/a.md": "---\nmet_date: 2024-05-02\nmet_context: PyCon\n---\n",
            "people/b.md": "---\nhow_we_met: through Ken\nhow_met: at work\nmetDate: 2023-01-01\n---\n",
            "people/c.md": "---\n出会い: 2022-04-01\n---\n",
            "people/d.md": "---\n出会い: 勉強会\n---\n",
            "people/e.md": "---\n出会いのきっかけ: 紹介\n最後に会った日: 2026-11-01\n---\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(j.people.map { $0.met?.description } == ["2024-05-02", "2023-01-01", "2022-04-01", nil, nil])
        #expect(j.people.map(\.howMet) == ["PyCon", "at work", nil, "勉強会", "紹介"])
        #expect(j.entries.map { "\($0.date) \(j.people[$0.participants[0]].id)" } == ["2026-11-01 e"])
    }

    /// A template's `follow_up: false` (Dann Berg's people template) or `keep_in_touch: false` pauses the person,
    /// unless `status:` is written; `follow_up: true` or a date changes nothing.
    @Test func followUpFalsePausesThePerson() {
        let j = journal([
            "people/a.md": "---\nfollow_up: false\n---\n", "people/b.md": "---\nKeepInTouch: No\n---\n",
            "people/c.md": "---\nfollow_up: false\nstatus: target\n---\n",
            "people/d.md": "---\nfollow_up: true\n---\n",
            "people/e.md": "---\nfollow_up: 2026-12-10\n---\n",
        ])
        #expect(printed(j).isEmpty)
        #expect(j.people.map(\.status) == [.paused, .paused, .target, .active, .active])
    }

    /// The words templates write for a status are read as kizuna's: `inactive`, `dormant` and `on hold` are
    /// paused, `archive` and `former` archived, `current` active, in any case and after a mark (`🟢 Active`).
    @Test func aTemplatesStatusWordsAreKizunas() {
        let written = ["🟢 Active", "Inactive", "dormant", "On Hold", "archive", "Former", "current", "⏸ paused", "休眠"]
        var notes: [String: String] = [:]
        for (i, s) in written.enumerated() { notes["people/p\(i).md"] = "---\nstatus: \(s)\n---\n" }
        let j = journal(notes)
        #expect(printed(j).isEmpty)
        #expect(
            j.people.map(\.status) == [
                .active, .paused, .paused, .paused, .archived, .archived, .active, .paused, .paused,
            ])
    }

    /// A metadata-menu person template writes `status: [🟧 in progress]`, `tags: []` and `category: note`: a list of
    /// one text is that text (its mistake quotes it as written, not as a link), and the singular `category:` is no
    /// tag (only vCard's `CATEGORIES` is).
    @Test func aOneItemListIsItsTextAndCategoryIsNoTag() {
        let j = journal([
            "people/maria.md": "---\nfull_name: Maria Lopez\nstatus: [🟧 in progress]\ntags: []\ncategory: note\n---\n",
            "people/ken.md": "---\nname: Ken\nstatus: [paused]\npurpose: [[Climbing]]\n---\n",
        ])
        let unknown = "unknown status '🟧 in progress' (use active, paused, archived or target)"
        #expect(printed(j) == ["people/maria.md:3:9: error: " + unknown])
        #expect(j.people.map { "\($0.name) \($0.status) \($0.tags)" } == ["Ken paused []", "Maria Lopez active []"])
        #expect(j.people[0].purpose == "[[Climbing]]")
    }

    /// `last_contact:` (the Contacts plugin's `last_chat:`, and as person templates name it: `last-contact:`,
    /// `last_chatted:`, `last_interaction:`, `last-contacted-at:`, `date_last_spoken:`) is a touch that day, unless
    /// an entry anywhere touches the person that day or later: a journal that logs its touches and keeps the field
    /// up to date counts each once.
    @Test func lastContactIsATouchUnlessAnEntryIsAsLate() throws {
        let j = journal([
            "people/carl.md": "---\nlast_chat: 2022-12-06\n---\n",
            "people/kim.md": "---\nlast_chatted: 2026-08-15\n---\n",
            "people/jo.md": "---\nlast-contact: \"2026-09-01\"\n---\n",
            "people/al.md": "---\nLast Interaction: 2026-07-01\n---\n",
            "people/vb.md": "---\nlast-contacted-at: 2026-06-01\n---\n",
            "people/db.md": "---\ndate_last_spoken: 2026-05-01\n---\n",
            "people/bob.md": "---\nlast_contact: \"[[2026-11-02]]\"\n---\n",
            "people/sue.md": "---\nlast_contact: 2026-10-01\n---\n## 2026-11-01 Coffee\n",
            "people/ann.md": "---\nlast_contacted: 2026-11-20\n---\n## 2026-11-01 Coffee\n",
            "log/2026-11-02.md": "Called [[bob]].\n",
        ])
        #expect(printed(j).isEmpty)
        let on = { (id: String) -> [String] in
            let p = j.people.firstIndex { $0.id == id }!
            return j.entries.filter { $0.participants.contains(p) }.map { "\($0.date) \($0.location)" }
        }
        #expect(on("carl") == ["2022-12-06 people/carl.md:2:12"])
        #expect(on("kim") == ["2026-08-15 people/kim.md:2:15"])
        #expect(on("jo") == ["2026-09-01 people/jo.md:2:15"])
        #expect(on("al") == ["2026-07-01 people/al.md:2:19"])
        #expect(on("vb") == ["2026-06-01 people/vb.md:2:20"])
        #expect(on("db") == ["2026-05-01 people/db.md:2:19"])
        #expect(on("bob") == ["2026-11-02 log/2026-11-02.md:1:1"])
        #expect(on("sue") == ["2026-11-01 people/sue.md:4:1"])
        #expect(on("ann") == ["2026-11-01 people/ann.md:4:1", "2026-11-20 people/ann.md:2:17"])
    }
}
