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
        return
            "\(journal.noteCount) \(plural(journal.noteCount, "note")), "
            + "\(journal.people.count) \(plural(journal.people.count, "person", "people")), "
            + "\(journal.entries.count) \(plural(journal.entries.count, "entry", "entries")), "
            + "\(journal.tasks.count) \(plural(journal.tasks.count, "task")): "
            + "\(e) \(plural(e, "error")), \(w) \(plural(w, "warning"))"
    }

    /// Every diagnostic on its own line, then the summary.
    public var text: String {
        var out: [UInt8] = []
        writeText { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text`, handed to `sink` a piece of about `chunk` bytes at a time: a journal of many mistakes never has its
    /// whole report in memory.
    public func writeText(chunk: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        CheckReport.write(DiagnosticLimit.shown(journal.diagnostics), language, chunk: chunk, to: sink)
        Array((summary + "\n").utf8).withUnsafeBufferPointer(sink)
    }

    /// Diagnostics one a line (`path:line:column: severity: message`, control characters escaped), handed to
    /// `sink` a piece of about `chunk` bytes at a time.
    public static func write(
        _ diagnostics: [Diagnostic], _ language: Language, chunk: Int = 1 << 16,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk + 1024)
        for d in diagnostics {
            buffer += d.description(language).utf8
            buffer.append(0x0A)
            if buffer.count >= chunk {
                buffer.withUnsafeBufferPointer(sink)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { buffer.withUnsafeBufferPointer(sink) }
    }

    /// The same as data; its diagnostics are made one at a time as they are written.
    public var json: JSON {
        let shown = DiagnosticLimit.shown(journal.diagnostics)
        return .object([
            ("schema", .int(1)),
            ("notes", .int(journal.noteCount)), ("people", .int(journal.people.count)),
            ("entries", .int(journal.entries.count)), ("tasks", .int(journal.tasks.count)),
            ("errors", .int(journal.errorCount)), ("warnings", .int(journal.warningCount)),
            ("diagnostics", .lazyArray(count: shown.count) { [language] in shown[$0].json(language) }),
        ])
    }
}

func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String { n == 1 ? one : (many ?? one + "s") }
