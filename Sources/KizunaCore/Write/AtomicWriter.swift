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
        if let existing = FileManager.default.contents(atPath: path), existing.elementsEqual(bytes) { return .unchanged }
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let name = (path as NSString).lastPathComponent
        var template = Array((dir + "/." + name + ".kizuna-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw JournalError(message: "\(dir): cannot create a temporary file: \(String(cString: strerror(errno)))") }
        // mkstemp filled in the X's; the name runs to the terminating NUL.
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer { if !ok { unlink(tmp) } }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                close(fd)
                throw JournalError(message: "\(path): cannot write: \(message)")
            }
            written += n
        }
        fchmod(fd, 0o644)
        fsync(fd)
        close(fd)
        guard rename(tmp, path) == 0 else { throw JournalError(message: "\(path): cannot replace: \(String(cString: strerror(errno)))") }
        ok = true
        return .written
    }
}
