#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `ignore` patterns: gitignore-like globs over paths relative to the root.
///
/// `*`, `?` and `[...]` match within one path segment (through fnmatch(3)); `**` matches any number of
/// segments. A pattern without `/` matches a file or folder name at any depth; one with `/` is anchored at the root.
/// A pattern that matches a folder excludes everything below it.
public struct Glob: Sendable {
    private let segments: [String]
    private let anchored: Bool

    /// Compiles a pattern.
    public init(_ pattern: String) {
        var p = pattern
        while p.hasPrefix("./") { p.removeFirst(2) }
        let stripped = p.hasSuffix("/") ? String(p.dropLast()) : p
        anchored = stripped.contains("/")
        segments = stripped.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether the relative path (or one of its parent folders) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        if segments.isEmpty { return false }
        if !anchored {
            return parts.contains { Glob.fn(segments[0], $0) }
        }
        // A match of any prefix of the path excludes the whole subtree.
        for end in 1...parts.count where match(segments[...], parts[..<end]) { return true }
        return false
    }

    /// Whether the relative path matches, for a walk that has already found that none of its parent folders does:
    /// only the path's own name (or, for an anchored pattern, the whole path) is left to try.
    func matchesBelowUnmatchedFolders(_ path: String, name: String) -> Bool {
        if segments.isEmpty { return false }
        if !anchored { return Glob.fn(segments[0], name) }
        // Most paths fail at a first segment written without wildcards: tell that without splitting the path.
        let first = segments[0]
        if !first.utf8.contains(where: {
            $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "\\")
        }) {
            let p = path.utf8, f = first.utf8
            guard p.starts(with: f),
                p.count == f.count || p[p.index(p.startIndex, offsetBy: f.count)] == UInt8(ascii: "/")
            else { return false }
        }
        return match(
            segments[...],
            path.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }[...])
    }

    private func match(_ pattern: ArraySlice<String>, _ parts: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = parts
            while true {
                if match(rest, p) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        }
        guard let part = parts.first, Glob.fn(first, part) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    private static func fn(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }
}
