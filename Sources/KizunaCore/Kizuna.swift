import Foundation
import Synchronization

/// The library's front door: load → parse → resolve.
public enum Kizuna {
    /// The version printed by `kizuna --version`.
    public static let version = "0.1.0"

    /// Reads the journal at `root` and resolves it, in two passes on all cores: the front matter of every note first
    /// (that is who the people are and what they are called), then each note read again, parsed in full and resolved
    /// at once, so that neither a note's bytes nor its raw parse outlives its own resolution.
    public static func journal(root: String, clock: StageClock = StageClock()) throws -> Journal {
        try journal(root: root, clock: clock, heldOpen: nil)
    }

    /// Notes read one after another in each step of the two parallel passes.
    static let notesPerBatch = 128

    /// Notes of a batch opened together when they must come from disk (`LoadedJournal.openAhead`): few enough
    /// that both cores' fit in the margin of open files `descriptorBudget` leaves.
    static let readAhead = 64

    /// `journal(root:)`, holding at most `heldOpen` notes open between the two passes (nil: as many as the limit on
    /// open files allows); the others are opened again.
    static func journal(root: String, clock: StageClock = StageClock(), heldOpen: Int?) throws -> Journal {
        let loaded = try JournalLoader.load(root: root)
        clock.lap("load (walk)")
        return journal(loaded, clock: clock, heldOpen: heldOpen)
    }

    /// `journal(root:)` from a journal already walked (`JournalLoader.load`): the command line looks at what the walk
    /// found before the notes are read.
    public static func journal(_ loaded: LoadedJournal, clock: StageClock = StageClock()) -> Journal {
        journal(loaded, clock: clock, heldOpen: nil)
    }

    static func journal(_ loaded: LoadedJournal, clock: StageClock, heldOpen: Int?) -> Journal {
        var first = readFrontMatter(loaded, heldOpen: heldOpen)
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

    /// What the first pass leaves for the second: every note's front matter, and the notes still open.
    struct FirstPass {
        var heads: [ParsedNote]
        /// Each note still open from the first read, and its size then; nil when the second read opens it again.
        var open: [(descriptor: Int32, size: Int)?]

        /// The notes of batch `b` of `count` notes.
        static func batch(_ b: Int, of count: Int) -> Range<Int> {
            (b * notesPerBatch)..<min(count, (b + 1) * notesPerBatch)
        }

        /// How many batches `count` notes make.
        static func batches(of count: Int) -> Int { (count + notesPerBatch - 1) / notesPerBatch }

        /// The heads moved into one array a batch, each given up once its batch is parsed (one array for all stood
        /// whole to the end of the second pass); `heads` is left empty.
        mutating func batchedHeads() -> [[ParsedNote]] {
            let count = heads.count
            var batched: [[ParsedNote]] = []
            batched.reserveCapacity(FirstPass.batches(of: count))
            for b in 0..<FirstPass.batches(of: count) {
                var batch: [ParsedNote] = []
                batch.reserveCapacity(FirstPass.batch(b, of: count).count)
                for i in FirstPass.batch(b, of: count) {
                    var head = ParsedNote.empty
                    swap(&head, &heads[i])
                    batch.append(consume head)
                }
                batched.append(batch)
            }
            heads = []
            return batched
        }
    }

    /// The first pass, on all cores: reads every note and parses its front matter; holds up to `heldOpen` notes open
    /// for the second pass. Bytes are not kept between the passes: they stood in memory beside the parse's results,
    /// at the run's peak, and reading an open note again costs little.
    static func readFrontMatter(_ loaded: LoadedJournal, heldOpen: Int?) -> FirstPass {
        let paths = loaded.paths
        var first = FirstPass(
            // Each slot made anew: `repeating:` copies one value into every slot, retaining each of its fields.
            heads: paths.indices.map { _ in .empty },
            open: [(descriptor: Int32, size: Int)?](repeating: nil, count: paths.count))
        // Notes, as many as the limit on open files allows, stay open from the first read to the second: the second
        // read then needs no second lookup of the name.
        let open = min(paths.count, loaded.descriptorBudget, heldOpen ?? .max)
        let opened = Atomic<Int>(0)
        // The process's table of descriptors grows once, to its final size, before the notes are opened: grown one
        // doubling at a time as notes open, with threads running, each growth waits for the other threads.
        if open > 0 { loaded.reserveDescriptors(open) }
        first.heads.withUnsafeMutableBufferPointer { buffer in
            first.open.withUnsafeMutableBufferPointer { openBuffer in
                let out = UnsafeSendable(buffer), left = UnsafeSendable(openBuffer)
                DispatchQueue.concurrentPerform(iterations: FirstPass.batches(of: paths.count)) { b in
                    let notes = FirstPass.batch(b, of: paths.count)
                    var ahead: [Int32?] = []
                    for i in notes {
                        let step = (i - notes.lowerBound) % readAhead
                        if step == 0 { ahead = loaded.openAhead(paths[i..<min(i + readAhead, notes.upperBound)]) }
                        let openedAhead = step < ahead.count ? ahead[step] : nil
                        let (read, fd) = loaded.readKeepingOpen(paths[i], opened: openedAhead)
                        guard case .success(let file) = read else { continue }
                        out.value[i] = NoteParser.parse(file, config: loaded.config, body: false)
                        if opened.add(1, ordering: .relaxed).newValue <= open {
                            left.value[i] = (fd, file.bytes.count)
                        } else {
                            close(fd)
                        }
                    }
                }
            }
        }
        return first
    }

    /// The second pass, on all cores: reads each note again, parses it in full with the people's names at hand and
    /// resolves it at once, giving up each batch's front matter as it goes. Returns every note resolved, and the
    /// notes that could not be read again.
    static func parseAndResolve(
        _ loaded: LoadedJournal, _ first: inout FirstPass, directory: JournalResolver.Directory,
        suggestions: SuggestionIndex
    ) -> ([JournalResolver.Resolved], [Diagnostic]) {
        let paths = loaded.paths
        let batches = FirstPass.batches(of: paths.count)
        var heads = first.batchedHeads()
        var perNote = [JournalResolver.Resolved](repeating: JournalResolver.Resolved(), count: paths.count)
        var failures = [[Diagnostic]](repeating: [], count: batches)
        let unresolvedSeen = Atomic<Bool>(false)
        let personKeys = directory.index.personKeys
        let open = first.open
        perNote.withUnsafeMutableBufferPointer { buffer in
            failures.withUnsafeMutableBufferPointer { failureBuffer in
                heads.withUnsafeMutableBufferPointer { headBuffer in
                    let out = UnsafeSendable(buffer), failed = UnsafeSendable(failureBuffer)
                    let head = UnsafeSendable(headBuffer)
                    DispatchQueue.concurrentPerform(iterations: batches) { b in
                        // Each slot is touched by one iteration only.
                        var batchHeads: [ParsedNote] = []
                        swap(&batchHeads, &head.value[b])
                        let notes = FirstPass.batch(b, of: paths.count)
                        var tags = SharedArrays()
                        for i in notes {
                            // Moved out, not copied: a copy retains every string of its front matter.
                            var thisHead = ParsedNote.empty
                            swap(&thisHead, &batchHeads[i - notes.lowerBound])
                            let read =
                                open[i].map { loaded.reread(paths[i], descriptor: $0.descriptor, size: $0.size) }
                                ?? loaded.read(paths[i])
                            switch read {
                            case .success(let file):
                                let note = NoteParser.parse(
                                    file, config: loaded.config, head: consume thisHead, names: personKeys)
                                out.value[i] = JournalResolver.resolveNote(
                                    note, index: i, directory: directory, sharing: &tags)
                                // The suggestions' index is built beside the second half of this pass, once some
                                // link has named nobody: built from the start, it stood in memory at the run's peak.
                                if !out.value[i].unresolved.isEmpty { unresolvedSeen.store(true, ordering: .relaxed) }
                                if i >= paths.count / 2, unresolvedSeen.load(ordering: .relaxed) { suggestions.start() }
                            case .failure(let d):
                                failed.value[b].append(d)
                            }
                        }
                    }
                }
            }
        }
        return (perNote, failures.flatMap { $0 })
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
            "timing: \(stage): \(String(format: "%.0f", ms)) ms, "
                + "CPU \(String(format: "%.0f", (cpu - lastCPU) * 1000)) ms, peak \(usage.ru_maxrss / 1024) MiB")
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
