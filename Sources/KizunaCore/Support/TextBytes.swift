#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension UInt8 {
    /// The byte as ASCII lowers it: a capital letter becomes its small letter, every other byte stays.
    var asciiLowered: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }

    /// Whether the byte is an ASCII letter, capital or small.
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`, found with memchr where the UTF-8 view's `contains` reads byte by byte.
    func holdsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { u in u.baseAddress.map { memchr($0, Int32(byte), u.count) != nil } ?? false }
    }

    /// `withUTF8` without a copy of the string: the bytes are read where the string keeps them (every native string
    /// keeps them in one piece), where `withUTF8`, being mutating, needs a copy, which retains a shared string.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension String {
    /// The last part of a path that is not empty (`b` of `a/b/`), or nil when there is none: what
    /// `split(separator: "/").last` gives, found on the bytes rather than by walking every character.
    var lastPathPart: Substring? {
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
            end = utf8.index(before: end)
        }
        guard end > utf8.startIndex else { return nil }
        let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/"))
        return self[(slash.map { utf8.index(after: $0) } ?? utf8.startIndex)..<end]
    }
}

/// Whether a full-width colon (`：`, U+FF1A, as Japanese writes a label's colon) starts at byte `i`.
func isFullWidthColon(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i + 2 < u.count && u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] == 0x9A
}

extension String {
    /// Where `needle` first (or, `backwards`, last) stands in the string, found on its bytes: a literal `range(of:)`
    /// without Foundation's search, which turns the string to UTF-16 for each call.
    func byteRange(of needle: StaticString, backwards: Bool = false) -> Range<String.Index>? {
        let found: Int? = withUTF8Bytes { u in
            needle.withUTF8Buffer { n in
                guard n.count > 0, u.count >= n.count else { return nil }
                let starts = 0...(u.count - n.count)
                func matches(_ i: Int) -> Bool {
                    u[i] == n[0] && (1..<n.count).allSatisfy { u[i + $0] == n[$0] }
                }
                return backwards ? starts.reversed().first(where: matches) : starts.first(where: matches)
            }
        }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8CodeUnitCount)
    }
}

extension String {
    /// `lowercased()`, without the case tables where every character but an ASCII capital has no case
    /// (`hasNoCaseButASCII`): Japanese and Chinese text, and most file names, are lowered on their bytes.
    func lowercasedText() -> String {
        withUTF8Bytes { u -> String? in
            guard hasNoCaseButASCII(u) else { return nil }
            guard u.contains(where: { (0x41...0x5A).contains($0) }) else { return self }
            return String(unsafeUninitializedCapacity: u.count) { out in
                for i in u.indices { out[i] = u[i].asciiLowered }
                return u.count
            }
        } ?? lowercased()
    }
}

/// The blocks of scalars outside ASCII that lowering leaves as they are, whatever stands around them (the tests check
/// every scalar of each): punctuation, arrows, shapes, CJK radicals and symbols, kana, kanji, hangul, full-width signs
/// that are no letter, emoji, and the CJK extensions.
let caselessBlocks: [ClosedRange<UInt32>] = [
    0x2000...0x206F, 0x2190...0x23FF, 0x2500...0x27BF, 0x2E80...0x2FDF, 0x3000...0x9FFF, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFFEF, 0x1F000...0x1FBFF,
    0x20000...0x3FFFF,
]

/// Whether every scalar of the UTF-8 `bytes` is ASCII or in `caselessBlocks`: lowering then changes only ASCII
/// capitals, each to its small letter.
func hasNoCaseButASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < u.count {
        let b = u[i]
        let length = b < 0x80 ? 1 : b < 0xE0 ? 0 : b < 0xF0 ? 3 : 4
        if length == 1 {
            i += 1
            continue
        }
        guard length > 0, i + length <= u.count else { return false }
        var scalar = UInt32(b & (length == 3 ? 0x0F : 0x07))
        for k in 1..<length { scalar = scalar << 6 | UInt32(u[i + k] & 0x3F) }
        guard caselessBlocks.contains(where: { $0.contains(scalar) }) else { return false }
        i += length
    }
    return true
}
