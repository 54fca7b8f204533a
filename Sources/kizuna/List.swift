import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna list`: one row per person.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        print(render(rows), terminator: "")
    }

    func render(_ rows: [NetworkGraph.Node]) -> String {
        let columns = ["id", "name", "circle", "status", "last_touch", "next_due"]
        let cells = rows.map { n in
            [
                n.id, n.name, n.circle ?? "", n.status?.rawValue ?? "", n.lastTouch?.description ?? "",
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
        func width(_ s: String) -> Int {
            s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && isWide($1) ? 2 : 1) }
        }
        let widths = rows.reduce(into: [Int](repeating: 0, count: rows[0].count)) { w, row in
            for (i, cell) in row.enumerated() { w[i] = max(w[i], width(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - width(cell) + 2)
            }.joined().replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }.joined()
    }

    private func isWide(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF:
            return true
        default: return false
        }
    }
}

extension PersonStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(written: argument) }
}
