import Ccmark
import Foundation
import KizunaCore
import KizunaSynth

// kizuna-bench: deterministic synthetic journals, and the floors kizuna is measured against.
//   kizuna-bench generate SIZE DIR [--everyone-tag]   SIZE is S, M or L
//   kizuna-bench floor DIR                            read + parse + free every note with libcmark, all cores
//   kizuna-bench read DIR                             read every note, all cores

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: kizuna-bench generate S|M|L DIR [--everyone-tag] | floor DIR | read DIR\n".utf8))
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
    var g = Generator(size: size, root: args[3], everyoneTag: args.contains("--everyone-tag"))
    g.run()
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
default:
    exit(2)
}

final class UnsafeSendableBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var value: Int
    init(_ v: Int) { value = v }
    func add(_ n: Int) { lock.lock(); value += n; lock.unlock() }
}
