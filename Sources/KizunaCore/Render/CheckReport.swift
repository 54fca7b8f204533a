/// What `kizuna check` prints.
public struct CheckReport: Sendable {
    public let journal: Journal

    /// Creates the report.
    public init(journal: Journal) { self.journal = journal }

    var language: Language { journal.config.language }

    /// The summary line.
    public var summary: String {
        let e = journal.errorCount, w = journal.warningCount
        if language == .ja {
            return "メモ \(journal.noteCount) 件、人物 \(journal.people.count) 人、エントリー \(journal.entries.count) 件、"
                + "タスク \(journal.tasks.count) 件: エラー \(e) 件、警告 \(w) 件"
        }
        return "\(journal.noteCount) \(plural(journal.noteCount, "note")), \(journal.people.count) \(plural(journal.people.count, "person", "people")), "
            + "\(journal.entries.count) \(plural(journal.entries.count, "entry", "entries")), \(journal.tasks.count) \(plural(journal.tasks.count, "task")): "
            + "\(e) \(plural(e, "error")), \(w) \(plural(w, "warning"))"
    }

    /// Every diagnostic on its own line, then the summary.
    public var text: String {
        var out = ""
        for d in DiagnosticLimit.shown(journal.diagnostics) { out += d.description(language) + "\n" }
        return out + summary + "\n"
    }

    /// The same as data.
    public var json: JSON {
        .object([
            ("schema", .int(1)),
            ("notes", .int(journal.noteCount)), ("people", .int(journal.people.count)),
            ("entries", .int(journal.entries.count)), ("tasks", .int(journal.tasks.count)),
            ("errors", .int(journal.errorCount)), ("warnings", .int(journal.warningCount)),
            ("diagnostics", .array(DiagnosticLimit.shown(journal.diagnostics).map { $0.json(language) })),
        ])
    }
}

func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String { n == 1 ? one : (many ?? one + "s") }
