import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna snooze`: no reminders about a person until a date.
struct Snooze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Pause reminders about a person until a date: sets snooze_until in their note.",
        discussion: "Example: kizuna snooze Hanako --until 2w (or 2027-01-10, 3d, 1m)")

    @OptionGroup var options: JournalOption
    @Argument(help: ArgumentHelp("The person; a name's words need no quotes.", valueName: "person")) var words: [String]
    var person: String { words.joined(separator: " ") }
    @Option(help: ArgumentHelp("A date, or a length of time from --date (3d, 2w, 1m).", valueName: "date|duration"))
    var until: String
    @Option(help: ArgumentHelp("The day durations count from (default: today).", valueName: "date")) var date: String?

    func run() throws {
        let today = try commandDate(date)
        guard
            let day = CommandDate.duration(until).map({ today + $0 })
                ?? CommandDate.parse(until, today: today, ahead: true)
        else {
            throw ValidationError("--until must be a date or a duration such as 2w, 2週間 or 12月20日, not '\(until)'")
        }
        let (root, journal) = try readJournal(options)
        let say = Say(language: journal.config.language)
        // A person whose snooze_until is before the day is in play: a pause that ends in the past pauses nothing.
        guard day >= today else {
            throw refuse(
                say, "--until \(day) is before \(today): the pause would already be over; nothing was written",
                "--until の \(day) は \(today) より前で、休止はもう終わっています。何も書いていません")
        }
        let p = try findPerson(person, in: journal)
        let path = journal.people[p].path, id = journal.people[p].id
        try refuseUnsafeFrontMatter(path, journal, say)
        guard let original = noteBytes(root, path) else {
            throw refuse(say, "cannot read \(path)", "\(path) を読めません")
        }
        let updated: [UInt8]
        do { updated = try NoteEdit.settingFrontMatter("snooze_until", to: day.description, in: original) } catch {
            throw refuse(
                say, "\(path): \(error.message.en); nothing was written", "\(path): \(error.message.ja)。何も書いていません")
        }
        try apply(NoteChange(path: path, original: original, updated: updated), root: root, before: journal, say: say) {
            j in
            j.index(ofId: id).map { j.people[$0].snoozeUntil == day } ?? false
        }
        say(
            "\(journal.people[p].name): no reminders until \(day) (\(path))",
            "\(journal.people[p].name): \(day) までリマインドしません(\(path))")
    }
}

/// Refuses to edit a note whose front matter kizuna could not read: an edit could not be checked.
func refuseUnsafeFrontMatter(_ path: String, _ journal: Journal, _ say: Say) throws {
    if let d = journal.diagnostics.first(where: { $0.location.path == path && $0.severity == .error }) {
        printError(d.description(say.language))
        throw refuse(
            say, "\(path) has an error to fix first; nothing was written",
            "\(path) に先に直すべきエラーがあります。何も書いていません")
    }
}
