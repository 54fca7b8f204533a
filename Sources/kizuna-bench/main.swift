import Ccmark
import Foundation
import KizunaCore
import KizunaSynth

// kizuna-bench: deterministic synthetic journals, and the floors kizuna is measured against.
//   kizuna-bench generate SIZE DIR [--everyone-tag]   SIZE is S, M or L
//   kizuna-bench generate SIZE DIR --real             a journal as people write theirs (RealGenerator)
//   kizuna-bench floor DIR                            read + parse + free every note with libcmark, all cores
//   kizuna-bench read DIR                             read every note, all cores
//   kizuna-bench start DIR                            the language server's full read against the digest's
//   kizuna-bench edit DIR                             the language server's full read, then notes changed one at a time

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(
        Data("usage: kizuna-bench generate S|M|L DIR [--everyone-tag] | floor DIR | read DIR\n".utf8))
    exit(2)
}

func markdownFiles(_ root: String) -> [String] {
    var out: [String] = []
    let e = FileManager.default.enumerator(atPath: root)
    while let rel = e?.nextObject() as? String {
        if rel.hasSuffix(".md"), !rel.hasPrefix("digests/") { out.append(root + "/" + rel) }
    }
    return out.sorted()
}

@Sendable func readAll(_ path: String) -> [UInt8] {
    guard let d = FileManager.default.contents(atPath: path) else { return [] }
    return [UInt8](d)
}

switch args[1] {
case "generate":
    guard args.count >= 4, let size = Generator.Size(rawValue: args[2]) else { exit(2) }
    if args.contains("--real") {
        var g = RealGenerator(size: size, root: args[3])
        g.run()
    } else {
        var g = Generator(size: size, root: args[3], everyoneTag: args.contains("--everyone-tag"))
        g.run()
    }
case "floor":
    let files = markdownFiles(args[2])
    let total = UnsafeSendableBox(0)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
        let bytes = readAll(files[i])
        let n = bytes.withUnsafeBufferPointer { b -> Int in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                guard let doc = cmark_parse_document(p, b.count, CMARK_OPT_DEFAULT) else { return 0 }
                cmark_node_free(doc)
                return b.count
            }
        }
        total.add(n)
    }
    print("parsed \(files.count) files, \(total.value) bytes")
case "read":
    let files = markdownFiles(args[2])
    let total = UnsafeSendableBox(0)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in total.add(readAll(files[i]).count) }
    print("read \(files.count) files, \(total.value) bytes")
case "start":
    // The language server's full read against the digest's, taking turns in one process.
    func ms(_ since: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1e6
    }
    let root = JournalLoader.realPath(args[2]) ?? args[2]
    for _ in 0..<4 {
        var start = DispatchTime.now()
        _ = try Kizuna.journal(root: root)
        let digest = ms(start)
        start = DispatchTime.now()
        JournalState(root: root).reload()
        print(String(format: "journal(root:) %.0f ms, JournalState.reload %.0f ms", digest, ms(start)))
    }
case "edit":
    // What an editor waits for: the journal read once, then one note changed at a time (new diagnostics).
    func ms(_ since: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1e6
    }
    let root = JournalLoader.realPath(args[2]) ?? args[2]
    let state = JournalState(root: root)
    var start = DispatchTime.now()
    state.reload()
    print(String(format: "full read: %.0f ms (%d notes)", ms(start), state.notePaths.count))
    // Notes about no one person: a generated journal's logs, else a real one's meetings and daily notes.
    let generatedLogs = state.notePaths.filter { $0.hasPrefix("log/") }
    let logs = generatedLogs.isEmpty ? state.notePaths.filter { !$0.hasPrefix("people/") } : generatedLogs
    guard logs.count > 30 else {
        print("fewer than 31 notes outside people/: nothing to edit")
        exit(1)
    }
    var times: [Double] = []
    for (k, path) in logs.prefix(21).enumerated() {
        var text = state.text(of: path) ?? []
        text += Array("\n## 2026-11-2\(k % 9) Coffee with [[Nobody \(k)]] #meet\n".utf8)
        start = DispatchTime.now()
        state.update(path, text: text)
        times.append(ms(start))
    }
    times.sort()
    print(
        String(
            format: "one log note changed: median %.1f ms, max %.1f ms over %d edits", times[times.count / 2],
            times.last ?? 0, times.count))
    start = DispatchTime.now()
    _ = state.journal
    print(String(format: "journal for hover and completion after an edit: %.0f ms", ms(start)))
    // One note changed, then the journal asked for: what a hover or a completion waits for after typing.
    func changed(_ what: String, _ path: String, _ text: [UInt8]?) {
        var times: [Double] = []
        for _ in 0..<9 {
            let before = state.text(of: path)
            start = DispatchTime.now()
            state.update(path, text: text)
            _ = state.journal
            times.append(ms(start))
            state.update(path, text: before)
            _ = state.journal
        }
        times.sort()
        print(String(format: "%@, then the journal: median %.1f ms, max %.1f ms", what, times[4], times[8]))
    }
    if let log = logs.dropFirst(30).first {
        let text = state.text(of: log) ?? []
        changed("a line added to a log note", log, text + Array("Also talked about the trip.\n".utf8))
        changed("an entry added to a log note", log, text + Array("\n## 2026-11-20 Lunch with [[Nobody]]\n".utf8))
        changed("a log note added", "log/new-note.md", Array("## 2026-11-20 Lunch with [[Nobody]]\n".utf8))
        var removals: [Double] = []
        for _ in 0..<9 {
            state.update("log/new-note.md", text: Array("## 2026-11-20 Lunch with [[Nobody]]\n".utf8))
            _ = state.journal
            start = DispatchTime.now()
            state.update("log/new-note.md", text: nil)
            _ = state.journal
            removals.append(ms(start))
        }
        removals.sort()
        print(
            String(
                format: "a log note deleted, then the journal: median %.1f ms, max %.1f ms", removals[4], removals[8]))
    }
    if let person = state.notePaths.first(where: { $0.hasPrefix("people/") }) {
        start = DispatchTime.now()
        state.update(person, text: (state.text(of: person) ?? []) + Array("\nmore\n".utf8))
        print(String(format: "one person note's body changed: %.0f ms", ms(start)))
        // A new alias: the directory changes, so every note is resolved again.
        let text = String(decoding: state.text(of: person) ?? [], as: UTF8.self)
        start = DispatchTime.now()
        state.update(person, text: Array(text.replacingOccurrences(of: "aliases: [", with: "aliases: [Zed, ").utf8))
        print(String(format: "one person note's aliases changed: %.0f ms", ms(start)))
        // Aliases changed again and again, for a profile of that path alone.
        if ProcessInfo.processInfo.environment["KIZUNA_BENCH_ALIASES"] != nil {
            var times: [Double] = []
            for k in 0..<20 {
                let changed = text.replacingOccurrences(of: "aliases: [", with: "aliases: [Zed\(k % 2), ")
                start = DispatchTime.now()
                state.update(person, text: Array(changed.utf8))
                times.append(ms(start))
            }
            times.sort()
            print(String(format: "aliases changed 20 times: median %.0f ms", times[10]))
        }
        // A new name: links that named the person by the old one are found again in their notes.
        start = DispatchTime.now()
        state.update(person, text: Array(text.replacingOccurrences(of: "\nname: ", with: "\nname: Renamed ").utf8))
        print(String(format: "one person renamed (and the notes that link them parsed again): %.0f ms", ms(start)))
    }
default:
    exit(2)
}

final class UnsafeSendableBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var value: Int
    init(_ v: Int) { value = v }
    func add(_ n: Int) { lock.lock(); value += n; lock.unlock() }
}
