#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parse stage: one file's bytes to a `ParsedNote`, pure and independent of every other file.
public enum NoteParser {
    /// Parses one note; with `body: false`, only its front matter (what is needed to know the people). Given the
    /// `head` an earlier front-matter-only parse of the same file returned, it reuses that instead of reading the
    /// front matter again.
    public static func parse(_ file: SourceFile, config: Config, body parseBody: Bool = true, head: ParsedNote? = nil)
        -> ParsedNote
    {
        parse(file, config: config, body: parseBody, head: head, names: nil)
    }

    /// `parse`, with the journal's `names` at hand: a link that names one person is matched as it is read.
    static func parse(
        _ file: SourceFile, config: Config, body parseBody: Bool = true, head: consuming ParsedNote? = nil,
        names: PersonKeys?
    ) -> ParsedNote {
        let path = file.path
        var head = head
        if head?.path != path { head = nil }
        let hasHead: Bool
        if case .some = head { hasHead = true } else { hasHead = false }
        var note = start(file, config: config, head: &head)
        let text: DecodedText
        if !parseBody && !hasHead {
            // The note's decoding problems are reported by the full parse, which always follows the front matter's.
            text = decodeHead(file, config: config)
        } else {
            let decodeDiagnostics: [Diagnostic]
            (text, decodeDiagnostics) = TextDecoder.decode(file.bytes, path: path)
            if parseBody { note.diagnostics += decodeDiagnostics }
        }
        if text.isBinary {
            if !hasHead {
                note.diagnostics.append(
                    Diagnostic(
                        .warning,
                        Message(
                            "binary file (it holds NUL bytes); not read",
                            ja: "バイナリファイル(NULバイトを含む)のため読みません"),
                        at: SourceLocation(path: path, line: 1, column: 1)))
            }
            note.isPerson = false
            return note
        }
        let split = FrontMatter.split(text, yaml: !hasHead)
        if !hasHead {
            let properties =
                config.logseq == nil ? [] : LogseqProperties.page(text, bodyLineOffset: split.bodyLineOffset)
            readHead(
                split, properties: properties, config: config, file: file,
                body: parseBody ? (text, split.bodyOffset) : nil, into: &note)
        }
        if parseBody { readBody(text, split, config: config, names: names, into: &note) }
        return note
    }

    /// Parses a note's body with cmark and reads its blocks into `note`.
    private static func readBody(
        _ text: DecodedText, _ split: FrontMatter.Split, config: Config, names: PersonKeys?, into note: inout ParsedNote
    ) {
        let bodyBytes = text.bytes[split.bodyOffset...]
        guard
            let parsed = CommonMark.parse(
                bodyBytes, memoryLimit: NoteParser.parseMemoryLimit, logseqTasks: config.logseq != nil,
                statuses: config.taskStatuses)
        else {
            note.diagnostics.append(
                bodyTooCostly(at: SourceLocation(path: note.path, line: split.bodyLineOffset + 1, column: 1)))
            return
        }
        let body =
            parsed.unclosedFences.isEmpty
            ? parsed : CommonMark.withFencesThatHide(parsed, in: bodyBytes, config: config)
        BodyReader(
            note: note, text: text, lineOffset: split.bodyLineOffset, body: body, names: names,
            dailyNoteFormat: config.dailyNoteFormat, inLogseqGraph: config.logseq != nil,
            logseq: config.logseq, dendron: config.dendron
        ).read(into: &note)
    }

    /// The text of a note whose front matter alone is wanted: just the bytes that hold it (a Logseq page's
    /// properties stand after it, so it is decoded whole). A head that is not UTF-8 may be a note saved in another
    /// encoding, which only the whole note can tell.
    private static func decodeHead(_ file: SourceFile, config: Config) -> DecodedText {
        guard config.logseq == nil, LegacyEncoding.marked(file.bytes) == nil else {
            return TextDecoder.decode(file.bytes, path: file.path).0
        }
        let head = TextDecoder.decode(Array(file.bytes[..<TextDecoder.frontMatterLength(file.bytes)]), path: file.path)
        guard head.1.isEmpty else { return TextDecoder.decode(file.bytes, path: file.path).0 }
        var text = head.0
        text.isBinary = TextDecoder.holdsNUL(file.bytes)
        return text
    }

    /// The warning for a body that would take cmark more than `parseMemoryLimit` to parse.
    private static func bodyTooCostly(at location: SourceLocation) -> Diagnostic {
        let mib = NoteParser.parseMemoryLimit / 1_048_576
        return Diagnostic(
            .warning,
            Message(
                "the body would take over \(mib) MiB to parse (brackets, emphasis marks and the like by the hundred "
                    + "thousand), so it is not read",
                ja: "本文を読むのに \(mib) MiB を超えるため(括弧や強調記号などが数十万個)、読みません"),
            at: location)
    }

    /// The note as its path says (or, on a second read, as the first read's `head` says: what its path and front
    /// matter say is moved out of the head, not copied, for a copy retains every string of the front matter).
    private static func start(_ file: SourceFile, config: Config, head: inout ParsedNote?) -> ParsedNote {
        let path = file.path
        if case .some = head {
            var note = ParsedNote(path: path, stem: "", isPerson: head!.isPerson, fields: nil)
            note.isTemplate = head!.isTemplate
            swap(&note.stem, &head!.stem)
            swap(&note.fields, &head!.fields)
            swap(&note.diagnostics, &head!.diagnostics)
            swap(&note.meeting, &head!.meeting)
            note.frontMatterDay = head!.frontMatterDay
            swap(&note.noteAliases, &head!.noteAliases)
            swap(&note.taggedPerson, &head!.taggedPerson)
            return note
        }
        let name = path.withUTF8Bytes { u -> String in
            var k = u.count
            while k > 0, u[k - 1] != UInt8(ascii: "/") { k -= 1 }
            return k == 0 ? path : String(decoding: UnsafeBufferPointer(rebasing: u[k...]), as: UTF8.self)
        }
        let stem = NoteName.stem(ofPath: path, name: name, peopleDir: config.peopleDir)
        let isTemplate = NoteName.isTemplate(path: path)
        // A note named as a day is a daily note wherever it stands: people kept a folder each log their days there.
        // A note made and never written is no one.
        let inPeople =
            (NoteName.lies(path, in: config.peopleDir) && !isTemplate
                && !NoteName.describesFolder(stem, path: path, folder: config.peopleDir)
                || config.dendron && DendronWorkspace.isUserNote(stem) || DenoteName(stem: stem)?.personKeyword != nil)
            && DateParser.dailyNoteDay(path: path, stem: stem, format: config.dailyNoteFormat) == nil
            && !(file.bytes.allSatisfy { $0 <= 0x20 } && NoteName.isUntitled(stem))
        return ParsedNote(path: path, stem: stem, isPerson: inPeople, isTemplate: isTemplate, fields: nil)
    }

    /// The front matter's values, its problems added to `diagnostics` (`at` places a line and column of the file).
    /// A value that cannot be read (`created: {{date}}`), or a mistake that stands within one entry (`title: Plan:
    /// next`), costs its own top-level entry, not the note's front matter.
    /// In a Logseq graph, front matter that is not YAML is read as Logseq reads it (`LogseqProperties`), no mistake.
    private static func frontMatter(
        _ text: String, logseq: Bool, into diagnostics: inout [Diagnostic], at loc: (Int, Int) -> SourceLocation
    ) -> YAMLValue? {
        var (result, leftOut) = YAMLReader.readLeavingOut(text, firstLine: 2)
        if leftOut.contains(where: \.isSurrogateHalf) || result.problem?.isSurrogateHalf == true,
            let joined = SurrogateEscapes.joined(text)
        {
            (result, leftOut) = YAMLReader.readLeavingOut(joined, firstLine: 2)
        }
        let read: YAMLValue?
        if logseq, !leftOut.isEmpty || result.problem != nil {
            read = LogseqProperties.read(text)
        } else {
            for p in leftOut {
                // A key that is no text is most often a template's placeholder; a mistake in YAML's syntax stays an
                // error.
                let severity: Severity = p.message == YAMLReader.keyNotText ? .warning : .error
                diagnostics.append(
                    Diagnostic(severity, YAMLHint.leavingOut(p, in: text), at: loc(p.line + 1, p.column)))
            }
            switch result {
            case .success(let v): read = v
            case .failure(let p):
                // libyaml counts columns in Unicode scalars; YAML lines start on the file's line 2.
                diagnostics.append(Diagnostic(.error, p.message, at: loc(p.line + 1, p.column)))
                return nil
            }
        }
        let keys = read?.withKeysAsWritten
        for key in keys?.unread ?? [] {
            diagnostics.append(.unreadKey(key.key, at: loc(key.keyLine + 1, key.keyColumn)))
        }
        return keys?.value
    }

    /// Reads the front matter: whether the note is a person (and their fields) or a meeting. A template's is not
    /// read: it belongs to the notes made from it, and its placeholders are often not YAML.
    /// `body` is the decoded text and where its body starts, when the whole file was decoded.
    private static func readHead(
        _ split: FrontMatter.Split, properties: [YAMLEntry], config: Config, file: SourceFile,
        body: (DecodedText, bodyOffset: Int)?, into note: inout ParsedNote
    ) {
        guard !note.isTemplate else { return }
        let path = note.path
        func loc(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(path: path, line: line, column: column)
        }
        if split.unclosed { note.diagnostics.append(unclosedFrontMatter(at: loc(1, 1))) }
        let yaml = LogseqProperties.merging(
            properties,
            into: split.yaml.flatMap { frontMatter($0, logseq: config.logseq != nil, into: &note.diagnostics, at: loc) }
        )
        // The DB Folder plugin keeps a table's settings in a note inside the folder it shows.
        if yaml?["database_plugin"] != nil { note.isPerson = false }
        // A contact that is no person, as vCard's KIND says of an organization, a group or a place.
        if let kind = yaml?["kind"]?.string?.lowercased(), ["org", "organization", "group", "location"].contains(kind) {
            note.isPerson = false
        }
        // A meeting note (a date and who took part) is that meeting, not a person, in the people folder beside the
        // person it was with, and when its type names the people it files it under (`type: people`).
        let meeting = FrontMatter.meeting(
            yaml, stem: note.stem, dailyNotes: config.dailyNoteFormat, timeZone: config.timeZone,
            into: &note.diagnostics
        ) {
            loc($0 + 1, $1)
        }
        // A note about another person (`person:` linking them, with no date) is theirs, in the people folder too.
        if meeting?.date != nil || meeting.map({ !NoteParser.names(note.stem, $0.people) }) == true {
            note.isPerson = false
        }
        let marker = meeting?.date == nil ? NoteParser.personMarker(yaml, classKey: config.classKey) : nil
        if marker != nil { note.isPerson = true }
        if !note.isPerson {
            note.meeting = meeting
            if meeting?.date == nil, let written = yaml?["date"]?.textOrBareLink {
                note.frontMatterDay = FrontMatterDate.day(written, dailyNotes: config.dailyNoteFormat)
            }
            note.noteAliases = FrontMatter.noteAliases(yaml)
            if let page = config.logseq?.pageName(ofStem: note.stem) { note.noteAliases.append(page) }
            // Other names a note goes by: a Notion page's title, a Denote note's identifier as links write it.
            if let title = NoteName.notionTitle(note.stem) { note.noteAliases.append(title) }
            if let denote = DenoteName(stem: note.stem) { note.noteAliases.append(denote.linkKey) }
            note.taggedPerson = FrontMatter.taggedPerson(yaml) { loc($0 + 1, $1) }
        }
        if note.isPerson {
            // Read straight into the note: a person's fields held in a variable first were copied into it.
            var d: [Diagnostic] = []
            (note.fields, d) = FrontMatter.person(yaml, config: config) { loc($0 + 1, $1) }
            if note.fields?.name == nil {
                note.fields?.name = unwrittenName(yaml, file: file, body: body, stem: note.stem, config)
            }
            if let marker { note.fields?.marker = marker }
            note.diagnostics += d
        }
    }

    /// The error of front matter never closed.
    private static func unclosedFrontMatter(at place: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error,
            Message(
                "front matter has no closing '---' line; read as markdown",
                ja: "フロントマターを閉じる '---' の行がありません。マークダウンとして読みます"), at: place)
    }

    /// The name of a person whose front matter writes no `name:`: a Dendron user note's `title:`, else the title or
    /// the opening heading the note's file name spells (`titleInName`, `headingName`), else a title the opening
    /// heading repeats (`bishop.md` titled `Christopher Bishop` under `# Christopher Bishop`, as wikis name a person's
    /// page by the family name): two places that agree, where a job title in `title:` stands alone.
    private static func unwrittenName(
        _ yaml: YAMLValue?, file: SourceFile, body: (DecodedText, bodyOffset: Int)?, stem: String, _ config: Config
    ) -> String? {
        // Dendron gives every note a `title:`; a user note's is the person's name.
        if config.dendron, DendronWorkspace.isUserNote(stem),
            let title = yaml?["title"]?.string.map({ $0.trimmingSpaces() }), !title.isEmpty
        {
            return title
        }
        // A Logseq page in a namespace (`Person___Ada Lovelace.md`, the page `Person/Ada Lovelace`) is named by
        // the namespace's last part.
        if let page = config.logseq?.pageName(ofStem: stem), page.contains("/") {
            return String(page.split(separator: "/").last ?? Substring(page)).trimmingSpaces()
        }
        // A Denote note's name holds its title as a slug among its other parts; Notion's, its title and its id.
        let named = DenoteName(stem: stem)?.title ?? NoteName.notionTitle(stem) ?? stem
        let title = yaml?["title"]?.string?.trimmingSpaces()
        if let name = titleInName(title, stem: named) { return name }
        guard let heading = openingHeading(file, text: body) else { return nil }
        return headingName(heading, stem: named) ?? (heading == title ? title : nil)
    }

    /// Whether the people a front matter names are the note's own person, as its file name names them.
    static func names(_ stem: String, _ people: [PersonRef]) -> Bool {
        people.contains {
            Normalize.key($0.text.split(separator: "/").last.map(String.init) ?? "") == Normalize.key(stem)
        }
    }

    /// A person note's opening heading (`openingHeading`) when the file is named by it as a slug (`alice-chen.md`
    /// under `# Alice Chen`, `Dr_Samantha_Faye.md` under `# Dr. Samantha Faye`), or by the part before a dash, bar,
    /// colon or parenthesis (`# Alice Mburu — Executive Assistant`): the name, as `name:` would give it. Nil for any
    /// other heading, so a note's title never renames anyone.
    static func headingName(_ heading: String, stem: String) -> String? {
        let key = { (s: String) in Normalize.key(s.filter { $0 != "." }) }
        if key(heading) == key(stem) { return heading }
        // The name with what they do after it: `# Alice Mburu — Executive Assistant`, `# Ken Ito (CTO)`.
        for cut in [" — ", " – ", " - ", " | ", " (", ": ", "：", "（"] {
            guard let r = heading.range(of: cut) else { continue }
            let name = heading[..<r.lowerBound].trimmingSpaces()
            if !name.isEmpty, key(String(name)) == key(stem) { return String(name) }
        }
        return nil
    }

    /// The heading a note's body opens with at level one (a `%%` comment above it aside), as plain text: nil when
    /// the body opens otherwise, or the heading holds a link or code, or is a placeholder.
    static func openingHeading(_ file: SourceFile, text: (DecodedText, bodyOffset: Int)?) -> String? {
        // Only a note that gives no name pays for decoding its body on the front matter's pass.
        let whole = text?.0 ?? TextDecoder.decode(file.bytes, path: file.path).0
        let body = whole.bytes[(text?.bodyOffset ?? FrontMatter.split(whole, yaml: false).bodyOffset)...]
        guard let start = body.firstIndex(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }) else {
            return nil
        }
        let end: Int
        if body[start...].starts(with: "%%".utf8) {
            // A comment may stand above the heading, as templates explain their keys in one: the first block with
            // text after it is the heading. What a few kilobytes do not hold is no name.
            let window = body[start...].prefix(4096)
            guard let cut = window.count < 4096 ? body.endIndex : window.lastIndex(of: 0x0A) else { return nil }
            end = cut
        } else {
            guard body[start] == UInt8(ascii: "#") else { return nil }
            // A name is a short line: a longer one is no name, and is not parsed.
            end = body[start...].prefix(1024).firstIndex(of: 0x0A) ?? body.endIndex
            guard end - start <= 1024 else { return nil }
        }
        let parsed = CommonMark.parse(body[start..<end])
        let blank: (UInt8) -> Bool = { $0 == 0x0A || $0 == 0x20 || $0 == 0x09 }
        guard let first = parsed.blocks.first(where: { !parsed.text[$0.text].allSatisfy(blank) }),
            first.headingLevel == 1, !parsed.text[first.text].contains(MDBody.barrier)
        else { return nil }
        let heading = String(decoding: parsed.text[first.text], as: UTF8.self).trimmingSpaces()
        return heading.isEmpty || NameIndex.isPlaceholder(heading) ? nil : heading
    }

    /// A person note's `title:` when its file name is that title with a kind or a place put before or after it
    /// (`Person - Jane Smith.md` titled `Jane Smith`, `@Ken.md`; a file name may leave out the title's dots, as
    /// `Person - Dr Sarah Chen.md` titled `Dr. Sarah Chen`), or that title with its words joined (`Mia-Chen.md`
    /// titled `Mia Chen`): the name without them. Nil otherwise, so a job title (`title: Head of Sales`) never names
    /// anyone.
    static func titleInName(_ title: String?, stem: String) -> String? {
        guard let title = title?.trimmingSpaces(), !title.isEmpty, title != stem else { return nil }
        let (t, s) = (title.filter { $0 != "." }, stem.filter { $0 != "." })
        guard !t.isEmpty else { return nil }
        if Normalize.key(t) == Normalize.key(s) { return title }
        func isLetter(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }
        if s.hasSuffix(t), !isLetter(s.dropLast(t.count).last) { return title }
        if s.hasPrefix(t), !isLetter(s.dropFirst(t.count).first) { return title }
        return nil
    }
}

extension NoteParser {
    /// Whether front matter says the note is a person: `type` or `categories` is or holds `person` or `people`, as
    /// text or as a link (`[[Person]]`, kepano's `categories: ["[[People]]"]`), in any case. `category`, the key
    /// kepano's vault template had before it took the plural, counts as `categories`, and `note_type` (as some
    /// templates name it) and the Metadata Menu plugin's class (`fileClass: person`, under `classKey`) as `type`.
    static func marksPerson(_ yaml: YAMLValue?, classKey: String = "file_class") -> Bool {
        personMarker(yaml, classKey: classKey) != nil
    }

    /// The line that says so (`marksPerson`), as a new person's note may write it: the key with the value that says
    /// it, in brackets when the key holds a list (`categories: ["[[People]]"]`). Nil when the front matter does not
    /// say the note is a person.
    static func personMarker(_ yaml: YAMLValue?, classKey: String = "file_class") -> String? {
        for key in ["type", "categories", "category", "note_type", classKey] {
            guard let value = yaml?[key], let kind = value.flattened.first(where: { namesPersonKind($0) }) else {
                continue
            }
            // A class key the vault renamed is known only as kizuna reads keys: `type` says the same.
            let written = key == classKey ? (classKey == "file_class" ? "fileClass" : "type") : key
            if case .sequence = value { return written + ": " + YAMLText.list([kind]) }
            return written + ": " + YAMLText.scalar(kind)
        }
        return nil
    }

    /// Whether a value of `type` or `categories` is `person`, `people`, `人物` or `contact` (the Contacts plugin's
    /// type), as text or as a link, in any case. A link names its note as Obsidian reads it:
    /// `[[Categories/People.md#top|人]]` is the note People.
    static func namesPersonKind<S: StringProtocol>(_ value: S) -> Bool {
        var v = Substring(value.trimmingSpaces().lowercased())
        if let name = v.linkedNoteName {
            v = name
        } else if let last = v.lastIndex(where: { $0 == "/" || $0 == "-" || $0 == "_" }) {
            // A nested or prefixed kind, as CRM plugins write it (`type: crm/person`, `crm-contact`), by its last
            // part, as a nested tag is.
            v = v[v.index(after: last)...]
        }
        return v == "person" || v == "people" || v == "人物" || v == "contact"
    }

    /// The most memory libcmark may take for one note's body: a note made to cost more (`*a` repeated costs about
    /// 450 bytes a character) is stopped there, and an ordinary note of the 8 MiB a file may be fits in it.
    static let parseMemoryLimit = 384 * 1_048_576
}
