/// Keeps what is printed about one note readable: at most `perKind` diagnostics of one kind in one note, then one
/// line saying how many more there are. Counts (errors, warnings) are never cut.
public enum DiagnosticLimit {
    /// How many diagnostics of one kind one note shows.
    public static let perKind = 20

    /// The diagnostics to show, in their order, each group past the limit ending in a line that counts the rest.
    /// They come grouped by note, as the journal keeps them (sorted by place) and as one note's are: each note's
    /// groups are counted in a short list while its diagnostics last, with no table over the whole journal.
    public static func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        out.reserveCapacity(diagnostics.count)
        var groups: [Group] = []
        var path: String? = nil
        for d in diagnostics {
            if path.map({ !utf8Equal($0, d.location.path) }) ?? true {
                countTheRest(groups, in: &out)
                groups.removeAll(keepingCapacity: true)
                path = d.location.path
            }
            let kind = kind(d.text.en)
            guard
                let g = groups.firstIndex(where: { $0.severity == d.severity && $0.kind.utf8.elementsEqual(kind.utf8) })
            else {
                groups.append(Group(severity: d.severity, kind: kind, count: 1))
                out.append(d)
                continue
            }
            groups[g].count += 1
            if groups[g].count <= perKind {
                out.append(d)
            } else if groups[g].count == perKind + 1 {
                groups[g].more = out.count
                out.append(d)
            }
        }
        countTheRest(groups, in: &out)
        return out
    }

    /// One note's diagnostics of one severity and kind. Kinds are told apart by their bytes.
    private struct Group {
        var severity: Severity
        var kind: Substring
        var count: Int
        /// Where the line that counts those past the limit stands in what is shown.
        var more: Int? = nil
    }

    /// Turns the first diagnostic past the limit of each of a note's groups into the line that counts the rest.
    private static func countTheRest(_ groups: [Group], in out: inout [Diagnostic]) {
        for group in groups {
            guard let at = group.more else { continue }
            let d = out[at], rest = group.count - perKind
            let what = d.severity == .error ? ("errors", "エラー") : ("warnings", "警告")
            out[at] = Diagnostic(
                d.severity,
                Message(
                    "\(rest) more \(what.0) like the one before in this note, not shown",
                    ja: "このメモには同じ種類の\(what.1)があと \(rest) 件あります(省略)"),
                at: d.location)
        }
    }

    /// A message's kind: its words before the first quoted name, number or colon. Read as UTF-8 bytes in one pass,
    /// for a large journal has tens of thousands of diagnostics, and comparing characters or the standard library's
    /// generic search costs many times more (BENCHMARKS.md, eleventh round).
    static func kind(_ message: String) -> Substring {
        let end = message.withUTF8Bytes { u -> Int in
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
