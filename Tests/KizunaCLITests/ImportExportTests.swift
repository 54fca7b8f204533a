import Foundation
import Testing

let importFixtures = packageRoot + "/Tests/KizunaCLITests/Fixtures/import"
let importFiles = ["iphone.vcf", "google.vcf", "android.vcf", "vdirsyncer", "Connections.csv", "google.csv"]

/// Every file of a folder, but kizuna.yaml, as one text: path line, then the bytes.
func notes(_ dir: Scratch) -> String {
    dir.snapshot().filter { $0.key.hasPrefix("people/") }.sorted { $0.key < $1.key }
        .map { "=== \($0.key)\n" + String(decoding: $0.value, as: UTF8.self) }.joined()
}

/// Runs Python on a script, failing the test when Python or its module is missing.
func python(_ script: String, _ arguments: [String] = []) throws -> String {
    let r = try run(try tool("python3", from: "python3"), ["-c", script] + arguments)
    #expect(r.status == 0, "python: \(r.err)")
    return r.out
}

@Suite(.serialized) struct ImportExportTests {
    func journal() throws -> Scratch {
        let dir = try Scratch()
        try dir.write("kizuna.yaml", "owner: Yamada Taro\n")
        try dir.write(
            "people/hanako.md",
            "---\r\nname: Hanako Tanaka   # as she writes it\r\ncircle: core\r\ncontact:\r\n"
                + "    email: hanako@example.com\r\n---\r\n# Hanako\r\n")
        try dir.write("people/ken-sato.md", "---\nname: Ken Sato\nbirthday: 04-13\ntags: [tennis]\n---\n")
        return dir
    }

    func importAll(_ dir: Scratch, _ extra: [String] = []) throws -> (status: Int32, out: String, err: String) {
        try run(
            packageRoot + "/.build/debug/kizuna",
            ["import"] + importFiles + ["--date", "2026-12-01", "--journal", dir.path] + extra,
            cwd: importFixtures)
    }

    @Test func anAddressBookAndALinkedInExportBecomeNotesAndASecondImportChangesNothing() throws {
        let dir = try journal()
        let first = try importAll(dir)
        #expect(first.status == 0, "\(first.err)")
        golden("import-report.txt", first.err)
        golden("import-notes.txt", notes(dir))
        #expect(!notes(dir).contains("/9j/4AAQ"), "a photo reached a note")
        #expect(try kizuna(["check", "--journal", dir.path]).out.hasSuffix("0 errors, 0 warnings\n"))
        let before = dir.snapshot()
        let second = try importAll(dir)
        #expect(second.status == 0)
        #expect(second.err.contains("0 new, 0 updated, 11 unchanged"))
        #expect(dir.snapshot() == before)
    }

    @Test func dryRunPrintsEveryNoteAndWritesNothing() throws {
        let dir = try journal()
        let before = dir.snapshot()
        let r = try importAll(dir, ["--dry-run"])
        #expect(r.status == 0)
        #expect(dir.snapshot() == before)
        // Split on bytes: Swift reads "\r\n" in the CRLF note as one character.
        #expect(r.out.utf8.split(separator: 0x0A).filter { $0.starts(with: "--- people/".utf8) }.count == 11)
        #expect(r.out.contains("--- people/鈴木-結衣.md (new)\n---\nname: 鈴木 結衣\n"))
    }

    @Test func theCalendarFeedIsReadByICalendarWithStableUIDsAndLeapDayBirthdays() throws {
        let dir = try journal()
        _ = try importAll(dir)
        try dir.write(
            "log/plans.md", "## 2026-12-20 Dinner with [[Hanako Tanaka]] #meet\n- [ ] Book a table 📅 2026-12-15\n")
        let a = try kizuna([
            "export", "ics", "--date", "2026-12-01", "--journal", dir.path, "--out", dir.path + "/a.ics",
        ])
        #expect(a.status == 0, "\(a.err)")
        try dir.write(
            "log/plans.md",
            "Intro line.\n\n## 2026-12-20 Dinner with [[Hanako Tanaka]] #meet\n- [ ] Book a table 📅 2026-12-15\n")
        #expect(
            try kizuna(["export", "ics", "--date", "2026-12-01", "--journal", dir.path, "--out", dir.path + "/b.ics"])
                .status == 0)
        let script = """
            import sys, icalendar
            from dateutil.rrule import rrulestr
            for path in sys.argv[1:]:
                cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
                items = [c for c in cal.walk() if c.name in ('VEVENT', 'VTODO')]
                print(sorted(str(c['uid']) for c in items))
            leap = [c for c in cal.walk('VEVENT') if '芽衣' in str(c['summary'])][0]
            start = leap.decoded('dtstart')
            rule = rrulestr(leap['rrule'].to_ical().decode(),
                            dtstart=__import__('datetime').datetime(start.year, start.month, start.day))
            print([d.date().isoformat() for d in rule[:3]])
            print([str(c['summary']) for c in cal.walk('VTODO')], [str(c['summary']) for c in cal.walk('VEVENT')][-1])
            """
        let out = try python(script, [dir.path + "/a.ics", dir.path + "/b.ics"]).split(separator: "\n")
        try #require(out.count == 4)
        #expect(out[0] == out[1], "UIDs changed when a line was added above the plan")
        #expect(out[2] == "['2026-02-28', '2027-02-28', '2028-02-29']")
        #expect(out[3] == "['Book a table'] Dinner with Hanako Tanaka")
        let again = try kizuna(["export", "ics", "--date", "2026-12-01", "--journal", dir.path])
        #expect(again.out == dir.read("b.ics"), "the same journal and day gave other bytes")
    }

    /// Person templates keep a way to reach someone at the top of the front matter (`Email:`, `work_email:`,
    /// `Company:`, `メールアドレス:`), and their role (`role:`; `title:` names the note): `show` lists it, the export
    /// writes it, and an import finds the person by it.
    @Test func contactKeptAtTheTopIsShownExportedAndMatched() throws {
        let dir = try Scratch()
        try dir.write(
            "people/jane.md",
            "---\nName: Jane Doe\nEmail:\n  - jane@example.com\nwork_email: jane@acme.example\nPhone:\n"
                + "Company: \"[[Acme]]\"\ntitle: Jane Doe (notes)\nrole: VP Sales\ntelegram: \"@jane\"\n---\n")
        try dir.write("people/aoi.md", "---\nname: 伊藤 葵\nメールアドレス: aoi@example.jp\n電話番号: 090-1111-2222\n会社: サクラ\n---\n")
        let show = try kizuna(["show", "jane", "--journal", dir.path]).out
        #expect(
            show.contains(
                "  contact: email jane@example.com · work_email jane@acme.example · company Acme · role VP Sales · "
                    + "telegram @jane\n"))
        #expect(try kizuna(["export", "vcard", "--journal", dir.path, "--out", dir.path + "/all.vcf"]).status == 0)
        let script = """
            import sys, vobject
            for card in vobject.readComponents(open(sys.argv[1]).read()):
                get = lambda k: [e.value for e in card.contents.get(k, [])]
                print(card.fn.value, get('email'), get('tel'), get('org'), get('title'))
            """
        #expect(
            try python(script, [dir.path + "/all.vcf"])
                == "伊藤 葵 ['aoi@example.jp'] ['090-1111-2222'] [['サクラ']] []\n"
                + "Jane Doe ['jane@example.com', 'jane@acme.example'] [] [['Acme']] ['VP Sales']\n")
        try dir.write("new.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:J. Doe\r\nEMAIL:JANE@acme.example\r\nEND:VCARD\r\n")
        let r = try kizuna(["import", dir.path + "/new.vcf", "--date", "2026-12-01", "--journal", dir.path])
        #expect(r.err.contains("0 new, 0 updated, 1 unchanged"), "\(r.err)")
    }

    /// A card's handles (Apple's `X-SOCIALPROFILE`, `IMPP` with its service or scheme, RFC 9554's `SOCIALPROFILE`,
    /// Android's `X-SKYPE-USERNAME`) become contact under their service's word; the export writes them back, and
    /// a handle a note keeps (`LINE:`, `slack_id:`), which vobject reads; importing the export changes nothing.
    @Test func handlesGoThroughImportAndExport() throws {
        let dir = try Scratch()
        try dir.write("kizuna.yaml", "owner: me\n")
        try dir.write("people/aoi.md", "---\nname: 伊藤 葵\nLINE: aoi.k\ncontact:\n  slack_id: U123\n---\n")
        try dir.write(
            "cards.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n"
                + "item1.X-SOCIALPROFILE;type=twitter;x-user=ada:http://twitter.com/ada\r\n"
                + "item2.IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:ada.l\r\n"
                + "item3.IMPP:xmpp:ada@jabber.example.com\r\nitem3.X-ABLabel:Jabber\r\n"
                + "X-SOCIALPROFILE:https://www.instagram.com/ada_l\r\n"
                + "SOCIALPROFILE;SERVICE-TYPE=Mastodon:https://example.social/@ada\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ito;Ken;;;\r\nX-SKYPE-USERNAME:ken.ito\r\n"
                + "X-SOCIALPROFILE;type=github;x-user=kenito:\r\nEND:VCARD\r\n")
        let r = try kizuna(["import", "cards.vcf", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(r.status == 0, "\(r.err)")
        let ada = dir.read("people/ada-lovelace.md") ?? ""
        #expect(
            ada.contains(
                "contact:\n  twitter: http://twitter.com/ada\n  skype: ada.l\n  xmpp: ada@jabber.example.com\n"
                    + "  instagram: https://www.instagram.com/ada_l\n  mastodon: https://example.social/@ada\n"),
            "\(ada)")
        #expect(dir.read("people/ken-ito.md")?.contains("contact:\n  skype: ken.ito\n  github: kenito\n") == true)
        #expect(try kizuna(["export", "vcard", "--journal", dir.path, "--out", dir.path + "/all.vcf"]).status == 0)
        let script = """
            import sys, vobject
            for card in vobject.readComponents(open(sys.argv[1]).read()):
                print(card.fn.value, [(p.name, p.params.get('TYPE', p.params.get('X-SERVICE-TYPE', [])), p.value)
                                      for p in card.getChildren() if p.name in ('IMPP', 'X-SOCIALPROFILE')])
            """
        #expect(
            try python(script, [dir.path + "/all.vcf"]).split(separator: "\n") == [
                "Ada Lovelace [('X-SOCIALPROFILE', ['twitter'], 'http://twitter.com/ada'), "
                    + "('X-SOCIALPROFILE', ['instagram'], 'https://www.instagram.com/ada_l'), "
                    + "('X-SOCIALPROFILE', ['mastodon'], 'https://example.social/@ada'), "
                    + "('IMPP', ['Skype'], 'skype:ada.l'), ('IMPP', [], 'xmpp:ada@jabber.example.com')]",
                "伊藤 葵 [('X-SOCIALPROFILE', ['slack'], 'U123'), ('X-SOCIALPROFILE', ['line'], 'aoi.k')]",
                "Ken Ito [('IMPP', ['Skype'], 'skype:ken.ito'), ('X-SOCIALPROFILE', ['github'], 'kenito')]",
            ])
        let before = dir.snapshot()
        let back = try kizuna(["import", dir.path + "/all.vcf", "--date", "2026-12-01", "--journal", dir.path])
        #expect(back.err.contains("0 new, 0 updated, 3 unchanged"), "\(back.err)")
        #expect(dir.snapshot() == before)
    }

    /// A note whose `tags:` only marks it as a person's (`tags: [person]`) keeps that line when a card brings
    /// categories: they differ, and the note is left as it is; a note with no `tags:` takes them.
    @Test func anImportKeepsATagsLineThatOnlyMarksAPerson() throws {
        let dir = try Scratch()
        let marked = "---\nname: Jane Doe\ntags: [person]\n---\n"
        try dir.write("people/jane.md", marked)
        try dir.write("people/bo.md", "---\nname: Bo Li\n---\n")
        try dir.write(
            "cards.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nCATEGORIES:Design\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Li\r\nCATEGORIES:Design\r\nEND:VCARD\r\n")
        let r = try kizuna(["import", "cards.vcf", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(r.status == 0, "\(r.err)")
        #expect(dir.read("people/jane.md") == marked)
        #expect(
            r.err.contains("people/jane.md: tags is '' here but 'Design' in cards.vcf:1; left as it is"), "\(r.err)")
        #expect(dir.read("people/bo.md") == "---\nname: Bo Li\ntags: [Design]\n---\n")
    }

    /// The reading an iPhone, an Android phone or Google Contacts keeps of a name (ふりがな) becomes one of its
    /// aliases, family name first as the name is: a link typed in kana, `[[たなか はなこ]]`, finds her.
    @Test func theReadingOfANameBecomesAnAlias() throws {
        let dir = try Scratch()
        try dir.write(
            "phone.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:田中;花子;;;\r\nFN:田中 花子\r\nX-PHONETIC-FIRST-NAME:はなこ\r\n"
                + "X-PHONETIC-LAST-NAME:たなか\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Stan Karver\r\n"
                + "X-PHONETIC-FIRST-NAME:Stan\r\nX-PHONETIC-LAST-NAME:Karver\r\nEND:VCARD\r\n")
        try dir.write(
            "google.csv",
            "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                + "E-mail 1 - Label,E-mail 1 - Value\n健,,佐藤,けん,,さとう,* Home,ken@example.jp\n")
        let r = try kizuna(
            ["import", "phone.vcf", "google.csv", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(r.status == 0, "\(r.err)")
        #expect((dir.read("people/田中-花子.md") ?? "").contains("\naliases: [たなか はなこ]\n"))
        #expect((dir.read("people/佐藤-健.md") ?? "").contains("\naliases: [さとう けん]\n"))
        #expect(!(dir.read("people/stan-karver.md") ?? "aliases").contains("aliases"))
        try dir.write("log/2026-12-02.md", "[[たなか はなこ]]と[[さとうけん]]とお茶\n")
        let check = try kizuna(["check", "--journal", dir.path])
        #expect(check.out.hasSuffix("0 errors, 0 warnings\n"), "\(check.out)")
    }

    /// A new person's note says where they came from in the journal's language.
    @Test func aJapaneseJournalsImportedNoteSaysWhereItCameFromInJapanese() throws {
        let dir = try Scratch()
        try dir.write("kizuna.yaml", "language: ja\n")
        try dir.write("phone.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:鈴木;一郎;;;\r\nFN:鈴木 一郎\r\nEND:VCARD\r\n")
        let r = try kizuna(["import", "phone.vcf", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(r.status == 0, "\(r.err)")
        #expect((dir.read("people/鈴木-一郎.md") ?? "").contains("\nhow_met: phone.vcf(vCard)から取り込み\n"))
    }

    /// A CSV written in the system's code page, as Excel saves one and Outlook exports one on Windows: LinkedIn's
    /// `Connections.csv` saved by Excel on a Japanese Windows (Shift_JIS), an Outlook export from a Western one
    /// (Windows-1252). The names are read as written, not as UTF-8's replacement characters.
    @Test func aCSVInTheSystemsCodePageIsReadInIt() throws {
        let dir = try Scratch()
        let ascii = { (text: String) in Array(text.utf8) }
        let linkedIn =
            ascii("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
            + [0x89, 0xD4, 0x8E, 0x71] + ascii(",") + [0x93, 0x63, 0x92, 0x86]
            + ascii(",,hanako@example.jp,Acme,CTO,03 Nov 2026\r\n")
        let outlook =
            ascii("\"First Name\",\"Last Name\",\"E-mail Address\"\r\n\"Jos") + [0xE9]
            + ascii("\",\"M") + [0xFC] + ascii("ller\",\"jose@example.de\"\r\n")
        FileManager.default.createFile(atPath: dir.path + "/Connections.csv", contents: Data(linkedIn))
        FileManager.default.createFile(atPath: dir.path + "/outlook.csv", contents: Data(outlook))
        let r = try kizuna(
            ["import", "Connections.csv", "outlook.csv", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(r.status == 0, "\(r.err)")
        #expect((dir.read("people/田中-花子.md") ?? "").contains("name: 田中 花子\n"))
        #expect((dir.read("people/josé-müller.md") ?? "").contains("name: José Müller\n"), "\(r.out)")
    }

    /// Outlook's CSV (which Google Contacts also writes, as "Outlook CSV"): quoted headers in English, readings of
    /// the name, addresses in parts, `0/0/00` for no birthday, a row with no name reported at its line.
    @Test func anOutlookCSVBecomesNotes() throws {
        let dir = try Scratch()
        /// A row as Outlook writes it: every field quoted, lines ending in CRLF.
        func row(_ fields: [String]) -> String { fields.map { "\"\($0)\"" }.joined(separator: ",") + "\r\n" }
        let header = row([
            "First Name", "Middle Name", "Last Name", "Title", "Given Yomi", "Surname Yomi", "Birthday",
            "E-mail Address",
            "E-mail 2 Address", "Mobile Phone", "Home Street", "Home City", "Company", "Job Title", "Notes",
            "Categories",
        ])
        let ann = row([
            "Ann", "May", "Lee", "Ms.", "", "", "3/15/1980", "ann@example.com", "ann@home.example", "+1 555 0100",
            "1 Main St", "Springfield", "Acme", "CTO", "Met at the fair", "Friends;Work",
        ])
        let hanako = row(
            ["花子", "", "田中", "", "はなこ", "たなか", "0/0/00", "hanako@example.jp"] + Array(repeating: "", count: 8))
        let company = row(Array(repeating: "", count: 12) + ["Globex", "", "", ""])
        try dir.write("outlook.csv", header + ann + hanako + company)
        let r = try kizuna(["import", "outlook.csv", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(r.err.hasPrefix("outlook.csv:4:1: error: a row without a name\n"), "\(r.err)")
        let annNote = dir.read("people/ann-may-lee.md") ?? ""
        for line in [
            "birthday: 1980-03-15", "tags: [Friends, Work]", "  email: ann@example.com", "  email2: ann@home.example",
            "  mobile: +1 555 0100", "  home_address: 1 Main St, Springfield", "  organization: Acme", "  title: CTO",
        ] {
            #expect(annNote.contains(line + "\n"), "\(line) in \(annNote)")
        }
        let hanakoNote = dir.read("people/田中-花子.md") ?? ""
        #expect(hanakoNote.contains("name: 田中 花子\n") && hanakoNote.contains("aliases: [たなか はなこ]\n"), "\(hanakoNote)")
        #expect(!hanakoNote.contains("birthday"))
    }

    @Test func theVCardExportIsReadByVobjectAndImportsBackIntoTheSamePeople() throws {
        let dir = try journal()
        _ = try importAll(dir)
        let r = try kizuna(["export", "vcard", "--journal", dir.path, "--out", dir.path + "/all.vcf"])
        #expect(r.status == 0)
        let script = """
            import sys, vobject
            for card in vobject.readComponents(open(sys.argv[1]).read()):
                card.validate() if hasattr(card, 'validate') else None
                emails = [e.value for e in card.contents.get('email', [])]
                print(card.fn.value, card.version.value, emails, card.bday.value if 'bday' in card.contents else '')
            """
        let printed = try python(script, [dir.path + "/all.vcf"])
        #expect(printed.contains("Hanako Tanaka 4.0 ['hanako@example.com'] 19851202\n"))
        #expect(printed.contains("Ken Sato 4.0 ['ken@work.example', 'ken@home.example'] --0413\n"))
        #expect(printed.split(separator: "\n").count == 11)
        let before = dir.snapshot()
        let back = try kizuna(["import", dir.path + "/all.vcf", "--date", "2026-12-01", "--journal", dir.path])
        #expect(back.err.contains("0 new, 0 updated, 11 unchanged"), "\(back.err)")
        #expect(dir.snapshot() == before)
    }

    /// Where a card files an address (`TYPE=WORK`, 2.1's bare `CELL`, iPhone's `type=HOME;type=pref`) names its key
    /// in the note (`work_email`, `mobile`, `home_address`), so the export gives each its TYPE back.
    @Test func anImportedCardKeepsItsTypesThroughTheExport() throws {
        let dir = try Scratch()
        try dir.write("kizuna.yaml", "owner: me\n")
        let r = try kizuna(
            ["import", "iphone.vcf", "android.vcf", "--date", "2026-12-01", "--journal", dir.path], cwd: importFixtures)
        #expect(r.status == 0, "\(r.err)")
        let yui = dir.read("people/鈴木-結衣.md") ?? ""
        #expect(yui.contains("contact:\n  home_email: yui@example.jp\n  mobile: \"08012345678\"\n"), "\(yui)")
        _ = try kizuna(["export", "vcard", "--journal", dir.path, "--out", dir.path + "/all.vcf"])
        let script = """
            import sys, vobject
            for card in vobject.readComponents(open(sys.argv[1]).read()):
                reach = [(p.name, p.params.get('TYPE', []))
                         for p in card.getChildren() if p.name in ('EMAIL', 'TEL', 'ADR')]
                print(card.fn.value, reach)
            """
        let printed = try python(script, [dir.path + "/all.vcf"]).split(separator: "\n").map(String.init)
        #expect(printed.contains("David Chen [('EMAIL', ['work'])]"), "\(printed)")
        #expect(printed.contains("Kiran [('TEL', ['cell']), ('TEL', ['cell'])]"))
        #expect(printed.contains("鈴木 結衣 [('EMAIL', ['home']), ('TEL', ['cell'])]"))
        #expect(printed.contains("Hanako Tanaka [('EMAIL', []), ('TEL', ['cell']), ('ADR', ['home'])]"))
    }

    /// A VCF Contacts vault's cards, exported: each way to reach a contact keeps the TYPE its key names
    /// (`EMAIL[HOME]`, `TEL[CELL]`, `ADR[HOME].STREET`, `EMAIL.HOME`), as vobject reads them, and the card's UID.
    @Test func theVCardExportKeepsTheTypesAContactsKeysName() throws {
        let vault = packageRoot + "/Tests/KizunaCLITests/Fixtures/vaults/contacts"
        let dir = try Scratch()
        let r = try kizuna(["export", "vcard", "--journal", vault, "--out", dir.path + "/cards.vcf"])
        #expect(r.status == 0)
        let script = """
            import sys, vobject
            for card in vobject.readComponents(open(sys.argv[1]).read()):
                reach = [(p.name, p.params.get('TYPE', []), p.value if p.name != 'ADR' else p.value.street)
                         for p in card.getChildren() if p.name in ('EMAIL', 'TEL', 'ADR', 'URL')]
                print(card.fn.value, card.uid.value, reach)
            """
        let printed = try python(script, [dir.path + "/cards.vcf"]).split(separator: "\n").map(String.init)
        #expect(printed.count == 3)
        #expect(
            printed.first?.hasPrefix("Hana Yamada urn:uuid:0197-hana-0001 [('EMAIL', ['home'], 'hana@example.jp'), ")
                == true, "\(printed)")
        #expect(
            printed.first?.contains(
                "('TEL', ['cell'], '+819012345678'), ('ADR', ['home'], '1 Sakura Lane, Kyoto, Japan')")
                == true)
        #expect(printed.first?.contains("('URL', ['work'], 'https://studio.example.jp/hana')") == true)
        #expect(
            printed.last
                == "佐藤 健 urn:kizuna:佐藤 健 [('EMAIL', ['home'], 'ken@example.jp'), ('TEL', [], '+81 90 0000 0001'), "
                + "('ADR', ['home'], '札幌')]")
    }
}
