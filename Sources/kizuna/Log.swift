import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna log`: one dated entry, in the right note.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a touch: one dated entry, in the person's note or in the day's note.",
        discussion: """
            With one person (--with, or linked in TEXT) the entry goes in their note; with several or none, into \
            the day's note: the one the journal has, else a new one named as its newest daily note is and beside \
            it (a Denote journal entry where people's notes are Denote's), else log/<date>.md. --to chooses the \
            note. A day's note written as one entry gets one more list item at its end. Otherwise the entry is \
            written as the note's newest one is (a heading at its level with the date in its form, or an item of \
            a log kept as a list) and put beside it: before the first of entries kept newest first, else after \
            the last; a note with none gets it as the first item of a log its template left empty (## \
            Interaction Log), else at its end. A person's note that keeps last_contact: in its front matter has \
            that date moved on too. \
            Example: kizuna log "Coffee #meet" --with Hanako
            """)

    @OptionGroup var options: JournalOption
    @Argument(
        help: ArgumentHelp(
            "The entry's title; may hold [[links]] and #tags (#meet, #call, #give, #会った ...). Quote it where the "
                + "shell would read a # or [ itself.", valueName: "text"))
    var words: [String]
    var text: String { words.joined(separator: " ") }
    @Option(name: .customLong("with"), help: ArgumentHelp("A person who took part (repeatable).", valueName: "person"))
    var with: [String] = []
    @Option(help: ArgumentHelp("The entry's date (default: today).", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("The note to add to: a path in the journal or a person.", valueName: "note")) var to:
        String?
    @Flag(name: .customLong("dry-run"), help: "Print the entry and where it would go; write nothing.") var dryRun =
        false

    func validate() throws {
        _ = try commandDate(date)
        if text.contains(where: \.isNewline) { throw ValidationError("TEXT must be one line") }
    }

    func run() throws {
        let day = try commandDate(date)
        let (root, journal, notes) = try readJournalAndNotes(options)
        let say = Say(language: journal.config.language)
        var people = try with.map { try findPerson($0, in: journal) }
        let linked = linkedPeople(day, journal)
        people = Array(Set(people + linked)).sorted()
        let (path, opening) = try destination(day, people, notes, journal, say)
        let owner = journal.people.firstIndex { $0.path == path }
        let missing = people.filter { $0 != owner && !linked.contains($0) }
        let title = titled(text.trimmingCharacters(in: .whitespaces), with: missing, journal, in: path)
        let original = noteBytes(root, path)
        try refuseOtherEncoding(path, original, say)
        // A day's note written as one entry gets one more item at its end, which that entry then holds; a note
        // that keeps a log a list item each one more item there, beside its newest and written as it is; any other
        // one more dated heading, beside its newest and written as it is, or at its end.
        let wholeDay = original.flatMap { wholeDailyNoteDay($0, path, journal.config) }
        if let wholeDay, wholeDay != day {
            throw refuse(
                say, "\(path) is a daily note written as one entry; add to it by hand, or choose a note with --to",
                "\(path) は全体で一つの記録になっている日付のメモです。手で追記するか、--to で別のメモを選んでください")
        }
        let whole = wholeDay != nil
        let parsed = original.map { NoteParser.parse(SourceFile(path: path, bytes: $0), config: journal.config) }
        let inLog = original.flatMap { bytes in
            whole
                ? NoteEdit.addingDayItem(title, to: bytes)
                : parsed?.logNeighbour.flatMap { NoteEdit.addingLogItem(day, title, beside: $0, to: bytes) }
        }
        var (updated, added) =
            inLog
            ?? NoteEdit.addingEntryHeading(
                day, title, to: original ?? Array((opening ?? "").utf8), entries: parsed?.entries ?? [],
                noteName: parsed?.stem ?? "")
        // A person's note that keeps the day last in touch in its front matter has it moved on too.
        let moved =
            owner == nil ? nil : NoteEdit.movingLastContact(to: day, at: parsed?.fields?.lastContact, in: updated)
        if let moved { updated = moved }
        if dryRun {
            say("would add to \(path):", "\(path) に追記します:")
            print(added)
            if moved != nil { say("and move its last contact to \(day)", "最終連絡日を \(day) にします") }
            return
        }
        let expected = Set(people + (owner.map { [$0] } ?? []))
        try apply(NoteChange(path: path, original: original, updated: updated), root: root, before: journal, say: say) {
            j in
            j.entries.contains { e in
                // The day's one entry holds the note's other people too.
                let took = Set(e.participants.map { j.people[$0].id }),
                    meant = Set(expected.map { journal.people[$0].id })
                return e.location.path == path && e.date == day && (whole ? meant.isSubset(of: took) : took == meant)
            }
        }
        say("added to \(path): \(added)", "\(path) に追記しました: \(added)")
        if moved != nil { say("moved its last contact to \(day)", "最終連絡日を \(day) にしました") }
    }

    /// The people TEXT links to, each found as links are.
    func linkedPeople(_ day: Day, _ journal: Journal) -> [Int] {
        let lookup = PersonLookup(journal)
        return EntryProbe.headingLinks("## \(day) \(text)", config: journal.config).compactMap {
            if case .one(let p) = lookup.find($0) { return p } else { return nil }
        }
    }

    /// Where the entry goes, and what a new note opens with (a Denote journal entry's front matter).
    func destination(_ day: Day, _ people: [Int], _ notes: [String], _ journal: Journal, _ say: Say) throws -> (
        String, String?
    ) {
        if let to {
            let path = to.hasSuffix(".md") || to.hasSuffix(".markdown") ? to : nil
            if let path {
                guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                    throw refuse(say, "--to must name a note inside the journal", "--to にはジャーナル内のメモを指定してください")
                }
                guard journal.config.readsAsNote(path) else {
                    throw refuse(
                        say, "--to names a note kizuna does not read (a hidden, ignored or digest folder)",
                        "--to のメモは kizuna が読まない場所にあります(隠しフォルダー、ignore、ダイジェストのフォルダー)")
                }
                return (path, nil)
            }
            return (journal.people[try findPerson(to, in: journal)].path, nil)
        }
        if people.count == 1 { return (journal.people[people[0]].path, nil) }
        // The day's note as the journal keeps its days.
        let note = DayNotePlace(journal, notes: notes).notes(for: day, now: Date(), timeZone: .current).first
        return (note?.path ?? "log/\(day).md", note?.opening)
    }

    /// The title with links to the people it does not already name, in the journal's language: `Coffee with
    /// [[Hanako]]`, `[[花子]]とランチ` (a tag after と is set apart by a space, or it would be no tag), `[Jane
    /// Doe](denote:20231015T093000)` for a note Denote names, and `[Hanako](../people/hanako.md)` from the note at
    /// `path` in a vault set to write markdown links.
    func titled(_ title: String, with people: [Int], _ journal: Journal, in path: String) -> String {
        guard !people.isEmpty else { return title }
        let lookup = PersonLookup(journal)
        let names = people.map { p -> String in
            let name = journal.people[p].name
            // A note Denote names is linked as Denote links it, by its identifier.
            if let denote = DenoteName(stem: journal.people[p].id), !name.contains("]"), !name.contains("[") {
                return "[\(name)](\(denote.linkKey))"
            }
            if journal.config.markdownLinks, !name.contains("]"), !name.contains("[") {
                return "[\(name)](\(NoteLink.destination(from: path, to: journal.people[p].path)))"
            }
            let byName = lookup.find(name) == .one(p) && !name.contains("]") && !name.contains("|")
            return "[[\(byName ? name : journal.people[p].id)]]"
        }
        guard journal.config.language == .ja else { return title + " with " + names.joined(separator: ", ") }
        return names.joined(separator: "、") + "と" + (title.hasPrefix("#") ? " " : "") + title
    }

    /// The day of a daily note with no dated heading, whose whole body is one entry; nil for any other note.
    func wholeDailyNoteDay(_ bytes: [UInt8], _ path: String, _ config: Config) -> Day? {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // The name is asked first: only a daily note's body is parsed to count its dated headings.
        guard let day = DateParser.dailyNoteDay(path: path, stem: stem, format: config.dailyNoteFormat) else {
            return nil
        }
        let blank = bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return !blank && EntryProbe.datedHeadings(bytes, config: config) == 0 ? day : nil
    }
}
