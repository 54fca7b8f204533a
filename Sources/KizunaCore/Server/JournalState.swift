import Foundation

/// The journal as an editor sees it: every note on disk, with the text of open buffers in place of their files, kept
/// parsed note by note so that a change to one note re-parses only that note.
public final class JournalState {
    public let root: String
    public private(set) var config: Config
    var loaderDiagnostics: [Diagnostic] = []
    var linkTargets: [String] = []
    /// Notes in path order, and each one's position.
    var paths: [String] = []
    var position: [String: Int] = [:]
    var parsed: [ParsedNote] = []
    /// Text of open buffers, by path; they win over the files on disk.
    public private(set) var buffers: [String: [UInt8]] = [:]
    var directory: JournalResolver.Directory? = nil { didSet { lookup = nil } }
    /// The people found by name as the command line finds them, kept until the people change.
    private var lookup: PersonLookup? = nil
    var suggestionIndex: SuggestionIndex? = nil
    /// Each note as last resolved, so that after a change to one note the journal is gathered again without
    /// resolving the others.
    var resolved: [JournalResolver.Resolved] = []
    /// Diagnostics by note, as last worked out.
    public internal(set) var diagnostics: [String: [Diagnostic]] = [:]
    var built: Journal? = nil { didSet { timelineKept = nil } }
    /// The timeline of `built` as of a day, kept for the requests that follow until the journal changes.
    private var timelineKept: (day: Day, timeline: Timeline)? = nil
    /// The journal last gathered, and the notes changed since, each as it was resolved then: a change that moved
    /// no entry and added or removed none is patched into it instead of gathering every note again.
    var gathered: Journal? = nil
    var changedSince: [Int: JournalResolver.Resolved] = [:]
    /// Notes whose diagnostics changed since, and whether the people did.
    var diagnosedSince: Set<String> = []
    var peopleSince = false
    /// Notes added since, none of them a person's.
    var addedSince: Set<String> = []
    /// The hint about the owner among `diagnostics`, if one is there.
    private var hintShown: Diagnostic? = nil

    /// Reads the journal at `root` (nothing is parsed until `rebuild`).
    public init(root: String) {
        self.root = root
        self.config = Config()
    }

    /// The resolved journal, worked out again if a fast update made it stale.
    public var journal: Journal {
        if let built { return built }
        guard let directory, resolved.count == parsed.count else {
            resolveAll()
            return built!
        }
        if let patched = patched() { return keep(patched) }
        var notes = resolved  // `finish` empties what it gathers; the notes stay resolved here
        return keep(
            JournalResolver.finish(
                &notes, directory: directory, config: config, diagnostics: loaderDiagnostics,
                suggestions: suggestionIndex
            ).withPeopleFolderChecked(root: root))
    }

    /// Each person's touches and plans as of `day`, worked out once for each journal and day.
    public func timeline(on day: Day) -> Timeline {
        let journal = self.journal  // gathered first: gathering drops what was kept
        if let kept = timelineKept, kept.day == day { return kept.timeline }
        let made = Timeline(journal: journal, date: day)
        timelineKept = (day, made)
        return made
    }

    /// The journal's people, found by id, name, alias or path; worked out once for each directory of people.
    public var people: PersonLookup {
        if let lookup { return lookup }
        let made = PersonLookup(journal)
        lookup = made
        return made
    }

    /// Keeps `journal` as the current one and as the base later changes are patched into.
    @discardableResult
    private func keep(_ journal: Journal) -> Journal {
        built = journal
        gathered = journal
        changedSince = [:]
        diagnosedSince = []
        peopleSince = false
        addedSince = []
        return journal
    }

    /// The journal last gathered with the notes changed since put in place: their entries moved to where they now
    /// belong, their tasks and diagnostics replaced.
    private func patched() -> Journal? {
        guard var journal = gathered,
            !changedSince.isEmpty || !diagnosedSince.isEmpty || peopleSince || !addedSince.isEmpty,
            // Whether a `last_contact:` touch stands depends on every other note: the journal is gathered again.
            !resolved.contains(where: { $0.lastContactEntry != nil }),
            // So does the hint about the owner, which each edit counts again (`rehint`).
            hintShown == journal.ownerHint
        else { return nil }
        // Held only here, the journal's lists change in place instead of being copied whole.
        gathered = nil
        built = nil
        // Notes are stored in path order, those with no entries taking no place among the entries.
        var storedEntries = 0, firstTask = 0
        for i in resolved.indices {
            if let before = changedSince[i] {
                let now = resolved[i]
                journal.entries = journal.entries.replacingNote(
                    at: storedEntries, had: !before.entries.isEmpty, with: now.entries)
                journal.tasks.replaceSubrange(firstTask..<(firstTask + before.tasks.count), with: now.tasks)
                journal.diagnostics.replace(of: paths[i], with: diagnostics[paths[i]] ?? [])
            }
            if !resolved[i].entries.isEmpty { storedEntries += 1 }
            firstTask += resolved[i].tasks.count
        }
        for path in diagnosedSince { journal.diagnostics.replace(of: path, with: diagnostics[path] ?? []) }
        // A person's fields their body gives may have changed with any of their notes.
        let profiles = changedSince.contains { i, before in before.profile != nil || resolved[i].profile != nil }
        if peopleSince || profiles, let directory {
            journal.people = JournalResolver.withProfiles(directory, resolved)
        }
        journal.noteCount += addedSince.count
        return journal
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
        for path in buffers.keys where config.readsAsNote(path) {
            all.insert(path)
        }
        paths = all.sorted(by: utf8Precedes)
        position = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        // Two passes on all cores, as the digest reads a journal: every note's front matter first (who the people
        // are and what they are called), then each note parsed with those names at hand.
        var (files, heads) = readHeads(loaded)
        let directory = JournalResolver.Directory(heads, config: config, linkTargets: linkTargets)
        let suggestions = SuggestionIndex(directory)
        let perNote = parseAndResolve(&files, heads: heads, directory, suggestions: suggestions)
        resolveAll(directory, resolved: perNote, suggestions: suggestions)
    }

    /// Every note's bytes (its buffer's, or its file's) and front matter, on all cores, a window of notes at a time
    /// (those on disk opened together when they must come from it, as the digest's first pass opens them); notes
    /// that cannot be read are the loader's diagnostics.
    private func readHeads(_ loaded: LoadedJournal) -> ([SourceFile?], [ParsedNote]) {
        let (paths, buffers, config) = (self.paths, self.buffers, self.config)
        let windows = (paths.count + Kizuna.readAhead - 1) / Kizuna.readAhead
        let read = parallelMap(windows) { w -> [(SourceFile, ParsedNote, Diagnostic?)] in
            let window = (w * Kizuna.readAhead)..<min(paths.count, (w + 1) * Kizuna.readAhead)
            let held = window.map { buffers[paths[$0]] }
            let onDisk = zip(window, held).filter { $0.1 == nil }.map { paths[$0.0] }
            var ahead = loaded.openAhead(onDisk[...])[...]
            return zip(window, held).map { i, bytes in
                var file = SourceFile(path: paths[i], bytes: bytes ?? [])
                var failure: Diagnostic? = nil
                if bytes == nil {
                    switch loaded.read(paths[i], opened: ahead.popFirst() ?? nil) {
                    case .success(let f): file = f
                    case .failure(let d): failure = d
                    }
                }
                return (file, NoteParser.parse(file, config: config, body: false), failure)
            }
        }.flatMap { $0 }
        loaderDiagnostics = loaded.diagnostics + read.compactMap(\.2)
        return (read.map(\.0), read.map(\.1))
    }

    /// Every note parsed with the directory's names at hand and resolved, on all cores; keeps the parsed notes.
    private func parseAndResolve(
        _ files: inout [SourceFile?], heads: [ParsedNote], _ directory: JournalResolver.Directory,
        suggestions: SuggestionIndex
    ) -> [JournalResolver.Resolved] {
        var notes = [ParsedNote](repeating: .empty, count: paths.count)
        var perNote = [JournalResolver.Resolved](repeating: JournalResolver.Resolved(), count: paths.count)
        let config = self.config
        notes.withUnsafeMutableBufferPointer { noteBuffer in
            files.withUnsafeMutableBufferPointer { fileBuffer in
                perNote.withUnsafeMutableBufferPointer { resolvedBuffer in
                    let out = UnsafeSendable(noteBuffer), read = UnsafeSendable(fileBuffer)
                    let resolved = UnsafeSendable(resolvedBuffer)
                    DispatchQueue.concurrentPerform(iterations: heads.count) { i in
                        guard let file = read.value[i] else { return }
                        read.value[i] = nil
                        out.value[i] = NoteParser.parse(
                            file, config: config, head: heads[i], names: directory.index.personKeys)
                        resolved.value[i] = JournalResolver.resolveNote(out.value[i], index: i, directory: directory)
                        // The suggestions for unknown links are worked out beside the second half, as the digest does.
                        if i >= heads.count / 2 { suggestions.start() }
                    }
                }
            }
        }
        parsed = notes
        return perNote
    }

    /// Takes the note at `i` out of the notes, and whatever the walk found of it.
    func setNotes(removing i: Int) {
        let path = paths.remove(at: i)
        parsed.remove(at: i)
        loaderDiagnostics.removeAll { $0.location.path == path }
        position = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
    }

    /// Puts a note the journal did not have among the notes, in path order.
    func setNotes(adding note: ParsedNote) {
        let i = paths.firstIndex { utf8Precedes(note.path, $0) } ?? paths.count
        paths.insert(note.path, at: i)
        parsed.insert(note, at: i)
        position = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
    }

    /// Resolves every parsed note against `directory` (nil: one built from the notes as they are now), unless the
    /// notes come `resolved` already (and their `suggestions` begun).
    func resolveAll(
        _ given: JournalResolver.Directory? = nil, resolved: [JournalResolver.Resolved]? = nil,
        suggestions started: SuggestionIndex? = nil
    ) {
        let directory = given ?? JournalResolver.Directory(parsed, config: config, linkTargets: linkTargets)
        // The suggestion index is built on another thread while the notes are resolved on all cores; the warnings
        // and the first edit's typo both use it.
        let index = started ?? SuggestionIndex(directory)
        index.start()
        var perNote = resolved ?? resolveEach(directory)
        self.resolved = perNote
        let journal = JournalResolver.finish(
            &perNote, directory: directory, config: config, diagnostics: loaderDiagnostics, suggestions: index
        ).withPeopleFolderChecked(root: root)
        self.directory = directory
        suggestionIndex = index
        keep(journal)
        var byPath: [String: [Diagnostic]] = [:]
        for d in journal.diagnostics { byPath[d.location.path, default: []].append(d) }
        diagnostics = byPath
        hintShown = journal.ownerHint
    }

    /// Every parsed note resolved against `directory`, on all cores.
    private func resolveEach(_ directory: JournalResolver.Directory) -> [JournalResolver.Resolved] {
        let notes = parsed
        return parallelMap(notes.count) { JournalResolver.resolveNote(notes[$0], index: $0, directory: directory) }
    }

    /// Sets the text of an open buffer (nil: closed, the file on disk counts again) and updates what depends on it.
    /// Returns the paths whose diagnostics changed.
    @discardableResult
    public func update(_ path: String, text: [UInt8]?) -> [String] {
        if let text { buffers[path] = text } else { buffers[path] = nil }
        let earlier = diagnostics
        guard let directory else {
            reload()
            return changed(from: earlier)
        }
        let bytes = self.text(of: path)
        // A note the walk left unread (an `ignore` glob's) is a link target whose text is never read: typing in it
        // changes nothing.
        if position[path] == nil, bytes != nil, NoteName.isNote(path), !config.readsAsNote(path),
            linkTargets.contains(path)
        {
            return []
        }
        // A note added or gone changes what links may name: the notes are resolved again, none read again.
        if let i = position[path], bytes == nil {
            if !removed(i) {
                setNotes(removing: i)
                renamed(from: directory)
            }
            return changed(from: earlier)
        }
        guard let i = position[path], let bytes else {
            guard let bytes, config.readsAsNote(path) else {
                // The settings, an attachment, or a file read otherwise: everything is read again.
                reload()
                return changed(from: earlier)
            }
            let note = NoteParser.parse(
                SourceFile(path: path, bytes: bytes), config: config, names: directory.index.personKeys)
            // A note with aliases, or a folder's own page, names more than its own name: the directory is built again.
            if !note.isPerson, note.noteAliases.isEmpty, NoteName.fileName(ofPath: path, goingBy: note.stem) == nil,
                resolved.count == parsed.count, suggestionIndex != nil
            {
                added(note)
            } else {
                setNotes(adding: note)
                renamed(from: directory)
            }
            return changed(from: earlier)
        }
        let note = NoteParser.parse(
            SourceFile(path: path, bytes: bytes), config: config, names: directory.index.personKeys)
        let before = parsed[i]
        parsed[i] = note
        // Front matter that says something else of the people changes who they are or what links name: the
        // notes are resolved again, and the notes whose diagnostics change are said to have changed.
        if !note.hasTheHead(of: before) {
            renamed(from: directory, edited: i)
            return changed(from: earlier)
        }
        let r = JournalResolver.resolveNote(note, index: i, directory: directory)
        if resolved.count == parsed.count { setResolved(r, at: i) }
        if suggestionIndex == nil { suggestionIndex = SuggestionIndex(directory) }
        diagnose(i, resolved: r)
        built = nil
        return changed(from: earlier)
    }

    /// Keeps note `i` as resolved now, and what it was when the journal was last gathered.
    func setResolved(_ r: JournalResolver.Resolved, at i: Int) {
        if gathered != nil, changedSince[i] == nil { changedSince[i] = resolved[i] }
        resolved[i] = r
    }

    /// Works out the diagnostics of note `i`: its own findings, and what the directory found in its front matter
    /// (duplicate ids, links in `introduced_by` or `knows` that name nobody).
    func diagnose(_ i: Int, resolved r: JournalResolver.Resolved) {
        guard let directory else { return }
        let path = paths[i]
        let unresolved = r.unresolved + directory.unresolved.filter { $0.location.path == path }
        let found =
            r.diagnostics + (unresolved.isEmpty ? [] : suggestionIndex!.warnings(for: unresolved))
            + directory.diagnostics.filter { $0.location.path == path }
            + loaderDiagnostics.filter { $0.location.path == path }
        diagnostics[path] = found.isEmpty ? nil : found.sorted()
    }

    private func changed(from before: [String: [Diagnostic]]) -> [String] {
        rehint()
        return Set(before.keys).union(diagnostics.keys).filter { before[$0] != diagnostics[$0] }.sorted()
    }

    /// Puts the hint about the owner among kizuna.yaml's diagnostics as the notes now give it.
    private func rehint() {
        guard config.owner == nil, let directory, resolved.count == parsed.count else { return }
        let hint = JournalResolver.ownerHint(
            [directory.unresolved] + resolved.map(\.unresolved), config: config, people: directory.people,
            meetings: JournalResolver.meetingPeople(resolved))
        guard hint != hintShown else { return }
        var atConfig = (diagnostics[Config.fileName] ?? []).filter { $0 != hintShown }
        if let hint { atConfig.append(hint) }
        diagnostics[Config.fileName] = atConfig.isEmpty ? nil : atConfig.sorted()
        hintShown = hint
    }

    /// Every note's path, in order.
    public var notePaths: [String] { paths }

    /// The first note, in path order, that `aliases:` calls by `key`.
    func note(aliased key: String) -> String? {
        parsed.firstIndex { $0.hasAlias(key: key) }.map { paths[$0] }
    }

    /// The bytes of a note as the editor has them: its buffer, else its file.
    public func text(of path: String) -> [UInt8]? {
        buffers[path] ?? (try? Data(contentsOf: URL(fileURLWithPath: root + "/" + path))).map { [UInt8]($0) }
    }
}

extension [Diagnostic] {
    /// In a sorted list, the diagnostics of the note at `path` replaced by `others` (sorted, all of that note).
    mutating func replace(of path: String, with others: [Diagnostic]) {
        func firstIndex(after: Bool) -> Int {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                let p = self[mid].location.path
                if utf8Precedes(p, path) || (after && p == path) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        replaceSubrange(firstIndex(after: false)..<firstIndex(after: true), with: others)
    }
}
