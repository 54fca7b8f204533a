import Foundation

/// Folding rules shared by links, names, tags and communities.
public enum Normalize {
    /// The key a link target, name, alias, tag or community is compared by:
    /// NFKC, case folding, and removal of white space, `-`, `_` and `・`.
    public static func key(_ text: some StringProtocol) -> String {
        if isASCII(text) {
            var out = [UInt8]()
            out.reserveCapacity(text.utf8.count)
            for b in text.utf8 {
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, UInt8(ascii: "-"), UInt8(ascii: "_"): continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(b + 32)
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let fast = stableKey(text) { return fast }
        return foldedKey(text)
    }

    /// `key` through Foundation's NFKC and case folding: right for any text, and the reference for the fast paths.
    static func foldedKey(_ text: some StringProtocol) -> String {
        let folded = String(text).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            if s == "-" || s == "_" || s == "\u{30FB}" || s.properties.isWhitespace { continue }
            scalars.append(s)
        }
        return String(scalars)
    }

    /// NFKC and lower case, used for tags (which keep their separators).
    public static func tag(_ text: some StringProtocol) -> String {
        if isASCII(text) { return text.lowercased() }
        if isStable(text) { return String(text).lowercased() }
        return String(text).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
    }

    /// NFKC only: full-width digits and punctuation become their ASCII forms.
    public static func nfkc(_ text: some StringProtocol) -> String {
        if isASCII(text) { return String(text) }
        return String(text).precomposedStringWithCompatibilityMapping
    }

    /// Whether every byte of the text is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        !text.utf8.contains { $0 >= 0x80 }
    }

    /// Whether NFKC leaves every non-ASCII scalar as it is and none has case: CJK ideographs, hiragana, katakana
    /// (without the combining and half-width forms) and the Japanese punctuation around them.
    static func isStable(_ text: some StringProtocol) -> Bool {
        for u in text.unicodeScalars where !u.isASCII {
            switch u.value {
            case 0x3001...0x3002, 0x3005...0x3007, 0x300C...0x300F, 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA,
                 0x30FB, 0x30FC...0x30FE, 0x4E00...0x9FFF, 0x3400...0x4DBF:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// `key` for text that `isStable` accepts: lower-case ASCII, drop separators; nil for any other text.
    static func stableKey(_ text: some StringProtocol) -> String? {
        guard isStable(text) else { return nil }
        var scalars = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u == "-" || u == "_" || u == "\u{30FB}" || u == " " || u == "\t" || u == "\n" || u == "\r" { continue }
            if u.value >= 0x41 && u.value <= 0x5A { scalars.append(Unicode.Scalar(u.value + 32)!) } else { scalars.append(u) }
        }
        return String(scalars)
    }

    /// Edit distance between two strings, counted in Unicode scalars; stops early above `limit`.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
