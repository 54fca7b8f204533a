/// Links from a digest to notes, relative to the digest folder so that they work in an editor, a browser and on a
/// code-hosting site.
public struct NoteLink: Sendable {
    /// The digest folder, relative to the root.
    let digestDir: String
    /// The way up from the digest folder to the root.
    private let up: String

    init(digestDir: String) {
        self.digestDir = digestDir
        up = String(repeating: "../", count: digestDir.split(separator: "/").count)
    }

    /// A link to a note path (relative to the root), optionally to a line.
    func href(_ path: String, line: Int? = nil) -> String {
        // A digest links thousands of notes; most paths need nothing encoded.
        var target = up + (path.utf8.contains(where: NoteLink.needsEncoding) ? NoteLink.encode(path) : path)
        if let line { target += "#L\(line)" }
        return target
    }

    /// The destination of a markdown link in the note at `from` to the note at `to` (both relative to the root):
    /// up to the folder they share, then down, encoded as `encode` encodes (`../people/Ken%20Ito.md`).
    public static func destination(from: String, to: String) -> String {
        let folders = from.split(separator: "/").dropLast(), parts = to.split(separator: "/")
        var shared = 0
        while shared < folders.count, shared < parts.count - 1, folders[shared] == parts[shared] { shared += 1 }
        let down = parts[shared...].joined(separator: "/")
        return String(repeating: "../", count: folders.count - shared) + encode(down)
    }

    /// Whether a byte of a path is one `encode` changes.
    private static func needsEncoding(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x22, 0x28, 0x29, 0x3C, 0x3E, 0x23, 0x25, 0x3F, 0x5B, 0x5D, 0..<0x20, 0x7F: return true
        default: return false
        }
    }

    /// A path (or one segment of it) with the characters markdown, HTML and URLs give a meaning, and control
    /// characters, percent-encoded; every other character, `/` included, stays as it is.
    static func encode(_ segment: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(segment.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in segment.utf8 {
            if needsEncoding(b) {
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
