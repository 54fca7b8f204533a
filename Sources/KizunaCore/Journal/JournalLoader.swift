import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the journal root, reads `kizuna.yaml` and every note below the root.
public enum JournalLoader {
    /// Largest note read; bigger files are reported and skipped. libcmark can need about 200 times the size of a
    /// pathological file (20 MB of `[[` took 3.8 GB in cmark alone), so the limit keeps memory bounded.
    public static let maxFileBytes = 8 * 1024 * 1024

    /// How every note and `kizuna.yaml` are opened: never through a symbolic link (the caller resolves one and checks
    /// where it leads), and without waiting on a FIFO; what was opened is checked to be a plain file.
    static let safeOpenFlags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK

    /// Linux's `O_NOATIME`, which Glibc's module leaves out: reading every note each night need not write every
    /// note's access time back to the disk. Zero where there is no such flag.
    #if os(Linux)
        static let noAccessTime: Int32 = 0o1_000_000
    #else
        static let noAccessTime: Int32 = 0
    #endif

    /// The root as FORMAT.md says: the option, else `KIZUNA_JOURNAL`, else the nearest folder with `kizuna.yaml`, else
    /// `cwd`.
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
                diagnostics.append(
                    Diagnostic(
                        .error, Message("kizuna.yaml: \(failure.message.en)", ja: "kizuna.yaml: \(failure.message.ja)"),
                        at: SourceLocation(path: Config.fileName, line: 1, column: 1)))
            }
        }
        // An Obsidian vault's template and script folders are skipped as `ignore` globs are (their notes stay link
        // targets).
        config.ignore += obsidianSkippedFolders(realRoot).map { $0 + "/**" }
        config.ignore += obsidianExcludedFiles(realRoot)
        (config.dailyNoteFormat, config.dailyNoteTemplate, config.newDailyNote) = obsidianDailyNotes(realRoot)
        if let key = obsidianClassKey(realRoot) { config.classKey = key }
        if let statuses = obsidianTaskStatuses(realRoot) { config.taskStatuses = statuses }
        config.markdownLinks = obsidianUsesMarkdownLinks(realRoot)
        // A contacts plugin's folder holds the vault's people, unless kizuna.yaml says where they are.
        if !config.peopleDirIsSet, let contacts = obsidianContactsFolder(realRoot) { config.peopleDir = contacts }
        config.peopleDir = spelledOnDisk(config.peopleDir, in: realRoot)
        config.logseq = LogseqGraph.read(root: realRoot)
        if let dendron = DendronWorkspace.read(root: realRoot) {
            config.dendron = true
            config.dendronVault = dendron.vault
            if config.dailyNoteFormat == nil { config.dailyNoteFormat = dendron.dailyNoteFormat }
        }
        var walker = Walker(root: realRoot, config: config)
        walker.attachments = obsidianAttachmentFolder(realRoot)
        walker.walk()
        diagnostics += walker.diagnostics
        var loaded = LoadedJournal(root: realRoot, config: config, paths: walker.files, diagnostics: diagnostics)
        loaded.linkTargets = walker.linkTargets
        return loaded
    }

    /// An app's settings file, opened as a note is (never through a link, never waiting on a FIFO) and read only
    /// when under `limit` bytes; nil otherwise.
    static func settingsFile(_ path: String, limit: Int) -> [UInt8]? {
        guard case .success(let bytes) = readFile(path), bytes.count < limit else { return nil }
        return bytes
    }

    /// `folder` as the disk spells it: a name the disk holds only in another case (`People/` for `people`) is read
    /// as that folder, as a file system that ignores case (macOS's, Windows's) reads it, so a vault reads alike on all.
    static func spelledOnDisk(_ folder: String, in root: String) -> String {
        var spelled: [String] = []
        for name in folder.split(separator: "/").map(String.init) {
            let here = ([root] + spelled).joined(separator: "/")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: here)) ?? []).sorted()
            let onDisk =
                names.contains(name)
                ? name
                : names.first { $0.lowercased() == name.lowercased() && isFolder(here + "/" + $0) } ?? name
            spelled.append(onDisk)
        }
        return spelled.joined(separator: "/")
    }

    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// A warning for a journal with no people when `people_dir` names no folder but kizuna.yaml sets it, or a vault
    /// keeps its people in a folder by another name (`6-People/`, `crm/contacts/`).
    public static func missingPeopleFolder(_ root: String, _ config: Config) -> Diagnostic? {
        if isFolder(root + "/" + config.peopleDir) { return nil }
        let near = likelyPeopleFolder(in: root)
        guard near != nil || config.peopleDirIsSet else { return nil }
        let hint = near.map {
            (
                en: "; did you mean '\($0)'? (set people_dir: \($0) in kizuna.yaml)",
                ja: "。'\($0)' のことでしょうか(kizuna.yaml に people_dir: \($0) と書いてください)"
            )
        }
        let at = FileManager.default.fileExists(atPath: root + "/" + Config.fileName) ? Config.fileName : "."
        return Diagnostic(
            .warning,
            Message(
                "people_dir '\(config.peopleDir)' names no folder, so only notes marked `type: person` are people"
                    + (hint?.en ?? ""),
                ja: "people_dir '\(config.peopleDir)' というフォルダーがないため、`type: person` と書いたメモだけが人物になります"
                    + (hint?.ja ?? "")),
            at: SourceLocation(path: at, line: 1, column: 1))
    }

    /// The folder a vault already keeps its people in, for `init` to point `people_dir` at: its contacts plugin's
    /// folder when there is one, else `likelyPeopleFolder`.
    public static func keptPeopleFolder(in root: String) -> String? {
        if let contacts = obsidianContactsFolder(root), isFolder(root + "/" + contacts) { return contacts }
        return likelyPeopleFolder(in: root)
    }

    /// Whether the folder keeps notes as Emacs's Denote names them: most markdown files at its top are so named
    /// (`20231015T093000--jane-doe__person.md`), as a `denote-directory` holds its notes.
    public static func keepsDenoteNotes(in root: String) -> Bool {
        let notes = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter(NoteName.isNote)
        // A time alone names many a Zettelkasten's notes (`20231015T093000.md`): Denote's names have more.
        let named = notes.count {
            DenoteName(stem: NoteName.stem($0)).map { !$0.title.isEmpty || !$0.keywords.isEmpty } == true
        }
        return named > 0 && named * 2 > notes.count
    }

    /// The folder a vault keeps its people in when it is no `people/`: one named `people` in another case, or
    /// `contacts`, `persons`, `人物` or `人脈`, numbered or marked as vaults order their folders (`6-People`,
    /// `03 - Contacts`, `👥 People`), at the top or up to two folders down (`crm/contacts`,
    /// `memory/entities/people`, as agents keep theirs), the shallowest first; nil when none is.
    public static func likelyPeopleFolder(in root: String) -> String? {
        func folders(_ path: String) -> [String] {
            subfolders(of: root + "/" + path).filter { !NoteName.isHidden($0) }.sorted().map { path + $0 }
        }
        let names = ["people", "contacts", "persons", "人物", "人脈"]
        var level = folders("")
        // A vault of many folders is searched only so far: the hint is for a layout, not for a search of the disk.
        var looked = 0
        for _ in 0..<3 where !level.isEmpty && looked < 5_000 {
            for wanted in names {
                if let found = level.first(where: { bareName(String($0.split(separator: "/").last ?? "")) == wanted }) {
                    return found
                }
            }
            looked += level.count
            level = level.prefix(max(0, 5_000 - looked)).flatMap { folders($0 + "/") }
        }
        return nil
    }

    /// The names of the folders in the folder at `path`, in the order it lists them. The listing tells a folder
    /// from a file; only a link, or a name the file system does not say the kind of, is looked at (a folder of
    /// twenty thousand notes was twenty thousand looks).
    static func subfolders(of path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        return Walker.names(in: dir).filter { entry in
            entry.type == DT_DIR
                || (entry.type == DT_LNK || entry.type == DT_UNKNOWN) && isFolder(path + "/" + entry.name)
        }.map(\.name)
    }

    /// A folder's name in lower case without the numbers, marks and spaces that order it, and without a `notes`
    /// after it: `6-People`, `👥 People` and `people_notes` are `people`.
    static func bareName(_ name: String) -> String {
        // Notion's export names a folder by its page's title and id (`People 1f2e…`).
        let scalars = (NoteName.notionTitle(name) ?? name).unicodeScalars
        guard let first = scalars.firstIndex(where: \.properties.isAlphabetic),
            let last = scalars.lastIndex(where: \.properties.isAlphabetic)
        else { return "" }
        let bare = String(scalars[first...last]).lowercased()
        // `people_notes`, `People Notes`: a folder of notes on people, as LifeOS templates name theirs.
        for notes in ["_notes", " notes", "-notes"] where bare.hasSuffix(notes) { return String(bare.dropLast(6)) }
        return bare
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
            return ReadFailure(
                message: Message("is \(kind.en), not a file; not read", ja: "ファイルではなく\(kind.ja)のため読みません"))
        }
        static func tooLarge(_ mib: Int?) -> ReadFailure {
            let limit = JournalLoader.maxFileBytes / 1_048_576
            if let mib {
                return ReadFailure(
                    message: Message(
                        "file is \(mib) MiB, over the \(limit) MiB limit; not read",
                        ja: "ファイルが \(mib) MiB あり、上限の \(limit) MiB を超えるため読みません"), tooLarge: true)
            }
            return ReadFailure(
                message: Message(
                    "file is over the \(limit) MiB limit; not read",
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
    static func readFile(_ fd: Int32, close closing: Bool = true, size knownSize: Int? = nil) -> Result<
        [UInt8], ReadFailure
    > {
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
            bytes = [UInt8](writing: capacity) { buffer in
                var total = previous.count
                _ = buffer.initialize(fromContentsOf: previous)
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
                return total
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
