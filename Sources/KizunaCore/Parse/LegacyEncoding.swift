#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An encoding other than UTF-8 that a note's bytes name beyond doubt: UTF-16 by its byte-order mark (Windows'
/// Notepad saved "Unicode" so), or Japanese in Shift_JIS or EUC-JP, as older Windows and Unix editors save it. Read
/// as UTF-8, such a note is noise: names and links of replacement characters.
public enum LegacyEncoding: Sendable, Equatable {
    case utf16LittleEndian, utf16BigEndian, shiftJIS, eucJP

    /// The encoding's name, as editors' menus show it.
    public var name: String {
        switch self {
        case .utf16LittleEndian, .utf16BigEndian: "UTF-16"
        case .shiftJIS: "Shift_JIS"
        case .eucJP: "EUC-JP"
        }
    }

    /// The encoding of a note's bytes when they are not UTF-8 and tell which they are instead, else nil: the one
    /// the note is read in.
    public static func of(_ bytes: [UInt8]) -> LegacyEncoding? { TextDecoder.decode(bytes, path: "").0.encoding }

    /// UTF-16 named by its byte-order mark (UTF-32's little-endian mark starts as UTF-16's does: a binary file).
    static func marked(_ bytes: [UInt8]) -> LegacyEncoding? {
        guard bytes.count >= 2 else { return nil }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return nil }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LittleEndian }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// The text of UTF-16 bytes after their mark, as UTF-8; a unit that is no character becomes U+FFFD.
    static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        let units = stride(from: 2, to: bytes.count - 1, by: 2).map { i -> UInt16 in
            let (high, low) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            return UInt16(high) << 8 | UInt16(low)
        }
        let odd = bytes.count % 2 == 1 ? "\u{FFFD}" : ""
        return Array((String(decoding: units, as: UTF16.self) + odd).utf8)
    }

    /// Bytes that are not UTF-8 read as Japanese: the first of Shift_JIS (Windows' CP932) and EUC-JP that reads
    /// them whole without a fault and gives Japanese text.
    static func japanese(_ bytes: [UInt8]) -> (LegacyEncoding, [UInt8])? {
        for (encoding, name) in [(LegacyEncoding.shiftJIS, "CP932"), (.eucJP, "EUC-JP")] {
            if let utf8 = convert(bytes, from: name), looksJapanese(utf8) { return (encoding, utf8) }
        }
        return nil
    }

    /// Whether text holds kana, or two CJK characters in a row (a name such as 佐藤 is kanji alone). A European
    /// text in a single-byte encoding, read as Shift_JIS or EUC-JP, gives neither: an accented letter and the
    /// byte after it make one kanji, and plain letters come between such pairs.
    static func looksJapanese(_ utf8: [UInt8]) -> Bool {
        var run = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF: return true
            case 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                run += 1
                if run == 2 { return true }
            default: run = 0
            }
        }
        return false
    }

    /// `bytes` converted from `encoding` to UTF-8 by the system's iconv; nil when a byte sequence is not the
    /// encoding's, or the system does not know it.
    static func convert(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        guard !bytes.isEmpty, let cd = iconv_open("UTF-8", encoding), Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // A half-width katakana is one byte in Shift_JIS and three in UTF-8.
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 4)
        let written = input.withUnsafeMutableBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer -> Int? in
                var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return written.map { Array(output[..<$0]) }
    }
}
