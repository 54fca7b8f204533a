import Foundation

/// The library's front door: load → parse → resolve.
public enum Kizuna {
    /// The version printed by `kizuna --version`.
    public static let version = "0.1.0"

    /// Reads the journal at `root` and resolves it, in two passes on all cores: the front matter of every note first
    /// (that is who the people are and what they are called), then each note parsed in full and resolved at once,
    /// so that no note's raw parse outlives its own resolution.
    public static func journal(root: String, clock: StageClock = StageClock()) throws -> Journal {
        try journal(root: root, clock: clock, heldOpen: nil)
    }

    /// `journal(root:)`, holding at most `heldOpen` notes open between the two passes (nil: as many as the limit on
    /// open files allows).
    static func journal(root: String, clock: StageClock = StageClock(), heldOpen: Int?) throws -> Journal {
        let loaded = try JournalLoader.load(root: root)
        let paths = loaded.paths
        clock.lap("load (walk)")
        var heads = [ParsedNote](repeating: ParsedNote(path: "", stem: "", isPerson: false, fields: nil), count: paths.count)
        // The first notes, as many as the limit on open files allows, stay open from the first read to the second:
        // the second read then needs no second lookup of the name (opening was 5% of the run's CPU).
        let kept = min(paths.count, loaded.descriptorBudget, heldOpen ?? .max)
        var descriptors = [Int32](repeating: -1, count: paths.count), sizes = [Int](repeating: 0, count: paths.count)
        // The process's table of descriptors grows once, to its final size, before the notes are opened: grown one
        // doubling at a time as notes open, with threads running, each growth waits for the other threads to pass a
        // quiet point (in the first pass on M, the wall time rose above the CPU time).
        if kept > 0 { loaded.reserveDescriptors(kept) }
        heads.withUnsafeMutableBufferPointer { buffer in
            descriptors.withUnsafeMutableBufferPointer { fds in
                sizes.withUnsafeMutableBufferPointer { sizeBuffer in
                    let out = UnsafeSendable(buffer), fd = UnsafeSendable(fds), size = UnsafeSendable(sizeBuffer)
                    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                        let read: Result<SourceFile, Diagnostic>
                        if i < kept { (read, fd.value[i]) = loaded.readKeepingOpen(paths[i]) } else { read = loaded.read(paths[i]) }
                        if case .success(let file) = read {
                            size.value[i] = file.bytes.count
                            out.value[i] = NoteParser.parse(file, config: loaded.config, body: false)
                        }
                    }
                }
            }
        }
        let openNotes = descriptors, sizeRead = sizes
        descriptors = []
        sizes = []
        clock.lap("front matter (all cores)")
        let directory = JournalResolver.Directory(heads, config: loaded.config)
        clock.lap("people and names")
        let suggestions = SuggestionIndex(directory)
        var perNote = [JournalResolver.Resolved](repeating: JournalResolver.Resolved(), count: paths.count)
        var readFailures = [Diagnostic?](repeating: nil, count: paths.count)
        perNote.withUnsafeMutableBufferPointer { buffer in
            readFailures.withUnsafeMutableBufferPointer { failureBuffer in
                heads.withUnsafeMutableBufferPointer { headBuffer in
                    let out = UnsafeSendable(buffer), failures = UnsafeSendable(failureBuffer), head = UnsafeSendable(headBuffer)
                    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                        // Each slot is touched by one iteration only; a head is released once its note is parsed.
                        let thisHead = head.value[i]
                        head.value[i] = ParsedNote(path: "", stem: "", isPerson: false, fields: nil)
                        switch loaded.reread(paths[i], descriptor: openNotes[i], size: sizeRead[i]) {
                        case .success(let file):
                            let note = NoteParser.parse(file, config: loaded.config, head: thisHead, names: directory.index)
                            out.value[i] = JournalResolver.resolveNote(note, index: i, directory: directory)
                            if !out.value[i].unresolved.isEmpty { suggestions.start() }
                        case .failure(let d):
                            failures.value[i] = d
                        }
                    }
                }
            }
        }
        heads = []
        clock.lap("read + parse + resolve")
        let journal = JournalResolver.finish(&perNote, directory: directory, config: loaded.config,
                                             diagnostics: loaded.diagnostics + readFailures.compactMap { $0 }, clock: clock,
                                             suggestions: suggestions)
        clock.lap("sort")
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

/// Measures how long each stage takes and the peak memory so far, and hands each line to `report`
/// (the command line prints them when `KIZUNA_TIMINGS=1`). Without a `report` it does nothing.
public final class StageClock: @unchecked Sendable {
    private let report: (@Sendable (String) -> Void)?
    private var last = DispatchTime.now()
    private var lastCPU = StageClock.cpuSeconds()

    /// A clock that reports each lap to `report`, or a silent one.
    public init(report: (@Sendable (String) -> Void)? = nil) {
        self.report = report
    }

    /// Reports the time since the previous lap.
    public func lap(_ stage: String) {
        guard let report else { return }
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        let cpu = StageClock.cpuSeconds()
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let rss = status.split(separator: "\n").first { $0.hasPrefix("VmRSS") } ?? ""
        report("timing: \(stage): \(String(format: "%.0f", ms)) ms, CPU \(String(format: "%.0f", (cpu - lastCPU) * 1000)) ms, peak \(usage.ru_maxrss / 1024) MiB \(rss)")
        last = DispatchTime.now()
        lastCPU = StageClock.cpuSeconds()
    }

    /// The process's CPU time so far (user and system, all threads), in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
