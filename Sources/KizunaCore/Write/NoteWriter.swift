import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Writes users' notes: atomically (a temporary file in the same folder, then a rename), keeping the file's mode, and
/// only when the note on disk still holds what the edit was made from.
public enum NoteWriter {
    /// Replaces the file at `path` with `bytes` if it still holds `expected`.
    public static func replace(_ path: String, expected: [UInt8], with bytes: [UInt8]) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure(path, "cannot read") }
        let tmp = try temporary(besides: path, holding: bytes, mode: info.st_mode & 0o7777)
        guard let now = FileManager.default.contents(atPath: path), [UInt8](now) == expected else {
            unlink(tmp)
            throw JournalError(
                message: "\(path): the note changed on disk while kizuna was editing it; nothing was written")
        }
        guard rename(tmp, path) == 0 else {
            let error = failure(path, "cannot replace")
            unlink(tmp)
            throw error
        }
    }

    /// Creates the file at `path` holding `bytes`, and its folder; fails when the file exists.
    public static func create(_ path: String, bytes: [UInt8]) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tmp = try temporary(besides: path, holding: bytes, mode: 0o644)
        defer { unlink(tmp) }
        // A hard link is made only where no file stands: a note created meanwhile is never replaced.
        guard link(tmp, path) == 0 else {
            if errno == EEXIST { throw JournalError(message: "\(path) already exists; nothing was written") }
            throw failure(path, "cannot create")
        }
    }

    /// A temporary file in the folder of `path`, written in full and flushed.
    private static func temporary(besides path: String, holding bytes: [UInt8], mode: mode_t) throws -> String {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        AtomicWriter.removeStaleTemporaries(in: dir)
        var template = Array((dir + "/." + name + ".kizuna-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(dir, "cannot create a temporary file") }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let error = failure(path, "cannot write")
                unlink(tmp)
                throw error
            }
            written += n
        }
        guard fchmod(fd, mode) == 0, fsync(fd) == 0 else {
            let error = failure(path, "cannot write")
            unlink(tmp)
            throw error
        }
        return tmp
    }

    private static func failure(_ path: String, _ what: String) -> JournalError {
        JournalError(message: "\(path): \(what): \(String(cString: strerror(errno)))")
    }
}
