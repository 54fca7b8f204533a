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
        return match(segments[...], path.split(separator: "/").map(String.init)[...])
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
