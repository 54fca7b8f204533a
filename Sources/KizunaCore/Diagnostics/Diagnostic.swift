/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem found in the journal, with the place it was found.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// `error` or `warning`.
    public var severity: Severity
    /// One sentence for the user, without the location.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity < b.severity }
        return a.message.utf8.lexicographicallyPrecedes(b.message.utf8)
    }
}
