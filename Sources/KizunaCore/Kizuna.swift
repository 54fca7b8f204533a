import Foundation
import Synchronization

/// The library's front door: load → parse → resolve.
public enum Kizuna {
    /// The version printed by `kizuna --version`.
    public static let version = "0.1.0"

    /// Reads the journal at `root` and resolves it, in two passes on all cores: the front matter of every note first
    /// (that is who the people are and what they are called), then each note parsed in full and resolved at once,
    /// so that no note's raw parse outlives its own resolution.
    public static func journal(root: String, clock: StageClock = StageClock()) throws -> Journal {
        try journal(root: root, clock: clock, heldOpen: nil, keptBytes: nil)
    }

    /// Notes whose bytes, all together, fit in this many are read once: the first pass keeps what it read for the
    /// second. Past it, the second pass reads each note again. On M (55 MB) reading every note a second time took 6%
    /// of the run; but the bytes kept stand in memory beside the parse's results until parsed, so a journal far
    /// larger keeps only this much.
    static let keptBytesBudget = 256 * 1_048_576

    /// Notes read one after another in each step of the two parallel passes.
    static let notesPerBatch = 128

    /// What the first read of a note leaves for the second.
    enum FirstRead {
        /// Nothing: the second read opens the note again.
        case none
        /// The bytes read, kept at this place in its batch's buffer.
        case kept(Range<Int>)
        /// The note, still open, and its size when read.
        case open(Int32, size: Int)
    }

    /// `journal(root:)`, keeping the bytes of notes up to `keptBytes` in all (nil: `keptBytesBudget`) and holding at
    /// most `heldOpen` of the rest open between the two passes (nil: as many as the limit on open files allows).
    static func journal(root: String, clock: StageClock = StageClock(), heldOpen: Int?, keptBytes: Int?) throws
        -> Journal
    {
        let loaded = try JournalLoader.load(root: root)
        clock.lap("load (walk)")
        var first = readFrontMatter(loaded, keptBytes: keptBytes ?? keptBytesBudget, heldOpen: heldOpen)
        clock.lap("front matter (all cores)")
        let directory = JournalResolver.Directory(first.heads, config: loaded.config, linkTargets: loaded.linkTargets)
        clock.lap("people and names")
        let suggestions = SuggestionIndex(directory)
        var (perNote, readFailures) = parseAndResolve(loaded, &first, directory: directory, suggestions: suggestions)
        clock.lap("read + parse + resolve")
        let journal = JournalResolver.finish(
            &perNote, directory: directory, config: loaded.config, diagnostics: loaded.diagnostics + readFailures,
            suggestions: suggestions)
        clock.lap("suggestions, gather and sort")
        return journal.withPeopleFolderChecked(root: loaded.root)
    }

    /// What the first pass leaves for the second: every note's front matter, and where its bytes are.
    struct FirstPass {
        var heads: [ParsedNote]
        var reads: [FirstRead]
        /// Each batch's kept bytes, one buffer a batch.
        var batchBytes: [[UInt8]]

        /// The notes of batch `b` of `count` notes.
        static func batch(_ b: Int, of count: Int) -> Range<Int> {
            (b * notesPerBatch)..<min(count, (b + 1) * notesPerBatch)
        }
    }

    /// The first pass, on all cores: reads every note and parses its front matter; keeps the bytes of notes up to
    /// `budget` in all, and holds up to `heldOpen` of the rest open, for the second pass.
    static func readFrontMatter(_ loaded: LoadedJournal, keptBytes budget: Int, heldOpen: Int?) -> FirstPass {
        let paths = loaded.paths
        // Notes are read in batches of consecutive ones, and a batch's bytes kept in one buffer, given up whole once
        // the batch is parsed: kept each in its own array, they left the allocator's memory fragmented.
        var first = FirstPass(
            heads: [ParsedNote](
                repeating: ParsedNote(path: "", stem: "", isPerson: false, fields: nil), count: paths.count),
            reads: [FirstRead](repeating: .none, count: paths.count),
            batchBytes: [[UInt8]](repeating: [], count: (paths.count + notesPerBatch - 1) / notesPerBatch))
        let bytesKept = Atomic<Int>(0)
        // Notes past the budget, as many as the limit on open files allows, stay open from the first read to the
        // second: the second read then needs no second lookup of the name. Which notes those are is not known
        // before they are read, so any may be.
        let open = min(paths.count, loaded.descriptorBudget, heldOpen ?? .max)
        let opened = Atomic<Int>(0)
        // The process's table of descriptors grows once, to its final size, before the notes are opened: grown one
        // doubling at a time as notes open, with threads running, each growth waits for the other threads.
        if open > 0 { loaded.reserveDescriptors(open) }
        let batches = first.batchBytes.count
        first.heads.withUnsafeMutableBufferPointer { buffer in
            first.reads.withUnsafeMutableBufferPointer { readBuffer in
                first.batchBytes.withUnsafeMutableBufferPointer { batchBuffer in
                    let out = UnsafeSendable(buffer), left = UnsafeSendable(readBuffer)
                    let kept = UnsafeSendable(batchBuffer)
                    DispatchQueue.concurrentPerform(iterations: batches) { b in
                        var keeping: [(note: Int, bytes: [UInt8])] = []
                        for i in FirstPass.batch(b, of: paths.count) {
                            let (read, fd) = loaded.readKeepingOpen(paths[i])
                            guard case .success(let file) = read else { continue }
                            out.value[i] = NoteParser.parse(file, config: loaded.config, body: false)
                            let size = file.bytes.count
                            if bytesKept.add(size, ordering: .relaxed).newValue <= budget {
                                close(fd)
                                keeping.append((i, file.bytes))
                            } else if opened.add(1, ordering: .relaxed).newValue <= open {
                                left.value[i] = .open(fd, size: size)
                            } else {
                                close(fd)
                            }
                        }
                        var bytes: [UInt8] = []
                        bytes.reserveCapacity(keeping.reduce(0) { $0 + $1.bytes.count })
                        for (i, noteBytes) in keeping {
                            left.value[i] = .kept(bytes.count..<(bytes.count + noteBytes.count))
                            bytes += noteBytes
                        }
                        kept.value[b] = bytes
                    }
                }
            }
        }
        return first
    }

    /// The second pass, on all cores: parses each note in full with the people's names at hand and resolves it at
    /// once, giving up each note's front matter and each batch's bytes as it goes. Returns every note resolved, and
    /// the notes that could not be read again.
    static func parseAndResolve(
        _ loaded: LoadedJournal, _ first: inout FirstPass, directory: JournalResolver.Directory,
        suggestions: SuggestionIndex
    ) -> ([JournalResolver.Resolved], [Diagnostic]) {
        let paths = loaded.paths
        var perNote = [JournalResolver.Resolved](repeating: JournalResolver.Resolved(), count: paths.count)
        var readFailures = [Diagnostic?](repeating: nil, count: paths.count)
        let unresolvedSeen = Atomic<Bool>(false)
        let batches = first.batchBytes.count
        let personKeys = directory.index.personKeys
        perNote.withUnsafeMutableBufferPointer { buffer in
            readFailures.withUnsafeMutableBufferPointer { failureBuffer in
                first.heads.withUnsafeMutableBufferPointer { headBuffer in
                    first.reads.withUnsafeMutableBufferPointer { readBuffer in
                        first.batchBytes.withUnsafeMutableBufferPointer { batchBuffer in
                            let out = UnsafeSendable(buffer), failures = UnsafeSendable(failureBuffer)
                            let head = UnsafeSendable(headBuffer)
                            let left = UnsafeSendable(readBuffer), kept = UnsafeSendable(batchBuffer)
                            DispatchQueue.concurrentPerform(iterations: batches) { b in
                                // Each slot is touched by one iteration only; a head is released once its note is
                                // parsed, and the batch's bytes once the batch is.
                                let bytes = kept.value[b]
                                kept.value[b] = []
                                for i in FirstPass.batch(b, of: paths.count) {
                                    // Moved out, not copied: a copy retains every string of its front matter.
                                    var thisHead = ParsedNote(path: "", stem: "", isPerson: false, fields: nil)
                                    swap(&thisHead, &head.value[i])
                                    let read: Result<SourceFile, Diagnostic>
                                    switch left.value[i] {
                                    case .kept(let range):
                                        read = .success(SourceFile(path: paths[i], bytes: Array(bytes[range])))
                                    case .open(let fd, let size):
                                        read = loaded.reread(paths[i], descriptor: fd, size: size)
                                    case .none: read = loaded.read(paths[i])
                                    }
                                    switch read {
                                    case .success(let file):
                                        let note = NoteParser.parse(
                                            file, config: loaded.config, head: consume thisHead, names: personKeys)
                                        out.value[i] = JournalResolver.resolveNote(note, index: i, directory: directory)
                                        // The suggestions' index is built beside the second half of this pass, once
                                        // some link has named nobody: built from the start, it stood in memory beside
                                        // the bytes still to be parsed, at the run's peak.
                                        if !out.value[i].unresolved.isEmpty {
                                            unresolvedSeen.store(true, ordering: .relaxed)
                                        }
                                        if i >= paths.count / 2, unresolvedSeen.load(ordering: .relaxed) {
                                            suggestions.start()
                                        }
                                    case .failure(let d):
                                        failures.value[i] = d
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        first.heads = []
        return (perNote, readFailures.compactMap { $0 })
    }

    /// Parses and resolves files already in memory (tests write journals this way), in the two passes of
    /// `journal(root:)`: every file's front matter, then each file parsed with the names at hand and resolved.
    public static func journal(files: [SourceFile], config: Config = Config(), diagnostics: [Diagnostic] = [])
        -> Journal
    {
        let heads = parseAll(files, config: config, body: false)
        let directory = JournalResolver.Directory(heads, config: config)
        let suggestions = SuggestionIndex(directory)
        let personKeys = directory.index.personKeys
        var perNote = parallelMap(files.count) { i in
            JournalResolver.resolveNote(
                NoteParser.parse(files[i], config: config, head: heads[i], names: personKeys), index: i,
                directory: directory)
        }
        return JournalResolver.finish(
            &perNote, directory: directory, config: config, diagnostics: diagnostics, suggestions: suggestions)
    }

    /// Parses every file (with `body: false`, only its front matter), in parallel; results keep the files' order.
    public static func parseAll(_ files: [SourceFile], config: Config, body: Bool = true) -> [ParsedNote] {
        parallelMap(files.count) { NoteParser.parse(files[$0], config: config, body: body) }
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
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let cpu = StageClock.seconds(usage)
        report(
            "timing: \(stage): \(String(format: "%.0f", ms)) ms, CPU \(String(format: "%.0f", (cpu - lastCPU) * 1000)) ms, "
                + "peak \(usage.ru_maxrss / 1024) MiB")
        last = DispatchTime.now()
        lastCPU = StageClock.cpuSeconds()
    }

    /// The process's CPU time so far (user and system, all threads), in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return seconds(usage)
    }

    /// The CPU time (user and system) in `usage`, in seconds.
    private static func seconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
            / 1e6
    }
}
