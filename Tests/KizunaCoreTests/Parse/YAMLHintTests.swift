import Testing
@testable import KizunaCore

/// A YAML mistake people make in front matter gets a sentence saying what to write instead.
@Suite struct YAMLHintTests {
    static let cases: [(yaml: String, hint: Message)] = [
        ("name: A\ntitle: Plan: next\n", YAMLHint.colonInValue),
        ("name: B\nnote: `code` here\n", YAMLHint.mustBeQuoted(startingWith: "`")),
        ("name: C\nwho: @someone\n", YAMLHint.mustBeQuoted(startingWith: "@")),
        ("name: D\nrating: ***\n", YAMLHint.mustBeQuoted(startingWith: "*")),
        ("name: E\nx: &\n", YAMLHint.mustBeQuoted(startingWith: "&")),
        ("name: F\nlater: *nowhere\n", YAMLHint.mustBeQuoted(startingWith: "*")),
        ("name: G\n\tcircle: core\n", YAMLHint.tabs),
        ("name: H\npath: \"C:\\Users\\h\"\n", YAMLHint.backslash),
        ("name: I\npath: \"a\\qb\"\n", YAMLHint.backslash),
        ("name: J\ntitle: \"quoted\" then more\n", YAMLHint.textAfterQuote),
        ("name: K\ntitle: 'quoted' then more\n", YAMLHint.textAfterQuote),
        ("name: [unclosed\n", YAMLHint.unclosed("[", "]", YAMLHint.list)),
        ("name: L\nm: {a: 1\n", YAMLHint.unclosed("{", "}", YAMLHint.mapping)),
        ("name: L2\ntags: [#person, #friend]\nbirthday: 01-02\n", YAMLHint.hashStartsComment),
        ("name: L3\nm: {a: 1, #b}\n", YAMLHint.hashStartsComment),
        ("name: M\njust some text\ncircle: core\n", YAMLHint.noKey),
        ("name: 田中\nメモ: 計画: 次\n", YAMLHint.colonInValue),
        ("name: N\nrelated: [[LoreAI]], [[blog2video]]\n", YAMLHint.linksInQuotes),
        ("name: O\ncompany: [[Acme]] since 2020\n", YAMLHint.linksInQuotes),
    ]

    @Test(arguments: cases.indices)
    func mistakeGetsItsHint(index: Int) throws {
        let (yaml, hint) = Self.cases[index]
        guard case .failure(let p) = YAMLReader.read(yaml) else {
            Issue.record("read without a problem: \(yaml.debugDescription)")
            return
        }
        #expect(p.message.en.hasSuffix("; " + hint.en), "\(p.message.en)")
        #expect(p.message.ja.hasSuffix("。" + hint.ja), "\(p.message.ja)")
        #expect(p.message.en.hasPrefix("invalid YAML: "))
    }

    /// A `#` in brackets starts a comment and the brackets never close: the error stands at that `#`, not where
    /// libyaml gave up.
    @Test func aHashInBracketsIsNamedWhereItStands() {
        guard case .failure(let p) = YAMLReader.read("name: A\ntags: [#person, #friend]\nbirthday: 01-02\n") else {
            Issue.record("read without a problem")
            return
        }
        #expect((p.line, p.column) == (2, 8))
    }

    /// Japanese input methods type a full-width colon, and a space after ':' or '-' is easily left out: the advice
    /// says so at the mistyped line, which libyaml often notices only on the next.
    @Test(arguments: [
        ("name：田中 花子\ncircle: core\n", 1, 5, YAMLHint.fullWidthColon),
        ("name: 山田\ncircle： core\n", 2, 7, YAMLHint.fullWidthColon),
        ("name: 佐藤\ncircle:core\n", 2, 7, YAMLHint.colonWithoutSpace),
        ("name: 伊藤\ntags:\n  - 仕事\n  -友人\n", 4, 3, YAMLHint.dashWithoutSpace),
    ])
    func aMistypedLineIsNamedWithItsAdvice(yaml: String, line: Int, column: Int, hint: Message) throws {
        guard case .failure(let p) = YAMLReader.read(yaml) else {
            Issue.record("read without a problem: \(yaml.debugDescription)")
            return
        }
        #expect(p.message.en.hasSuffix("; " + hint.en), "\(p.message.en)")
        #expect((p.line, p.column) == (line, column))
    }

    /// libyaml notices a quoted value never closed at the front matter's end; the advice points where it opened. A
    /// web clipper that cut a description short often leaves `\"` at its end, which escapes the closing quote.
    @Test func aQuoteNeverClosedIsNamedWhereItOpens() {
        let clipped = "---\ntitle: \"Inbox Zero\"\ndescription: \"It changed my life\\\"\ntags:\n  - pkm\n---\nbody\n"
        let single = "---\nname: 'Sato\ncircle: core\n---\n"
        let notes = [clipped, single].map {
            NoteParser.parse(SourceFile(path: "log/a.md", bytes: Array($0.utf8)), config: Config())
        }
        let places = notes.map { $0.diagnostics.first.map { [$0.location.line, $0.location.column] } }
        #expect(places == [[3, 14], [2, 7]])
        #expect(notes[0].diagnostics.first?.text.en.contains("; " + YAMLHint.escapedQuote.en + "; ") == true)
        #expect(notes[0].diagnostics.first?.text.ja.contains("。" + YAMLHint.escapedQuote.ja + "。") == true)
        #expect(notes[1].diagnostics.first?.text.en.contains("; " + YAMLHint.quoteNeverClosed.en + "; ") == true)
        #expect(!YAMLHint.asksForQuotes(notes[0].diagnostics[0].text))
    }

    @Test func aFrontMatterOfOneMistypedLineIsNamedWithItsAdvice() {
        let note = NoteParser.parse(
            SourceFile(path: "people/c.md", bytes: Array("---\nname:鈴木\n---\n".utf8)), config: Config())
        #expect(
            note.diagnostics.map(\.text.en) == [
                "front matter must be a mapping of keys to values; " + YAMLHint.colonWithoutSpace.en
            ])
        #expect(YAMLHint.mistyped(Array("url: https://example.com".unicodeScalars)) == nil)
        #expect(YAMLHint.mistyped(Array("see https://example.com".unicodeScalars)) == nil)
        #expect(YAMLHint.mistyped(Array("- item".unicodeScalars)) == nil)
        #expect(YAMLHint.mistyped(Array("---".unicodeScalars)) == nil)
    }

    @Test func aMistypedLineIsTypedAgainAsYAMLReadsIt() throws {
        #expect(YAMLHint.retyped("name：田中 花子")?.line == "name: 田中 花子")
        #expect(YAMLHint.retyped("circle： core")?.line == "circle: core")
        #expect(YAMLHint.retyped("circle:core")?.line == "circle: core")
        #expect(YAMLHint.retyped("  -友人")?.line == "  - 友人")
        #expect(YAMLHint.retyped("circle: core") == nil)
        #expect(
            YAMLHint.withoutHashes("tags: [#person, #relationship-type]")?.line == "tags: [person, relationship-type]")
        #expect(YAMLHint.withoutHashes("m: {a: 1, #b: 2}")?.line == "m: {a: 1, b: 2}")
        #expect(YAMLHint.withoutHashes("tags: [c#, x#y]") == nil)
        let mended = "name: 伊藤\ntags:\n  - 仕事\n" + (YAMLHint.retyped("  -友人")?.line ?? "") + "\n"
        guard case .success(let value?) = YAMLReader.read(mended) else {
            Issue.record("\(mended) does not read")
            return
        }
        #expect(value["tags"].map { "\($0)" }?.contains("友人") == true)
    }

    @Test func problemWithoutAKnownCauseKeepsLibyamlsWordsAlone() throws {
        guard case .failure(let p) = YAMLReader.read("a: 1\n---\nb: 2\n") else {
            Issue.record("read without a problem")
            return
        }
        #expect(p.message.en.hasPrefix("invalid YAML: but found another document"))
        #expect(!p.message.en.contains(";"), "\(p.message.en)")
    }

    @Test func hintIsReadFromTheLineTheProblemIsOn() {
        #expect(YAMLHint.scalars(ofLine: 2, in: "a: 1\r\nb: 2\r\n") == Array("b: 2".unicodeScalars))
        #expect(YAMLHint.scalars(ofLine: 5, in: "a: 1\n").isEmpty)
        #expect(YAMLHint.hint(for: "did not find expected key", line: Array("t: x y".unicodeScalars), column: 5) == nil)
        #expect(
            YAMLHint.hint(for: "did not find expected key", line: Array("t: \"x\" y".unicodeScalars), column: 7)
                == YAMLHint.textAfterQuote)
    }

    @Test func noteReportsTheHintAtTheMistakesPlace() {
        let note = NoteParser.parse(
            SourceFile(path: "people/a.md", bytes: Array("---\nname: A\ntitle: Plan: next\n---\nbody\n".utf8)),
            config: Config())
        let d = note.diagnostics.first
        #expect(d?.location.line == 3)
        #expect(d?.text.en.contains("; " + YAMLHint.colonInValue.en + "; ") == true)
    }

    /// A mistake costs the top-level entry it stands in alone (a quote never closed, the entry it opens in; a line
    /// indented with a tab, that line): the rest of the front matter is read, and the mistake stays an error.
    @Test func aMistakeWithinOneEntryCostsThatEntry() {
        func parse(_ yaml: String) -> ParsedNote {
            NoteParser.parse(
                SourceFile(path: "people/a.md", bytes: Array(("---\n" + yaml + "---\n").utf8)), config: Config())
        }
        let read = [
            "name: A\ntags: [#person, #friend]\ncircle: core\n", "title: Plan: next\nname: A\ncircle: core\n",
            "name: A\nwho: @someone\ncircle: core\n", "name: A\ntags:\n  - work\n  -friend\ncircle: core\n",
            "name: A\nmet：2024-01-02\ncircle: core\n", "name: A\nrelated: [[X]], [[Y]]\nx: 'a' b\ncircle: core\n",
        ].map(parse)
        #expect(read.map { $0.fields?.name } == Array(repeating: "A", count: 6))
        #expect(read.map { $0.fields?.circle } == Array(repeating: "core", count: 6))
        #expect(
            read.map { $0.diagnostics.map(\.severity) } == [
                [.error], [.error], [.error], [.error], [.error], [.error, .error],
            ])
        #expect(
            read[4].diagnostics.first?.text.en.hasSuffix("; 'met' is left out and the rest of the front matter is read")
                == true)
        let more = ["name: A\n\tcircle: close\ncircle: core\n", "x: 'a\nname: A\ncircle: core\n"].map(parse)
        #expect(more.map { $0.fields?.name } == ["A", "A"])
        #expect(more.map { $0.fields?.circle } == ["core", "core"])
    }

    /// An emoji written in two halves, as JSON writes it (`"Akshay \ud83d\ude80"`, as a capture tool writes front
    /// matter), is the one character, as Obsidian reads it; half of one alone is still a mistake, and an escaped
    /// backslash starts no escape.
    @Test func anEmojiWrittenInTwoHalvesIsOneCharacter() {
        func parse(_ yaml: String) -> ParsedNote {
            NoteParser.parse(
                SourceFile(path: "people/a.md", bytes: Array(("---\n" + yaml + "---\n").utf8)), config: Config())
        }
        let pair = parse("name: \"Akshay \\ud83d\\ude80 \\uD83C\\uDF89\"\ncircle: core\n")
        #expect(pair.fields?.name == "Akshay 🚀 🎉")
        #expect(pair.diagnostics.isEmpty)
        let half = parse("name: \"Akshay \\ud83d\"\ncircle: core\n")
        #expect(half.diagnostics.map(\.severity) == [.error])
        let escaped = parse("name: \"A \\\\ud83d\\\\ude80\"\ncircle: core\n")
        #expect(escaped.fields?.name == "A \\ud83d\\ude80")
        #expect(SurrogateEscapes.joined("no escape") == nil && SurrogateEscapes.joined("\\\\ud83d\\\\ude80") == nil)
    }

    /// A bracket never closed ends where the next top-level key begins: that entry is left out, the rest is read,
    /// and the error stands where the bracket opened. One that opens no key's value costs the whole front matter.
    @Test(arguments: [
        ("name: A\ntags: [unclosed\ncircle: core\n", 3, 7, "tags"),
        ("name: A\nknows: [\n  \"[[B]]\",\n  \"[[C]]\"\ncircle: core\n", 3, 8, "knows"),
        ("name: A\ncontact: {email: a@example.com\ncircle: core\n", 3, 10, "contact"),
        ("name: A\ncontact:\n  tags: [a, b\ncircle: core\n", 4, 9, "contact"),
        ("name: A\ncircle: core\naliases: [「友人」\n", 4, 10, "aliases"),
    ])
    func aBracketNeverClosedCostsItsEntry(yaml: String, line: Int, column: Int, key: String) {
        let note = NoteParser.parse(
            SourceFile(path: "people/a.md", bytes: Array(("---\n" + yaml + "---\n").utf8)), config: Config())
        #expect(note.fields?.name == "A")
        #expect(note.fields?.circle == "core")
        #expect(note.diagnostics.map(\.severity) == [.error])
        #expect(note.diagnostics.first.map { [$0.location.line, $0.location.column] } == [line, column])
        #expect(
            note.diagnostics.first?.text.en.hasSuffix("'\(key)' is left out and the rest of the front matter is read")
                == true)
    }

    @Test func aBracketThatOpensTheFrontMatterCostsItAll() {
        let note = NoteParser.parse(
            SourceFile(path: "people/a.md", bytes: Array("---\n{name: A, circle: core\n---\n".utf8)), config: Config())
        #expect(note.fields?.name == nil)
        #expect(note.diagnostics.map(\.severity) == [.error])
        #expect(note.diagnostics.first?.text.en.contains("left out") == false)
    }

    @Test(arguments: [
        ("title: Plan: next", "title: 'Plan: next'"),
        ("  note: `code` it's", "  note: '`code` it''s'"),
        ("title: \"compiló\" no es \"terminó\": el tail", "title: '\"compiló\" no es \"terminó\": el tail'"),
        ("related: [[LoreAI]], [[blog2video]]", "related: [\"[[LoreAI]]\", \"[[blog2video]]\"]"),
        ("company: [[Acme]] since 2020", "company: '[[Acme]] since 2020'"),
    ])
    func quotingALineQuotesItsValueAndItReadsBack(line: String, quoted: String) throws {
        #expect(YAMLHint.quotingValue(of: line) == quoted)
        guard case .success = YAMLReader.read(quoted.trimmingCharacters(in: .whitespaces) + "\n") else {
            Issue.record("\(quoted) does not read")
            return
        }
    }

    /// The editor closes a line's brackets at its end, before a comment, past text in quotes; a line whose brackets
    /// close, mismatch, or whose quote never closes, is left alone.
    @Test(
        arguments: [
            ("knows: [\"[[Ben]]\"", "knows: [\"[[Ben]]\"]"),
            ("contact: {email: a@example.com, tags: [x", "contact: {email: a@example.com, tags: [x]}"),
            ("tags: [a, b   # mine", "tags: [a, b] # mine"),
            ("aliases: [\"Ken [KT]\", it's", "aliases: [\"Ken [KT]\", it's]"),
            ("title: \"A [draft\"", nil), ("aliases: [\"open", nil), ("tags: [a]]", nil), ("x: [a}", nil),
            ("[a, b", nil),
        ] as [(String, String?)])
    func aLinesBracketsAreClosedAtItsEnd(line: String, closed: String?) {
        #expect(YAMLHint.closingBrackets(line)?.line == closed)
    }

    /// A value carried onto lines not indented under its key (as a sync script writes a title of three lines) is
    /// one mistake, at its first line with no key: those lines are left out, and every key after them is read.
    @Test func aValuesNextLinesNotIndentedAreOneMistake() {
        let j = journal([
            "people/ken.md": "---\nname: Ken\nSato\n※ 佐藤\ncircle: close\ncadence: 2w\n---\n",
            "people/mei.md": "---\nname: Mei\njust some text\nurl: https://example.com/a\ncircle: core\n---\n",
        ])
        #expect(
            printed(j) == [
                "people/ken.md:3:1: error: invalid YAML: could not find expected ':' (while scanning a simple key at "
                    + "line 3); this line holds no key: a value over several lines needs its next lines indented under "
                    + "its key, or the value in quotes; 'Sato' is left out and the rest of the front matter is read",
                "people/mei.md:3:1: error: invalid YAML: could not find expected ':' (while scanning a simple key at "
                    + "line 3); this line holds no key: a value over several lines needs its next lines indented under "
                    + "its key, or the value in quotes; 'just some text' is left out and the rest of the front matter "
                    + "is read",
            ])
        #expect(j.people.map { "\($0.name) \($0.circle) \($0.cadenceDays)" } == ["Ken close 14", "Mei core 14"])
    }

    /// A note saved with CRLF line ends has its mistakes found and left out line by line, as one saved with LF.
    @Test func aMistakeInCRLFFrontMatterIsLeftOutAsInLF() {
        let lf = "---\ntype: quick-ref\nfoam_template:\n\tname: quick-ref\n\tdescription: x\n---\n# Make\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let j = journal(["lf.md": lf, "crlf.md": crlf])
        let fromCRLF = printed(j).filter { $0.hasPrefix("crlf.md") }.map { "lf.md" + $0.dropFirst("crlf.md".count) }
        #expect(fromCRLF == printed(j).filter { $0.hasPrefix("lf.md") })
        #expect(fromCRLF.count == 1)
    }

    @Test func aLineThatIsNotKeyAndValueIsNotQuoted() {
        #expect(YAMLHint.quotingValue(of: "just some text") == nil)
        #expect(YAMLHint.quotingValue(of: "key:") == nil)
        #expect(YAMLHint.quotingValue(of: "# a comment: here") == nil)
    }
}
