/// Content lines as iCalendar (RFC 5545 3.1) and vCard 4.0 (RFC 6350 3.2) write them: CRLF, folded at 75 octets
/// without splitting a character, text values escaped.
struct ContentLines {
    private(set) var text = ""

    /// Adds `NAME:value`, the value already escaped where it is text.
    mutating func add(_ name: String, _ value: String) {
        var line = Array((name + ":" + value).utf8)
        var first = true
        while !line.isEmpty {
            let room = first ? 75 : 74
            var cut = min(room, line.count)
            // Never inside a UTF-8 sequence: back up over continuation bytes.
            while cut < line.count, cut > 0, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            text += (first ? "" : " ") + String(decoding: line[..<cut], as: UTF8.self) + "\r\n"
            line.removeFirst(cut)
            first = false
        }
    }

    /// A text value: backslash, `;`, `,` and line breaks escaped, other control characters dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default: if u.value >= 0x20 && u.value != 0x7F { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
