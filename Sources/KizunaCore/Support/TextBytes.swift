extension String {
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

/// The text of `bytes` lower-cased, with no look-up for text that has no letter with a case: ASCII without capitals,
/// and the kana and kanji of U+3000–U+9FFF, all of which lowering leaves as they are (checked over each scalar).
func lowercasedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    let caseless = bytes.allSatisfy { b in b < 0x80 ? !(0x41...0x5A).contains(b) : b < 0xC0 || (0xE3...0xE9).contains(b)
    }
    return caseless ? text : text.lowercased()
}
