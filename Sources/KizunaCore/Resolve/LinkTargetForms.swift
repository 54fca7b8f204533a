extension NameIndex {
    /// Whether the note a link's key names is one the app makes when the link is opened, written or not: any page
    /// of a Logseq graph, a user note (`user.…`) of a Dendron workspace. Such a link that names nobody is a warning
    /// only near a person's name.
    func appMakesNote(_ key: String) -> Bool {
        logseq != nil || (dendron && key.hasPrefix("user."))
    }

    /// `closest`, the names suggested by key for `unresolved`, with the note a link names by its title
    /// (`fileNamesForTitles`) suggested where no one else is.
    func suggestingNotesByTitle(_ closest: [String: [String]], for unresolved: [Unresolved]) -> [String: [String]] {
        var closest = closest
        for (key, file) in fileNamesForTitles(unresolved, keys: Set(closest.filter { $0.value.isEmpty }.keys)) {
            closest[key] = [file]
        }
        return closest
    }

    /// For the links that name nobody and have no one to suggest (`keys`), the name of the note each names by its
    /// title, where the note's file name has `_` for the characters no file name may hold (`:`, `/`, `?`, ...)
    /// inside it, as Notion's export and Obsidian write a page titled `Ch. 7: Ads` to `Ch. 7_ Ads.md`; by key.
    /// Obsidian does not find such a note either: the link is a warning, which names the note. Not in a Logseq graph,
    /// which names its pages' files otherwise and makes a page a link names.
    func fileNamesForTitles(_ unresolved: [Unresolved], keys: Set<String>) -> [String: String] {
        var found: [String: String] = [:]
        guard logseq == nil, !keys.isEmpty, !underscoredStems.isEmpty else { return found }
        func mangled(_ c: Character) -> Bool { NameIndex.notInFileNames.contains(c) }
        // Most targets hold none of those characters, which their bytes tell before their key is hashed.
        for u in unresolved where u.target.utf8.contains(where: { NameIndex.notInFileNames.utf8.contains($0) }) {
            guard keys.contains(u.key), found[u.key] == nil, !appMakesNote(u.key),
                let first = u.target.firstIndex(where: { !mangled($0) }),
                let last = u.target.lastIndex(where: { !mangled($0) }),
                u.target[first...last].contains(where: mangled)
            else { continue }
            let file = String(u.target.map { mangled($0) ? "_" : $0 })
            guard let stem = underscoredStems[NameKey(Normalize.key(file))], stem.lowercased() == file.lowercased()
            else { continue }
            found[u.key] = stem
        }
        return found
    }

    /// What a target that names nothing as a whole may still name: the part before a bar an IME typed full-width
    /// (`[[田中｜たなか]]`), or before a remark in brackets at its end, as meetings list their people (`Vaibhav
    /// (design review)`, `田中（営業部）`; not `壁打ち(2025/4/4)`, a title). Nil when it has neither.
    static func nameBeforeRemark(_ target: String) -> String? {
        if let bar = target.byteRange(of: "\u{FF5C}") { return String(target[..<bar.lowerBound]) }
        let remark: Range<String.Index>?
        switch target.last {
        case ")": remark = target.byteRange(of: " (", backwards: true)
        case "）": remark = target.byteRange(of: "（", backwards: true)
        default: remark = nil
        }
        guard let remark else { return nil }
        let name = target[..<remark.lowerBound].trimmingSpaces()
        return name.isEmpty ? nil : name
    }

    /// The one person `link` names, if any; a link that names no one, or more than one, is no mistake here.
    func resolveQuietly(_ link: RawLink) -> Int? {
        var ignored: [Diagnostic] = [], unknown: [Unresolved] = []
        return resolve(link, diagnostics: &ignored, unresolved: &unknown)
    }

    /// The characters a file's name may not hold on some system Obsidian runs on.
    static let notInFileNames = ":/\\?*\"<>|"

    /// Whether a link target is a template's placeholder, filled in when a note is made from the template:
    /// Templater's `<% … %>` or the core plugin's `{{…}}`, whose end a bar inside may leave to the label
    /// (`[[{{date:YYYY-MM-DD|offset:-1d}}|yesterday]]`), a field of a name's pattern (`[[youtube-{id}-{date}]]`),
    /// an ellipsis standing for any name (`[[...]]`, `[[…]]`), or a date's pattern a template leaves to be filled
    /// in (`[[YYYY-MM-DD]]`, `[[DD.MM.YYYY]]`), or `undefined`, what Templater writes for a value never given. It
    /// names no note yet.
    static func isPlaceholder(_ target: String) -> Bool {
        if target == "undefined" { return true }
        // Asked of every loose contact value and every link that names nobody: only a target with a brace, a `<`,
        // `YYYY` or `yyyy`, or opening with a dot, an ellipsis or a space can be one of the others.
        let u = target.utf8
        guard
            u.contains(where: { $0 == 0x7B || $0 == 0x3C }) || holdsFourYs(u)
                || u.first.map({ $0 == 0x2E || $0 == 0xE2 || $0 == 0x20 }) == true
        else { return false }
        if NoteName.holdsPlaceholder(u) || isDatePattern(target) { return true }
        if !target.isEmpty, target.unicodeScalars.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " }) { return true }
        // `{` and `}` around a word of letters, digits and `_`.
        var open = false, word = 0
        for c in target.unicodeScalars {
            if c == "{" {
                (open, word) = (true, 0)
            } else if open, c == "}" {
                if word > 0 { return true }
                open = false
            } else if open, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" {
                word += 1
            } else {
                open = false
            }
        }
        return false
    }

    /// Whether `YYYY` or `yyyy` stands in the bytes, as in every date's pattern `isDatePattern` knows.
    private static func holdsFourYs(_ u: String.UTF8View) -> Bool {
        var run = 0, previous: UInt8 = 0
        for b in u {
            run = b == 0x59 || b == 0x79 ? (b == previous ? run + 1 : 1) : 0
            if run == 4 { return true }
            previous = b
        }
        return false
    }

    /// Whether a link target is a date's pattern (`YYYY-MM-DD`, `yyyy/MM/dd HH:mm`, `YYYY年MM月DD日`): a year's
    /// `YYYY`, and nothing but the letters and marks of such a pattern.
    static func isDatePattern(_ target: String) -> Bool {
        (target.contains("YYYY") || target.contains("yyyy"))
            && target.unicodeScalars.allSatisfy { "YyMDdHhmsaA-/.:_, 年月日()".unicodeScalars.contains($0) }
    }

    /// Whether a link target can name no one note: it is longer than a file's name may be (255 bytes, its `.md`
    /// included), as the code and data a page was clipped with are (`[["$","link",{"rel":"stylesheet"},…]]`), or,
    /// in a Dendron workspace, it is a wildcard that names a note's children (`[[dendron.topic.*]]`).
    func namesNoOneNote(_ target: String) -> Bool {
        target.utf8.count + 3 > 255 || dendron && target.utf8.contains { $0 == 0x2A || $0 == 0x3F }
    }

    /// Whether a link target is a web address (`[[https://…]]`, a link in Logseq and Org mode): no file name holds
    /// `://`, so it names no note and no person.
    static func isAddress(_ target: String) -> Bool {
        // A scheme: a letter, then letters, digits, `+`, `-` or `.`.
        let utf8 = Array(target.utf8.prefix(40))
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon > 0, utf8[0].isASCIILetter,
            utf8[colon...].starts(with: "://".utf8)
        else { return false }
        return utf8[..<colon].allSatisfy { $0.isASCIILetter || (0x30...0x39).contains($0) || "+-.".utf8.contains($0) }
    }

    /// Whether a link target ends in the extension of a file Obsidian embeds (an image, audio, a video, a PDF, a
    /// canvas or a base): it names a file, never a person, so a missing one is said to be a missing file.
    static func namesAttachment(_ target: String) -> Bool {
        if let ascii = target.withUTF8Bytes(asciiNamesAttachment) { return ascii }
        let name = target.split(separator: "#").first.map(String.init) ?? target
        guard let dot = name.lastIndex(of: ".") else { return false }
        return attachmentExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// `namesAttachment` read on bytes, or nil where a byte beside a `#` or the `.` is not ASCII (a mark may join
    /// them into another character): those take the careful path.
    private static func asciiNamesAttachment(_ u: UnsafeBufferPointer<UInt8>) -> Bool? {
        let hash = UInt8(ascii: "#"), dot = UInt8(ascii: ".")
        func joined(_ i: Int) -> Bool { (i > 0 && u[i - 1] >= 0x80) || (i + 1 < u.count && u[i + 1] >= 0x80) }
        if u.indices.contains(where: { u[$0] == hash && joined($0) }) { return nil }
        // The name is the first part between `#`s that is not empty, as `split` gives it.
        var start = 0
        while start < u.count, u[start] == hash { start += 1 }
        var end = start
        while end < u.count, u[end] != hash { end += 1 }
        guard let d = (start..<end).last(where: { u[$0] == dot }) else { return false }
        if joined(d) { return nil }
        // Lowered, text is at least a third as long (`K`, the Kelvin sign, is `k`), and no extension is over six.
        guard end - d - 1 <= 18 else { return false }
        let ext = String(decoding: UnsafeBufferPointer(rebasing: u[(d + 1)..<end]), as: UTF8.self)
        return attachmentExtensions.contains(ext.lowercased())
    }

    static let attachmentExtensions: Set<String> = [
        "avif", "bmp", "gif", "jpeg", "jpg", "png", "svg", "webp", "heic", "flac", "m4a", "mp3", "ogg", "wav", "3gp",
        "mkv", "mov", "mp4", "ogv", "webm", "pdf", "canvas", "base",
    ]
}
