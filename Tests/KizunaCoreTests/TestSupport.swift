import Foundation
import Testing
@testable import KizunaCore

/// A journal written inline: paths to note text, and optional kizuna.yaml text.
func journal(_ files: [String: String], config: String? = nil) -> Journal {
    var cfg = Config()
    var diagnostics: [Diagnostic] = []
    if let config { (cfg, diagnostics) = Config.parse(config) }
    let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
    return Kizuna.journal(files: sources, config: cfg, diagnostics: diagnostics)
}

/// The diagnostics as printed by `kizuna check`.
func printed(_ j: Journal) -> [String] { j.diagnostics.map(\.description) }

/// Ids of people at the given indexes.
func ids(_ j: Journal, _ indexes: [Int]) -> [String] { indexes.map { j.people[$0].id } }

/// The only entry, or the one at `index`.
func entry(_ j: Journal, _ index: Int = 0) -> Entry { j.entries[index] }

func day(_ s: String) -> Day { Day(iso: s)! }

/// The golden files, in `Tests/KizunaCoreTests/Golden` whatever folder a test stands in.
let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Compares text with a golden file beside the tests; `KIZUNA_RECORD=1` writes it anew.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = goldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["KIZUNA_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "golden file \(name) is missing; run with KIZUNA_RECORD=1 to record it", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "differs from golden file \(name)", sourceLocation: sourceLocation)
}

/// A temporary folder removed when the value goes away.
final class TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "kizuna-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file below the folder, creating parents.
    func write(_ relative: String, _ text: String) {
        write(relative, bytes: Array(text.utf8))
    }
    func write(_ relative: String, bytes: [UInt8]) {
        let full = path + "/" + relative
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let written = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        precondition(written, "could not write \(full)")
    }
}

/// The sample journal in the repository.
let samplesJournal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("samples/journal").path

/// Numbers from a seeded 64-bit linear congruential generator: the same sequence in every run, so the tests that
/// generate their inputs are reproducible.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<n`.
    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
}
