import CTextScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A note's text after decoding, with the table that turns byte offsets into lines and character columns.
public struct DecodedText: Sendable {
    /// Valid UTF-8 (invalid bytes replaced by U+FFFD), without BOM.
    public var bytes: [UInt8]
    /// The same as a String.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Byte offset where each line starts (index 0 is line 1).
    public var lineStarts: [Int]
    /// The file has NUL bytes: it is not a text note.
    public var isBinary: Bool
    /// The encoding the note was saved in, when it was not UTF-8 (`bytes` are the text turned into UTF-8).
    public var encoding: LegacyEncoding? = nil

    /// Calls `body` with each line of `block` (its lines moved by `lineOffset`, as the body's lines are the file's
    /// after the front matter): the 1-based line in the file and that line's bytes, its line break included.
    func forEachLine(of block: MDBlock, lineOffset: Int, _ body: (Int, ArraySlice<UInt8>) -> Void) {
        for n in block.line...max(block.line, block.endLine) {
            let line = n + lineOffset
            guard line >= 1, line <= lineStarts.count else { break }
            body(line, bytes[lineStarts[line - 1]..<(line < lineStarts.count ? lineStarts[line] : bytes.count)])
        }
    }

    /// 1-based line of a byte offset.
    public func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Character column (1-based) of a 1-based byte column on a 1-based line.
    public func column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return max(1, byteColumn) }
        let start = lineStarts[line - 1]
        return characters(from: start, to: min(bytes.count, start + max(0, byteColumn - 1))) + 1
    }

    /// How many characters the bytes from `start` to `end` hold (both on one line, `start` at a character's start).
    func characters(from start: Int, to end: Int) -> Int {
        if end <= start { return 0 }
        // Count characters by their lead bytes while every scalar is one that cannot join a neighbour into one
        // character (ASCII, two-byte Latin/Greek/Cyrillic letters, CJK and kana); otherwise count grapheme clusters.
        let counted = bytes.withUnsafeBufferPointer { bytes -> Int? in
            var count = 0
            var i = start
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            while i < end {
                // Eight ASCII bytes at a time.
                if i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    count += 8
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b < 0x80 {
                    count += 1
                    i += 1
                } else if b >= 0xC3 && b <= 0xCB {
                    count += 1
                    i += 2
                } else if b >= 0xE3 && b <= 0xE9, i + 2 < bytes.count,
                    !(b == 0xE3 && bytes[i + 1] == 0x82 && (0x99...0x9A).contains(bytes[i + 2]))
                {
                    count += 1
                    i += 3
                } else {
                    return nil
                }
            }
            return count
        }
        return counted ?? String(decoding: bytes[start..<end], as: UTF8.self).count
    }

    /// Line and character column of a byte offset, counted on from `earlier` (an earlier place on the same or an
    /// earlier line) instead of from the line's start: many places on one long line cost one pass over it.
    func position(ofOffset offset: Int, after earlier: (offset: Int, line: Int, column: Int)?) -> (
        line: Int, column: Int
    ) {
        let l = line(ofOffset: offset)
        if let earlier, earlier.line == l, earlier.offset <= offset {
            return (l, earlier.column + characters(from: earlier.offset, to: offset))
        }
        return position(ofOffset: offset)
    }

    /// Line and character column of a byte offset.
    public func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let l = line(ofOffset: offset)
        return (l, column(line: l, byteColumn: offset - lineStarts[l - 1] + 1))
    }
}

/// Decodes a note's bytes: strips a BOM, flags binary files, replaces invalid UTF-8 and says where it was.
public enum TextDecoder {
    /// Decodes `bytes`; diagnostics carry `path`.
    public static func decode(_ input: [UInt8], path: String) -> (DecodedText, [Diagnostic]) {
        if let marked = LegacyEncoding.marked(input) {
            return decode(
                marked, LegacyEncoding.utf16(input, bigEndian: marked == .utf16BigEndian), path: path)
        }
        var bytes = input
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        if let decoded = decodeValid(bytes) { return (decoded, []) }
        var diagnostics: [Diagnostic] = []
        let isBinary = holdsNUL(bytes)
        if let bad = firstInvalidUTF8(bytes), !isBinary {
            if let (encoding, utf8) = LegacyEncoding.japanese(bytes) { return decode(encoding, utf8, path: path) }
            let prefix = Array(bytes[..<bad])
            let fixed = String(decoding: bytes, as: UTF8.self)
            bytes = Array(fixed.utf8)
            let decoded = make(bytes, isBinary: false)
            // The valid prefix is unchanged, so its line table gives the position.
            let p = make(prefix, isBinary: false).position(ofOffset: prefix.count)
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "invalid UTF-8; read with replacement characters",
                        ja: "UTF-8 として正しくないバイトがあります。置換文字で読みます"),
                    at: SourceLocation(path: path, line: p.line, column: p.column)))
            return (decoded, diagnostics)
        }
        return (make(bytes, isBinary: isBinary), diagnostics)
    }

    /// The text of a note saved in `encoding`, already turned into `utf8`, with a warning that says so.
    private static func decode(_ encoding: LegacyEncoding, _ utf8: [UInt8], path: String) -> (DecodedText, [Diagnostic])
    {
        var (text, diagnostics) = decode(utf8, path: path)
        text.encoding = encoding
        let name = encoding.name
        diagnostics.insert(
            Diagnostic(
                .warning,
                Message(
                    "saved as \(name), not UTF-8: read as \(name), but kizuna changes it only once it is saved as "
                        + "UTF-8",
                    ja: "UTF-8 ではなく \(name) で保存されています。\(name) として読みますが、"
                        + "UTF-8 で保存し直すまで kizuna は書き換えません"),
                at: SourceLocation(path: path, line: 1, column: 1)),
            at: 0)
        return (text, diagnostics)
    }

    /// The decoded text of bytes that are valid UTF-8, in one pass that checks the encoding, finds the line breaks
    /// and notices NUL bytes together (three passes over every note before); nil at the first invalid byte, and the
    /// careful path takes over.
    static func decodeValid(_ bytes: [UInt8]) -> DecodedText? {
        var lines = 0, seen: Int32 = 0
        // Room for a line every 24 bytes: most notes' lines, found in the one pass.
        let room = bytes.count / 24 + 8
        var starts = [Int](writing: room + 1) { out in
            out[0] = 0
            seen = bytes.withUnsafeBufferPointer {
                kizuna_scan_text($0.baseAddress, $0.count, out.baseAddress! + 1, room, &lines)
            }
            return min(lines, room) + 1
        }
        // A carriage return breaks lines too, which only the byte-at-a-time pass below finds.
        if seen & Int32(KIZUNA_TEXT_UNCHECKED | KIZUNA_TEXT_CR) == 0 {
            guard seen & Int32(KIZUNA_TEXT_INVALID) == 0 else { return nil }
            if lines > room {
                starts = [Int](writing: lines + 1) { out in
                    out[0] = 0
                    bytes.withUnsafeBufferPointer {
                        _ = kizuna_scan_text($0.baseAddress, $0.count, out.baseAddress! + 1, lines, &lines)
                    }
                    return lines + 1
                }
            }
            return DecodedText(bytes: bytes, lineStarts: starts, isBinary: seen & Int32(KIZUNA_TEXT_NUL) != 0)
        }
        return decodeValidByBytes(bytes)
    }

    /// `decodeValid` a byte at a time: where the processor has no vector path, and for text with carriage returns.
    static func decodeValidByBytes(_ bytes: [UInt8]) -> DecodedText? {
        var starts = [0]
        // About one line per 40 bytes in a journal: room for most notes' lines at once.
        starts.reserveCapacity(bytes.count / 40 + 8)
        var isBinary = false
        let valid = bytes.withUnsafeBufferPointer { b -> Bool in
            var i = 0
            let n = b.count
            guard let raw = UnsafeRawPointer(b.baseAddress) else { return true }
            while i < n {
                // Eight bytes at a time while all are ASCII and none is below 0x0E (a line break or a NUL).
                if i + 8 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (v | ((v &- 0x0E0E_0E0E_0E0E_0E0E) & ~v)) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let c = b[i]
                if c < 0x80 {
                    if c <= 0x0D {
                        if c == 0x0A {
                            starts.append(i + 1)
                        } else if c == 0x0D {
                            if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                            starts.append(i + 1)
                        } else if c == 0 {
                            isBinary = true
                        }
                    }
                    i += 1
                    continue
                }
                let run = c & 0xF0 == 0xE0 ? threeByteRun(raw, from: i, to: n) : twoByteRun(raw, from: i, to: n)
                if run > i {
                    i = run
                    continue
                }
                guard let length = sequenceLength(b, at: i) else { return false }
                i += length
            }
            return true
        }
        return valid ? DecodedText(bytes: bytes, lineStarts: starts, isBinary: isBinary) : nil
    }

    /// Where a run of three-byte sequences from `i` ends (kana, kanji, Thai, Devanagari and most symbols), each read
    /// as one word: a lead E0-EF and two continuation bytes, the second at least A0 after E0 and at most 9F after ED.
    /// The run's last sequence, when no fourth byte follows it, is left to `sequenceLength`.
    @inline(__always)
    private static func threeByteRun(_ raw: UnsafeRawPointer, from i: Int, to n: Int) -> Int {
        var j = i
        while j + 4 <= n {
            let w = raw.loadUnaligned(fromByteOffset: j, as: UInt32.self).littleEndian
            let lead = w & 0xFF, second = (w >> 8) & 0xFF
            guard w & 0x00C0_C0F0 == 0x0080_80E0, lead != 0xE0 || second >= 0xA0, lead != 0xED || second <= 0x9F
            else { break }
            j += 3
        }
        return j
    }

    /// Where a run of two-byte sequences from `i` ends (Latin with accents, Greek, Cyrillic, Hebrew, Arabic), each
    /// read as one half-word: a lead C2-DF and a continuation byte.
    @inline(__always)
    private static func twoByteRun(_ raw: UnsafeRawPointer, from i: Int, to n: Int) -> Int {
        var j = i
        while j + 2 <= n {
            let w = raw.loadUnaligned(fromByteOffset: j, as: UInt16.self).littleEndian
            guard w & 0xC0E0 == 0x80C0, w & 0x1E != 0 else { break }
            j += 2
        }
        return j
    }

    /// The length of the valid UTF-8 sequence that starts with a non-ASCII byte at `i`, or nil.
    @inline(__always)
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        // The common three-byte case (kana, kanji and most symbols): E1-EC and EE-EF take any two continuation bytes.
        let c = b[i]
        if c >= 0xE1, c != 0xED, c <= 0xEF, i + 2 < b.count, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
            return 3
        }
        var need = 0
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; upper = 0x9F
        case 0xF0: need = 3; lower = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; upper = 0x8F
        default: return nil
        }
        guard i + need < b.count else { return nil }
        if b[i + 1] < lower || b[i + 1] > upper { return nil }
        for k in 2..<(need + 1) where b[i + k] < 0x80 || b[i + k] > 0xBF { return nil }
        return need + 1
    }

    /// Whether the bytes hold a NUL byte (then the file is not a text note).
    static func holdsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in b.isEmpty ? false : memchr(b.baseAddress!, 0, b.count) != nil }
    }

    /// How many leading bytes hold the front matter: through its closing fence line, or the first line when the file
    /// has none, or everything when it is unclosed. Decoding just these gives `FrontMatter.split` the same YAML as
    /// decoding the whole file: lines break at the same ASCII bytes, and no UTF-8 sequence spans a line break.
    static func frontMatterLength(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b -> Int in
            let n = b.count
            var i = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
            /// The line from `start`: whether it reads as a fence (`---`, or `...` when `dots`), and where the next
            /// begins.
            func line(_ start: Int) -> (isFence: Bool, isDots: Bool, next: Int) {
                var end = start
                while end < n, b[end] != 0x0A, b[end] != 0x0D { end += 1 }
                var next = end
                if next < n { next += b[next] == 0x0D && next + 1 < n && b[next + 1] == 0x0A ? 2 : 1 }
                var last = end
                while last > start, b[last - 1] == 0x20 || b[last - 1] == 0x09 { last -= 1 }
                let three = last - start == 3
                return (
                    three && b[start] == 0x2D && b[start + 1] == 0x2D && b[start + 2] == 0x2D,
                    three && b[start] == 0x2E && b[start + 1] == 0x2E && b[start + 2] == 0x2E, next
                )
            }
            let first = line(i)
            guard first.isFence else { return first.next }
            i = first.next
            while i < n {
                let l = line(i)
                if l.isFence || l.isDots { return l.next }
                i = l.next
            }
            return n
        }
    }

    static func make(_ bytes: [UInt8], isBinary: Bool) -> DecodedText {
        var starts = [0]
        // About one line per 40 bytes in a journal: room for most notes' lines at once.
        starts.reserveCapacity(bytes.count / 40 + 8)
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            let raw = UnsafeRawPointer(b.baseAddress)
            while i < n {
                // Eight bytes at a time while none is below 0x0E: only line breaks matter here, and a byte of a
                // multi-byte sequence (0x80 and up) never looks like one.
                if let raw, i + 8 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (v &- 0x0E0E_0E0E_0E0E_0E0E) & ~v & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let c = b[i]
                if c > 0x0D { i += 1; continue }
                if c == 0x0A {
                    starts.append(i + 1)
                } else if c == 0x0D {
                    if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return DecodedText(bytes: bytes, lineStarts: starts, isBinary: isBinary)
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            var i = 0
            let n = b.count
            let raw = UnsafeRawPointer(b.baseAddress)
            while i < n {
                // Eight ASCII bytes at a time.
                if let raw, i + 8 <= n,
                    raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                    continue
                }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                guard let length = sequenceLength(b, at: i) else { return i }
                i += length
            }
            return nil
        }
    }
}
