/// What makes a file a note, and a note's id: one rule for the walker, the parser and markdown links.
public enum NoteName {
    /// Whether a file name (or path) is a markdown note: `.md` or `.markdown`, in any case.
    public static func isNote(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The file name without its note extension.
    public static func stem(_ name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".markdown") { return String(name.dropLast(9)) }
        if lower.hasSuffix(".md") { return String(name.dropLast(3)) }
        return name
    }
}
