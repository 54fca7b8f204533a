import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna list`: one row per person.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List people, one row each: id, name, circle, status, last touch, next due.",
        discussion: "--due lists exactly the digest's reach-out and also-overdue people, most urgent first.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, tsv }

    @OptionGroup var options: JournalOption
    @Option(help: "Only this circle.") var circle: String?
    @Option(help: "Only people with this tag.") var tag: String?
    @Option(help: "Only this status: active, paused, archived or target.") var status: PersonStatus?
    @Flag(help: "Only the people due today, as the digest lists them.") var due = false
    @Option(help: "Output format: text, json or tsv.") var format: Format = .text
    @Option(help: ArgumentHelp("The day to look from (default: today).", valueName: "date")) var date: String?

    func validate() throws { _ = try commandDate(date) }

    func run() throws {
        let day = try commandDate(date)
        let (_, journal) = try readJournal(options)
        let digest = KizunaCore.Digest(journal: journal, date: day)
        let graph = NetworkGraph(digest: digest)
        var people = due ? (digest.reachOut + digest.alsoOverdue).map(\.person.index) : Array(journal.people.indices)
        people = people.filter { p in
            let person = journal.people[p]
            return (circle.map { person.circle == (journal.config.circle(named: $0) ?? $0) } ?? true)
                && (status.map { person.status == $0 } ?? true)
                && (tag.map { t in person.tags.contains { Normalize.tag($0) == Normalize.tag(t) } } ?? true)
                && p != journal.owner
        }
        let rows = people.compactMap { p in graph.node(ofId: journal.people[p].id).map { graph.nodes[$0] } }
        print(render(rows, language: journal.config.language), terminator: "")
    }

    /// The rows as the format asks: the text table in the journal's language (a circle and a status in the words
    /// the digest shows), TSV and JSON with the keys and values of front matter, for scripts.
    func render(_ rows: [NetworkGraph.Node], language: Language) -> String {
        let words = format == .text ? language : .en
        let columns =
            words == .ja
            ? ["ID", "名前", "サークル", "状態", "最後の接点", "次の連絡"]
            : ["id", "name", "circle", "status", "last_touch", "next_due"]
        let cells = rows.map { n in
            [
                n.id, n.name, n.circle.map { Config.word(forCircle: $0, in: words) } ?? "",
                n.status?.word(in: words) ?? "", n.lastTouch?.description ?? "",
                n.nextDue?.description ?? "",
            ].map(Printable.text)
        }
        switch format {
        case .json:
            return JSON.array(
                rows.map { n in
                    .object([
                        ("id", .string(n.id)), ("name", .string(n.name)), ("circle", .string(n.circle)),
                        ("status", .string(n.status?.rawValue)), ("last_touch", .day(n.lastTouch)),
                        ("next_due", .day(n.nextDue)),
                    ])
                }
            ).serialized()
        case .tsv:
            let clean = { (s: String) in s.map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined() }
            return ([columns] + cells).map { $0.map(clean).joined(separator: "\t") + "\n" }.joined()
        case .text:
            return table([columns] + cells)
        }
    }

    /// Columns padded to their widest cell, counting East Asian wide characters as two.
    func table(_ rows: [[String]]) -> String {
        let width = TextWidth.columns
        let widths = rows.reduce(into: [Int](repeating: 0, count: rows[0].count)) { w, row in
            for (i, cell) in row.enumerated() { w[i] = max(w[i], width(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - width(cell) + 2)
            }.joined().replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }.joined()
    }
}

extension PersonStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(written: argument) }
}
