extension String {
    /// Whether the two texts are the same lowered, `a.lowercased() == b.lowercased()`: compared byte by byte, ASCII
    /// letters folded, while both hold only ASCII and CJK ideographs (U+4000-U+9FFF, which have no case and no other
    /// canonical form); lowered otherwise.
    static func sameLowered(_ a: String, _ b: String) -> Bool {
        sameLoweredIfPlain(a, b) ?? (a.lowercased() == b.lowercased())
    }

    /// `sameLowered` while both texts hold only ASCII and CJK ideographs; nil when either holds anything else.
    static func sameLoweredIfPlain(_ a: String, _ b: String) -> Bool? {
        a.withUTF8Bytes { x in
            b.withUTF8Bytes { y -> Bool? in
                var i = 0, j = 0
                var same = x.count == y.count
                while i < x.count || j < y.count {
                    guard let p = plainLength(x, at: i), let q = plainLength(y, at: j) else { return nil }
                    if same {
                        same =
                            p == q
                            && (p == 1
                                ? x[i] | asciiCaseBit(x[i]) == y[j] | asciiCaseBit(y[j])
                                : x[i] == y[j] && x[i + 1] == y[j + 1] && x[i + 2] == y[j + 2])
                    }
                    i += p
                    j += q
                }
                return same
            }
        }
    }

    /// The length of the ASCII character or CJK ideograph at `i` (1 or 3; 0 past the end), nil for any other.
    private static func plainLength(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i < u.count else { return 0 }
        let b = u[i]
        if b < 0x80 { return 1 }
        guard b >= 0xE4, b <= 0xE9, i + 2 < u.count, u[i + 1] & 0xC0 == 0x80, u[i + 2] & 0xC0 == 0x80 else {
            return nil
        }
        return 3
    }

    /// The bit that lowers an ASCII capital letter, 0 for any other byte.
    private static func asciiCaseBit(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? 0x20 : 0 }
}
