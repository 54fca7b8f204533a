/// How many columns text takes in a terminal or a monospaced editor: East Asian wide characters take two.
public enum TextWidth {
    /// The columns `s` takes.
    public static func columns(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && isWide($1) ? 2 : 1) }
    }

    /// `s` followed by spaces up to `width` columns, or by one space when it is as wide or wider.
    public static func padded(_ s: String, to width: Int) -> String {
        s + String(repeating: " ", count: max(1, width - columns(s)))
    }

    private static func isWide(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF:
            return true
        default: return false
        }
    }
}
