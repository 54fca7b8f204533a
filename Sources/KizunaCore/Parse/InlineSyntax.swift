/// The small readers the inline scanner is made of: where the next character that matters stands, where a
/// wikilink closes, what a tag may hold.
extension InlineScanner {
    /// The first position at or after `from` that holds `[`, `#` or NUL (or the end), eight bytes at a time.
    static func nextSpecial(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = s.count
        var i = from
        if let base = s.baseAddress.map(UnsafeRawPointer.init) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let brackets = ones &* UInt64(UInt8(ascii: "[")), hashes = ones &* UInt64(UInt8(ascii: "#"))
            while i + 8 <= n {
                let v = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let a = v ^ brackets, h = v ^ hashes
                // A byte is zero in v, a or h exactly where the lowest flagged byte is (little endian).
                let hit = ((v &- ones) & ~v | (a &- ones) & ~a | (h &- ones) & ~h) & highs
                if hit != 0 { return i + hit.trailingZeroBitCount >> 3 }
                i += 8
            }
        }
        while i < n {
            let c = s[i]
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "#") || c == 0 { return i }
            i += 1
        }
        return n
    }

    /// Index of the `]]` that closes a wikilink opened before `from`, or nil when the line, a barrier or another `[[`
    /// comes first.
    static func closing(_ s: UnsafeBufferPointer<UInt8>, from: Int, barriers: Bool) -> Int? {
        var j = from
        while j + 1 < s.count {
            let b = s[j]
            if b == 0x0A || (b == MDBody.barrier && barriers) { return nil }
            if b == UInt8(ascii: "["), s[j + 1] == UInt8(ascii: "[") { return nil }
            if b == UInt8(ascii: "]"), s[j + 1] == UInt8(ascii: "]") { return j }
            j += 1
        }
        return nil
    }

    /// The scalar starting at byte `i` and its length in bytes (the bytes are valid UTF-8).
    static func decode(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
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

    static func isTagStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard let (u, _) = decode(s, i) else { return false }
        if u.isASCII { return (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") }
        return isKanjiOrKana(u) || u.properties.isAlphabetic
    }

    /// Whether the scalar is a kanji of the main block, or hiragana or katakana that is a letter: all are
    /// alphabetic, and a Japanese tag is made of them. Answered from ranges before the Unicode tables, whose lookup
    /// costs far more a character (BENCHMARKS.md, seventh round).
    @inline(__always) static func isKanjiOrKana(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x4E00...0x9FFF).contains(v) || (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v)
            || (0x30FC...0x30FE).contains(v)
    }

    /// Whether the scalar that ends just before byte `i` is white space (never so for a barrier's kind byte).
    static func endsWithSpace(_ s: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        let b = s[i - 1]
        if b < 0x80 { return b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }
        var start = i - 1
        while start > 0, s[start] & 0xC0 == 0x80, i - start < 4 { start -= 1 }
        guard let (u, _) = decode(s, start) else { return false }
        return u.properties.isWhitespace
    }

    /// Splits `target#heading|label` (`.dendron`: `label|target#heading`).
    public static func parseWikiLink(_ inner: String, reading: LinkReading = .targets) -> WikiLink {
        inner.withUTF8Bytes { parseWikiLink($0, 0..<$0.count, reading: reading) }
    }

    /// Splits `target#heading|label` given as the UTF-8 bytes `s[inner]`; read `.dendron`, `label|target#heading`,
    /// the target perhaps `dendron://vault/target`. A full-width `｜` is part of the target, as in Obsidian: Notion
    /// names pages with it (`Day5｜言葉`); the resolve stage reads the name before one that names nothing.
    static func parseWikiLink(_ s: UnsafeBufferPointer<UInt8>, _ inner: Range<Int>, reading: LinkReading = .targets)
        -> WikiLink
    {
        func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: s[r]), as: UTF8.self) }
        var named = inner
        var label: String? = nil
        var i = inner.lowerBound
        while i < inner.upperBound {
            if s[i] == UInt8(ascii: "|") {
                let before = inner.lowerBound..<i, after = (i + 1)..<inner.upperBound
                let l = trimmedRange(s, reading.contains(.dendron) ? before : after)
                label = l.isEmpty ? nil : string(l)
                named = reading.contains(.dendron) ? after : before
                break
            }
            i += 1
        }
        if reading.contains(.dendron) { named = withoutVault(s, trimmedRange(s, named)) }
        var j = named.lowerBound
        while j < named.upperBound, s[j] != UInt8(ascii: "#"), s[j] != UInt8(ascii: "^") { j += 1 }
        let target = trimmedRange(s, named.lowerBound..<j)
        return WikiLink(
            inner: inner, target: reading.contains(.targets) ? string(target) : "", targetRange: target, label: label)
    }

    /// `s[r]` without a leading `dendron://vault/`: a cross-vault link names its note as any other does.
    private static func withoutVault(_ s: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        let scheme = "dendron://".utf8
        guard r.count > scheme.count, zip(s[r], scheme).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) else { return r }
        guard let slash = s[(r.lowerBound + scheme.count)..<r.upperBound].firstIndex(of: UInt8(ascii: "/")) else {
            return r
        }
        return (slash + 1)..<r.upperBound
    }

    /// Whether an ASCII byte may be part of a tag: a letter, a digit, `-`, `_` or `/`.
    @inline(__always) static func isTagByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x2D || b == 0x5F || b == 0x2F
    }

    /// Whether CommonMark lets a backslash escape the byte: ASCII punctuation.
    static func isASCIIPunctuation(_ c: UInt8) -> Bool {
        (0x21...0x2F).contains(c) || (0x3A...0x40).contains(c) || (0x5B...0x60).contains(c) || (0x7B...0x7E).contains(c)
    }

    @inline(__always) static func isTagBody(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return isTagByte(UInt8(truncatingIfNeeded: u.value)) }
        if isKanjiOrKana(u) || u.properties.isAlphabetic || u.properties.numericType == .decimal { return true }
        switch u.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
