/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// A message for the user in English and in Japanese.
public struct Message: Sendable, Hashable {
    public var en: String
    public var ja: String

    /// Creates a message in both languages.
    public init(_ en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { language == .ja ? ja : en }
}

/// One problem found in the journal, with the place it was found.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// `error` or `warning`.
    public var severity: Severity
    /// One sentence for the user, without the location, in both languages.
    public var text: Message

    /// The most characters a message keeps: it quotes what a note says, and a note may say anything at length.
    public static let maxMessage = 300

    /// Creates a diagnostic; a message longer than `maxMessage` characters is cut there, with "…".
    public init(_ severity: Severity, _ text: Message, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.text = Message(Diagnostic.bounded(text.en), ja: Diagnostic.bounded(text.ja))
    }

    private static func bounded(_ s: String) -> String {
        // Counting characters walks the string: the byte count rules out nearly every message first.
        guard s.utf8.count > maxMessage, s.count > maxMessage else { return s }
        return String(s.prefix(maxMessage - 1)) + "…"
    }

    /// The message in English.
    public var message: String { text.en }

    /// `path:line:column: severity: message`, in English.
    public var description: String { description(.en) }

    /// `path:line:column: severity: message` in `language` (severities stay `error` and `warning`, as tools read them).
    public func description(_ language: Language) -> String {
        "\(Printable.path(location.path)):\(location.line):\(location.column): \(severity.rawValue): "
            + Printable.escaped(text.text(language))
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        withUnsafePointer(to: a) { a in withUnsafePointer(to: b) { b in precedes(a, b) } }
    }
}

extension [Diagnostic] {
    /// Sorts the diagnostics as `<` orders them. The order is worked out on their numbers, each diagnostic read in
    /// place through a pointer, then applied by moving each diagnostic out in order and back: sorting the values
    /// themselves, or reading them by subscript, copied one (retaining its strings) at every comparison.
    mutating func sortByPlace() {
        let order = withUnsafeBufferPointer { d in
            let base = d.baseAddress
            return [Int](d.indices).sorted { Diagnostic.precedes(base! + $0, base! + $1) }
        }
        withUnsafeMutableBufferPointer { d in
            guard let base = d.baseAddress else { return }
            let sorted = UnsafeMutablePointer<Diagnostic>.allocate(capacity: d.count)
            defer { sorted.deallocate() }
            // Each diagnostic is moved exactly once each way, for `order` is a permutation of the indices.
            for (k, i) in order.enumerated() { (sorted + k).moveInitialize(from: base + i, count: 1) }
            base.moveInitialize(from: sorted, count: d.count)
        }
    }
}

extension Diagnostic {
    /// `<`, read in place: by place, then severity, then the English message's bytes.
    fileprivate static func precedes(_ a: UnsafePointer<Diagnostic>, _ b: UnsafePointer<Diagnostic>) -> Bool {
        let places = SourceLocation.order(a.pointee.location, b.pointee.location)
        if places != 0 { return places < 0 }
        if a.pointee.severity != b.pointee.severity { return a.pointee.severity < b.pointee.severity }
        return utf8Precedes(a.pointee.text.en, b.pointee.text.en)
    }
}
