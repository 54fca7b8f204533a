/// Values written into front matter: plain when YAML reads them back as the same text, double-quoted otherwise.
public enum YAMLText {
    /// A scalar for `text`.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// A flow list of scalars: `[a, "b, c"]`.
    public static func list(_ items: [String]) -> String {
        "[" + items.map { flowNeedsQuotes($0) ? quoted($0) : $0 }.joined(separator: ", ") + "]"
    }

    private static let words: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    /// Whether YAML reads `t`, written plain, as a truth or as nothing (`yes`, `off`, `~`) rather than as text.
    static func isTruthOrNothing(_ t: String) -> Bool { words.contains(t.lowercased()) }

    private static func needsQuotes(_ t: String) -> Bool {
        guard let first = t.unicodeScalars.first, let last = t.unicodeScalars.last else { return true }
        if isTruthOrNothing(t) || Double(t) != nil || Int(t) != nil { return true }
        if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if t.contains(": ") || t.contains(" #") || t.hasSuffix(":") { return true }
        return t.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }
    }

    private static func flowNeedsQuotes(_ t: String) -> Bool {
        needsQuotes(t) || t.contains(",") || t.contains("[") || t.contains("]") || t.contains("{") || t.contains("}")
    }

    /// Double-quoted, with `\` escapes.
    static func quoted(_ t: String) -> String {
        var out = "\""
        for u in t.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + Printable.hexByte(u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
