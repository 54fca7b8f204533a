import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Where a digest may be written: the digest folder is kizuna's alone, so it may not hold or lie inside a folder of
/// notes, lead outside the journal, or have a file there that kizuna did not write replaced.
public enum DigestTarget {
    /// Why the digest may not be written at `file` (relative to the root), or nil when it may.
    public static func problem(root: String, config: Config, file: String) -> Message? {
        let dir = config.digestDir
        let full = root + "/" + dir
        var st = stat()
        if lstat(full, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFLNK {
                guard let real = JournalLoader.realPath(full), real.hasPrefix(root + "/") else {
                    return Message(
                        "\(dir) is a symbolic link that leads outside the journal; the digest is not written there",
                        ja: "\(dir) はジャーナルの外を指すシンボリックリンクです。ダイジェストは書き出しません")
                }
                let inside = String(real.dropFirst(root.count + 1))
                if let p = folderProblem(root: root, config: config, dir: inside, shownAs: dir) { return p }
            }
            if stat(full, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR {
                return Message(
                    "\(dir) is a file, not a folder; move it or set digest_dir in kizuna.yaml",
                    ja: "\(dir) はフォルダーではなくファイルです。移動するか kizuna.yaml の digest_dir を変えてください")
            }
        }
        if let p = folderProblem(root: root, config: config, dir: dir, shownAs: dir) { return p }
        return fileProblem(root + "/" + file, shownAs: file)
    }

    /// Whether the folder (relative to the root) holds notes, or lies inside a folder that does (the root aside).
    private static func folderProblem(root: String, config: Config, dir: String, shownAs shown: String) -> Message? {
        let parts = dir.split(separator: "/").map(String.init)
        for depth in 1..<max(1, parts.count) {
            let ancestor = parts.prefix(depth).joined(separator: "/")
            if let note = notes(in: root + "/" + ancestor, recursive: false).first {
                return Message(
                    "digest_dir '\(shown)' lies inside \(ancestor), which holds notes (\(ancestor)/\(note)); "
                        + "choose a folder of its own",
                    ja: "digest_dir '\(shown)' はメモのあるフォルダー \(ancestor)(\(ancestor)/\(note))の中です。専用のフォルダーを選んでください")
            }
        }
        if let note = notes(in: root + "/" + dir, recursive: true).first(where: {
            !isDigest(root + "/" + dir + "/" + $0)
        }) {
            return Message(
                "digest_dir '\(shown)' holds a note kizuna did not write (\(shown)/\(note)); "
                    + "choose a folder of its own",
                ja: "digest_dir '\(shown)' に kizuna が書いていないメモ(\(shown)/\(note))があります。専用のフォルダーを選んでください")
        }
        return nil
    }

    /// Whether the file may be replaced: absent, or a digest kizuna wrote, and no symbolic link.
    private static func fileProblem(_ path: String, shownAs shown: String) -> Message? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            return Message(
                "\(shown) is a symbolic link; kizuna does not write through it",
                ja: "\(shown) はシンボリックリンクです。kizuna はリンク先に書き込みません")
        }
        if (st.st_mode & S_IFMT) != S_IFREG || !isDigest(path) {
            return Message(
                "\(shown) exists and kizuna did not write it; it is left as it is",
                ja: "\(shown) はすでにあり、kizuna が書いたものではありません。そのままにします")
        }
        return nil
    }

    /// Note files in a folder (names relative to it), by name.
    private static func notes(in dir: String, recursive: Bool) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var out: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            var isDir: ObjCBool = false
            let path = dir + "/" + name
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if recursive { out += notes(in: path, recursive: true).map { name + "/" + $0 } }
            } else if NoteName.isNote(name) {
                out.append(name)
            }
        }
        return out
    }

    /// Whether a file begins as the digests kizuna writes do (markdown in either language, JSON, or the page).
    public static func isDigest(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 512)) ?? Data(), as: UTF8.self)
        let first = head.prefix { $0 != "\n" }
        return (first.hasPrefix("# Digest for ") || (first.hasPrefix("# ") && first.hasSuffix("のダイジェスト")))
            || head.hasPrefix("{\n  \"schema\": 1,\n  \"as_of\":")
            || (head.hasPrefix("<!DOCTYPE html>") && head.contains("<meta name=\"generator\" content=\"kizuna\">"))
    }
}
