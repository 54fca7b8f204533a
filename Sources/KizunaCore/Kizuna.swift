import Foundation

/// The library's front door: load → parse → resolve.
public enum Kizuna {
    /// The version printed by `kizuna --version`.
    public static let version = "0.1.0"

    /// Reads the journal at `root` (parsing on all cores) and resolves it.
    public static func journal(root: String) throws -> Journal {
        let loaded = try JournalLoader.load(root: root)
        return journal(files: loaded.files, config: loaded.config, diagnostics: loaded.diagnostics)
    }

    /// Parses and resolves files already in memory (tests write journals this way).
    public static func journal(files: [SourceFile], config: Config = Config(), diagnostics: [Diagnostic] = []) -> Journal {
        let notes = parseAll(files, config: config)
        return JournalResolver.resolve(notes, config: config, diagnostics: diagnostics)
    }

    /// Parses every file, in parallel; results keep the files' order.
    public static func parseAll(_ files: [SourceFile], config: Config) -> [ParsedNote] {
        var results = [ParsedNote?](repeating: nil, count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                out.value[i] = NoteParser.parse(files[i], config: config)
            }
        }
        return results.compactMap { $0 }
    }
}
