/// What makes a file a note, and a note's id: one rule for the walker, the parser and markdown links.
public enum NoteName {
    /// Of `people` (each with its note's name, without the extension), the one whose note a link target written as
    /// `target` names exactly, letter case aside: Obsidian opens that note for the link, whoever else the name fits,
    /// so a name several people share still names the one whose note bears it. Nil when none or several do.
    static func person(writtenAs target: String, among people: [Int], stems: (Int) -> String) -> Int? {
        var found: Int? = nil
        for p in people where String.sameLowered(stems(p), target) {
            guard found == nil else { return nil }
            found = p
        }
        return found
    }

    /// Whether `path` lies below `folder`, both from the root: its bytes start with the folder's and a slash.
    static func lies(_ path: String, in folder: String) -> Bool {
        path.withUTF8Bytes { p in
            folder.withUTF8Bytes { f in
                p.count > f.count && p[f.count] == UInt8(ascii: "/") && p[..<f.count].elementsEqual(f)
            }
        }
    }

    /// Whether a file or folder is hidden: as the system hides them, by the first byte (as characters, a dot a
    /// combining mark follows would be no dot).
    static func isHidden(_ name: some StringProtocol) -> Bool { name.utf8.first == UInt8(ascii: ".") }

    /// Whether a file name (or path) is a markdown note: `.md` or `.markdown`, in any case.
    public static func isNote(_ name: String) -> Bool {
        if let fast = asciiIsNote(name) { return fast }
        // After a letter of another script (`佐藤 花子.md`): the extension is the note's when it stands in characters
        // of its own, which lowering the letters before it cannot change.
        for suffix: StaticString in [".md", ".markdown"] where name.withUTF8Bytes({ ends($0, with: suffix) }) {
            let start = name.utf8.index(name.utf8.endIndex, offsetBy: -suffix.utf8CodeUnitCount)
            if start.samePosition(in: name) != nil { return true }
        }
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// Whether a note is a template, by its path: its name is a template's (`template`, `_template`, `Person
    /// Template`, `meeting-template`, ASCII letters in any case, or `人物テンプレート`, and the words Obsidian's
    /// other languages name templates with: `Plantillas`, `Vorlagen`, `Modèles`, `模板`), or a folder it lies in
    /// is named so or in the plural (`Templates/`, `999_templates/`, `people/_TEMPLATE/`, `00-Plantillas./`,
    /// `+Templates/`), or its
    /// name holds a placeholder (`{{title}}`, `<% tp.file.title %>`). A template's front matter is that of the
    /// notes made from it (`type: person`, `date: {{date}}`), not its own.
    public static func isTemplate(path: String) -> Bool {
        path.withUTF8Bytes { u in
            func ends(_ part: Range<Int>, with suffix: StaticString) -> Bool {
                NoteName.ends(UnsafeBufferPointer(rebasing: u[part]), with: suffix)
            }
            /// Whether `part` is a template's name: the word, in a language Obsidian names its templates in, alone
            /// or after a space, `-` or `_`, with digits and marks after it aside (`00-Plantillas.`).
            func named(_ whole: Range<Int>, plural: Bool) -> Bool {
                var end = whole.upperBound
                while end > whole.lowerBound, u[end - 1] < 0x80, (u[end - 1] | 0x20) &- 0x61 >= 26 { end -= 1 }
                let part = whole.lowerBound..<end
                // Most names end in a byte none of the words ends in (asked of every note's folders and name).
                guard end > whole.lowerBound else { return false }
                switch u[end - 1].asciiLowered {
                case 0x61, 0x65, 0x69, 0x6E, 0x6F, 0x73, 0x88, 0x8B, 0xBD, 0xBF: break
                default: return false
                }
                /// Whether the part ends with the word (`many` in a folder's name); a word in letters without
                /// spaces between words (`人物テンプレート`) may end any name.
                func word(_ one: StaticString, _ many: StaticString) -> Bool {
                    let w = plural && ends(part, with: many) ? many : ends(part, with: one) ? one : nil
                    guard let w else { return false }
                    let before = part.upperBound - w.utf8CodeUnitCount
                    return w.utf8Start[0] >= 0xE0 || before == part.lowerBound
                        || [0x20, 0x2D, 0x5F].contains(u[before - 1]) || plural && sortsFirst(u[before - 1])
                }
                return word("template", "templates") || word("テンプレート", "テンプレート")
                    || word("plantilla", "plantillas") || word("vorlage", "vorlagen") || word("modèle", "modèles")
                    || word("modelo", "modelos")
                    || word("modello", "modelli") || word("模板", "模板") || word("템플릿", "템플릿")
                    || word("шаблон", "шаблоны") || word("Шаблон", "Шаблоны")
            }
            var start = 0
            for i in 0..<u.count where u[i] == 0x2F {
                if named(start..<i, plural: true) { return true }
                start = i + 1
            }
            var name = start..<u.count
            if ends(name, with: ".md") {
                name = name.dropLast(3)
            } else if ends(name, with: ".markdown") {
                name = name.dropLast(9)
            }
            // A name a template gives a new note, never filled in (`{{title}}.md`, `<% tp.file.title %>.md`).
            return holdsPlaceholder(u[name]) || named(name, plural: false)
        }
    }

    /// Whether `byte` is a mark a folder's name may start with to sort it first or last (`+Templates`, `@inbox`,
    /// `~archive`): ASCII punctuation but the brackets and quotes names open with.
    private static func sortsFirst(_ byte: UInt8) -> Bool {
        "!#$%&*+.=@^~".utf8.contains(byte)
    }

    /// Whether `text` holds a template's placeholder, as Obsidian's core templates (`{{`) and Templater (`<%`)
    /// write them.
    static func holdsPlaceholder(_ text: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in text {
            if (previous == 0x7B && b == 0x7B) || (previous == 0x3C && b == 0x25) { return true }
            previous = b
        }
        return false
    }

    /// `isNote` read from the name's bytes: true when it ends in the extension, in ASCII letters of any case, after
    /// an ASCII byte or nothing (so the extension stands in characters of its own); false when the name is ASCII
    /// and does not; nil otherwise (lowering other letters can make one of these, so the careful path decides).
    static func asciiIsNote(_ name: String) -> Bool? {
        name.withUTF8Bytes { u -> Bool? in
            func ends(with suffix: StaticString) -> Bool {
                let n = suffix.utf8CodeUnitCount
                return NoteName.ends(u, with: suffix) && (u.count == n || u[u.count - n - 1] < 0x80)
            }
            if ends(with: ".md") || ends(with: ".markdown") { return true }
            for b in u where b >= 0x80 { return nil }
            return false
        }
    }

    /// Whether `bytes` end with `suffix`, written in lower case: an ASCII capital letter in `bytes` matches its lower
    /// case, every other byte only itself.
    static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let s = suffix.utf8Start, from = bytes.count - n
        for k in 0..<n where bytes[from + k].asciiLowered != s[k] { return false }
        return true
    }

    /// Whether the note at `path`, named `stem`, stands directly in `folder` to say what the folder holds: its
    /// folder note (`people/people.md`, as the Folder Notes plugin names it), its `README` or `index`, a page
    /// whose name starts with `_` (`_index`, `_aliases`), as Hugo and many vaults name a folder's own pages, or a
    /// hub named by the folder or as a map of content (`People MOC`, `👥 People`, `人物一覧`), or an AI agent's
    /// instructions for it (`CLAUDE.md`, `AGENTS.md`).
    public static func describesFolder(_ stem: String, path: String, folder: String) -> Bool {
        guard path.utf8.count > folder.utf8.count + 1, !path.utf8.dropFirst(folder.utf8.count + 1).contains(0x2F)
        else { return false }
        let own = folder.holdsByte(0x2F) ? folder.split(separator: "/").last.map(String.init) ?? folder : folder
        // The agents' names are six letters each: no other name is hashed to be looked up.
        if stem.utf8.first == UInt8(ascii: "_") || stem.utf8.count == 6 && agentInstructions.contains(stem) {
            return true
        }
        // Names of ASCII and kanji are compared without case byte by byte; others lowered, once.
        var lowered: String?
        func same(_ name: String) -> Bool {
            if let plain = String.sameLoweredIfPlain(stem, name) { return plain }
            if lowered == nil { lowered = stem.lowercased() }
            return lowered == name.lowercased()
        }
        return same(own) || same("readme") || same("index") || namesHub(stem, folderName: own)
    }

    /// The files an AI agent reads as its instructions for a folder, named in capitals as the agents name them.
    static let agentInstructions: Set<String> = ["AGENTS", "CLAUDE", "GEMINI"]

    /// Whether a note's name holds its folder's name as a word (`People MOC`, `All people`; `人物一覧` starts with
    /// `人物`) or `MOC`, a map of content, as one: a hub of the folder's notes, no one.
    static func namesHub(_ stem: String, folderName own: String) -> Bool {
        stem.withUTF8Bytes { name in
            own.withUTF8Bytes { folder in
                guard folder.allSatisfy({ $0 < 0x80 }) else { return !folder.isEmpty && name.starts(with: folder) }
                return hasWord(folder, in: name, foldingCase: true)
                    || moc.withUnsafeBufferPointer { hasWord($0, in: name, foldingCase: false) }
            }
        }
    }

    private static let moc: [UInt8] = Array("MOC".utf8)

    /// Whether `word` (ASCII) stands in `text` with no ASCII letter or digit right before or after it.
    private static func hasWord(
        _ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, foldingCase: Bool
    ) -> Bool {
        guard !word.isEmpty, text.count >= word.count else { return false }
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        func same(_ a: UInt8, _ b: UInt8) -> Bool { a == b || (foldingCase && isAlnum(a) && a | 0x20 == b | 0x20) }
        for start in 0...(text.count - word.count) where same(text[start], word[0]) {
            guard zip(text[start...], word).allSatisfy(same) else { continue }
            let end = start + word.count
            if (start == 0 || !isAlnum(text[start - 1])) && (end == text.count || !isAlnum(text[end])) { return true }
        }
        return false
    }

    /// Whether `stem` is the name Obsidian gives a new note before it is named, in the languages our users write:
    /// `Untitled`, `Untitled 2`, `無題のファイル`, `Unbenannt 3`. Such a note left empty is no one.
    public static func isUntitled(_ stem: String) -> Bool {
        var name = Substring(stem)
        while let last = name.last, last.isASCII, last.isNumber { name = name.dropLast() }
        return ["Untitled", "無題のファイル", "Unbenannt", "Sans titre", "Sin título", "未命名"].contains(
            name.trimmingCharacters(in: .whitespaces))
    }

    /// Whether a note in `folder` is no one by its path alone: it says what the folder holds (`describesFolder`) or
    /// it is a template (`isTemplate`). The parse, `kizuna add` and the editor's "create a person note" ask this.
    public static func namesNoOne(_ stem: String, path: String, folder: String) -> Bool {
        describesFolder(stem, path: path, folder: folder) || isTemplate(path: path)
    }

    /// The paths of the notes a link or a name written as a path may mean, from the journal's root: itself when it
    /// ends in a note extension (in any case), else with `.md` and with `.markdown`; a leading `/` is the root.
    static func notePaths(_ target: String) -> [String] {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : target
        let lowered = path.lowercasedText()
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return [path] }
        return [path + ".md", path + ".markdown"]
    }

    /// The name a note goes by, from its path: the file name without its note extension, or, for a folder's
    /// `README` or `index` below another folder (`people/Sato/README.md`), the folder's name, as GitHub, Hugo and
    /// vaults kept a folder a person show a folder's own page. Below the people folder a `profile` is its folder's
    /// page too (`people/alice/profile.md`), as agents' memory folders keep a person.
    public static func stem(ofPath path: String, name: String, peopleDir: String? = nil) -> String {
        let stem = stem(name)
        // Only names of a folder page's length pay for lowering their case.
        guard (5...7).contains(stem.utf8.count), isFolderPage(Substring(stem)) else { return stem }
        let folders = path.split(separator: "/").dropLast()
        if stem.lowercased() == "profile" {
            guard let peopleDir, lies(path, in: peopleDir), folders.joined(separator: "/") != peopleDir else {
                return stem
            }
        }
        guard folders.count >= 2, let folder = folders.last else { return stem }
        return String(folder)
    }

    /// The name of the file at `path` without its extension, when its note goes by another name, `stem`: a folder's
    /// own page (`Ken/README.md`) goes by the folder's name, and links name it by its file's name too, as in
    /// Obsidian. Nil when the note goes by its file's name.
    static func fileName(ofPath path: String, goingBy stem: String) -> String? {
        let same = path.withUTF8Bytes { p in
            stem.withUTF8Bytes { s in
                let start = (p.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
                return p.count - start > s.count && p[start + s.count] == UInt8(ascii: ".")
                    && p[start..<(start + s.count)].elementsEqual(s)
            }
        }
        if same { return nil }
        let own = self.stem(path.split(separator: "/").last.map(String.init) ?? path)
        return own == stem ? nil : own
    }

    /// Whether a note's name is one a folder's own page may have (`README`, `index`, `_index`, `profile`), by which
    /// the page goes by its folder's name.
    static func isFolderPage(_ name: Substring) -> Bool {
        ["readme", "index", "_index", "profile"].contains(name.lowercased())
    }

    /// The title of a page Notion exported, whose file or folder name is the title, a space and the page's 32-digit
    /// hexadecimal id (`Jane Doe 1f2e3d4c5b6a79881f2e3d4c5b6a7988`); nil for any other name.
    static func notionTitle(_ stem: String) -> String? {
        let u = stem.utf8
        guard u.count > 33 else { return nil }
        let id = u.suffix(32)
        guard u.dropLast(32).last == 0x20, id.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        let title = String(stem.dropLast(33)).trimmingSpaces()
        return title.isEmpty ? nil : title
    }

    /// The file name without its note extension.
    public static func stem(_ name: String) -> String {
        if let length = extensionLength(name) { return String(decoding: name.utf8.dropLast(length), as: UTF8.self) }
        let lower = name.lowercased()
        if lower.hasSuffix(".markdown") { return String(name.dropLast(9)) }
        if lower.hasSuffix(".md") { return String(name.dropLast(3)) }
        return name
    }

    /// How many bytes the note extension at the end of `name` takes (`.md`, `.markdown`, ASCII letters in any case),
    /// 0 when it ends in none, read from the bytes: nil when lowering its letters or a character the extension's dot
    /// would join may decide, for the careful path. A dot after an ASCII byte, or after a kana or kanji (U+3000 to
    /// U+9FFF, which no following dot joins), starts a character of its own.
    static func extensionLength(_ name: String) -> Int? {
        name.withUTF8Bytes { u -> Int? in
            for ext in [".markdown", ".md"] {
                let e = ext.utf8, n = e.count
                guard u.count >= n, zip(u.suffix(n), e).allSatisfy({ $0 == $1 || $0 | 0x20 == $1 && $1 != 0x2E })
                else { continue }
                guard u.count > n, u[u.count - n - 1] >= 0x80 else { return n }
                var lead = u.count - n - 1
                while lead > 0, u[lead] & 0xC0 == 0x80 { lead -= 1 }
                return (0xE3...0xE9).contains(u[lead]) ? n : nil
            }
            return u.contains { $0 >= 0x80 } ? nil : 0
        }
    }
}
