import ArgumentParser
import KizunaCore

/// `kizuna path`: a person's note, for an editor.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Print the path of a person's note.", discussion: "Example: $EDITOR \"$(kizuna path Hanako)\"")

    @OptionGroup var options: JournalOption
    @Argument(help: ArgumentHelp("The person; a name's words need no quotes.", valueName: "person")) var words: [String]
    var person: String { words.joined(separator: " ") }

    func run() throws {
        let (root, journal) = try readJournal(options)
        print(root + "/" + journal.people[try findPerson(person, in: journal)].path)
    }
}
