import CPrefetch
import Foundation
import Synchronization
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A journal that cannot be read at all.
public struct JournalError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// What the load stage finds: settings, the notes to read, and what went wrong so far.
public struct LoadedJournal: Sendable {
    public var root: String
    public var config: Config
    /// Paths of the notes, relative to the root, in order.
    public var paths: [String]
    public var diagnostics: [Diagnostic]
    /// Files a link may name besides the notes read: attachments and other files, notes left unread by `ignore`, and
    /// the folders walked, with a slash after them (`daily/`).
    public var linkTargets: [String] = []
    /// The notes' folders, open: a note is opened by its name in its folder, so the system does not walk the whole
    /// path (the root's components included) for each of thousands of notes, twice.
    let folders: Folders

    public init(root: String, config: Config, paths: [String], diagnostics: [Diagnostic]) {
        self.root = root
        self.config = config
        self.paths = paths
        self.diagnostics = diagnostics
        folders = Folders(root: root, paths: paths)
    }

    /// Reads one note's bytes, or the diagnostic that says why it cannot be read.
    /// `opened`: the note's descriptor when `openAhead` opened it.
    public func read(_ path: String, opened: Int32? = nil) -> Result<SourceFile, Diagnostic> {
        file(path, JournalLoader.readFile(opened ?? openNote(path)))
    }

    /// Reads one note and leaves it open: returns the open descriptor too (-1 when the read failed), for `reread`.
    /// `opened`: the note's descriptor when `openAhead` opened it.
    func readKeepingOpen(_ path: String, opened: Int32? = nil) -> (Result<SourceFile, Diagnostic>, Int32) {
        let fd = opened ?? openNote(path)
        let read = JournalLoader.readFile(fd, close: false)
        if case .failure = read {
            if fd >= 0 { close(fd) }
            return (file(path, read), -1)
        }
        return (file(path, read), fd)
    }

    /// Reads a note again, from the start, through the descriptor an earlier read left open, up to the `size` that
    /// read found; else it opens the note again. Closes it. A note an editor saved in between by writing a new file
    /// is read as it was at the first read, front matter and body alike; one rewritten in place is read up to that
    /// size, as one that grows while it is read always was.
    func reread(_ path: String, descriptor: Int32, size: Int) -> Result<SourceFile, Diagnostic> {
        descriptor >= 0 ? file(path, JournalLoader.readFile(descriptor, size: size)) : read(path)
    }

    private func file(_ path: String, _ read: Result<[UInt8], JournalLoader.ReadFailure>) -> Result<
        SourceFile, Diagnostic
    > {
        switch read {
        case .success(let bytes): return .success(SourceFile(path: path, bytes: bytes))
        case .failure(let f):
            return .failure(
                Diagnostic(
                    f.tooLarge ? .warning : .error, f.message, at: SourceLocation(path: path, line: 1, column: 1)))
        }
    }

    /// Opens a note by its name in its open folder, else by its whole path; negative when it cannot be opened.
    func openNote(_ path: String) -> Int32 {
        guard JournalLoader.noAccessTime != 0, !LoadedJournal.accessTimeKeptByOthers.load(ordering: .relaxed) else {
            return openNote(path, flags: JournalLoader.safeOpenFlags)
        }
        var fd = openNote(path, flags: JournalLoader.safeOpenFlags | JournalLoader.noAccessTime)
        // Only the note's owner may leave its access time as it is; anyone else reads it as usual, and from then on
        // every note is opened so at once (a journal someone else owns is not asked twice for each note).
        if fd < 0, errno == EPERM {
            LoadedJournal.accessTimeKeptByOthers.store(true, ordering: .relaxed)
            fd = openNote(path, flags: JournalLoader.safeOpenFlags)
        }
        return fd
    }

    /// Whether the system refused to leave a note's access time: a note someone else owns.
    private static let accessTimeKeptByOthers = Atomic<Bool>(false)

    private func openNote(_ path: String, flags: Int32) -> Int32 {
        let slash = Folders.lastSlash(path)
        var fd: Int32
        if let folder = folders.descriptors[slash.map { String(path[..<$0]) } ?? ""] {
            let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
            fd = name.withCString { openat(folder, $0, flags) }
        } else {
            fd = open(root + "/" + path, flags)
        }
        // A note the walk found through a symbolic link inside the journal: opened where it leads, if that is still
        // inside. A link swapped in after the walk never leads reading outside.
        if fd < 0, errno == ELOOP, let real = JournalLoader.realPath(root + "/" + path), real.hasPrefix(root + "/") {
            fd = open(real, flags)
        }
        return fd
    }

    /// Opens the notes of `paths` before they are read. When the first is not in the system's memory (a journal not
    /// read since the machine started, as a nightly digest finds it), opens them all and asks the system to read
    /// them from disk at once, not one wait for the disk after another. Each note's descriptor in order (the first
    /// alone when it is in memory), nil for one that did not open: it is opened again when read. `inMemory` says
    /// whether reading an open note would not wait for the disk.
    func openAhead(_ paths: ArraySlice<String>, inMemory: (Int32) -> Bool = LoadedJournal.isInMemory) -> [Int32?] {
        guard let first = paths.first else { return [] }
        let probe = openNote(first)
        guard probe >= 0 else { return [] }
        guard !inMemory(probe) else { return [probe] }
        let opened = [probe] + paths.dropFirst().map { openNote($0) }
        for fd in opened where fd >= 0 { kizuna_will_need(fd, JournalLoader.maxFileBytes) }
        return opened.map { $0 >= 0 ? $0 : nil }
    }

    /// Whether the start of the note open at `fd` is in the system's memory, so that reading it would not wait for
    /// the disk; true when the system cannot tell.
    static func isInMemory(_ fd: Int32) -> Bool { kizuna_is_cached(fd) != 0 }

    /// How many notes may be held open between the two reads: what the process's limit on open files leaves,
    /// after the folders held open and a margin for everything else.
    var descriptorBudget: Int {
        var limit = rlimit()
        #if canImport(Glibc)
            guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        #else
            guard getrlimit(RLIMIT_NOFILE, &limit) == 0 else { return 0 }
        #endif
        let soft = Int(clamping: limit.rlim_cur)
        return max(0, soft - folders.descriptors.count - 256)
    }

    /// Makes room in the process's table of open files for `count` more descriptors at once.
    func reserveDescriptors(_ count: Int) {
        // Any open descriptor will do for the copy (standard input when no folder is held open; if that is closed
        // too, the copy fails, and the table grows as notes open).
        let any = folders.descriptors.values.first ?? 0
        let high = fcntl(any, F_DUPFD_CLOEXEC, Int32(clamping: count + folders.descriptors.count + 64))
        if high >= 0 { close(high) }
    }

    /// Reads every note (tests and tools; `Kizuna.journal(root:)` reads each note as it parses it).
    public var files: [SourceFile] {
        paths.compactMap { if case .success(let f) = read($0) { return f } else { return nil } }
    }
}

/// The open folders of a journal's notes, by path from the root ("" for the root); closed when released. A folder
/// that cannot be opened is left out, and its notes are opened by their whole path.
final class Folders: @unchecked Sendable {
    let descriptors: [String: Int32]

    /// At most this many folders are held open, well below the usual limit of 1,024 open files a process has.
    static let limit = 256

    init(root: String, paths: [String]) {
        var descriptors: [String: Int32] = [:]
        var tried = Set<String>()
        // The walk lists a folder's notes together: a note in the folder of the note before it is passed over
        // without making its folder's name.
        var last: String? = nil
        for path in paths where descriptors.count < Folders.limit {
            // Compared as bytes in place: the strings' UTF-8 views compare a byte at a time through generic code.
            let another = path.withUTF8Bytes { p -> String? in
                let end = p.lastIndex(of: UInt8(ascii: "/")) ?? 0
                if let last, last.withUTF8Bytes({ $0.count == end && p[..<end].elementsEqual($0) }) { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: p[..<end]), as: UTF8.self)
            }
            guard let folder = another else { continue }
            last = folder
            guard tried.insert(folder).inserted else { continue }
            let fd = open(folder.isEmpty ? root : root + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 { descriptors[folder] = fd }
        }
        self.descriptors = descriptors
    }

    deinit {
        for fd in descriptors.values { close(fd) }
    }

    /// Where the last `/` of `path` stands, found from the end a byte at a time in the string's own bytes.
    static func lastSlash(_ path: String) -> String.Index? {
        let offset = path.withUTF8Bytes { u in u.lastIndex(of: UInt8(ascii: "/")) }
        return offset.map { path.utf8.index(path.utf8.startIndex, offsetBy: $0) }
    }
}
