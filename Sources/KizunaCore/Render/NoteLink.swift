/// Links from a digest to notes, relative to the digest folder so that they work in an editor, a browser and on a
/// code-hosting site.
struct NoteLink: Sendable {
    /// The digest folder, relative to the root.
    let digestDir: String

    /// A link to a note path (relative to the root), optionally to a line.
    func href(_ path: String, line: Int? = nil) -> String {
        let up = String(repeating: "../", count: digestDir.split(separator: "/").count)
        var target = up + path.split(separator: "/").map { NoteLink.encode(String($0)) }.joined(separator: "/")
        if let line { target += "#L\(line)" }
        return target
    }

    /// A path segment with the characters markdown, HTML and URLs give a meaning percent-encoded.
    static func encode(_ segment: String) -> String {
        var out = ""
        for ch in segment.unicodeScalars {
            switch ch {
            case " ": out += "%20"
            case "\"": out += "%22"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "#": out += "%23"
            case "%": out += "%25"
            case "?": out += "%3F"
            case "[": out += "%5B"
            case "]": out += "%5D"
            default:
                if ch.value < 0x20 || ch.value == 0x7F {
                    out += "%" + Printable.hexByte(ch.value)
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        return out
    }
}
