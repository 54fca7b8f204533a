import Foundation
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
    /// Files a link may name besides the notes read: attachments and other files, and notes left unread by `ignore`.
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
    public func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        file(path, JournalLoader.readFile(openNote(path)))
    }

    /// Reads one note and leaves it open: returns the open descriptor too (-1 when the read failed), for `reread`.
    func readKeepingOpen(_ path: String) -> (Result<SourceFile, Diagnostic>, Int32) {
        let fd = openNote(path)
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

    private func file(_ path: String, _ read: Result<[UInt8], JournalLoader.ReadFailure>) -> Result<SourceFile, Diagnostic> {
        switch read {
        case .success(let bytes): return .success(SourceFile(path: path, bytes: bytes))
        case .failure(let f):
            return .failure(Diagnostic(f.tooLarge ? .warning : .error, f.message, at: SourceLocation(path: path, line: 1, column: 1)))
        }
    }

    /// Opens a note by its name in its open folder, else by its whole path; negative when it cannot be opened.
    func openNote(_ path: String) -> Int32 {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        var fd: Int32
        if let folder = folders.descriptors[slash.map { String(path[..<$0]) } ?? ""] {
            let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
            fd = name.withCString { openat(folder, $0, JournalLoader.safeOpenFlags) }
        } else {
            fd = open(root + "/" + path, JournalLoader.safeOpenFlags)
        }
        // A note the walk found through a symbolic link inside the journal: opened where it leads, if that is still
        // inside. A link swapped in after the walk never leads reading outside.
        if fd < 0, errno == ELOOP, let real = JournalLoader.realPath(root + "/" + path), real.hasPrefix(root + "/") {
            fd = open(real, JournalLoader.safeOpenFlags)
        }
        return fd
    }

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
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            let folderUTF8 = slash.map { path.utf8[..<$0] } ?? path.utf8[path.utf8.startIndex..<path.utf8.startIndex]
            if let last, last.utf8.elementsEqual(folderUTF8) { continue }
            let folder = String(Substring(folderUTF8))
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
}

/// Finds the journal root, reads `kizuna.yaml` and every note below the root.
public enum JournalLoader {
    /// Largest note read; bigger files are reported and skipped. libcmark can need about 200 times the size of a
    /// pathological file (20 MB of `[[` took 3.8 GB in cmark alone), so the limit keeps memory bounded.
    public static let maxFileBytes = 8 * 1024 * 1024

    /// How every note and `kizuna.yaml` are opened: never through a symbolic link (the caller resolves one and checks
    /// where it leads), and without waiting on a FIFO; what was opened is checked to be a plain file.
    static let safeOpenFlags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK

    /// The root as FORMAT.md says: the option, else `KIZUNA_JOURNAL`, else the nearest folder with `kizuna.yaml`, else `cwd`.
    public static func findRoot(option: String?, environment: [String: String], cwd: String) -> String {
        if let option, !option.isEmpty { return absolute(option, cwd: cwd) }
        if let env = environment["KIZUNA_JOURNAL"], !env.isEmpty { return absolute(env, cwd: cwd) }
        var dir = URL(fileURLWithPath: cwd).standardized.path
        while true {
            if FileManager.default.fileExists(atPath: dir + "/" + Config.fileName) { return dir }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        return cwd
    }

    public static func absolute(_ path: String, cwd: String) -> String {
        let p = path.hasPrefix("/") ? path : cwd + "/" + path
        return URL(fileURLWithPath: p).standardized.path
    }

    /// Reads the journal at `root`. Throws only when the root itself cannot be read.
    public static func load(root: String) throws -> LoadedJournal {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            throw JournalError(message: "\(root): no such journal folder")
        }
        guard let realRoot = realPath(root) else { throw JournalError(message: "\(root): cannot resolve the folder") }
        guard access(realRoot, R_OK | X_OK) == 0 else { throw JournalError(message: "\(root): permission denied") }
        var diagnostics: [Diagnostic] = []
        var config = Config()
        var configPath = realRoot + "/" + Config.fileName
        var link = stat()
        if lstat(configPath, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
            // Followed only inside the journal, as the walk follows links (it warns about one that leads outside).
            configPath = realPath(configPath).flatMap { $0.hasPrefix(realRoot + "/") ? $0 : nil } ?? ""
        }
        if !configPath.isEmpty, FileManager.default.fileExists(atPath: configPath) {
            switch readFile(configPath) {
            case .success(let bytes):
                let (text, textDiagnostics) = TextDecoder.decode(bytes, path: Config.fileName)
                diagnostics += textDiagnostics
                let (c, d) = Config.parse(text.text, path: Config.fileName)
                config = c
                diagnostics += d
            case .failure(let failure):
                diagnostics.append(Diagnostic(.error, Message("kizuna.yaml: \(failure.message.en)", ja: "kizuna.yaml: \(failure.message.ja)"),
                                              at: SourceLocation(path: Config.fileName, line: 1, column: 1)))
            }
        }
        // An Obsidian vault's template folder is skipped as an `ignore` glob is (its notes stay link targets).
        if let templates = obsidianTemplateFolder(realRoot) { config.ignore.append(templates + "/**") }
        var walker = Walker(root: realRoot, config: config)
        walker.attachments = obsidianAttachmentFolder(realRoot)
        walker.walk()
        diagnostics += walker.diagnostics
        var loaded = LoadedJournal(root: realRoot, config: config, paths: walker.files, diagnostics: diagnostics)
        loaded.linkTargets = walker.linkTargets
        return loaded
    }

    /// The template folder `.obsidian/templates.json` names, if any (a folder inside the vault).
    static func obsidianTemplateFolder(_ root: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root + "/.obsidian/templates.json"), data.count < 65_536,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let folder = object["folder"] as? String
        else { return nil }
        let parts = folder.split(separator: "/").filter { !$0.isEmpty && $0 != "." }
        guard !parts.isEmpty, !parts.contains("..") else { return nil }
        return parts.joined(separator: "/")
    }

    /// The attachment folder `.obsidian/app.json` names (`attachmentFolderPath`): a folder from the vault's root,
    /// or (`./name`) a folder of that name beside each note; nil for the root itself or a note's own folder, which
    /// are read anyway.
    static func obsidianAttachmentFolder(_ root: String) -> Walker.Attachments? {
        guard let data = FileManager.default.contents(atPath: root + "/.obsidian/app.json"), data.count < 1_048_576,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let folder = object["attachmentFolderPath"] as? String
        else { return nil }
        let besideEachNote = folder.hasPrefix("./")
        let parts = folder.split(separator: "/").filter { !$0.isEmpty && $0 != "." }
        guard !parts.isEmpty, !parts.contains("..") else { return nil }
        let path = parts.joined(separator: "/")
        return besideEachNote ? .besideEachNote(path) : .fromRoot(path)
    }

    /// A warning for a journal with no people when `people_dir` names no folder but kizuna.yaml sets it, or a folder
    /// differs from it only by case (`People/`, as Obsidian vaults often have).
    public static func missingPeopleFolder(_ root: String, _ config: Config) -> Diagnostic? {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + config.peopleDir, isDirectory: &isDir), isDir.boolValue {
            return nil
        }
        let parent = (config.peopleDir as NSString).deletingLastPathComponent
        let name = (config.peopleDir as NSString).lastPathComponent
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? root : root + "/" + parent)) ?? []
        let near = siblings.sorted().first { $0.lowercased() == name.lowercased() }.map { parent.isEmpty ? $0 : parent + "/" + $0 }
        guard near != nil || config.peopleDirIsSet else { return nil }
        let hint = near.map { (en: "; did you mean '\($0)'? (set people_dir: \($0) in kizuna.yaml)", ja: "。'\($0)' のことでしょうか(kizuna.yaml に people_dir: \($0) と書いてください)") }
        let at = FileManager.default.fileExists(atPath: root + "/" + Config.fileName) ? Config.fileName : "."
        return Diagnostic(.warning, Message("people_dir '\(config.peopleDir)' names no folder, so only notes marked `type: person` are people" + (hint?.en ?? ""),
                                            ja: "people_dir '\(config.peopleDir)' というフォルダーがないため、`type: person` と書いたメモだけが人物になります" + (hint?.ja ?? "")),
                          at: SourceLocation(path: at, line: 1, column: 1))
    }

    public static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    struct ReadFailure: Error {
        var message: Message
        var tooLarge = false

        static func cannotRead(_ reason: String) -> ReadFailure {
            ReadFailure(message: Message("cannot read file: \(reason)", ja: "ファイルを読めません: \(reason)"))
        }
        static func notAFile(_ type: mode_t) -> ReadFailure {
            let kind = JournalLoader.kind(type)
            return ReadFailure(message: Message("is \(kind.en), not a file; not read", ja: "ファイルではなく\(kind.ja)のため読みません"))
        }
        static func tooLarge(_ mib: Int?) -> ReadFailure {
            let limit = JournalLoader.maxFileBytes / 1_048_576
            if let mib {
                return ReadFailure(message: Message("file is \(mib) MiB, over the \(limit) MiB limit; not read",
                                                   ja: "ファイルが \(mib) MiB あり、上限の \(limit) MiB を超えるため読みません"), tooLarge: true)
            }
            return ReadFailure(message: Message("file is over the \(limit) MiB limit; not read",
                                               ja: "ファイルが上限の \(limit) MiB を超えるため読みません"), tooLarge: true)
        }
    }

    static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
        readFile(open(path, safeOpenFlags))
    }

    /// A FIFO, a socket or a device, in words.
    static func kind(_ type: mode_t) -> (en: String, ja: String) {
        switch type {
        case S_IFIFO: return ("a FIFO (named pipe)", "名前付きパイプ(FIFO)")
        case S_IFSOCK: return ("a socket", "ソケット")
        case S_IFCHR, S_IFBLK: return ("a device", "デバイス")
        default: return ("not a plain file", "通常のファイル以外")
        }
    }

    /// Reads the file open at `fd` from its start (a negative `fd`: the open failed, as `errno` says), and closes
    /// it unless told not to.
    /// Given the `size` an earlier read of the same open file found (which also checked what the file is), it
    /// does not ask the system again.
    static func readFile(_ fd: Int32, close closing: Bool = true, size knownSize: Int? = nil) -> Result<[UInt8], ReadFailure> {
        guard fd >= 0 else { return .failure(.cannotRead(String(cString: strerror(errno)))) }
        defer { if closing { close(fd) } }
        var st = stat()
        if let knownSize {
            st.st_size = off_t(knownSize)
        } else {
            guard fstat(fd, &st) == 0 else { return .failure(.cannotRead(String(cString: strerror(errno)))) }
            switch st.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: return .failure(.cannotRead("is a folder"))
            default: return .failure(.notAFile(st.st_mode & S_IFMT))
            }
            if Int(st.st_size) > maxFileBytes {
                return .failure(.tooLarge(Int(st.st_size) / 1_048_576))
            }
        }
        // One byte more than the file's size, so that a short read means the end; uninitialised, since read fills it.
        // Once the bytes read reach the size the file had, with the extra byte left unfilled, the file is read:
        // no further read just to see its end.
        var capacity = Int(st.st_size) + 1
        var bytes: [UInt8] = []
        var failure: Int32? = nil
        while true {
            var filled = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var total = previous.count
                _ = buffer.initialize(from: previous)
                while total < capacity {
                    let n = pread(fd, buffer.baseAddress! + total, capacity - total, off_t(total))
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if n == 0 { break }
                    total += n
                    if total == capacity - 1 && capacity == Int(st.st_size) + 1 { break }
                }
                filled = total == capacity
                count = total
            }
            if let failure { return .failure(.cannotRead(String(cString: strerror(failure)))) }
            if !filled { break }
            // The file grew while we read it: read on, up to the limit.
            if bytes.count > maxFileBytes { return .failure(.tooLarge(nil)) }
            capacity = min(maxFileBytes + 1, capacity * 2)
        }
        if bytes.count > maxFileBytes { return .failure(.tooLarge(nil)) }
        return .success(bytes)
    }
}

/// Walks the folder tree: hidden entries, the digest folder and `ignore` globs are skipped,
/// symbolic links are followed only inside the root, and each real folder and file is visited once.
struct Walker {
    let root: String
    let config: Config
    let ignores: [Glob]
    var files: [String] = []
    /// Files that are not read as notes but may be linked to (`LoadedJournal.linkTargets`).
    var linkTargets: [String] = []
    /// The most such files kept: a vault of a million attachments still links to them, just not all are known.
    static let linkTargetLimit = 200_000
    var diagnostics: [Diagnostic] = []
    private var seenDirs = Set<FileID>()
    private var seenFiles = Set<FileID>()
    /// Whether plain files are identified by `stat` rather than by what their folder lists. Set at the first
    /// symbolic link to a file: `stat` then identifies the link's target, and on some file systems (overlays) the
    /// folder's inode numbers differ from `stat`'s, so from there on every file is identified the same way.
    private var statEveryFile = false

    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The digest folder's path with a slash after it.
    private let digestPrefix: String

    /// Where an Obsidian vault keeps attachments (`.obsidian/app.json`).
    enum Attachments: Equatable {
        case fromRoot(String)
        case besideEachNote(String)
    }
    /// The vault's attachment folder: its files are link targets even where it is hidden or ignored.
    var attachments: Attachments? = nil

    init(root: String, config: Config) {
        self.root = root
        self.config = config
        self.ignores = config.ignore.map(Glob.init)
        digestPrefix = config.digestDir + "/"
    }

    mutating func walk() {
        var st = stat()
        if stat(root, &st) == 0 { seenDirs.insert(FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))) }
        visit(relative: "")
        // A hidden attachment folder is not walked, but its files are there to be linked to.
        if case .fromRoot(let path) = attachments, path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            collectTargets(below: path)
        }
    }

    private func isInsideRoot(_ real: String) -> Bool {
        real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// One name in a folder, with what the folder itself says of it: its type (`DT_UNKNOWN` when the file system
    /// does not say) and its inode.
    private struct Name {
        var name: String
        var type: UInt8
        var inode: UInt64
        /// False for a name whose bytes are not UTF-8 (shown with replacement characters, and not opened by it).
        var validUTF8 = true
    }

    /// The names in byte order. Each name's first sixteen bytes are compared as two numbers, and only names that
    /// share them are compared whole: a folder of a thousand notes was 8 ms of sorting by whole names, and notes
    /// numbered in one series ("events-1.md", "events-10.md") share their first eight bytes but rarely sixteen.
    private static func sorted(_ names: [Name]) -> [Name] {
        var keys = names.indices.map { i -> (UInt64, UInt64, Int) in
            let (v, w) = utf8Prefix(names[i].name)
            return (v, w, i)
        }
        keys.sort { a, b in
            a.0 != b.0 ? a.0 < b.0 : a.1 != b.1 ? a.1 < b.1 : utf8Precedes(names[a.2].name, names[b.2].name)
        }
        return keys.map { names[$0.2] }
    }

    /// The names in an open folder, without `.` and `..`.
    private static func names(in dir: OpaquePointer) -> [Name] {
        var names: [Name] = []
        while let entry = readdir(dir) {
            var valid = true
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                valid = String(validating: bytes, as: UTF8.self) != nil
                return String(decoding: bytes, as: UTF8.self)
            }
            if name != "." && name != ".." {
                names.append(Name(name: name, type: entry.pointee.d_type, inode: UInt64(entry.pointee.d_ino), validUTF8: valid))
            }
        }
        return names
    }

    /// Every file at or below an ignored path, as a link target only (not read).
    private mutating func collectTargets(below rel: String) {
        let full = root + "/" + rel
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else { return }
        guard isDir.boolValue else {
            if linkTargets.count < Walker.linkTargetLimit { linkTargets.append(rel) }
            return
        }
        let items = FileManager.default.enumerator(atPath: full)
        while linkTargets.count < Walker.linkTargetLimit, let item = items?.nextObject() as? String {
            if !item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { linkTargets.append(rel + "/" + item) }
        }
    }

    private mutating func visit(relative: String) {
        let dirPath = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(dirPath) else {
            diagnostics.append(Diagnostic(.error, Message("cannot read folder", ja: "フォルダーを読めません"),
                                          at: SourceLocation(path: relative, line: 1, column: 1)))
            return
        }
        defer { closedir(dir) }
        let dirFD = dirfd(dir)
        var dirStat = stat()
        let device: UInt64? = fstat(dirFD, &dirStat) == 0 ? UInt64(dirStat.st_dev) : nil
        for entry in Walker.sorted(Walker.names(in: dir)) {
            let name = entry.name
            let rel = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(".") {
                if attachments == .besideEachNote(name) { collectTargets(below: rel) }
                continue
            }
            if rel == config.digestDir || rel.hasPrefix(digestPrefix) { continue }
            guard entry.validUTF8 else {
                diagnostics.append(Diagnostic(.warning, Message("the name is not valid UTF-8; rename it to read it",
                                                                ja: "名前が UTF-8 として正しくありません。読むには名前を変えてください"),
                                              at: SourceLocation(path: rel, line: 1, column: 1)))
                continue
            }
            // The folders above were checked on the way down: only this entry's own name or path is left to match.
            if ignores.contains(where: { $0.matchesBelowUnmatchedFolders(rel, name: name) }) {
                collectTargets(below: rel)
                continue
            }
            if entry.type == UInt8(DT_REG), !statEveryFile, let device {
                // A plain file, as the folder says: its identity is the folder's device and the inode the folder
                // lists, with no stat call for each of thousands of notes.
                if !NoteName.isNote(name) {
                    if linkTargets.count < Walker.linkTargetLimit { linkTargets.append(rel) }
                } else if seenFiles.insert(FileID(device: device, inode: entry.inode)).inserted {
                    files.append(rel)
                }
                continue
            }
            var lst = stat()
            // lstat relative to the open folder: no walk down the whole path for every file.
            guard fstatat(dirFD, name, &lst, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            var st = lst
            if (lst.st_mode & S_IFMT) == S_IFLNK {
                let full = root + "/" + rel
                guard let real = JournalLoader.realPath(full), isInsideRoot(real), stat(full, &st) == 0 else {
                    if NoteName.isNote(name) || JournalLoader.realPath(full) != nil {
                        diagnostics.append(Diagnostic(.warning, Message("symbolic link leads outside the journal or nowhere; not followed",
                                                                        ja: "シンボリックリンクの先がジャーナルの外か存在しないため、たどりません"),
                                                      at: SourceLocation(path: rel, line: 1, column: 1)))
                    }
                    continue
                }
            }
            let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                if seenDirs.insert(id).inserted { visit(relative: rel) }
            case S_IFREG:
                guard NoteName.isNote(name) else {
                    if linkTargets.count < Walker.linkTargetLimit { linkTargets.append(rel) }
                    continue
                }
                if !statEveryFile {
                    statEveryFile = true
                    seenFiles = Set(files.compactMap { file in
                        var fst = stat()
                        return stat(root + "/" + file, &fst) == 0 ? FileID(device: UInt64(fst.st_dev), inode: UInt64(fst.st_ino)) : nil
                    })
                }
                if seenFiles.insert(id).inserted { files.append(rel) }
            default:
                if NoteName.isNote(name) {
                    let kind = JournalLoader.kind(st.st_mode & S_IFMT)
                    diagnostics.append(Diagnostic(.warning, Message("is \(kind.en), not a file; not read", ja: "ファイルではなく\(kind.ja)のため読みません"),
                                                  at: SourceLocation(path: rel, line: 1, column: 1)))
                }
            }
        }
    }
}

/// Lets a parallel loop write each result into its own slot of a buffer.
struct UnsafeSendable<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// Runs `first` and `second` at the same time, on two cores, and returns both results. The two must not touch the
/// same mutable state.
func inParallel<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    let a = ParallelSlot<A>(), b = ParallelSlot<B>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UnsafeSendable((first, second))
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { a.value = work.value.0() } else { b.value = work.value.1() }
            }
        }
    }
    return (a.value!, b.value!)
}

/// Where one of `inParallel`'s two results is left.
private final class ParallelSlot<T>: @unchecked Sendable {
    var value: T?
}

/// A result one thread leaves for another, read after a wait that orders the two.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
