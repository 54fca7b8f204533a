import Foundation

extension StringProtocol {
    /// The text's lines, parted at each line feed, a CRLF pair as one: Swift reads `\r\n` as one character, so a
    /// text parted at `\n` alone is not parted at it, and a note saved on Windows would be one line.
    func lines() -> [SubSequence] {
        split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// The text without leading and trailing white space (Unicode white space included), trimmed on UTF-8 bytes.
    func trimmingSpaces() -> String {
        var whole = String(self)
        // Most text neither starts with a byte that can begin white space nor ends with one that can end it.
        guard let first = whole.utf8.first, let last = whole.utf8.last else { return whole }
        let asciiSpace: ClosedRange<UInt8> = 0x09...0x0D
        let mayStart = first == 0x20 || asciiSpace.contains(first) || (0xC2...0xE3).contains(first)
        let mayEnd = last == 0x20 || asciiSpace.contains(last) || (0x80...0xAF).contains(last)
        if !mayStart && !mayEnd { return whole }
        return whole.withUTF8 { u in
            let r = trimmedRange(u, 0..<u.count)
            return r.count == u.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: u[r]), as: UTF8.self)
        } ?? whole
    }
}

extension String {
    /// The text without the leading and trailing characters of Foundation's `CharacterSet.whitespaces` (tab,
    /// Unicode's space separators, general category Zs, and the zero-width space, which Foundation counts too), as
    /// `trimmingCharacters(in: .whitespaces)` gives it, but without building a character set for every call, and
    /// with no copy when there is nothing to trim.
    func trimmingWhitespaces() -> String {
        func isWhitespace(_ u: Unicode.Scalar) -> Bool {
            u.isASCII ? u == " " || u == "\t" : u == "\u{200B}" || u.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isWhitespace(first) || isWhitespace(last) else {
            return self
        }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isWhitespace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}

/// `range` without the white space (Unicode's White_Space set) it starts and ends with.
func trimmedRange(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound, end = range.upperBound
    while start < end, let n = whiteSpaceLength(s, at: start, end: end) { start += n }
    while end > start, let n = whiteSpaceLength(s, endingAt: end, start: start) { end -= n }
    return start..<end
}

/// Byte length of the white-space character starting at `i` and ending by `end`, or nil.
private func whiteSpaceLength(_ u: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
    let b = u[i]
    if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : nil }
    if b == 0xC2, i + 1 < end, u[i + 1] == 0x85 || u[i + 1] == 0xA0 { return 2 }
    guard i + 2 < end else { return nil }
    switch (b, u[i + 1], u[i + 2]) {
    case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),
        (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
        return 3
    default: return nil
    }
}

/// Byte length of the white-space character that ends just before `end` and starts at or after `start`, or nil.
private func whiteSpaceLength(_ u: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int? {
    for n in 1...3 where end - n >= start {
        if whiteSpaceLength(u, at: end - n, end: end) == n { return n }
    }
    return nil
}
