import ArgumentParser
import CStandardOutput
import Foundation
import KizunaCore

@main
struct KizunaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kizuna",
        abstract: "Keep your relationships in plain markdown: check the notes, write the nightly digest.",
        discussion: "The journal is a folder of markdown notes. See README.md for the format.",
        version: Kizuna.version,
        // Each command gives its `commandName:`: the parser would otherwise derive it from the type's name, which
        // searches every protocol conformance in the binary at each start (BENCHMARKS.md, forty-eighth round).
        subcommands: [
            Init.self, Add.self, Log.self, Show.self, List.self, Snooze.self, Done.self, Path.self, Check.self,
            Digest.self,
            Graph.self, Import.self, Export.self, LSP.self,
        ]
    )

    static func main() {
        OpenFiles.raiseLimit()
        var failure: Error? = nil
        do {
            var command = try parseAsRoot(nil)
            Allocator.configure(serving: command is LSP)
            try command.run()
        } catch {
            failure = error
        }
        // A full disk or a closed pipe on standard output must not look like success.
        let flushed = kizuna_flush_standard_output()
        if flushed != 0 || OutputFailure.stdout {
            printError(
                "kizuna: cannot write to standard output: \(String(cString: strerror(flushed != 0 ? flushed : EIO)))")
            Foundation.exit(2)
        }
        if OutputFailure.stderr { Foundation.exit(2) }
        if let failure { exit(withError: failure) }
    }
}

/// `--journal`, shared by every command.
struct JournalOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The journal folder (default: $KIZUNA_JOURNAL, else the nearest folder with kizuna.yaml, "
                + "else the current folder).",
            valueName: "path"))
    var journal: String?

    var root: String {
        JournalLoader.findRoot(
            option: journal, environment: ProcessInfo.processInfo.environment,
            cwd: FileManager.default.currentDirectoryPath)
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Printable.escaped(String($0)) }
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    if !writeAll(2, bytes) { OutputFailure.stderr = true }
}

/// Writes diagnostics to standard error, one a line, a piece at a time.
func printDiagnostics(_ diagnostics: [Diagnostic], _ language: Language) {
    CheckReport.write(diagnostics, language) { piece in
        if !writeAll(2, Array(piece)) { OutputFailure.stderr = true }
    }
}

/// Whether writing to standard output or standard error failed (a full disk, a closed pipe): the exit status says so.
enum OutputFailure {
    nonisolated(unsafe) static var stdout = false
    nonisolated(unsafe) static var stderr = false
}

/// Writes every byte to a descriptor; false when it could not.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return true }
        var done = 0
        while done < buffer.count {
            let n = write(fd, base + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            done += n
        }
        return true
    }
}

/// Writes bytes to standard output as they are.
func writeStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
        let n = write(1, base + done, bytes.count - done)
        if n < 0 {
            if errno == EINTR { continue }
            OutputFailure.stdout = true
            return
        }
        done += n
    }
}

/// Holds the values it is given until the process ends. A command's journal is its largest value: freeing a
/// million entries one by one takes longer than the system takes to reclaim the whole process at exit.
nonisolated(unsafe) private var heldUntilExit: [Any] = []
func keepUntilExit(_ values: Any...) { heldUntilExit.append(contentsOf: values) }

/// A stage clock that prints to stderr when `KIZUNA_TIMINGS=1`, else a silent one.
func stageClock() -> StageClock {
    ProcessInfo.processInfo.environment["KIZUNA_TIMINGS"] == "1"
        ? StageClock(report: { printError($0 + residentSize()) }) : StageClock()
}

/// Reads the journal, or says why not and exits with 2.
func readJournal(_ option: JournalOption) throws -> (root: String, journal: Journal) {
    let (root, journal, _) = try readJournalAndNotes(option)
    return (root, journal)
}

/// `readJournal`, with the paths of every note the walk found (those with no entry too).
func readJournalAndNotes(_ option: JournalOption) throws -> (root: String, journal: Journal, notes: [String]) {
    let root = option.root
    do {
        let clock = stageClock()
        let loaded = try JournalLoader.load(root: root)
        clock.lap("load (walk)")
        Allocator.configure(notes: loaded.paths.count)
        return (root, Kizuna.journal(loaded, clock: clock), loaded.paths)
    } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
}

/// The memory the process holds now, as Linux reports it (`VmRSS`), for `KIZUNA_TIMINGS`; empty elsewhere. The
/// command line reads it, not the library.
func residentSize() -> String {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    return status.split(separator: "\n").first { $0.hasPrefix("VmRSS") }.map {
        ", now " + $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)
    } ?? ""
}
