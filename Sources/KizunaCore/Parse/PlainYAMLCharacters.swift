/// The characters `PlainYAML` reads, judged byte by byte.
extension PlainYAML {
    /// Whether every character is one YAML reads as an ordinary character: no control characters or tabs, nothing
    /// YAML takes as a line break (U+0085, U+2028, U+2029), no byte order mark or non-character, nothing beyond
    /// U+FFFF. (The text is valid UTF-8: it was checked when the note was read.)
    static func plainCharacters(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = s[k]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                k += 1
            } else if b < 0xE0 {
                if b == 0xC2, s[k + 1] < 0xA0 { return false }
                k += 2
            } else if b < 0xF0 {
                if b == 0xE2, s[k + 1] == 0x80, s[k + 2] == 0xA8 || s[k + 2] == 0xA9 { return false }
                if b == 0xEF, (s[k + 1] == 0xBB && s[k + 2] == 0xBF) || (s[k + 1] == 0xBF && s[k + 2] >= 0xBE) {
                    return false
                }
                k += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Characters (Unicode scalars) in the bytes: what libyaml counts columns in.
    static func characters(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for k in range where s[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func isLetter(_ b: UInt8) -> Bool { b.isASCIILetter }
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
