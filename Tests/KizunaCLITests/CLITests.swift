import Foundation
import Testing
import KizunaCore

/// The package root, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// Runs the built `kizuna` binary.
func kizuna(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws -> (
    status: Int32, out: String, err: String
) {
    let binary = packageRoot + "/.build/debug/kizuna"
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        throw CLIError(message: "\(binary) is missing: build it with `swift build --product kizuna` (make test does)")
    }
    return try run(binary, arguments, cwd: cwd, environment: environment)
}

struct CLIError: Error, CustomStringConvertible { var message: String; var description: String { message } }

@discardableResult
func run(_ executable: String, _ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws
    -> (status: Int32, out: String, err: String)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "KIZUNA_JOURNAL")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

func git(_ args: [String], in dir: String) throws -> String {
    let r = try run("/usr/bin/env", ["git", "-C", dir] + args)
    guard r.status == 0 else { throw CLIError(message: "git \(args.joined(separator: " ")) failed: \(r.err)") }
    return r.out
}

/// A copy of a folder in a temporary place, removed afterwards.
final class Scratch {
    let path: String
    init(copying source: String? = nil) throws {
        path = NSTemporaryDirectory() + "kizuna-cli-" + UUID().uuidString
        if let source {
            try FileManager.default.copyItem(atPath: source, toPath: path)
        } else {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
    func read(_ relative: String) -> String? { try? String(contentsOfFile: path + "/" + relative, encoding: .utf8) }
    /// Every file below the folder (but .git) with its contents.
    func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: path)
        while let rel = e?.nextObject() as? String {
            if rel.hasPrefix(".git") { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: path + "/" + rel)
            }
        }
        return out
    }
}

let samples = packageRoot + "/samples/journal"
let broken = packageRoot + "/Tests/KizunaCLITests/Fixtures/broken"
let coreGolden = packageRoot + "/Tests/KizunaCoreTests/Golden"

func golden(_ name: String, _ actual: String, dir: String = packageRoot + "/Tests/KizunaCLITests/Golden") {
    let path = dir + "/" + name
    if ProcessInfo.processInfo.environment["KIZUNA_RECORD"] == "1" {
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    let expected = try? String(contentsOfFile: path, encoding: .utf8)
    #expect(expected != nil, "golden file \(name) is missing; run with KIZUNA_RECORD=1")
    #expect(actual == expected, "differs from golden file \(name)")
}

@Suite(.serialized) struct CheckCommandTests {
    @Test func theSampleJournalIsCleanAndExitsZero() throws {
        let r = try kizuna(["check", "--journal", samples])
        #expect(r.status == 0)
        #expect(r.out == "18 notes, 16 people, 25 entries, 7 tasks: 0 errors, 0 warnings\n")
        #expect(r.err.isEmpty)
    }

    @Test func aJournalWithOneMistakeOfEachKindPrintsEachAtItsPlaceAndExitsOne() throws {
        let r = try kizuna(["check", "--journal", broken])
        #expect(r.status == 1)
        golden("check-broken.txt", r.out)
    }

    /// Vaults laid out as public ones are (kepano's categories, an Obsidian CRM template, a Foam template, a "life
    /// OS" vault with Excalidraw scripts and drawings, Templater templates, callouts holding code, a people folder
    /// with its own folder note, README and DB table, a Logseq graph with its backups, journal titles, escaped
    /// page names and pages it links without writing, a "personal OS" vault with `_template.md` and `_index.md` in its
    /// people folder and templates beside the notes made from them), each with one or two planted mistakes: those
    /// are all `check` reports.
    @Test(arguments: ["categories", "crm", "foam", "lifeos", "logseq", "personal-os"])
    func anObsidianOrFoamVaultAsItIsChecksCleanApartFromItsPlantedMistakes(vault: String) throws {
        let path = try checkedVault(vault)
        if vault == "personal-os" {
            // `_template.md` (marked a person, as the notes made from it are) and `_index.md` are no one.
            #expect(try listed(path, columns: 1) == ["ken-ito", "mina-park"])
        }
    }

    /// The vault fixture `name`'s path, once `check` on it exits with `status` and prints its golden output.
    func checkedVault(_ name: String, status: Int32 = 0) throws -> String {
        let vault = packageRoot + "/Tests/KizunaCLITests/Fixtures/vaults/" + name
        let r = try kizuna(["check", "--journal", vault])
        #expect(r.status == status)
        golden("check-vault-\(name).txt", r.out)
        return vault
    }

    /// The first `columns` columns of `list` on `vault`, a row a person.
    func listed(_ vault: String, columns: Int, _ more: [String] = []) throws -> [String] {
        let list = try kizuna(["list", "--format", "tsv", "--journal", vault] + more).out
        return list.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t").prefix(columns).joined(separator: " ")
        }
    }

    /// A vault of meetings as exporters and templates write them: Granola's notes stamped in UTC with their attendees
    /// as tags, or by email address; a meeting dated with its clock time and a remark after a name; Japanese minutes
    /// keeping their details in a table; a daily note embedding a person's note; people marked `type: crm-contact`.
    /// Its mistakes: a name mistyped, a meeting's date in words no day is. A Granola meeting falls on the day of the
    /// machine's time zone.
    @Test func aVaultOfExportedMeetingsIsReadAsItsExportersWriteIt() throws {
        let vault = try checkedVault("exports")
        #expect(
            try listed(vault, columns: 5) == [
                "Eddie Brock Eddie Brock network active 2026-11-24", "Jane Smith Jane Smith network active 2026-11-26",
                "Vaibhav Vaibhav network active 2026-11-26", "佐藤 健 佐藤 健 network active 2026-11-28",
                "田中 花子 田中 花子 network active 2026-11-27",
            ])
        for (zone, day) in [("UTC", "2026-11-20"), ("Asia/Tokyo", "2026-11-21")] {
            let show = try kizuna(
                ["show", "Jane Smith", "--journal", vault, "--date", "2026-12-01"], environment: ["TZ": zone])
            #expect(show.out.contains("  \(day) Team Standup · Granola/Team_Standup.md:12\n"), "\(zone)")
        }
    }

    /// A vault kept as the LifeOS Enterprise template keeps one: numbered folders, people marked `type: person` with
    /// the day last and next in touch, meetings with `attendees:`, the Tasks plugin's Dataview and scheduled dates, a
    /// person's note Windows' Notepad saved as UTF-16 and one saved as Shift_JIS. Its mistakes: a YAML value holding
    /// `: `, a name mistyped.
    @Test func aLifeOSEnterpriseVaultIsReadInEveryEncodingItsNotesAreSavedIn() throws {
        let vault = try checkedVault("enterprise", status: 1)
        #expect(
            try listed(vault, columns: 5) == [
                "Jane Roe Jane Roe network active 2026-11-20", "Ken Sato Ken Sato network active 2026-11-25",
                "佐藤 花子 佐藤 花子 network active 2026-11-10",
            ])
        let r = try kizuna(["digest", "--journal", vault, "--date", "2026-12-07", "--stdout", "--format", "json"])
        let digest = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let steps = try #require(digest["next_steps"] as? [[String: Any]])
        #expect(
            steps.map { "\($0["text"] ?? "") \($0["due"] ?? "") \($0["status"] ?? "")" } == [
                "Send Jane Roe the revised diagram 2026-11-27 overdue",
                "Send her the portfolio draft 2026-12-01 overdue",
                "Book the offsite with Ken Sato 2026-12-02 overdue", "本を送る 2026-12-05 overdue",
                "Get in touch 2026-12-10 due_soon",
            ])
    }

    /// A work vault filed by area, as jvallery/Notes is: each person a folder whose `README.md` is their note (`type:
    /// people`), beside their 1:1 notes, which carry the same type with `date:` and `participants:`; a customer's
    /// folder with its README and meetings; an unfilled `{ { DATE } }` a formatter wrote; an archive the vault
    /// excludes (`userIgnoreFilters`); in a person's folder, a note named by a day that names no one and a page of
    /// open topics ending in a Tasks query whose fence was cut off. Its Tasks plugin's own statuses: `[?]` proposed
    /// (to do), `[R]` rejected (cancelled), `[i]` information (no task). Its mistakes: a participant's name
    /// mistyped, and the placeholders.
    @Test func aVaultFiledByAreaReadsEachFoldersReadmeAsItsPerson() throws {
        let vault = try checkedVault("areas")
        #expect(
            try listed(vault, columns: 5) == [
                "Mei Tanaka Mei Tanaka network active 2026-11-20", "Raj Patel Raj Patel network active 2026-10-02",
                "Sam Ortiz Sam Ortiz network active 2026-11-25",
            ])
        let sam = try kizuna(["show", "Sam Ortiz", "--date", "2026-12-05", "--journal", vault]).out
        #expect(sam.contains("  2026-11-25 Coffee #meet · Work/People/Sam Ortiz/2026-11-25 - Coffee.md:1\n"), "\(sam)")
        #expect(
            sam.contains(
                "Open tasks (2)\n  [ ] Ask about the offsite · Work/People/Sam Ortiz/Open Topics.md:9\n"
                    + "  [ ] Draft the offsite agenda · "), "\(sam)")
        let show = try kizuna(["show", "Mei Tanaka", "--date", "2026-12-05", "--journal", vault]).out
        #expect(
            show.contains("  note: Work/People/Mei Tanaka/README.md\n\nTouches (2)\n  2026-11-20 1:1 with Mei Tanaka"))
        #expect(show.contains("Open tasks (2)\n  [ ] Send the revised price sheet to Mei Tanaka · due 2026-11-27"))
        #expect(show.contains("  [ ] Propose a second pilot site to Mei Tanaka #proposed · due 2026-12-10 (Thu)"))
        // `done` ticks a proposed task as the plugin would.
        let dir = try Scratch()
        try FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.copyItem(atPath: vault, toPath: dir.path)
        #expect(try kizuna(["done", "second pilot", "--date", "2026-12-05", "--journal", dir.path]).status == 0)
        let note = try String(
            contentsOfFile: dir.path
                + "/Work/People/Mei Tanaka/2026-11-20 - 1-1 with Mei Tanaka- pricing review and pilot scope.md",
            encoding: .utf8)
        #expect(
            note.contains("- [x] Propose a second pilot site to [[Mei Tanaka]] 📅 2026-12-10 #proposed ✅ 2026-12-05\n"))
    }

    /// A vault whose folders are numbered (`4-Daily/`, `5-Meetings/2026/11-November/`, `6-People/Professional/`), as
    /// PARA vaults kept by hand and by agents are, with the person templates public vaults use: kebab-case keys
    /// (`last-contact:`), `birthdate:` and `first_met:`, a note named by its kind and titled by the name (`Person -
    /// Bob Lee.md`), a conversation log whose headings part the date from the title with a dash; Japanese minutes
    /// (`日付:`, `参加者:`, and minutes that say so in their text); a daily note linking the days before and after,
    /// which have no note; a Spanish template
    /// folder (`00-Plantillas.`). Its planted mistakes: a name mistyped and an index note that is gone.
    @Test func aNumberedVaultWithTemplatesPeopleReadsItsPeopleAndMeetings() throws {
        let vault = try checkedVault("numbered")
        #expect(
            try listed(vault, columns: 5) == [
                "Jane Doe Jane Doe network active 2026-11-12", "Person - Bob Lee Bob Lee network active 2026-11-14",
            ])
        let jane = try kizuna(["show", "Jane Doe", "--date", "2026-12-05", "--journal", vault]).out
        #expect(jane.contains("  birthday: 1990-12-10\n"), "\(jane)")
        #expect(
            jane.contains(
                "Touches (3)\n  2026-11-12 定例 · 5-Meetings/2026/11-November/2026-11-12 - 定例.md:6\n"
                    + "  2026-11-10 Product sync · 6-People/Professional/Acme/Jane Doe.md:18\n"
                    + "  2026-10-02 Coffee · 6-People/Professional/Acme/Jane Doe.md:15\n"), "\(jane)")
        let bob = try kizuna(["show", "Bob Lee", "--date", "2026-12-05", "--journal", vault]).out
        #expect(bob.hasPrefix("Bob Lee (Person - Bob Lee)\n") && bob.contains("  met: 2019-04-01\n"), "\(bob)")
        #expect(bob.contains("  2026-11-13 1on1 · 5-Meetings/2026/11-November/1on1.md:1\n"), "\(bob)")
    }

    /// A work vault kept with the person templates people copy: a `people/` folder of slugs with `name:`,
    /// `met_date:` and `met_context:`, and its README showing the template in a code block; a note in camelCase
    /// (`lastContact:`, `metDate:`); Dann Berg's template (`date_last_spoken:`, `follow_up:`, no `name:`, the file
    /// named as the person); a 1:1 note (`person: "[[people/Jane Smith]]"`) whose action item names no one; a
    /// meeting note; a template folder. Its planted mistakes: tags written with `#` in brackets (the rest of that
    /// front matter still read) and a name mistyped.
    @Test func aWorkVaultOfPersonTemplatesAndOneOnOnesReadsAsItIs() throws {
        let vault = try checkedVault("work", status: 1)
        #expect(
            try listed(vault, columns: 5) == [
                "Dana Berg Dana Berg network active 2026-11-20", "Jane Smith Jane Smith network active 2026-11-25",
                "ben-cohen Ben Cohen network active 2026-01-26", "ken-ito Ken Ito close active",
                "old-boss Sam Carter network paused 2025-03-01",
            ])
        let jane = try kizuna(["show", "Jane Smith", "--date", "2026-12-05", "--journal", vault]).out
        #expect(jane.contains("  met: 2024-05-02\n"), "\(jane)")
        // The template's `nextAction:` is an open task too, at its line.
        #expect(
            jane.contains(
                "Open tasks (2)\n  [ ] send Jane the deck · due 2026-12-01 (Tue) · 1on1/2026-11-25 Jane.md:14\n"
                    + "  [ ] send the deck · people/Jane Smith.md:9\n"),
            "\(jane)")
        let ben = try kizuna(["show", "ben-cohen", "--date", "2026-12-05", "--journal", vault]).out
        #expect(ben.contains("  met: 2026-01-26 · Zoom call, intro via Max\n"), "\(ben)")
        let ken = try kizuna(["show", "ken-ito", "--date", "2026-12-05", "--journal", vault]).out
        #expect(ken.contains("  birthday: 1988-12-12\n"), "\(ken)")
    }

    /// Contacts kept as CRM templates write them: a slug for a file name and the name as the first heading (with a
    /// role after a dash), a profile of bold labels, and each person's touches a list item each under a log's
    /// heading (`## Interactions`, `## 💬 Conversations`, `## やりとり`); dated items under other headings are no
    /// touch. Its planted mistakes: a log item's impossible date and a mistyped link.
    @Test func aCRMOfSlugNamedContactsAndListedTouchesReadsAsItIs() throws {
        let vault = try checkedVault("lists")
        #expect(
            try listed(vault, columns: 5) == [
                "alice-chen Alice Chen network active 2026-11-20", "bob-li Bob Li network active 2026-11-27",
                "dana-ng Dana Ng network active", "田中-花子 田中 花子 network active 2026-11-25",
            ])
        let alice = try kizuna(["show", "Alice Chen", "--date", "2026-12-05", "--journal", vault]).out
        #expect(
            alice.contains(
                "Touches (3)\n  2026-11-20 Coffee with Alice Chen #meet · contacts/bob-li.md:6\n"
                    + "  2026-10-03 Sent her the pricing article #give · contacts/alice-chen.md:16\n"
                    + "  2026-09-14 Lunch, she asked for a hiring referral #ask · contacts/alice-chen.md:14\n"),
            "\(alice)")
    }

    /// A vault kept with the Obsidian plugin Personal CRM (xuvi7's): its `prm-` keys (tiers, a cadence, the day
    /// last in touch, birthdays, a snooze, a pause), a contact log under each person kept newest first with links
    /// to the day's notes, a People MOC, daily notes that link people in text and tasks, embeds of attachments.
    /// Its planted mistakes: a cadence that is no duration and a mistyped name.
    @Test func aPersonalCRMVaultReadsItsKeysAndLogs() throws {
        let vault = try checkedVault("prm", status: 1)
        #expect(
            try listed(vault, columns: 5) == [
                "Alex Chen Alex Chen network active 2026-11-20", "Ren Mochizuki Ren Mochizuki network paused",
                "Sam Rivera Sam Rivera network active 2026-11-20",
            ])
        let alex = try kizuna(["show", "Alex Chen", "--date", "2026-12-05", "--journal", vault]).out
        #expect(alex.contains("every 14 days") && alex.contains("snoozed until 2026-12-20"), "\(alex)")
        let sam = try kizuna(["show", "Sam Rivera", "--date", "2026-12-05", "--journal", vault]).out
        #expect(
            sam.contains(
                "Touches (3)\n  2026-11-20 Coffee at the gym · People/Sam Rivera.md:14\n"
                    + "  2026-11-14 Coffee with Sam Rivera, talked about the gym. !photo.jpg · Daily/2026-11-14.md:3\n"
                    + "  2026-10-02 Texted about the trip · People/Sam Rivera.md:15\n"),
            "\(sam)")
        #expect(sam.contains("every 30 days") && sam.contains("birthday: 04-17"), "\(sam)")
    }

    /// A CRM vault as BryanHogan/Obsidian-CRM lays one out, with no kizuna.yaml: `People/` capitalized, keys
    /// capitalized, meeting notes with `Date:` and their people listed under `## Participants`, a notes-on-a-person
    /// note beside the person (`person:`, `###` headings newest first, a template's `[[YYYY-MM-DD]]` left in), a
    /// daily note linking its week, month and the meetings' folder, Japanese minutes listing `### 参加者：`, and the
    /// template folder `.obsidian/templates.json` names. Its one planted mistake: a name mistyped.
    @Test func aCRMVaultsMeetingsAndNotesOnPeopleAreTouches() throws {
        let vault = try checkedVault("meetings")
        #expect(
            try listed(vault, columns: 5) == [
                "Max Muster Max Muster network active 2024-06-18", "Thomas Neu Thomas Neu network active 2024-06-20",
            ])
        let thomas = try kizuna(["show", "Thomas Neu", "--date", "2024-07-05", "--journal", vault]).out
        #expect(
            thomas.contains(
                "Touches (3)\n  2024-06-20 Walk in the park · People/Thomas Neu - 1on1.md:7\n"
                    + "  2024-06-14 Meeting - 2024-06-14 2247 · Meetings/Meeting - 2024-06-14 2247.md:6\n"
                    + "  2024-06-10 Coffee · People/Thomas Neu - 1on1.md:11\n"),
            "\(thomas)")
        #expect(thomas.contains("[ ] Send Thomas the grant form · due 2024-07-01"), "\(thomas)")
        let log = try kizuna([
            "log", "Tea", "--to", "People/Thomas Neu - 1on1.md", "--date", "2024-07-05", "--dry-run", "--journal",
            vault,
        ])
        #expect(log.out.hasSuffix("### 2024-07-05 — Tea\n"), "\(log.out)")
    }

    /// A Dendron workspace as dendronhq/dendron-site lays one out, with no kizuna.yaml: `dendron.yml` naming its
    /// vault, notes named by their hierarchy (`project.launch.kickoff`), links written label first (`[[Ann|user.ann-
    /// lee]]`), across vaults (`dendron://notes/root`) and as note references (`![[note#agenda,1:#*]]`), people as
    /// user notes (`user.ann-lee`, named by `title:`) and user tags (`@ann-lee`, in English and Japanese text), and a
    /// day in the daily journal (`daily.journal.2026.11.24`). Its planted mistakes: a link to a note not written, and
    /// a user tag mistyped beside an email address.
    @Test func aDendronWorkspacesUserNotesArePeopleAndItsLinksNameTheirTargetsAfterTheBar() throws {
        let vault = try checkedVault("dendron")
        #expect(
            try listed(vault, columns: 5) == [
                "user.ann-lee Ann Lee network active 2026-11-24", "user.ben-ortiz Ben Ortiz network active 2026-11-24",
                "user.tanaka-hanako 田中 花子 network active 2026-11-18",
            ])
        let ann = try kizuna(["show", "Ann Lee", "--date", "2026-11-25", "--journal", vault]).out
        #expect(
            ann.contains(
                "Touches (3)\n  2026-11-24 Lunch with Ann and @ben-ortiz about the launch. · "
                    + "vault/daily.journal.2026.11.24.md:9\n"
                    + "  2026-11-20 Coffee · vault/user.ann-lee.md:11\n"
                    + "  2026-11-18 @ann-lee と打ち合わせ · vault/user.tanaka-hanako.md:9\n"),
            "\(ann)")
    }

    /// In a Dendron workspace `add` writes a user note, beside the others, else in the workspace's first vault: a
    /// note in the people folder would be no one Dendron shows, and a note in the vault named otherwise no one.
    @Test func addInADendronWorkspaceWritesAUserNote() throws {
        let copy = try Scratch(copying: packageRoot + "/Tests/KizunaCLITests/Fixtures/vaults/dendron")
        #expect(
            try kizuna(["add", "Carol Vance", "--journal", copy.path]).err == "created vault/user.carol-vance.md\n")
        #expect(try listed(copy.path, columns: 2).contains("user.carol-vance Carol Vance"))
        let empty = try Scratch()
        try empty.write("dendron.yml", "version: 5\nworkspace:\n  vaults:\n    - fsPath: notes\n      name: notes\n")
        try empty.write("notes/root.md", "---\ntitle: Root\n---\n")
        #expect(try kizuna(["add", "田中 花子", "--journal", empty.path]).status == 0)
        #expect(try listed(empty.path, columns: 2) == ["user.田中-花子 田中 花子"])
        #expect(FileManager.default.fileExists(atPath: empty.path + "/notes/user.田中-花子.md"))
    }

    /// `init` in a Dendron workspace writes kizuna.yaml alone, with `people_dir` left as a comment: no `people/`,
    /// `log/` or README beside the workspace's vaults, and no warning that the people folder is missing.
    @Test func initInADendronWorkspaceWritesTheSettingsAlone() throws {
        let dir = try Scratch()
        try dir.write("dendron.yml", "version: 5\nworkspace:\n  vaults:\n    - fsPath: notes\n")
        try dir.write("notes/root.md", "---\ntitle: Root\n---\n")
        let r = try kizuna(["init", dir.path])
        #expect(r.status == 0)
        #expect(r.err.contains("kizuna.yaml (a Dendron workspace: its user notes are people"), "\(r.err)")
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == [
                "dendron.yml", "kizuna.yaml", "notes",
            ])
        #expect(dir.read("kizuna.yaml")?.contains("\n# people_dir: people ") == true)
        #expect(
            try kizuna(["check", "--journal", dir.path]).out
                == "1 note, 0 people, 0 entries, 0 tasks: 0 errors, 0 warnings\n")
    }

    /// `init` in a folder of notes Denote names writes kizuna.yaml alone, `people_dir` a comment saying where the
    /// people are instead: no `people/`, `log/` or README among the notes; a folder of other notes gets them.
    @Test func initInADenoteFolderWritesTheSettingsAlone() throws {
        let dir = try Scratch()
        try dir.write("20231015T093000--jane-doe__person.md", "---\ntitle: \"Jane Doe\"\n---\n")
        try dir.write("20240110T080000--reading-list__books.md", "---\ntitle: \"Reading list\"\n---\n")
        try dir.write("inbox.md", "- call Jane\n")
        let r = try kizuna(["init", dir.path])
        #expect(r.err.contains("kizuna.yaml (notes Denote names: those whose keywords hold `person` are people)"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)).count == 4)
        #expect(dir.read("kizuna.yaml")?.contains("\n# people_dir: people ") == true)
        #expect(try listed(dir.path, columns: 2) == ["20231015T093000--jane-doe__person Jane Doe"])
        let other = try Scratch()
        try other.write("inbox.md", "- call Jane\n")
        try other.write("20231015T093000--jane-doe__person.md", "x\n")
        try other.write("20231016T101500.md", "A Zettelkasten's note, named by the time alone.\n")
        #expect(try kizuna(["init", other.path]).err.contains("kizuna.yaml, people/, log/, README.md\n"))
    }

    /// An agent's memory folder, as chrislemke/stoffy and the memory layouts agents are told to keep lay one out, with
    /// no kizuna.yaml: `CLAUDE.md` at the root and in the people folder, a person a folder (`people/alice/profile.md`
    /// beside `preferences.md` and dated `decisions/`), a meeting's participants listed with their roles, and links by
    /// path to a profile (`[[alice/profile|Alice]]`), a person's folder and a project's decision. Its planted
    /// mistakes: a participant with no note, and a link to a folder not there.
    @Test func anAgentsMemoryFolderKeepsAPersonAFolderWithTheirProfile() throws {
        let vault = try checkedVault("memory")
        #expect(
            try listed(vault, columns: 5) == [
                "alice Alice Ng close active 2026-11-21", "ben-ortiz Ben Ortiz network active 2026-11-21",
            ])
        let alice = try kizuna(["show", "Alice", "--date", "2026-11-25", "--journal", vault]).out
        #expect(
            alice.contains(
                "Touches (3)\n  2026-11-21 Design review · meetings/2026-11-21 - design review.md:11\n"
                    + "  2026-11-20 · people/alice/decisions/2026-11-20.md:1\n"
                    + "  2026-11-18 Coffee #meet · people/alice/profile.md:11\n"),
            "\(alice)")
    }

    /// A vault kept with Orbit (an Obsidian plugin for keeping in touch), with no kizuna.yaml: people filed by
    /// category under `People/`, how often to be in touch in `frequency:` (`Weekly`, `Bi-Weekly`, `Bi-Annually`), how
    /// the last touch was made in `last_interaction:` (`call`), a status with a mark (`🔴 Inactive`), a template's
    /// closeness (`relationship_strength: Close`), the plugin's `## Interaction Log`, and its template in the folder
    /// `.obsidian/templates.json` names. Its planted mistake: a name mistyped in a daily note.
    @Test func anOrbitVaultKeepsItsCadencesAndLogs() throws {
        let vault = try checkedVault("orbit")
        #expect(
            try listed(vault, columns: 6) == [
                "Dad Dad network active 2026-11-02 2026-11-09", "Lee Park Lee Park network paused 2025-06-10",
                "Maya Chen Maya Chen network active 2026-10-20",
                "Sam Ortiz Sam Ortiz close active 2026-11-20 2027-05-19",
            ])
        let digest = try kizuna(["digest", "--date", "2026-11-24", "--stdout", "--journal", vault]).out
        #expect(digest.contains("1. **[Dad](../People/Family/Dad.md)**: network, every 7 days; last touch 2026-11-02"))
        // A new person carries the tag Orbit finds its contacts by, beside their own tags.
        let add = try kizuna(["add", "Jo Park", "--tags", "friend", "--dry-run", "--journal", vault]).out
        #expect(add.hasSuffix("---\nname: Jo Park\ntags: [people, friend]\n---\n# Jo Park\n\n"), "\(add)")
        let tagged = try kizuna(["add", "Jo Park", "--tags", "friend, people", "--dry-run", "--journal", vault]).out
        #expect(tagged.hasSuffix("---\nname: Jo Park\ntags: [friend, people]\n---\n# Jo Park\n\n"), "\(tagged)")
    }

    /// A manager's 1:1s as the 1:1 Manager plugin keeps them: a profile a report under `1-1s/people` (`name:`,
    /// `role:`, agenda items as a list of mappings), and a folder a report of notes named by the day, each with
    /// `person:` in plain text and `date:`, its action items (one left empty) and private notes. Its planted
    /// mistake: a name mistyped in `person:`.
    @Test func oneOnOneNotesNamingTheirPersonInPlainTextAreMeetings() throws {
        let vault = try checkedVault("one-on-ones")
        #expect(
            try listed(vault, columns: 5, ["--date", "2026-11-24"]) == [
                "Jane-Doe Jane Doe network active 2026-11-17", "Omar-Haddad Omar Haddad network active",
            ])
        // The 1:1's action item is about its person: stale five weeks on; the one left empty is none.
        let digest = try kizuna(["digest", "--date", "2026-12-10", "--stdout", "--journal", vault]).out
        #expect(digest.contains("- [ ] Review her promo packet · since 2026-11-03 (Tue) · [Jane Doe]("), "\(digest)")
    }

    /// A vault whose people are made from a Templater template that fills what it was not told with `undefined`
    /// (`person-company: ["[[undefined]]"]`, `Email:: \`undefined\``), names each person in `title:` (`Mia-Chen.md`
    /// titled `Mia Chen`), explains its keys in a `%%` comment and keeps contact details in collapsed callouts; its
    /// template in the folder Templater's settings name. Its planted mistake: a name mistyped in a task.
    @Test func aTemplatersUnfilledFieldsAreNoContactAndItsTitlesAreNames() throws {
        let vault = try checkedVault("callouts")
        #expect(
            try listed(vault, columns: 5, ["--date", "2026-11-24"]) == [
                "Mia-Chen Mia Chen network active 2026-11-02", "Oliver-Brandt Oliver Brandt network active 2026-11-20",
            ])
        let mia = try kizuna(["show", "mia-chen", "--date", "2026-11-24", "--journal", vault]).out
        #expect(mia.contains("  contact: person_company Acme · email mia.chen@example.com\n"), "\(mia)")
        let oliver = try kizuna(["show", "oliver-brandt", "--date", "2026-11-24", "--journal", vault]).out
        #expect(oliver.contains("  contact: phone +49 30 1234 5678\n"), "\(oliver)")
    }

    /// A vault made from CRM person templates: contact details in the front matter shown again in the body by
    /// Dataview (`| **Email** | \`= this.email\` |`, `- **LinkedIn**: \`= this.linkedin\``), `tags: [people,
    /// contact]`, a conversation log of dated headings beside a placeholder one (`### [Date] - [Topic]`), an
    /// "Interaction Timeline" table that sums up those headings, empty links (`[[]]`), a meeting with attendees.
    /// Its planted mistake: an attendee's name mistyped.
    @Test func crmTemplatesDataviewValuesAndTimelinesAreNoFalseAlarm() throws {
        let vault = try checkedVault("conversations")
        #expect(
            try listed(vault, columns: 5, ["--date", "2025-12-06"]) == [
                "Ken Ito Ken Ito network active 2025-11-28", "Maria Lopez Maria Lopez network active 2025-12-02",
                "Tom Baker Tom Baker network active 2025-10-02",
            ])
        let maria = try kizuna(["show", "maria", "--date", "2025-12-06", "--journal", vault]).out
        #expect(
            maria.contains("  contact: email maria@example.com · company Globex · role Head of Research\n"), "\(maria)")
        #expect(!maria.contains("  tags:"), "\(maria)")
    }

    /// Notes as Emacs's Denote names them in markdown (`20231015T093000--jane-doe__person_work.md`, a signature
    /// after `==`, `title:` and `identifier:` in the front matter): a note whose keywords hold `person` is a person's,
    /// named by its title, and a link to a note's identifier (`[Aoi](denote:20240305T120000)`, `[[denote:…]]`, an
    /// Org search after `::`) is a link to it, as `log` writes one. Its planted mistake: a link to an identifier no
    /// note has.
    @Test func denoteNotesAreNamedByTheirTitleAndLinkedByTheirIdentifier() throws {
        let vault = try checkedVault("denote")
        #expect(
            try listed(vault, columns: 5, ["--date", "2025-11-24"]) == [
                "20231015T093000--jane-doe__person_work Jane Doe network active 2025-11-20",
                "20240102T101500--ken-ito__person Ken Ito network active 2025-11-20",
                "20240305T120000--伊藤-葵__person_design 伊藤 葵 network active 2025-10-18",
            ])
        let ken = try kizuna(["show", "ken", "--date", "2025-11-24", "--journal", vault]).out
        #expect(ken.contains("Touches (1)\n  2025-11-20 Dinner in Shibuya · 20251120T180000--dinners__journal.md:8\n"))
        let graph = try kizuna(["graph", "--format", "mermaid", "--date", "2025-11-24", "--journal", vault]).out
        #expect(graph.contains("  n1[\"Jane Doe\"]\n  n2[\"Ken Ito\"]\n") && graph.contains("  n1 --- n2\n"))
        // `log` links them as Denote does.
        let log = try kizuna(
            [
                "log", "Dinner", "--with", "jane", "--with", "ken", "--date", "2025-12-01", "--dry-run", "--journal",
                vault,
            ])
        #expect(
            log.out.contains(
                "## 2025-12-01 Dinner with [Jane Doe](denote:20231015T093000), [Ken Ito](denote:20240102T101500)\n"),
            "\(log.out)")
    }

    /// A Notion workspace exported as markdown: every file and folder named by its page's title and id (`People
    /// 0f1e…/Jane Doe 1f2e….md`), a person's properties as lines under their heading (`Last contacted: November 2,
    /// 2025`, `Tags:`, `Introduced by:` a link to a page), meetings with `Date:` in words and `Attendees:` as links
    /// to the pages, one to a page not exported.
    /// `init` finds the people's folder under its id, each person is named by their title, a meeting titled by its
    /// own, and a link by the title names the page. Its planted mistake: a name mistyped in a link.
    @Test func aNotionExportIsReadByItsPagesTitles() throws {
        let dir = try Scratch()
        let vault = packageRoot + "/Tests/KizunaCLITests/Fixtures/vaults/notion"
        try FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.copyItem(atPath: vault, toPath: dir.path)
        let crm = "Personal CRM 6b1f0c2a9d8e4f7a8b9c0d1e2f3a4b5c"
        let r = try kizuna(["init", dir.path])
        #expect(r.err.contains("(people_dir: \(crm)/People 0f1e2d3c4b5a69788796a5b4c3d2e1f0, the folder already"))
        let check = try kizuna(["check", "--journal", dir.path]).out
        #expect(
            check.hasSuffix(
                "did you mean Jane Doe 1f2e3d4c5b6a79881f2e3d4c5b6a7988?\n"
                    + "6 notes, 3 people, 2 entries, 1 task: 0 errors, 1 warning\n"), "\(check)")
        #expect(
            try listed(dir.path, columns: 5, ["--date", "2025-12-05"]).map {
                $0.split(separator: " ").dropFirst(3).joined(separator: " ")
            } == [
                "Jane Doe network active 2025-11-20", "Ken Ito network active 2025-11-20",
                "伊藤 葵 network active 2025-12-01",
            ])
        let ken = try kizuna(["show", "ken", "--date", "2025-12-05", "--journal", dir.path]).out
        #expect(ken.contains("Touches (1)\n  2025-11-20 Launch sync · \(crm)/Meetings "), "\(ken)")
        let jane = try kizuna(["show", "jane", "--date", "2025-12-05", "--journal", dir.path]).out
        #expect(jane.contains("  tags: design, berlin\n") && jane.contains("  introduced by: Ken Ito\n"), "\(jane)")
        // Unzipped with Notion's own folder around it, the people's folder is still found.
        let wrapped = try Scratch()
        let export = "Export-0a1b2c3d-aaaa-bbbb-cccc-0123456789ab"
        try FileManager.default.createDirectory(atPath: wrapped.path + "/" + export, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: vault + "/" + crm, toPath: wrapped.path + "/" + export + "/" + crm)
        #expect(try kizuna(["init", wrapped.path]).err.contains("(people_dir: \(export)/\(crm)/People 0f1e"))
    }

    /// In a journal whose people Denote names, `add` and `import` name a new person's note as Denote would, each
    /// with an identifier of its own (the time it is made, a second on where it is taken), its tags as keywords,
    /// and open it with Denote's front matter; each reads back as the person, and a second import changes nothing.
    @Test func aNewPersonInADenoteJournalIsNamedAsDenoteNamesNotes() throws {
        let dir = try Scratch()
        let vault = packageRoot + "/Tests/KizunaCLITests/Fixtures/vaults/denote"
        for name in try FileManager.default.contentsOfDirectory(atPath: vault) {
            try dir.write(name, String(contentsOfFile: vault + "/" + name, encoding: .utf8))
        }
        let add = try kizuna(["add", "Mia Chen", "--tags", "friend, Design Team", "--journal", dir.path])
        #expect(add.status == 0, "\(add.err)")
        try dir.write("cards.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Li\r\nEND:VCARD\r\n")
        let imported = try kizuna(
            ["import", "cards.vcf", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(imported.status == 0, "\(imported.err)")
        let made = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("20261") }
            .sorted()
        let mia = try #require(made.first { $0.hasSuffix("--mia-chen__person_friend_designteam.md") })
        let bo = try #require(made.first { $0.hasSuffix("--bo-li__person.md") })
        #expect(mia.prefix(15) != bo.prefix(15), "\(made)")
        let text = dir.read(mia) ?? ""
        #expect(text.hasPrefix("---\ntitle:      \"Mia Chen\"\ndate:       20"), "\(text)")
        #expect(
            text.hasSuffix(
                "\ntags:       [\"person\", \"friend\", \"designteam\"]\nidentifier: \"\(mia.prefix(15))\"\n---\n\n"),
            "\(text)")
        #expect(try listed(dir.path, columns: 2).contains("\(mia.dropLast(3)) Mia Chen"))
        let check = try kizuna(["check", "--journal", dir.path]).out
        #expect(check.hasSuffix("\n7 notes, 5 people, 3 entries, 1 task: 0 errors, 1 warning\n"), "\(check)")
        let before = dir.snapshot()
        let again = try kizuna(["import", "cards.vcf", "--date", "2026-12-01", "--journal", dir.path], cwd: dir.path)
        #expect(again.err.contains("0 new, 0 updated, 1 unchanged"), "\(again.err)")
        #expect(dir.snapshot() == before)
    }

    /// A personal CRM kept a folder a person, as thephm/hal_md keeps one: each person's note beside their photo and
    /// the chats, mails and calls with them, each a note with `date:` and `people:` written as folder names, the
    /// owner among them; a key or two capitalized, contact kept at the top, an Untitled note, Templater templates.
    /// Its planted mistakes: someone with no note, and a folder name mistyped.
    @Test func aVaultWithAFolderForEachPersonReadsTheirDaysAsTouches() throws {
        let vault = try checkedVault("folders")
        #expect(
            try listed(vault, columns: 5) == [
                "Alex Barnes Alex Barnes network active 2025-11-13",
                "Brian Oliver Brian Oliver network active 2024-06-20",
            ])
        let show = try kizuna(["show", "brian-oliver", "--date", "2026-12-05", "--journal", vault]).out
        #expect(show.contains("  birthday: 1970-03-04\n  contact: company Plexxus · phone +1 416 555 0199\n"))
        #expect(show.contains("Touches (1)\n  2024-06-20 #call · People/brian-oliver/2024-06-20.md:7\n"))
    }

    /// A vault kept with the VCF Contacts plugin: its contacts folder named in the plugin's settings, each contact's
    /// front matter in vCard's names (`N.GN`, `EMAIL[HOME]`, `ADR[HOME].STREET`, `BDAY` in vCard's basic form,
    /// `CATEGORIES`), an organization among them (`KIND: ORG`, its photo inline), `RELATED` lists. As it is, with no
    /// kizuna.yaml, the contacts are the people and the daily notes touch them. Its planted mistake: a name mistyped.
    @Test func aVCFContactsVaultReadsItsContactsAsPeople() throws {
        let vault = try checkedVault("contacts")
        #expect(try listed(vault, columns: 2) == ["Hana Yamada Hana Yamada", "Peter Quill Peter Quill", "佐藤 健 佐藤 健"])
        let show = try kizuna(["show", "佐藤 健", "--date", "2026-12-05", "--journal", vault]).out
        #expect(show.contains("  birthday: 1985-11-02\n"), "\(show)")
        #expect(show.contains(" · company 北斗商事 · role 営業部長 · address[home] 札幌\n  tags: 営業, 旅行\n"), "\(show)")
        #expect(show.contains("Touches (1)\n  2026-11-20 Friday · Daily/2026-11-20.md:1\n"), "\(show)")
    }

    /// A sales CRM kept in markdown, as luebken/ccrm keeps one: contacts one folder down with their names in parts
    /// (`first_name:`, `姓` order for a Japanese one), activities listing their people under `contacts:` beside a
    /// date and time, companies and opportunities listing them too. As it is, `check` names the folder of people;
    /// pointed there, the activities are touches and the digest reads them. Its planted mistake: a contact with no
    /// note.
    @Test func aSalesCRMVaultIsNamedItsPeopleFolderAndReadsItsActivities() throws {
        let vault = try checkedVault("sales")
        let dir = try Scratch(copying: vault)
        try dir.write("kizuna.yaml", "people_dir: crm/contacts\n")
        #expect(
            try kizuna(["check", "--journal", dir.path]).out.hasSuffix(
                "9 notes, 2 people, 3 entries, 1 task: 0 errors, 1 warning\n"))
        let show = try kizuna(["show", "Ada Okafor", "--date", "2026-12-01", "--journal", dir.path]).out
        #expect(show.contains("Touches (1)\n  2026-11-12 Lumen discovery call · "), "\(show)")
        #expect(show.contains("Plans (1)\n  2026-12-10 Lumen architecture review · "), "\(show)")
        #expect(show.contains("  contact: email ada.okafor@lumen.example · phone +44 20 7946 0000 · company lumen\n"))
        #expect(try listed(dir.path, columns: 2).contains("sato-ken 佐藤 健"))
    }

    /// A journal vault as people keep one: daily notes named by the vault's format, a documentation page pasted into
    /// one, two people who share a name, told apart by the name of one's note and by a path link. Its planted
    /// mistakes: a title holding ': ' and a link both people match (an alias both have).
    @Test func aJournalVaultReadsItsDailyNotesAndReportsOnlyItsPlantedMistakes() throws {
        let vault = try checkedVault("journal", status: 1)
        #expect(
            try listed(vault, columns: 5, ["--date", "2026-11-24"]) == [
                "Kim Ahn Kim Ahn network active 2026-11-22", "谷南 達也 谷南 達也 network active 2026-11-22",
                "谷南 達也 (Globex) 谷南 達也 network active",
            ])
    }

    @Test func jsonOutputCarriesTheSameDiagnostics() throws {
        let r = try kizuna(["check", "--journal", broken, "--format", "json"])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 9)
        #expect(object["warnings"] as? Int == 9)
        #expect((object["diagnostics"] as? [[String: Any]])?.first?["file"] as? String == "kizuna.yaml")
    }

    @Test func strictTurnsWarningsIntoAFailure() throws {
        let dir = try Scratch()
        try dir.write("log/a.md", "## 2026-11-02 Lunch with [[Nobody]]\n")
        let plain = try kizuna(["check", "--journal", dir.path])
        #expect(plain.status == 0)
        #expect(
            plain.out
                == "log/a.md:1:26: warning: no person or note named 'Nobody'\n"
                + "1 note, 0 people, 1 entry, 0 tasks: 0 errors, 1 warning\n"
        )
        let strict = try kizuna(["check", "--journal", dir.path, "--strict"])
        #expect(strict.status == 1)
    }

    @Test func aJournalThatCannotBeReadExitsTwo() throws {
        let r = try kizuna(["check", "--journal", "/nonexistent/journal"])
        #expect(r.status == 2)
        #expect(r.err == "kizuna: /nonexistent/journal: no such journal folder\n")
    }

    @Test func theRootIsFoundFromASubfolderOrTheEnvironment() throws {
        let fromSubfolder = try kizuna(["check"], cwd: samples + "/people/japan")
        #expect(fromSubfolder.out.hasPrefix("18 notes, 16 people"))
        let fromEnvironment = try kizuna(["check"], cwd: "/", environment: ["KIZUNA_JOURNAL": samples])
        #expect(fromEnvironment.out.hasPrefix("18 notes, 16 people"))
    }

    @Test func theBinaryAllocatesWithMimallocWhenBuiltSoAndStillWritesOnlyItsOwnOutput() throws {
        // mimalloc prints its statistics at exit when asked: proof that it, not the C library, is the allocator.
        // `make test` builds with the Mimalloc trait and says so; a plain `swift build` links no mimalloc.
        let withMimalloc = ProcessInfo.processInfo.environment["KIZUNA_MIMALLOC"] == "1"
        let asked = try kizuna(["check", "--journal", samples], environment: ["MIMALLOC_SHOW_STATS": "1"])
        #expect(asked.status == 0)
        #expect(asked.err.contains("heap stats") == withMimalloc)
        let quiet = try kizuna(["check", "--journal", samples])
        #expect(quiet.err.isEmpty)
    }

    @Test func versionAndHelp() throws {
        #expect(try kizuna(["--version"]).out == Kizuna.version + "\n")
        let help = try kizuna(["--help"])
        #expect(help.out.contains("check"))
        #expect(help.out.contains("digest"))
    }
}

@Suite(.serialized) struct DigestCommandTests {
    @Test func stdoutPrintsTheDigestAndWritesNothing() throws {
        let dir = try Scratch(copying: samples)
        let before = dir.snapshot()
        let md = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24", "--stdout"])
        #expect(md.status == 0)
        golden("sample-digest-en.md", md.out, dir: coreGolden)
        let json = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24", "--stdout", "--format", "json"])
        golden("sample-digest.json", json.out, dir: coreGolden)
        #expect(dir.snapshot() == before)
    }

    @Test func writesTheDigestFileAtomicallyAndASecondRunChangesNothing() throws {
        let dir = try Scratch(copying: samples)
        let before = dir.snapshot()
        let first = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24"])
        #expect(first.status == 0)
        #expect(
            first.err
                == "wrote digests/2026-11-24.md: 3 to reach out to, 2 to follow up, 5 next steps; 0 errors and 0 "
                + "warnings in notes\n"
        )
        #expect(
            dir.read("digests/2026-11-24.md")
                == (try? String(contentsOfFile: coreGolden + "/sample-digest-en.md", encoding: .utf8)))
        var after = dir.snapshot()
        after.removeValue(forKey: "digests/2026-11-24.md")
        #expect(after == before, "only the digest file is new")
        let second = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24"])
        #expect(second.err.hasPrefix("unchanged digests/2026-11-24.md"))
        let json = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24", "--format", "json"])
        #expect(json.status == 0)
        #expect(dir.read("digests/2026-11-24.json") != nil)
        // The digest folder is never read as notes.
        #expect(try kizuna(["check", "--journal", dir.path]).out.hasPrefix("18 notes"))
    }

    @Test func mistakesInNotesStillGiveADigestAndAreShownOnStderr() throws {
        let r = try kizuna(["digest", "--journal", broken, "--date", "2026-11-24", "--stdout"])
        #expect(r.status == 0)
        #expect(r.err.contains("people/bad-date.md:5:1: error: '2026-13-40' is not a real date"))
        #expect(r.out.contains("## Notes to fix"))
        #expect(
            r.out.contains("[people/bad-date.md:5:1](../people/bad-date.md#L5): error: '2026-13-40' is not a real date")
        )
    }

    @Test func aDigestThatCannotBeWrittenExitsTwo() throws {
        let dir = try Scratch()
        try dir.write("digests", "a file where the folder should be\n")
        let r = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24"])
        #expect(r.status == 2)
        #expect(r.err.contains("kizuna: "))
    }

    /// The notes' mistakes are printed while the digest is made; the line that closes the run still comes last.
    /// Thousands of them, written to a file, so that printing them outlasts the digest.
    @Test func theClosingLineFollowsEveryMistakeInTheNotes() throws {
        let dir = try Scratch()
        for n in 0..<3_000 {
            try dir.write("log/\(n).md", "## 2026-11-0\(1 + n % 9) Met [[nobody \(n)]]\n")
        }
        func digest() throws -> (status: Int32, lines: [Substring]) {
            let r = try run(
                "/bin/sh",
                [
                    "-c",
                    "'\(packageRoot)/.build/debug/kizuna' digest --journal '\(dir.path)' --date 2026-11-24 "
                        + "2> '\(dir.path)/err.txt'",
                ])
            return (r.status, (dir.read("err.txt") ?? "").split(separator: "\n"))
        }
        let written = try digest()
        #expect(written.status == 0)
        #expect(written.lines.count == 3_001)
        #expect(written.lines.last?.hasPrefix("wrote digests/2026-11-24.md: ") == true)
        #expect(written.lines.dropLast().allSatisfy { $0.contains(": warning: ") })
        try FileManager.default.removeItem(atPath: dir.path + "/digests")
        try dir.write("digests", "a file where the folder should be\n")
        let failed = try digest()
        #expect(failed.status == 2)
        #expect(failed.lines.count == 3_001)
        #expect(
            failed.lines.last == "kizuna: digests is a file, not a folder; move it or set digest_dir in kizuna.yaml")
        #expect(failed.lines.dropLast().allSatisfy { $0.contains(": warning: ") })
    }

    @Test func anInvalidDateIsRefused() throws {
        let r = try kizuna(["digest", "--journal", samples, "--date", "2026-02-30", "--stdout"])
        #expect(r.status != 0)
        #expect(r.err.contains("--date must be a real date as YYYY-MM-DD, not '2026-02-30'"))
    }

    @Test func commitCommitsOnlyTheDigestWhenItChangedAndLeavesTheIndexAlone() throws {
        let dir = try Scratch(copying: samples)
        _ = try git(["init", "-q"], in: dir.path)
        _ = try git(["config", "user.name", "Test"], in: dir.path)
        _ = try git(["config", "user.email", "test@example.com"], in: dir.path)
        _ = try git(["add", "-A"], in: dir.path)
        _ = try git(["commit", "-q", "-m", "journal"], in: dir.path)
        try dir.write("people/new-person.md", "---\nname: New\n---\n")
        _ = try git(["add", "people/new-person.md"], in: dir.path)
        try dir.write("log/unstaged.md", "# draft\n")

        let r = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24", "--commit"])
        #expect(r.status == 0, "\(r.err)")
        #expect(try git(["log", "-1", "--format=%s"], in: dir.path) == "digest 2026-11-24\n")
        #expect(try git(["show", "--name-only", "--format=", "HEAD"], in: dir.path) == "digests/2026-11-24.md\n")
        #expect(try git(["diff", "--cached", "--name-only"], in: dir.path) == "people/new-person.md\n")
        #expect(try git(["status", "--porcelain", "--", "log/unstaged.md"], in: dir.path) == "?? log/unstaged.md\n")

        let again = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24", "--commit"])
        #expect(again.status == 0)
        #expect(try git(["rev-list", "--count", "HEAD"], in: dir.path) == "2\n")
    }

    @Test func commitOutsideAGitRepositoryFailsClearly() throws {
        let dir = try Scratch(copying: samples)
        let r = try kizuna(["digest", "--journal", dir.path, "--date", "2026-11-24", "--commit"])
        #expect(r.status == 2)
        #expect(r.err.contains("is not in a git repository"))
    }
}
