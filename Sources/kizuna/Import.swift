import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna import`: address books and network exports into person notes.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import contacts: vCard files or folders (2.1, 3.0, 4.0), LinkedIn Connections.csv, Google Contacts "
            + "or Outlook CSV.",
        discussion: """
            A contact that matches a person (by UID, email or phone, then name or alias) adds only what the note \
            lacks; differing values are listed, never overwritten. Anyone new gets a note. Importing the same file \
            again changes nothing.
            """)

    @OptionGroup var options: JournalOption
    @Argument(help: "Files, or folders of .vcf files.") var files: [String]
    @Option(help: "The circle of people new to the journal.") var circle: String?
    @Option(help: ArgumentHelp("The day the import counts from (default: today).", valueName: "date")) var date: String?
    @Flag(name: .customLong("dry-run"), help: "Print every note it would create or change; write nothing.") var dryRun =
        false

    func run() throws {
        let today = try commandDate(date)
        let (root, journal) = try readJournal(options)
        let say = Say(language: journal.config.language)
        if let circle, journal.config.circle(named: circle) == nil {
            throw refuse(say, "no circle is called '\(circle)'", "'\(circle)' というサークルはありません")
        }
        var contacts: [Contact] = [], problems: [Diagnostic] = []
        for file in try inputs() {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("kizuna: cannot read \(file)")
                throw ExitCode(2)
            }
            let bytes = [UInt8](data), text = String(decoding: bytes, as: UTF8.self)
            let (found, diagnostics) =
                VCardReader.recognises(text)
                ? VCardReader.read(bytes, path: file)
                : CSVContacts.read(CSVContacts.text(of: bytes), path: file)
            contacts += found
            problems += diagnostics
        }
        for d in problems { printError(d.description(say.language)) }
        let plan = ContactImport(
            contacts, journal: journal, circle: circle, today: today, now: DenoteStamp(Date(), timeZone: .current)
        ) { noteBytes(root, $0) }
        for d in plan.conflicts { printError("conflict: " + d.text.text(say.language)) }
        report(plan, say)
        for change in plan.changes { try refuseOtherEncoding(change.path, change.original, say) }
        if dryRun {
            for change in plan.changes {
                print("--- \(change.path)" + (change.original == nil ? " (new)" : ""))
                print(String(decoding: change.updated, as: UTF8.self), terminator: "")
            }
            return
        }
        try write(plan, root: root, before: journal, say: say)
    }

    /// The files named, folders replaced by the .vcf files inside them (by name).
    func inputs() throws -> [String] {
        try files.flatMap { path -> [String] in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                printError("kizuna: \(path): no such file")
                throw ExitCode(2)
            }
            guard isDir.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { $0.lowercased().hasSuffix(".vcf") }.sorted().map { path + "/" + $0 }
        }
    }

    func report(_ plan: ContactImport, _ say: Say) {
        for c in plan.changes {
            if c.original == nil {
                // Cards that met in one note are named, so that two people who share a name can be told apart.
                let cards = c.sources.map { "\($0.path):\($0.line)" }
                say(
                    "create \(c.path): \(c.name) (\(cards.joined(separator: ", ")))",
                    "作成 \(c.path): \(c.name)(\(cards.joined(separator: "、")))")
            } else {
                say(
                    "update \(c.path): + \(c.added.joined(separator: ", "))",
                    "更新 \(c.path): + \(c.added.joined(separator: "、"))")
            }
        }
        let created = plan.changes.filter { $0.original == nil }.count
        say(
            "\(created) new, \(plan.changes.count - created) updated, \(plan.unchanged) unchanged, "
                + "\(plan.conflicts.count) conflicts",
            "新規 \(created)、更新 \(plan.changes.count - created)、変更なし \(plan.unchanged)、食い違い \(plan.conflicts.count)")
    }

    /// Writes every change; if the journal then reads with new diagnostics in those notes, puts them all back.
    func write(_ plan: ContactImport, root: String, before: Journal, say: Say) throws {
        let changes = plan.changes.map { NoteChange(path: $0.path, original: $0.original, updated: $0.updated) }
        var done: [NoteChange] = []
        func undo() { for c in done.reversed() { c.undo(root: root) } }
        do {
            for c in changes {
                try c.write(root: root)
                done.append(c)
            }
        } catch {
            undo()
            printError("kizuna: \(error); nothing was imported")
            throw ExitCode(2)
        }
        let after = (try? Kizuna.journal(root: root)) ?? before
        let new = newDiagnostics(before: before, after: after, in: Set(changes.map(\.path)))
        guard new.isEmpty else {
            undo()
            for d in new { printError(d.description(say.language)) }
            throw refuse(
                say, "the imported notes did not read back cleanly; nothing was imported",
                "取り込んだメモを読み直すと問題があったため、何も取り込んでいません")
        }
    }
}
