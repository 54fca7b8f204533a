/// An emoji written as JSON writes it, in two halves (`"Akshay \ud83d\ude80"`): tools that write front matter with
/// JSON's escapes do so, and YAML refuses either half alone where Obsidian reads the pair as the one character.
enum SurrogateEscapes {
    /// `text` with each pair of halves, `\uD83D\uDE80` in any case, written as the one escape YAML reads
    /// (`\U0001F680`); nil when it holds none. A backslash that is itself escaped (`\\u`) starts no escape.
    static func joined(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "\\")) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0, changed = false
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 12 <= bytes.count, let high = half(bytes, at: i),
                (0xD800...0xDBFF).contains(high), let low = half(bytes, at: i + 6), (0xDC00...0xDFFF).contains(low)
            {
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                out += Array(("\\U" + pad(scalar, 8, radix: 16)).utf8)
                i += 12
                changed = true
                continue
            }
            // An escaped backslash is copied whole, so that the byte after it starts nothing.
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
                out += bytes[i...(i + 1)]
                i += 2
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }

    /// The code unit of `\uXXXX` at `i`, or nil when no such escape stands there.
    private static func half(_ b: [UInt8], at i: Int) -> Int? {
        guard i + 6 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
        var value = 0
        for k in (i + 2)..<(i + 6) {
            guard let digit = Int(String(UnicodeScalar(b[k])), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        return value
    }
}

extension YAMLProblem {
    /// libyaml's refusal of half an emoji written as JSON writes it (`\ud83d`).
    var isSurrogateHalf: Bool { message.en.contains("invalid Unicode character escape code") }
}

extension Result where Failure == YAMLProblem {
    /// The problem that kept the YAML from being read, nil when it was.
    var problem: YAMLProblem? {
        if case .failure(let p) = self { return p }
        return nil
    }
}
