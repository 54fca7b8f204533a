import ArgumentParser
import KizunaCore

/// `kizuna check`: every diagnostic, then a summary; the exit code tells a hook whether to stop.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every note and report each mistake as path:line:column.",
        discussion: "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 the journal cannot be read."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: JournalOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let (_, journal) = try readJournal(options)
        let report = CheckReport(journal: journal)
        keepUntilExit(journal)
        switch format {
        case .text: try emit(to: nil) { report.writeText(to: $0) }
        case .json: try emit(to: nil) { report.json.serialize(to: $0) }
        }
        if journal.errorCount > 0 || (strict && journal.warningCount > 0) { throw ExitCode(1) }
    }
}
