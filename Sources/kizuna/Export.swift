import ArgumentParser
import KizunaCore

/// `kizuna export`: the journal for a calendar or an address book.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export birthdays, plans and due next steps as iCalendar (ics), or people as vCard 4.0 (vcard).",
        discussion: "Example: kizuna export ics --out ~/Sync/kizuna.ics")

    enum Format: String, ExpressibleByArgument, CaseIterable { case ics, vcard }

    @OptionGroup var options: JournalOption
    @Argument(help: "ics or vcard.") var format: Format
    @Option(help: ArgumentHelp("The day plans are counted from (default: today).", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws { _ = try commandDate(date) }

    func run() throws {
        let day = try commandDate(date)
        let (_, journal) = try readJournal(options)
        let text =
            format == .ics
            ? CalendarExport(journal: journal, date: day).render() : VCardExport(journal: journal).render()
        try emit(text, to: out)
    }
}
