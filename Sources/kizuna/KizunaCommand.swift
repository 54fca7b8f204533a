import ArgumentParser
import Foundation
import KizunaCore

@main
struct KizunaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kizuna",
        abstract: "Keep your relationships in plain markdown: check the notes, write the nightly digest.",
        discussion: "The journal is a folder of markdown notes. See README.md for the format.",
        version: Kizuna.version,
        subcommands: [
            Init.self, Add.self, Log.self, Show.self, List.self, Snooze.self, Done.self, Path.self, Check.self, Digest.self,
            Graph.self, Import.self, Export.self,
        ]
    )

    static func main() {
        Allocator.configure()
        OpenFiles.raiseLimit()
        main(nil)
    }
}

/// `--journal`, shared by every command.
struct JournalOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The journal folder (default: $KIZUNA_JOURNAL, else the nearest folder with kizuna.yaml, else the current folder).", valueName: "path"))
    var journal: String?

    var root: String {
        JournalLoader.findRoot(option: journal, environment: ProcessInfo.processInfo.environment,
                               cwd: FileManager.default.currentDirectoryPath)
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes bytes to standard output as they are.
func writeStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
        let n = write(1, base + done, bytes.count - done)
        if n < 0 {
            if errno == EINTR { continue }
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
    ProcessInfo.processInfo.environment["KIZUNA_TIMINGS"] == "1" ? StageClock(report: { printError($0) }) : StageClock()
}

/// Reads the journal, or says why not and exits with 2.
func readJournal(_ option: JournalOption) throws -> (root: String, journal: Journal) {
    let root = option.root
    do {
        return (root, try Kizuna.journal(root: root, clock: stageClock()))
    } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
}
