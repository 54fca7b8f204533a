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
        ("name: M\njust some text\ncircle: core\n", YAMLHint.notKeyValue),
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
        #expect(d?.text.en.hasSuffix(YAMLHint.colonInValue.en) == true)
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

    @Test func aLineThatIsNotKeyAndValueIsNotQuoted() {
        #expect(YAMLHint.quotingValue(of: "just some text") == nil)
        #expect(YAMLHint.quotingValue(of: "key:") == nil)
        #expect(YAMLHint.quotingValue(of: "# a comment: here") == nil)
    }
}
