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
/// reads the text nodes cmark produced, as UTF-8 bytes; code spans and raw HTML are barriers it never looks inside.
public enum InlineScanner {
    private static let barrier: UInt8 = 0  // cmark never leaves NUL in text (it becomes U+FFFD)

    /// Scans a block's inlines. `display` asks for the readable text too (titles and tasks need it; paragraphs do not).
    public static func scan(_ inlines: [MDInline], display wantDisplay: Bool = true) -> InlineScan {
        // Without `[` or `#` in its text a block holds no wikilink and no tag: when no display text is wanted either,
        // only its link destinations matter.
        if !wantDisplay, !inlines.contains(where: { if case .text(let t) = $0 { return mayHoldLinkOrTag(t) } else { return false } }) {
            var result = InlineScan()
            for case .linkOpen(let destination, false) in inlines { result.destinations.append(destination) }
            return result
        }
        var s: [UInt8] = []
        var verbatim: [Bool] = []  // code span content: shown, never scanned
        var size = 0
        for inline in inlines {
            switch inline {
            case .text(let t), .code(let t): size += t.utf8.count + 2
            default: size += 1
            }
        }
        s.reserveCapacity(size)
        verbatim.reserveCapacity(size)
        var result = InlineScan()
        func add(_ text: String, shown: Bool) {
            s.append(contentsOf: text.utf8)
            verbatim.append(contentsOf: repeatElement(shown, count: text.utf8.count))
        }
        for inline in inlines {
            switch inline {
            case .text(let t): add(t, shown: false)
            case .code(let c):
                s.append(barrier); verbatim.append(true)
                add(c, shown: true)
                s.append(barrier); verbatim.append(true)
            case .softBreak, .lineBreak:
                s.append(0x0A); verbatim.append(false)
            case .html, .linkClose:
                s.append(barrier); verbatim.append(true)
            case .linkOpen(let destination, let isImage):
                if !isImage { result.destinations.append(destination) }
                s.append(barrier); verbatim.append(true)
            }
        }
        var display: [UInt8] = []
        var plain: [UInt8] = []
        func emit(_ b: UInt8, tag: Bool) {
            guard wantDisplay else { return }
            let ws = b == 0x0A || b == 0x09 || b == 0x20
            if ws {
                if let last = display.last, last != 0x20 { display.append(0x20) }
                if !tag, let last = plain.last, last != 0x20 { plain.append(0x20) }
            } else {
                display.append(b)
                if !tag { plain.append(b) }
            }
        }
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if verbatim[i] {
                if b != barrier { emit(b, tag: false) }
                i += 1
                continue
            }
            if b == UInt8(ascii: "["), i + 1 < n, s[i + 1] == UInt8(ascii: "["), !verbatim[i + 1],
               let close = closing(s, verbatim, from: i + 2) {
                let link = parseWikiLink(s[(i + 2)..<close])
                if !link.target.isEmpty {
                    result.wikiLinks.append(link)
                    for v in (link.label ?? link.target).utf8 { emit(v, tag: false) }
                    i = close + 2
                    continue
                }
            }
            if b == UInt8(ascii: "#"), i + 1 < n, !verbatim[i + 1], isTagStart(s, i + 1), i == 0 || endsWithSpace(s, verbatim, before: i) {
                var j = i + 1
                while j < n, !verbatim[j], let (u, len) = decode(s, j), isTagBody(u) { j += len }
                result.tags.append(String(decoding: s[(i + 1)..<j], as: UTF8.self))
                for k in i..<j { emit(s[k], tag: true) }
                i = j
                continue
            }
            emit(b, tag: false)
            i += 1
        }
        if wantDisplay {
            result.display = String(decoding: display, as: UTF8.self).trimmingSpaces()
            result.displayWithoutTags = String(decoding: plain, as: UTF8.self).trimmingSpaces()
        }
        return result
    }

    /// Whether the text holds a `[` or a `#`.
    static func mayHoldLinkOrTag(_ t: String) -> Bool {
        var t = t
        return t.withUTF8 { bytes in
            for b in bytes where b == UInt8(ascii: "[") || b == UInt8(ascii: "#") { return true }
            return false
        }
    }

    /// Index of the `]]` that closes a wikilink opened before `from`, or nil when the line, a barrier or another `[[` comes first.
    private static func closing(_ s: [UInt8], _ verbatim: [Bool], from: Int) -> Int? {
        var j = from
        while j + 1 < s.count {
            let b = s[j]
            if verbatim[j] || b == 0x0A { return nil }
            if b == UInt8(ascii: "["), s[j + 1] == UInt8(ascii: "[") { return nil }
            if b == UInt8(ascii: "]"), s[j + 1] == UInt8(ascii: "]") { return j }
            j += 1
        }
        return nil
    }

    /// The scalar starting at byte `i` and its length in bytes (the bytes are valid UTF-8).
    static func decode(_ s: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = UInt32(s[i])
        var value: UInt32
        var len: Int
        switch b0 {
        case 0..<0x80: return (Unicode.Scalar(UInt8(b0)), 1)
        case 0xC0..<0xE0: value = b0 & 0x1F; len = 2
        case 0xE0..<0xF0: value = b0 & 0x0F; len = 3
        case 0xF0..<0xF8: value = b0 & 0x07; len = 4
        default: return nil
        }
        guard i + len <= s.count else { return nil }
        for k in 1..<len { value = value << 6 | (UInt32(s[i + k]) & 0x3F) }
        return Unicode.Scalar(value).map { ($0, len) }
    }

    private static func isTagStart(_ s: [UInt8], _ i: Int) -> Bool {
        guard let (u, _) = decode(s, i) else { return false }
        return u.properties.isAlphabetic
    }

    /// Whether the scalar that ends just before byte `i` is white space.
    private static func endsWithSpace(_ s: [UInt8], _ verbatim: [Bool], before i: Int) -> Bool {
        if verbatim[i - 1] { return false }
        let b = s[i - 1]
        if b < 0x80 { return b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }
        var start = i - 1
        while start > 0, s[start] & 0xC0 == 0x80, i - start < 4 { start -= 1 }
        guard let (u, _) = decode(s, start) else { return false }
        return u.properties.isWhitespace
    }

    /// Splits `target#heading|label`.
    public static func parseWikiLink(_ inner: String) -> WikiLink { parseWikiLink(Array(inner.utf8)[...]) }

    /// Splits `target#heading|label` given as UTF-8 bytes (`|` may be full-width `｜`).
    static func parseWikiLink(_ inner: ArraySlice<UInt8>) -> WikiLink {
        var targetEnd = inner.endIndex
        var label: String? = nil
        var i = inner.startIndex
        while i < inner.endIndex {
            let b = inner[i]
            let barLength = b == UInt8(ascii: "|") ? 1
                : (b == 0xEF && i + 2 < inner.endIndex && inner[i + 1] == 0xBD && inner[i + 2] == 0x9C ? 3 : 0)
            if barLength > 0 {
                targetEnd = i
                let l = String(decoding: inner[(i + barLength)...], as: UTF8.self).trimmingSpaces()
                label = l.isEmpty ? nil : l
                break
            }
            i += 1
        }
        var j = inner.startIndex
        while j < targetEnd, inner[j] != UInt8(ascii: "#"), inner[j] != UInt8(ascii: "^") { j += 1 }
        let target = String(decoding: inner[inner.startIndex..<j], as: UTF8.self).trimmingSpaces()
        return WikiLink(raw: String(decoding: inner, as: UTF8.self), target: target, label: label)
    }

    static func isTagBody(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII {
            let v = u.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || u == "-" || u == "_" || u == "/"
        }
        if u.properties.isAlphabetic || u.properties.numericType == .decimal { return true }
        switch u.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode white space included), trimmed on UTF-8 bytes.
    func trimmingSpaces() -> String {
        let whole = String(self)
        // Most text neither starts with a byte that can begin white space nor ends with one that can end it.
        guard let first = whole.utf8.first, let last = whole.utf8.last else { return whole }
        let asciiSpace: ClosedRange<UInt8> = 0x09...0x0D
        let mayStart = first == 0x20 || asciiSpace.contains(first) || (0xC2...0xE3).contains(first)
        let mayEnd = last == 0x20 || asciiSpace.contains(last) || (0x80...0xAF).contains(last)
        if !mayStart && !mayEnd { return whole }
        let u = Array(whole.utf8)
        var start = 0, end = u.count
        while start < end, let n = whiteSpaceLength(u, at: start) { start += n }
        while end > start, let n = whiteSpaceLength(u, endingAt: end) { end -= n }
        if start == 0 && end == u.count { return whole }
        return String(decoding: u[start..<end], as: UTF8.self)
    }
}

/// Byte length of the white-space character starting at `i` (Unicode's White_Space set), or nil.
private func whiteSpaceLength(_ u: [UInt8], at i: Int) -> Int? {
    let b = u[i]
    if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : nil }
    if b == 0xC2, i + 1 < u.count, u[i + 1] == 0x85 || u[i + 1] == 0xA0 { return 2 }
    guard i + 2 < u.count else { return nil }
    switch (b, u[i + 1], u[i + 2]) {
    case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),
         (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80): return 3
    default: return nil
    }
}

/// Byte length of the white-space character that ends just before `end`, or nil.
private func whiteSpaceLength(_ u: [UInt8], endingAt end: Int) -> Int? {
    for n in 1...3 where end - n >= 0 {
        if whiteSpaceLength(u, at: end - n) == n { return n }
    }
    return nil
}
