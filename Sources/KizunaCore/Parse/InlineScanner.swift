/// A `[[wikilink]]` found in a block's text.
public struct WikiLink: Sendable, Equatable {
    /// What stands between the brackets, as written.
    public var raw: String
    /// The target, without `|label` and `#heading`.
    public var target: String
    /// The label after `|`, if any.
    public var label: String?
}

/// What one block's inline text holds for kizuna.
public struct InlineScan: Sendable, Equatable {
    public var wikiLinks: [WikiLink] = []
    /// Destinations of ordinary markdown links (not images).
    public var destinations: [String] = []
    /// Tags as written, without `#`.
    public var tags: [String] = []
    /// Readable text: wikilinks shown by label or target, white space folded.
    public var display: String = ""
    /// The same without tags.
    public var displayWithoutTags: String = ""
}

/// Finds wikilinks and tags in cmark's inline text. cmark does not know `[[...]]`, so this small scanner
/// reads the text nodes cmark produced; code spans and raw HTML are barriers it never looks inside.
public enum InlineScanner {
    private static let barrier: Unicode.Scalar = "\u{FFFC}"

    /// Scans a block's inlines.
    public static func scan(_ inlines: [MDInline]) -> InlineScan {
        var s: [Unicode.Scalar] = []
        var verbatim: [Bool] = []  // code span content: shown, never scanned
        var result = InlineScan()
        for inline in inlines {
            switch inline {
            case .text(let t):
                for u in t.unicodeScalars { s.append(u); verbatim.append(false) }
            case .code(let c):
                s.append(barrier); verbatim.append(true)
                for u in c.unicodeScalars { s.append(u); verbatim.append(true) }
                s.append(barrier); verbatim.append(true)
            case .softBreak, .lineBreak:
                s.append("\n"); verbatim.append(false)
            case .html:
                s.append(barrier); verbatim.append(true)
            case .linkOpen(let destination, let isImage):
                if !isImage { result.destinations.append(destination) }
                s.append(barrier); verbatim.append(true)
            case .linkClose:
                s.append(barrier); verbatim.append(true)
            }
        }
        var display = String.UnicodeScalarView()
        var plain = String.UnicodeScalarView()
        func emit(_ u: Unicode.Scalar, tag: Bool) {
            let ws = u == "\n" || u == "\t" || u == " "
            let out: Unicode.Scalar = ws ? " " : u
            if ws, display.last == " " || display.isEmpty {} else { display.append(out) }
            if !tag {
                if ws, plain.last == " " || plain.isEmpty {} else { plain.append(out) }
            }
        }
        var i = 0
        let n = s.count
        while i < n {
            let u = s[i]
            if verbatim[i] {
                if u != barrier { emit(u, tag: false) }
                i += 1
                continue
            }
            if u == "[", i + 1 < n, s[i + 1] == "[", !verbatim[i + 1], let close = closing(s, verbatim, from: i + 2) {
                let inner = String(String.UnicodeScalarView(s[(i + 2)..<close]))
                let link = parseWikiLink(inner)
                if !link.target.isEmpty {
                    result.wikiLinks.append(link)
                    for v in (link.label ?? link.target).unicodeScalars { emit(v, tag: false) }
                    i = close + 2
                    continue
                }
            }
            if u == "#", i + 1 < n, !verbatim[i + 1], isTagStart(s[i + 1]),
               i == 0 || isSpace(s[i - 1]) {
                var j = i + 1
                while j < n, !verbatim[j], isTagBody(s[j]) { j += 1 }
                result.tags.append(String(String.UnicodeScalarView(s[(i + 1)..<j])))
                for k in i..<j { emit(s[k], tag: true) }
                i = j
                continue
            }
            emit(u, tag: false)
            i += 1
        }
        result.display = String(display).trimmingSpaces()
        result.displayWithoutTags = String(plain).trimmingSpaces()
        return result
    }

    /// Index of the `]]` that closes a wikilink opened before `from`, or nil when the line, a barrier or another `[[` comes first.
    private static func closing(_ s: [Unicode.Scalar], _ verbatim: [Bool], from: Int) -> Int? {
        var j = from
        while j + 1 < s.count {
            if verbatim[j] || s[j] == "\n" { return nil }
            if s[j] == "[", s[j + 1] == "[" { return nil }
            if s[j] == "]", s[j + 1] == "]" { return j }
            j += 1
        }
        return nil
    }

    /// Splits `target#heading|label`.
    public static func parseWikiLink(_ inner: String) -> WikiLink {
        var target = inner
        var label: String? = nil
        if let bar = inner.firstIndex(where: { $0 == "|" || $0 == "\u{FF5C}" }) {
            target = String(inner[..<bar])
            let l = inner[inner.index(after: bar)...].trimmingSpaces()
            label = l.isEmpty ? nil : l
        }
        if let hash = target.firstIndex(where: { $0 == "#" || $0 == "^" }) { target = String(target[..<hash]) }
        return WikiLink(raw: inner, target: target.trimmingSpaces(), label: label)
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\n" || u == "\t" || u.properties.isWhitespace }

    static func isTagStart(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic }

    static func isTagBody(_ u: Unicode.Scalar) -> Bool {
        if u.properties.isAlphabetic || u == "-" || u == "_" || u == "/" { return true }
        if u.properties.numericType == .decimal { return true }
        switch u.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode white space included).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
