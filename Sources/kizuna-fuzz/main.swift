import Foundation
import KizunaCore

// kizuna-fuzz: a libFuzzer target over the in-memory journal. Built by `make fuzz` with
// `--sanitize=fuzzer --sanitize=address`; built plainly (as `swift build` does) it is an empty program.
//
// An input is a journal: the text up to the first NUL is kizuna.yaml (and, when it starts with `{`, a Logseq graph's
// config.edn too; with `version:`, a Dendron workspace's dendron.yml); the rest is notes separated by the byte 0x01,
// each placed by its number (person notes, daily notes, log notes, a person's own folder). Every stage runs on it:
// config, parse, resolve, the digest, its markdown, JSON and HTML, check's report, the graph in every format, and
// `log`'s edit of a note's log. The same bytes are read as an address book too (vCard and CSV, then imported into the
// journal), and the first note is opened in the language server and asked about at places the input picks.

/// Where the n-th note of an input lies: the fifth and sixth of each six in a person's own folder, its page and a note
/// named by a day beside it.
func notePath(_ n: Int) -> String {
    switch n % 6 {
    case 0: return "people/p\(n).md"
    case 1: return "log/2026-11-\(10 + n % 20).md"
    // Every other one a month's note, whose headings may leave out the year.
    case 2: return n % 12 == 2 ? "log/notes-\(n).md" : "log/2026-0\(n % 9 + 1).md"
    // Every other one a note Denote names, a person's by its keyword.
    case 3: return n % 12 == 3 ? "people/sub/q\(n).markdown" : "2023101\(n % 10)T0930\(10 + n % 50)--p\(n)__person.md"
    case 4: return "people/f\(n / 6)/README.md"
    default: return "people/f\(n / 6)/2026-11-\(10 + n % 20) - day.md"
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let split = bytes.firstIndex(of: 0) ?? -1
    let configText = split >= 0 ? String(decoding: bytes[..<split], as: UTF8.self) : ""
    let rest = split >= 0 ? Array(bytes[(split + 1)...]) : bytes
    var (config, diagnostics) = Config.parse(configText)
    if configText.hasPrefix("{") { config.logseq = LogseqGraph(configText: Array(configText.utf8)) }
    if configText.hasPrefix("version:") {
        config.dendron = true
        config.dailyNoteFormat = DendronWorkspace(settingsText: configText).dailyNoteFormat
    }
    let files = rest.split(separator: 0x01, omittingEmptySubsequences: false).enumerated().map { n, note in
        SourceFile(path: notePath(n), bytes: Array(note))
    }
    let journal = Kizuna.journal(files: files, config: config, diagnostics: diagnostics)
    let digest = Digest(journal: journal, date: Day(year: 2026, month: 11, day: 24)!)
    _ = DigestMarkdown(digest).render()
    _ = DigestJSON(digest).value.serializedBytes()
    _ = try? DigestHTML(digest, picture: nil).render()
    _ = CheckReport(journal: journal).text
    let graph = NetworkGraph(digest: digest)
    _ = GraphDOT(graph, config: config).render()
    _ = GraphMermaid(graph, config: config).render()
    _ = GraphML(graph).render()
    _ = CalendarExport(journal: journal, date: digest.date).render()
    _ = VCardExport(journal: journal).render()
    for p in journal.people.indices.prefix(3) { _ = BriefText(PersonBrief(p, digest: digest), journal: journal).text() }
    // The edits `log` makes: the day last in touch moved on, and an item to a log kept a list item each, or one more
    // dated heading.
    for file in files.prefix(6) {
        let parsed = NoteParser.parse(file, config: config)
        _ = NoteEdit.movingLastContact(to: digest.date, at: parsed.fields?.lastContact, in: file.bytes)
        guard let item = parsed.logNeighbour else {
            _ = NoteEdit.addingEntryHeading(
                digest.date, "Tea #give", to: file.bytes, entries: parsed.entries, noteName: parsed.stem)
            continue
        }
        _ = NoteEdit.addingLogItem(digest.date, "Tea #give", beside: item, to: file.bytes)
    }
    importContacts(rest, into: journal, files: files)
    askServer(files.first.map { String(decoding: $0.bytes, as: UTF8.self) } ?? "", picks: bytes)
    return 0
}

/// Reads `bytes` as a vCard file and as a CSV export, and plans their import into `journal`.
func importContacts(_ bytes: [UInt8], into journal: Journal, files: [SourceFile]) {
    let (cards, _) = VCardReader.read(bytes, path: "contacts.vcf")
    let (rows, _) = CSVContacts.read(CSVContacts.text(of: bytes), path: "contacts.csv")
    let byPath = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    for contacts in [cards, rows] where !contacts.isEmpty {
        _ = ContactImport(
            contacts, journal: journal, circle: nil, today: Day(year: 2026, month: 11, day: 24)!, read: { byPath[$0] })
    }
}

/// The language server every input talks to, over an empty journal in a folder of its own.
enum Fuzzing {
    // libFuzzer calls the target from one thread only.
    nonisolated(unsafe) static let server: LanguageServer = {
        // Never written to: fuzzing jobs may share it.
        let root = NSTemporaryDirectory() + "kizuna-fuzz-journal"
        for folder in ["people", "log"] {
            try? FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let server = LanguageServer(today: Day(year: 2026, month: 11, day: 24)!, fallbackRoot: root)
        _ = server.handle(["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["rootPath": root]])
        return server
    }()
}

/// Opens `text` as a person's note, asks the server about it at places `picks` chooses (some past a line's end or
/// the note's), and closes it.
func askServer(_ text: String, picks: [UInt8]) {
    let server = Fuzzing.server
    guard let root = server.state?.root else { return }
    let document: [String: Any] = ["uri": URL(fileURLWithPath: root + "/people/p0.md").absoluteString]
    let published = server.handle([
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": [
            "textDocument": document.merging(["text": text, "languageId": "markdown", "version": 1]) { a, _ in a }
        ],
    ])
    // The note's own diagnostics go to the code actions, which offer their fixes.
    let diagnostics =
        published.compactMap { message -> [[String: Any]]? in
            guard let params = message["params"] as? [String: Any],
                params["uri"] as? String == document["uri"] as? String
            else { return nil }
            return params["diagnostics"] as? [[String: Any]]
        }.first ?? []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let methods = [
        "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
        "textDocument/codeAction",
    ]
    for k in 0..<min(8, picks.count / 2) {
        let line = Int(picks[2 * k]) % (lines.count + 2)
        let width = line < lines.count ? lines[line].utf16.count : 0
        let position = ["line": line, "character": Int(picks[2 * k + 1]) % (width + 3)]
        var params: [String: Any] = ["textDocument": document, "position": position]
        params["range"] = ["start": position, "end": position]
        params["context"] = ["diagnostics": diagnostics, "includeDeclaration": true]
        _ = server.handle(["jsonrpc": "2.0", "id": k + 1, "method": methods[k % methods.count], "params": params])
    }
    _ = server.handle(
        ["jsonrpc": "2.0", "id": 99, "method": "textDocument/documentSymbol", "params": ["textDocument": document]])
    let query = lines.first.map { String($0.prefix(8)) } ?? ""
    _ = server.handle(["jsonrpc": "2.0", "id": 100, "method": "workspace/symbol", "params": ["query": query]])
    _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": document]])
}

#if !KIZUNA_FUZZING
    /// Built without libFuzzer (as `swift build` builds every product), the target is a program that says how to fuzz.
    @main
    struct FuzzingNotEnabled {
        static func main() {
            print("kizuna-fuzz: build it with `make fuzz` (libFuzzer and AddressSanitizer)")
        }
    }
#endif
