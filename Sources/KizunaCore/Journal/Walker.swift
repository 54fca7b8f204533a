import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks the folder tree: hidden entries, the digest folder and `ignore` globs are skipped,
/// symbolic links are followed only inside the root, and each real folder and file is visited once.
struct Walker {
    let root: String
    let config: Config
    let ignores: [Glob]
    var files: [String] = []
    /// Files that are not read as notes but may be linked to, and the folders walked (`LoadedJournal.linkTargets`).
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
    }

    mutating func walk() {
        var st = stat()
        if stat(root, &st) == 0 { seenDirs.insert(FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))) }
        visit(relative: "")
        // A hidden attachment folder is not walked, but its files are there to be linked to.
        if case .fromRoot(let path) = attachments, path.split(separator: "/").contains(where: NoteName.isHidden) {
            collectTargets(below: path)
        }
    }

    private func isInsideRoot(_ real: String) -> Bool {
        real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// One name in a folder, with what the folder itself says of it: its type (`DT_UNKNOWN` when the file system
    /// does not say) and its inode.
    struct Name {
        var name: String
        var type: UInt8
        var inode: UInt64
        /// False for a name whose bytes are not UTF-8 (shown with replacement characters, and not opened by it).
        var validUTF8 = true
    }

    /// The names in byte order.
    private static func sorted(_ names: [Name]) -> [Name] {
        utf8Sorted(count: names.count) { names[$0].name }.map { names[$0] }
    }

    /// The names in an open folder, without `.` and `..`.
    static func names(in dir: OpaquePointer) -> [Name] {
        var names: [Name] = []
        while let entry = readdir(dir) {
            var valid = true
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                // From the C string: the generic `String(validating:as:)` looks its types up at run time each call.
                if let name = String(validatingCString: raw.baseAddress!.assumingMemoryBound(to: CChar.self)) {
                    return name
                }
                valid = false
                return String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." {
                names.append(
                    Name(name: name, type: entry.pointee.d_type, inode: UInt64(entry.pointee.d_ino), validUTF8: valid))
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
            if !item.split(separator: "/").contains(where: NoteName.isHidden) {
                linkTargets.append(rel + "/" + item)
            }
        }
    }

    private mutating func visit(relative: String) {
        let dirPath = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(dirPath) else {
            diagnostics.append(
                Diagnostic(
                    .error, Message("cannot read folder", ja: "フォルダーを読めません"),
                    at: SourceLocation(path: relative, line: 1, column: 1)))
            return
        }
        defer { closedir(dir) }
        // A folder is a link target too (`[[daily/]]`), written with a slash after it.
        if !relative.isEmpty, linkTargets.count < Walker.linkTargetLimit { linkTargets.append(relative + "/") }
        let dirFD = dirfd(dir)
        var dirStat = stat()
        let device: UInt64? = fstat(dirFD, &dirStat) == 0 ? UInt64(dirStat.st_dev) : nil
        let entries = Walker.sorted(Walker.names(in: dir))
        // Sized for the folder's files before they are added, at least doubling: a set grown a little at a time
        // (from small, or folder after folder) rehashes every file it holds, again and again.
        if seenFiles.capacity < seenFiles.count + entries.count {
            seenFiles.reserveCapacity(max(seenFiles.count + entries.count, 2 * seenFiles.capacity))
        }
        // Each entry's path is the folder's with its name after it: the folder's part is joined once.
        let prefix = relative.isEmpty ? "" : relative + "/"
        for entry in entries {
            let name = entry.name
            let rel = prefix + name
            if passesOver(entry, rel) { continue }
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
            visit(name, rel, in: dirFD)
        }
    }

    /// Whether the entry is not walked: hidden, the digest folder, a Logseq graph's own folder, a name that is not
    /// UTF-8, or ignored.
    private mutating func passesOver(_ entry: Name, _ rel: String) -> Bool {
        let name = entry.name
        if NoteName.isHidden(name) {
            if attachments == .besideEachNote(name) { collectTargets(below: rel) }
            return true
        }
        if config.setsAside(rel) { return true }
        guard entry.validUTF8 else {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "the name is not valid UTF-8; rename it to read it",
                        ja: "名前が UTF-8 として正しくありません。読むには名前を変えてください"),
                    at: SourceLocation(path: rel, line: 1, column: 1)))
            return true
        }
        // The folders above were checked on the way down: only this entry's own name or path is left to match.
        if ignores.contains(where: { $0.matchesBelowUnmatchedFolders(rel, name: name) }) {
            collectTargets(below: rel)
            return true
        }
        return false
    }

    /// Visits an entry whose type the folder does not tell, or any entry once files are told apart by `stat`: a
    /// symbolic link is followed when it stays inside the journal.
    private mutating func visit(_ name: String, _ rel: String, in dirFD: Int32) {
        var lst = stat()
        // lstat relative to the open folder: no walk down the whole path for every file.
        guard fstatat(dirFD, name, &lst, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        var st = lst
        if (lst.st_mode & S_IFMT) == S_IFLNK {
            let full = root + "/" + rel
            guard let real = JournalLoader.realPath(full), isInsideRoot(real), stat(full, &st) == 0 else {
                if NoteName.isNote(name) || JournalLoader.realPath(full) != nil {
                    diagnostics.append(
                        Diagnostic(
                            .warning,
                            Message(
                                "symbolic link leads outside the journal or nowhere; not followed",
                                ja: "シンボリックリンクの先がジャーナルの外か存在しないため、たどりません"),
                            at: SourceLocation(path: rel, line: 1, column: 1)))
                }
                return
            }
        }
        let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        switch st.st_mode & S_IFMT {
        case S_IFDIR:
            if seenDirs.insert(id).inserted { visit(relative: rel) }
        case S_IFREG:
            guard NoteName.isNote(name) else {
                if linkTargets.count < Walker.linkTargetLimit { linkTargets.append(rel) }
                return
            }
            if !statEveryFile {
                statEveryFile = true
                seenFiles = Set(
                    files.compactMap { file in
                        var fst = stat()
                        return stat(root + "/" + file, &fst) == 0
                            ? FileID(device: UInt64(fst.st_dev), inode: UInt64(fst.st_ino)) : nil
                    })
            }
            if seenFiles.insert(id).inserted { files.append(rel) }
        default:
            if NoteName.isNote(name) {
                let kind = JournalLoader.kind(st.st_mode & S_IFMT)
                diagnostics.append(
                    Diagnostic(
                        .warning, Message("is \(kind.en), not a file; not read", ja: "ファイルではなく\(kind.ja)のため読みません"),
                        at: SourceLocation(path: rel, line: 1, column: 1)))
            }
        }
    }
}
