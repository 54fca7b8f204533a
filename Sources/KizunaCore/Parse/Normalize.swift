import Foundation
import Synchronization

/// Folding rules shared by links, names, tags and communities.
public enum Normalize {
    /// The key a link target, name, alias, tag or community is compared by:
    /// NFKC, case folding, and removal of white space, `-`, `_` and `・`.
    public static func key(_ text: some StringProtocol) -> String {
        fastKey(text) ?? foldedKey(text)
    }

    /// `key` over UTF-8 bytes, for text of ASCII, Latin-1 letters (but `ß`) and the Japanese scripts `isStable`
    /// accepts: NFKC leaves all of these as they are, and folding only lowers the upper-case letters. Nil for any
    /// other text.
    private static func fastKey(_ text: some StringProtocol) -> String? {
        var whole = String(text)
        return whole.withUTF8 { fastKey(utf8: $0) }
    }

    /// `fastKey` of text given as its UTF-8 bytes.
    private static func fastKey(utf8 u: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(u.count, 1)) { out -> String? in
            fastKey(utf8: u, into: out.baseAddress!).map {
                String(decoding: UnsafeBufferPointer(start: out.baseAddress!, count: $0), as: UTF8.self)
            }
        }
    }

    /// Writes the UTF-8 bytes of `fastKey` of the text given as `u` to `out` (room for `u.count` bytes: the key is
    /// never longer than the text, as it drops bytes and lowers letters in place) and returns how many it wrote; nil
    /// when the text has no fast key. No string is made.
    static func fastKey(utf8 u: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        var slash = false
        return fastKey(utf8: u, into: out, slash: &slash)
    }

    /// `fastKey(utf8:into:)`, telling also whether the text holds a `/` when it has a fast key: a link's target
    /// is then a path, which the caller need not look for again.
    @inline(__always)
    static func fastKey(utf8 u: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, slash: inout Bool)
        -> Int?
    {
        guard let s = u.baseAddress else { return 0 }
        var marks: UInt16 = 0
        let length = asciiKeyBytes.withUnsafeBufferPointer { ascii -> Int? in
            let count = u.count
            var n = 0
            var i = 0
            while i < count {
                let b = s[i]
                if b < 0x80 {
                    // Written whatever it is, and kept by counting it: no branch on what kind of byte it is.
                    let entry = ascii[Int(b)]
                    out[n] = UInt8(truncatingIfNeeded: entry)
                    n &+= Int((entry >> 8) & 1)
                    marks |= entry
                    i &+= 1
                } else if b >= 0xE5, b <= 0xE9, i + 2 < count {
                    // U+5000...U+9FFF: ideographs all, which NFKC and folding leave as they are.
                    out[n] = b; out[n + 1] = s[i + 1]; out[n + 2] = s[i + 2]
                    n &+= 3
                    i &+= 3
                } else if b == 0xC3, i + 1 < count {
                    // U+00C0...U+00FF: letters but × (D7), ß (DF) and ÷ (F7); upper case is 0x20 below lower case.
                    let c = s[i + 1]
                    switch c {
                    case 0x80...0x96, 0x98...0x9E: out[n] = b; out[n + 1] = c + 0x20
                    case 0xA0...0xB6, 0xB8...0xBF: out[n] = b; out[n + 1] = c
                    default: return nil
                    }
                    n += 2
                    i += 2
                } else if b >= 0xE3, b <= 0xE4, i + 2 < count {
                    let v = UInt32(b & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
                    guard isStable(v) else { return nil }
                    if v != 0x30FB {
                        out[n] = b; out[n + 1] = s[i + 1]; out[n + 2] = s[i + 2]
                        n += 3
                    }
                    i += 3
                } else {
                    return nil
                }
            }
            return n
        }
        slash = marks & slashMark != 0
        return length
    }

    /// For each ASCII byte, what the key holds for it: the byte (a letter lowered) in the low eight bits, and 1 above
    /// them when the key keeps it; white space (tab to carriage return, space), `-` and `_` are left out. A `/`
    /// also carries `slashMark`.
    private static let asciiKeyBytes: [UInt16] = (0..<128).map { b in
        let dropped = (0x09...0x0D).contains(b) || b == 0x20 || b == 0x2D || b == 0x5F
        let lowered = (0x41...0x5A).contains(b) ? b + 32 : b
        return UInt16(lowered) | (dropped ? 0 : 0x100) | (b == 0x2F ? slashMark : 0)
    }
    private static let slashMark: UInt16 = 0x200

    /// `key` through Foundation's NFKC and case folding: right for any text, and the reference for the fast paths.
    /// Foundation takes microseconds a key, and a journal names the same notes again and again: the keys worked out
    /// are kept, up to `foldedKeysKept` of them.
    static func foldedKey(_ text: some StringProtocol) -> String {
        let text = String(text)
        if let known = foldedKeys.withLock({ $0[text] }) { return known }
        let key = uncachedFoldedKey(text)
        foldedKeys.withLock { if $0.count < foldedKeysKept { $0[text] = key } }
        return key
    }

    private static let foldedKeys = Mutex<[String: String]>([:])
    /// The most keys kept: a few megabytes at the most.
    static let foldedKeysKept = 32_768

    static func uncachedFoldedKey(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            if s == "-" || s == "_" || s == "\u{30FB}" || s.properties.isWhitespace { continue }
            scalars.append(s)
        }
        // Folding can leave a letter and its mark apart (`J̌` folds to `j` and U+030C, which `ǰ` is composed of), and
        // so can dropping a space between them: composed again, keys that mean the same have the same bytes.
        return String(scalars).precomposedStringWithCanonicalMapping
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
        if isASCII(text) || isStable(text) { return String(text) }
        return String(text).precomposedStringWithCompatibilityMapping
    }

    /// Whether every byte of the text is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        !text.utf8.contains { $0 >= 0x80 }
    }

    /// Whether NFKC leaves every non-ASCII scalar as it is and none has case: CJK ideographs, hiragana, katakana
    /// (without the combining and half-width forms) and the Japanese punctuation around them.
    static func isStable(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || isStable($0.value) }
    }

    /// Whether this non-ASCII scalar is one `isStable` accepts.
    static func isStable(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001...0x3002, 0x3005...0x3007, 0x300C...0x300F, 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA,
            0x30FB, 0x30FC...0x30FE, 0x4E00...0x9FFF, 0x3400...0x4DBF:
            return true
        default:
            return false
        }
    }

    /// Edit distance between two strings, counted in Unicode scalars, when it is at most `limit`; otherwise
    /// `limit + 1`. What the two begin and end with alike changes no distance, so only the part between is compared;
    /// of it, only the cells within `limit` of the diagonal are worked out (a path that leaves that band costs more
    /// than `limit`), in two rows on the stack, and the work stops at the first row above `limit`.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let over = limit + 1
        if abs(a.count - b.count) > limit { return over }
        let shorter = Swift.min(a.count, b.count)
        var start = 0
        while start < shorter, a[start] == b[start] { start += 1 }
        var end = 0
        while end < shorter - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        let m = a.count - start - end, n = b.count - start - end
        if m == 0 { return n }
        if n == 0 { return m }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (n + 2)) { rows in
            var previous = rows.baseAddress!, current = rows.baseAddress! + (n + 2)
            for j in 0...n { previous[j] = Swift.min(j, over) }
            previous[n + 1] = over
            for i in 1...m {
                let low = Swift.max(1, i - limit), high = Swift.min(n, i + limit)
                // Left of the band: the first column, or a cell too far from the diagonal.
                current[low - 1] = low == 1 ? Swift.min(i, over) : over
                var rowMin = current[low - 1]
                let ai = a[start + i - 1]
                for j in low...high {
                    var v = previous[j - 1] + (ai == b[start + j - 1] ? 0 : 1)
                    v = Swift.min(v, previous[j] + 1, current[j - 1] + 1)
                    current[j] = Swift.min(v, over)
                    rowMin = Swift.min(rowMin, current[j])
                }
                // Right of the band, for the next row to read.
                current[high + 1] = over
                if rowMin > limit { return over }
                swap(&previous, &current)
            }
            return previous[n]
        }
    }
}
