/// Keeps what is printed about one note readable: at most `perKind` diagnostics of one kind in one note, then one
/// line saying how many more there are. Counts (errors, warnings) are never cut.
public enum DiagnosticLimit {
    /// How many diagnostics of one kind one note shows.
    public static let perKind = 20

    /// The diagnostics to show, in their order, each group past the limit ending in a line that counts the rest.
    public static func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: [Group: Int] = [:]
        var out: [Diagnostic] = []
        out.reserveCapacity(diagnostics.count)
        var more: [Group: (index: Int, count: Int)] = [:]
        for d in diagnostics {
            let key = Group(path: d.location.path, severity: d.severity, kind: kind(d.text.en))
            let n = increment(&seen[key, default: 0])
            if n <= perKind {
                out.append(d)
            } else if let m = more[key] {
                more[key] = (m.index, m.count + 1)
            } else {
                more[key] = (out.count, 1)
                out.append(d)
            }
        }
        for (_, m) in more {
            let d = out[m.index]
            let what = d.severity == .error ? ("errors", "エラー") : ("warnings", "警告")
            out[m.index] = Diagnostic(
                d.severity,
                Message(
                    "\(m.count) more \(what.0) like the one before in this note, not shown",
                    ja: "このメモには同じ種類の\(what.1)があと \(m.count) 件あります(省略)"),
                at: d.location)
        }
        return out
    }

    /// The diagnostics counted together: one note's, of one severity and kind. Its parts are kept apart, not joined
    /// into one string, so that no key is built for each of tens of thousands of diagnostics.
    /// Paths and kinds are told apart by their bytes: `String`'s own hashing first brings a Japanese path to its
    /// canonical form, and two names that differ in bytes are two files.
    struct Group: Hashable {
        var path: String
        var severity: Severity
        var kind: Substring

        static func == (a: Group, b: Group) -> Bool {
            a.severity == b.severity && a.path.utf8.elementsEqual(b.path.utf8) && a.kind.utf8.elementsEqual(b.kind.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(severity)
            var path = path
            path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)
            var kind = kind
            kind.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// A message's kind: its words before the first quoted name, number or colon. Read as UTF-8 bytes in one pass,
    /// for a large journal has tens of thousands of diagnostics: comparing characters, or the standard library's
    /// generic search, made this the digest's slowest step (BENCHMARKS.md, eleventh round).
    static func kind(_ message: String) -> Substring {
        var text = message
        let end = text.withUTF8 { u -> Int in
            for i in u.indices {
                let b = u[i]
                if b == 0x27 || b == 0x22 || b == 0x3A || (0x30...0x39).contains(b) { return i }
                // “ is E2 80 9C.
                if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x9C { return i }
            }
            return u.count
        }
        return message[..<message.utf8.index(message.utf8.startIndex, offsetBy: end)]
    }
}
