import Foundation

/// The library's front door: load → parse → resolve.
public enum Kizuna {
    /// The version printed by `kizuna --version`.
    public static let version = "0.1.0"

    /// Reads the journal at `root` (parsing on all cores) and resolves it.
    public static func journal(root: String) throws -> Journal {
        let clock = StageClock()
        let loaded = try JournalLoader.load(root: root)
        clock.lap("load (walk)")
        // Each worker reads a note and parses it at once, so a note's bytes are freed as soon as it is parsed.
        var results = [Result<ParsedNote, Diagnostic>?](repeating: nil, count: loaded.paths.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: loaded.paths.count) { i in
                out.value[i] = loaded.read(loaded.paths[i]).map { NoteParser.parse($0, config: loaded.config) }
            }
        }
        clock.lap("read + parse")
        var notes: [ParsedNote] = []
        var diagnostics = loaded.diagnostics
        for result in results {
            switch result {
            case .success(let note)?: notes.append(note)
            case .failure(let d)?: diagnostics.append(d)
            case nil: break
            }
        }
        let journal = JournalResolver.resolve(notes, config: loaded.config, diagnostics: diagnostics)
        clock.lap("resolve")
        return journal
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

/// Prints how long each stage took to stderr when `KIZUNA_TIMINGS=1` (for profiling; output is unchanged).
public final class StageClock: @unchecked Sendable {
    private let enabled = ProcessInfo.processInfo.environment["KIZUNA_TIMINGS"] == "1"
    private var last = DispatchTime.now()

    public init() {}

    /// Reports the time since the previous lap.
    public func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let peak = usage.ru_maxrss / 1024
        FileHandle.standardError.write(Data("timing: \(stage): \(String(format: "%.0f", ms)) ms, peak \(peak) MiB\n".utf8))
        last = now
    }
}
