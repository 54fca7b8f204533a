import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna add`: a new person note.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a person: a new note in people_dir, named after the id.",
        discussion: "The id is made from the name (Nishida Kaori → nishida-kaori; 田中 花子 → 田中-花子) unless --id gives it.")

    @OptionGroup var options: JournalOption
    @Argument(help: ArgumentHelp("The person's name; its words need no quotes.", valueName: "name")) var words: [String]
    var name: String { words.joined(separator: " ") }
    @Option(help: "The id and file name (default: made from the name).") var id: String?
    @Option(help: "The circle (closeness).") var circle: String?
    @Option(help: ArgumentHelp("Tags, comma-separated.", valueName: "a,b")) var tags: String?
    @Option(help: ArgumentHelp("When you met (a date).", valueName: "date")) var met: String?
    @Option(name: .customLong("how-met"), help: "Where and how you met.") var howMet: String?
    @Option(help: "Why this relationship matters to you.") var purpose: String?
    @Option(name: .customLong("introduced-by"), help: ArgumentHelp("Who introduced you.", valueName: "person"))
    var introducedBy: String?
    @Flag(name: .customLong("dry-run"), help: "Print the note and where it would go; write nothing.") var dryRun = false

    func run() throws {
        let (root, journal) = try readJournal(options)
        let say = Say(language: journal.config.language)
        var naming = PersonNoteNaming(journal)
        naming.stamp(DenoteStamp(Date(), timeZone: .current))
        let tagList = NewNotes.listItems(tags ?? "")
        let id = (self.id ?? naming.stem(for: name, tags: tagList)).trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !id.contains("/"), !id.hasPrefix("."), !name.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            throw refuse(
                say, "cannot make a file name of '\(id)'; give one with --id", "'\(id)' はファイル名にできません。--id で指定してください")
        }
        let path = naming.path(stem: id, peopleDir: journal.config.peopleDir)
        if NoteName.namesNoOne(id, path: path, folder: journal.config.peopleDir) {
            throw refuse(
                say,
                "\(path) would be the people folder's own note or a template, which is no one; give another id "
                    + "with --id",
                "\(path) は人物フォルダー自身のメモかテンプレートになり、人物になりません。--id で別のIDを指定してください")
        }
        for text in [name, id] {
            if case .one(let p) = PersonLookup(journal).find(text) {
                let who = journal.people[p]
                throw refuse(
                    say, "\(who.name) (\(who.path)) already exists; nothing was written",
                    "\(who.name)(\(who.path))はすでにいます。何も書いていません")
            }
        }
        if let circle, journal.config.circle(named: circle) == nil {
            let known = journal.config.circles.map(\.name).joined(separator: ", ")
            throw refuse(
                say, "no circle is called '\(circle)' (kizuna.yaml has \(known))",
                "'\(circle)' というサークルはありません(kizuna.yaml: \(known))")
        }
        var note = NewNotes.Person(name: name)
        note.marker = naming.marker
        note.circle = circle
        note.tags = tagList
        if self.id == nil { note.denote = naming.denoteHead }
        if let met { note.met = try commandDate(met, option: "--met") }
        note.howMet = howMet
        note.purpose = purpose
        if let introducedBy { note.introducedBy = [journal.people[try findPerson(introducedBy, in: journal)].id] }
        let text = NewNotes.personNote(note)
        if dryRun {
            say("would create \(path):", "\(path) を作成します:")
            print(text, terminator: "")
            return
        }
        try apply(
            NoteChange(path: path, original: nil, updated: Array(text.utf8)), root: root, before: journal, say: say
        ) { j in
            j.index(ofId: id).map { j.people[$0].name == name.trimmingSpacesForCheck && j.people[$0].path == path }
                ?? false
        }
        say("created \(path)", "\(path) を作成しました")
    }
}

extension String {
    /// The name as the note's front matter reads it back.
    var trimmingSpacesForCheck: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
