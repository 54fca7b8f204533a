import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files the safe way: a temporary file in the same folder, flushed, then renamed over the target.
public enum AtomicWriter {
    /// What happened.
    public enum Outcome: Sendable, Equatable { case written, unchanged }

    /// Writes `text` to `path`, creating parent folders; leaves the file alone when it already holds these bytes.
    public static func write(_ text: String, to path: String) throws -> Outcome {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` the same way.
    public static func write(bytes: [UInt8], to path: String) throws -> Outcome {
        try write(to: path) { put in bytes.withUnsafeBufferPointer(put) }
    }

    /// Writes what `produce` hands to its argument, piece by piece, to `path` the same way: the pieces go to the
    /// temporary file as they come and are compared with the file already there, so the whole text is never held in
    /// memory. When they match it byte for byte, the temporary file is removed and the file is left untouched.
    public static func write(to path: String, _ produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws
        -> Outcome
    {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        removeStaleTemporaries(in: dir)
        let name = (path as NSString).lastPathComponent
        var template = Array((dir + "/." + name + ".kizuna-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw JournalError(message: "\(dir): cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        // mkstemp filled in the X's; the name runs to the terminating NUL.
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer { if !ok { unlink(tmp) } }
        let existing = open(path, O_RDONLY)
        defer { if existing >= 0 { close(existing) } }
        var same = existing >= 0
        var failure: String? = nil
        var compared: [UInt8] = []
        produce { piece in
            guard failure == nil, let base = piece.baseAddress else { return }
            var written = 0
            while written < piece.count {
                let n = Glibc.write(fd, base + written, piece.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += n
            }
            if same {
                compared.removeAll(keepingCapacity: true)
                same = readFully(existing, count: piece.count, into: &compared) && compared.elementsEqual(piece)
            }
        }
        if let failure {
            close(fd)
            throw JournalError(message: "\(path): cannot write: \(failure)")
        }
        if same {
            // Every piece matched: the file is unchanged if it holds nothing more.
            var rest: [UInt8] = []
            if !readFully(existing, count: 1, into: &rest) && rest.isEmpty {
                close(fd)
                return .unchanged
            }
        }
        fchmod(fd, 0o644)
        fsync(fd)
        close(fd)
        guard rename(tmp, path) == 0 else {
            throw JournalError(message: "\(path): cannot replace: \(String(cString: strerror(errno)))")
        }
        ok = true
        return .written
    }

    /// Temporary files of kizuna's own naming (`.NAME.kizuna-XXXXXX`) older than this many seconds belong to a write
    /// that was killed, and are removed by the next write in their folder.
    public static let staleAfterSeconds = 300

    /// Removes the temporary files a killed write left in `dir`.
    static func removeStaleTemporaries(in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        let now = time(nil)
        for name in names where name.hasPrefix(".") && isTemporaryName(name) {
            var st = stat()
            let path = dir + "/" + name
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, now - st.st_mtim.tv_sec > staleAfterSeconds {
                unlink(path)
            }
        }
    }

    /// `.NAME.kizuna-` and six characters of mkstemp's.
    static func isTemporaryName(_ name: String) -> Bool {
        guard let r = name.range(of: ".kizuna-", options: .backwards) else { return false }
        let suffix = name[r.upperBound...]
        return suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Reads up to `count` bytes from `fd` into `out`; true when all of them were there.
    private static func readFully(_ fd: Int32, count: Int, into out: inout [UInt8]) -> Bool {
        out.reserveCapacity(count)
        var buffer = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, count - got) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        out.append(contentsOf: buffer[..<got])
        return got == count
    }
}
