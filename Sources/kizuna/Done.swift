import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna done`: ticks one open task.
struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Tick one open task: [ ] becomes [x] and ✅ DATE ends the line.",
        discussion:
            "The task is FILE:LINE as the digest and show print it, or a piece of its text that only one open task has."
    )

    @OptionGroup var options: JournalOption
    @Argument(help: ArgumentHelp("FILE:LINE, or a piece of the task's text (no quotes needed).", valueName: "task"))
    var words: [String]
    var task: String { words.joined(separator: " ") }
    @Option(help: ArgumentHelp("The day it was done (default: today).", valueName: "date")) var date: String?

    func validate() throws { _ = try commandDate(date) }

    func run() throws {
        let day = try commandDate(date)
        let (root, journal) = try readJournal(options)
        let say = Say(language: journal.config.language)
        let found = try find(journal, say)
        let path = found.location.path, line = found.location.line
        guard let original = noteBytes(root, path) else { throw refuse(say, "cannot read \(path)", "\(path) を読めません") }
        let updated: [UInt8]
        do {
            updated = try NoteEdit.tickingTask(
                onLine: line, date: day, in: original, logseq: journal.config.logseq != nil,
                statuses: journal.config.taskStatuses)
        } catch {
            throw refuse(
                say, "\(path): \(error.message.en); nothing was written", "\(path): \(error.message.ja)。何も書いていません")
        }
        try apply(NoteChange(path: path, original: original, updated: updated), root: root, before: journal, say: say) {
            j in
            j.tasks.contains { $0.location.path == path && $0.location.line == line && $0.done && $0.doneDate == day }
        }
        say("done: \(found.text) (\(path):\(line))", "完了: \(found.text)(\(path):\(line))")
    }

    /// The one open task `task` names.
    func find(_ journal: Journal, _ say: Say) throws -> TaskItem {
        let open = journal.tasks.filter { !$0.done }
        if let colon = task.lastIndex(of: ":"), let line = Int(task[task.index(after: colon)...]) {
            let path = String(task[..<colon])
            if let t = open.first(where: { $0.location.path == path && $0.location.line == line }) { return t }
            throw refuse(say, "no open task at \(path):\(line)", "\(path):\(line) に未完了のタスクはありません")
        }
        let key = task.lowercased()
        let matching = open.filter { $0.text.lowercased().contains(key) }
        if matching.count == 1 { return matching[0] }
        if matching.isEmpty { throw refuse(say, "no open task says '\(task)'", "'\(task)' を含む未完了のタスクはありません") }
        for t in matching.prefix(10) { printError("  \(t.location.path):\(t.location.line): \(t.text)") }
        throw refuse(
            say, "\(matching.count) open tasks say '\(task)'; give FILE:LINE",
            "'\(task)' を含む未完了のタスクが \(matching.count) 件あります。FILE:LINE で指定してください")
    }
}
