/// What the graph formats share: colours by circle and the text rules of each format.
enum GraphStyle {
    /// Stroke colours for circles by closeness (the default circles, then any further ones the journal names).
    static let palette = ["#c0392b", "#d35400", "#2471a3", "#7f8c8d", "#8e44ad", "#16a085", "#b7950b", "#5d6d7e"]

    /// The colour of a circle, by its rank in `kizuna.yaml`; grey for a circle the journal does not list.
    static func colour(_ circle: String?, _ config: Config) -> String {
        guard let circle, let rank = config.rank(ofCircle: circle) else { return "#7f8c8d" }
        return palette[rank % palette.count]
    }

    /// The text without control characters, which no format here may hold raw.
    static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: Printable.isControl) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { Printable.isControl($0) ? " " : $0 }))
    }

    /// The text with each scalar the table names written as the table says.
    static func replacing(_ s: String, _ table: [Unicode.Scalar: String]) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if let replacement = table[u] { out += replacement } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// How thick an edge of this strength is drawn, from 1 to 4.
    static func width(_ strength: Int) -> Double {
        min(4, 1 + Double(max(0, strength - 1)).squareRoot() / 2)
    }
}

/// Text safe to print to a terminal: control characters (escape sequences, line breaks) become spaces.
public enum Printable {
    public static func text(_ s: String) -> String { GraphStyle.printable(s) }

    /// The same, but line feeds stay (a note's profile text).
    public static func text(_ s: String, keepingLineBreaks: Bool) -> String {
        guard keepingLineBreaks else { return text(s) }
        return s.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { text(String($0)) }.joined(separator: "\n")
    }
}

extension Printable {
    /// The text with every control character written out as `\u{…}`, so that a name or message can neither move the
    /// terminal's cursor nor start a line of its own.
    public static func escaped(_ s: String) -> String {
        guard holdsControl(s) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isControl(u) { out += "\\u{" + String(u.value, radix: 16) + "}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// A path as printed before `:line:column`: quoted, with escapes, when it holds a control character.
    public static func path(_ p: String) -> String {
        holdsControl(p)
            ? "\"" + escaped(p).replacingOccurrences(of: "\"", with: "\\\"") + "\"" : p
    }

    /// Whether the text holds a C1 control character or a line or paragraph separator (its bytes C2 80–9F, E2 80
    /// A8–A9), read from the UTF-8 without decoding: most text holds neither lead byte.
    static func hasControl(_ s: String) -> Bool {
        s.withUTF8Bytes { u in
            var i = 0
            while i + 1 < u.count {
                if u[i] == 0xC2, u[i + 1] >= 0x80, u[i + 1] <= 0x9F { return true }
                if u[i] == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether `isControl` holds for a character of the text, read from the UTF-8 without decoding: every warning
    /// printed is checked twice, its path and its message.
    static func holdsControl(_ s: String) -> Bool {
        s.withUTF8Bytes { u in
            for i in u.indices {
                let b = u[i]
                if b < 0x20 || b == 0x7F { return true }
                if b == 0xC2, i + 1 < u.count, u[i + 1] <= 0x9F { return true }
                if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 { return true }
            }
            return false
        }
    }

    /// Two upper-case hex digits for a byte-sized value, as `%0A` and `\x0A` write it.
    static func hexByte(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return hex.count < 2 ? "0" + hex : hex
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u == "\u{2028}" || u == "\u{2029}"
    }
}
