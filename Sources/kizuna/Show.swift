import Foundation
import ArgumentParser
import KizunaCore

/// `kizuna show`: one person's brief.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show where one person stands: circle, purpose, last touch, next due, every touch, open tasks.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: JournalOption
    @Argument(help: ArgumentHelp("The person: an id, name or alias; its words need no quotes.", valueName: "person"))
    var words: [String]
    var person: String { words.joined(separator: " ") }
    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: ArgumentHelp("The day to look from (default: today).", valueName: "date")) var date: String?

    func validate() throws { _ = try commandDate(date) }

    func run() throws {
        let day = try commandDate(date)
        let (root, journal) = try readJournal(options)
        let p = try findPerson(person, in: journal)
        var brief = PersonBrief(p, digest: KizunaCore.Digest(journal: journal, date: day))
        brief.titlingUntitled(journal: journal) { path in
            FileManager.default.contents(atPath: root + "/" + path).map { Array($0) }
        }
        let render = BriefText(brief, journal: journal)
        print(format == .json ? render.json.serialized() : render.text(), terminator: "")
    }
}
