import Foundation

/// The journal as an editor sees it: every note on disk, with the text of open buffers in place of their files, kept
/// parsed note by note so that a change to one note re-parses only that note.
public final class JournalState {
    public let root: String
    public private(set) var config: Config
    private var loaderDiagnostics: [Diagnostic] = []
    private var linkTargets: [String] = []
    /// Notes in path order, and each one's position.
    private var paths: [String] = []
    private var position: [String: Int] = [:]
    private var parsed: [ParsedNote] = []
    /// Text of open buffers, by path; they win over the files on disk.
    public private(set) var buffers: [String: [UInt8]] = [:]
    private var directory: JournalResolver.Directory? = nil
    private var suggestions: NameIndex? = nil
    /// Diagnostics by note, as last worked out.
    public private(set) var diagnostics: [String: [Diagnostic]] = [:]
    private var built: Journal? = nil

    /// Reads the journal at `root` (nothing is parsed until `rebuild`).
    public init(root: String) {
        self.root = root
        self.config = Config()
    }

    /// The resolved journal, worked out again if a fast update made it stale.
    public var journal: Journal {
        if let built { return built }
        resolveAll()
        return built!
    }

    /// Reads every note from disk again (buffers still win) and resolves them all.
    public func reload() {
        let loaded: LoadedJournal
        do { loaded = try JournalLoader.load(root: root) } catch {
            loaderDiagnostics = [
                Diagnostic(
                    .error, Message("\(error)", ja: "\(error)"), at: SourceLocation(path: "", line: 1, column: 1))
            ]
            paths = []
            parsed = []
            resolveAll()
            return
        }
        config = loaded.config
        linkTargets = loaded.linkTargets
        var all = Set(loaded.paths)
        for path in buffers.keys where NoteName.isNote((path as NSString).lastPathComponent) && !isSkipped(path) {
            all.insert(path)
        }
        paths = all.sorted(by: utf8Precedes)
        position = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        // Each note read and parsed on all cores; a buffer stands for its file.
        var notes = [ParsedNote?](repeating: nil, count: paths.count)
        var failures = [Diagnostic?](repeating: nil, count: paths.count)
        let (paths, buffers, config) = (self.paths, self.buffers, self.config)
        notes.withUnsafeMutableBufferPointer { parsedBuffer in
            failures.withUnsafeMutableBufferPointer { failureBuffer in
                let out = UnsafeSendable(parsedBuffer), failed = UnsafeSendable(failureBuffer)
                DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                    var file = SourceFile(path: paths[i], bytes: buffers[paths[i]] ?? [])
                    if buffers[paths[i]] == nil {
                        switch loaded.read(paths[i]) {
                        case .success(let f): file = f
                        case .failure(let d): failed.value[i] = d
                        }
                    }
                    out.value[i] = NoteParser.parse(file, config: config)
                }
            }
        }
        loaderDiagnostics = loaded.diagnostics + failures.compactMap { $0 }
        parsed = notes.map { $0 ?? ParsedNote(path: "", stem: "", isPerson: false, fields: nil) }
        resolveAll()
    }

    /// Whether a path lies where notes are not read (hidden, the digest folder).
    private func isSkipped(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") } || path.hasPrefix(config.digestDir + "/")
    }

    private func resolveAll() {
        let directory = JournalResolver.Directory(parsed, config: config, linkTargets: linkTargets)
        // The suggestion index is built on another thread while the notes are resolved on all cores; the warnings
        // and the first edit's typo both use it.
        let index = SuggestionIndex(directory)
        index.start()
        var perNote = [JournalResolver.Resolved](repeating: JournalResolver.Resolved(), count: parsed.count)
        let notes = parsed
        perNote.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: notes.count) { i in
                out.value[i] = JournalResolver.resolveNote(notes[i], index: i, directory: directory)
            }
        }
        let journal = JournalResolver.finish(
            &perNote, directory: directory, config: config, diagnostics: loaderDiagnostics, suggestions: index
        ).withPeopleFolderChecked(root: root)
        self.directory = directory
        suggestions = index.prepared()
        built = journal
        var byPath: [String: [Diagnostic]] = [:]
        for d in journal.diagnostics { byPath[d.location.path, default: []].append(d) }
        diagnostics = byPath
    }

    /// Sets the text of an open buffer (nil: closed, the file on disk counts again) and updates what depends on it.
    /// Returns the paths whose diagnostics changed.
    @discardableResult
    public func update(_ path: String, text: [UInt8]?) -> [String] {
        if let text { buffers[path] = text } else { buffers[path] = nil }
        let before = diagnostics
        // A note the journal did not have, or the settings: everything is read again.
        guard let i = position[path], let directory else {
            reload()
            return changed(from: before)
        }
        let bytes = self.text(of: path) ?? []
        let note = NoteParser.parse(SourceFile(path: path, bytes: bytes), config: config)
        parsed[i] = note
        // A person note changes who the people are and what links name: every note is resolved again (from the
        // notes already parsed), and the notes whose diagnostics change are said to have changed.
        if note.isPerson || directory.isPersonNote[i] {
            resolveAll()
            return changed(from: before)
        }
        let r = JournalResolver.resolveNote(note, index: i, directory: directory)
        if suggestions == nil { suggestions = SuggestionIndex(directory).prepared() }
        let found =
            r.diagnostics + (r.unresolved.isEmpty ? [] : suggestions!.warnings(for: r.unresolved))
            + directory.diagnostics.filter { $0.location.path == path }
            + loaderDiagnostics.filter { $0.location.path == path }
        diagnostics[path] = found.isEmpty ? nil : found.sorted()
        built = nil
        return changed(from: before)
    }

    private func changed(from before: [String: [Diagnostic]]) -> [String] {
        Set(before.keys).union(diagnostics.keys).filter { before[$0] != diagnostics[$0] }.sorted()
    }

    /// Every note's path, in order.
    public var notePaths: [String] { paths }

    /// The bytes of a note as the editor has them: its buffer, else its file.
    public func text(of path: String) -> [UInt8]? {
        buffers[path] ?? (try? Data(contentsOf: URL(fileURLWithPath: root + "/" + path))).map { [UInt8]($0) }
    }
}
