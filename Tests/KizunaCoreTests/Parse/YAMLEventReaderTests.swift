import Testing
@testable import KizunaCore
import KizunaSynth

/// Front matter is read straight from libyaml's events; what it gives must be exactly what composing a Yams node
/// tree and converting it gives: values, positions, and which problem is reported first.
@Suite struct YAMLEventReaderTests {
    static let documents: [String] = [
        "", "# only a comment\n", "~", "plain", "a: 1", "name: 田中 花子\ntags: [t1, t2]\nmet: 2024-01-02\n",
        "a:\nb: ~\nc: null\nd: 'null'\ne: NULL\nf: \"\"\ng: Null\n",
        "list:\n  - one\n  - two: 2\n    three: [x, {y: z}]\n  -\n  - ''\n",
        "a: |\n  literal\n  text\nb: >\n  folded\n  text\n",
        "a: \"x\\0y\"\nb: \"tab\\tand \\u00e9\"\n",
        // Duplicates, by text and resolved tag.
        "a: 1\na: 2\n", "b: 1\na: 2\nb: 3\na: 4\n", "'a': 1\na: 2\n", "!!str a: 1\na: 2\n", "!foo a: 1\na: 2\n",
        "outer:\n  x: 1\n  x: 2\nlater: [\n",
        // Keys that are not text.
        "? [a, b]\n: 1\n", "{a: 1}: 2\n", "? - x\n: 1\n? - x\n: 2\n", "[a]: 1\nb: [\n", "? {[a]: 1}\n: 2\n",
        "a: {[x]: 1}\nb: 2\n", "created: {{date}}\nname: x\n", "- {[x]: 1}\n", "a:\n  b:\n    ? [c]\n    : 1\nd: 2\n",
        // Aliases.
        "a: &x [1, 2]\nb: *x\nc: *x\n", "b: *nope\n", "a: &x [*x]\n", "&k a: 1\n*k : 2\n", "x: &m {a: 1}\n*m : 2\n",
        "a: &s text\nb: *s\n&t k: v\n", "a: &x 1\nb: &x 2\nc: *x\n",
        "l0: &a [x, x, x, x, x, x, x, x, x]\nl1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "l2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "l3: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nl4: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
            + "l5: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\nl6: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
        // Syntax and stream problems.
        "a: [1, 2", "a: b: c", "\tx: 1", "a: 'unterminated", "- a\nb: 1", "key: value\n  bad: x\n", "a: 1\n---\nb: 2\n",
        "a: 1\n...\n", "--- \na: 1\n", "%YAML 1.1\n---\na: 1\n", "a: !!binary aGk=\n", "*x", "&a [*a]", "a: 1\nb",
        "{a: 1, a: 2}", "[1, 2, [3, [4]]]", "? a\n? a\n",
    ]

    func same(_ text: String, budget: Int) {
        let fast = YAMLEventReader.read(text, firstLine: 2, budget: budget)
        let tree = YAMLReader.readThroughYams(text, firstLine: 2, budget: budget)
        #expect(fast == tree, "budget \(budget): \(text.debugDescription)")
    }

    /// A key that is not text costs the top-level entry it stands in: read without that entry, the rest is read.
    @Test func aTopLevelEntryCanBeLeftOut() {
        let text = "name: x\ncreated: {{date}}\nmeta:\n  deep: {[k]: 1}\n{[a]: 1}: 2\ncircle: close\n"
        var lines: [Int?] = []
        var leftOut: Set<Int> = []
        var result = YAMLReader.read(text, leavingOut: leftOut)
        while case .failure(let p) = result, lines.count < 5 {
            lines.append(p.entryLine)
            if let entry = p.entryLine { leftOut.insert(entry) }
            result = YAMLReader.read(text, leavingOut: leftOut)
        }
        #expect(lines == [2, 3, 5])
        guard case .success(.mapping(let pairs, _, _)) = result else {
            Issue.record("not read: \(result)")
            return
        }
        #expect(pairs.map(\.key) == ["name", "circle"])
        // An entry libyaml cannot read is taken out of the text, the lines under it too.
        guard case .success(.mapping(let rest, _, _)) = YAMLReader.read("a: 1\nb: [\n  c\nd: 2\n", leavingOut: [2])
        else {
            Issue.record("not read without its broken entry")
            return
        }
        #expect(rest.map { "\($0.key) \($0.keyLine)" } == ["a 1", "d 4"])
    }

    @Test(arguments: documents)
    func eventsGiveWhatTheNodeTreeGives(text: String) {
        for budget in [YAMLReader.nodeBudget, 0, 1, 2, 3, 5, 8, 13, 40] { same(text, budget: budget) }
    }

    @Test func everyFrontMatterOfAGeneratedJournalReadsTheSame() throws {
        let dir = TempDir()
        var generator = Generator(size: .XS, root: dir.path, everyoneTag: false)
        generator.run()
        let loaded = try JournalLoader.load(root: dir.path)
        var read = 0
        for path in loaded.paths {
            guard case .success(let file) = loaded.read(path) else { continue }
            let (text, _) = TextDecoder.decode(file.bytes, path: path)
            guard let yaml = FrontMatter.split(text).yaml else { continue }
            same(yaml, budget: YAMLReader.nodeBudget)
            read += 1
        }
        #expect(read > 100)
    }
}

/// The plain front matter reader may decline any text, but whatever it reads must be exactly what libyaml's events
/// give: values, nulls, lists and every position. Front matters are generated from pieces that are in its plain form
/// and pieces that are not (empty and multi-line values, comments, escapes, tabs, line breaks YAML knows and
/// markdown does not, anchors, flow mappings, duplicate keys, unusual spacing).
@Suite struct PlainYAMLTests {
    static let keys = [
        "name", "aliases", "tags", "met", "how_met", "x-y", "Name", "null", "Null", "k9", "名前", "a b", "-k", "? k",
    ]
    static let separators = [": ", ":  ", ":", ":\t", " : "]
    static let values = [
        "Liam Smith 1", "田中 花子", "Zoë Müller", "2023-06-20", "network", "a  b", "she's here", "t0, t32", "x]y", "a,b",
        "~", "null", "Null", "NULL", "nul", "", " ", "trailing ", "12:30", "a: b", "a #c", "#c", "-5", "- x", "?x",
        ":x", "&a x",
        "*a", "!t x", "|", ">", "%x", "@x", "`x`", "{a: 1}", "\"quoted\"", "\"with \\\"escape\\\"\"", "\"\"",
        "'single'", "'it''s'",
        "''", "\"[[p06300]]\"", "\"a\"b", "tab\there", "nel\u{85}x", "ls\u{2028}x", "bom\u{FEFF}x", "ctl\u{1}x",
        "emoji 😀",
        "nbsp\u{A0}x", "fullwidth　space", "del\u{7F}x", "c1\u{80}x",
        "[t0, t32]", "[]", "[ ]", "[ a , b ]", "[a,b]", "[a, ]", "[a,,b]", "[\"[[p1]]\", \"[[p2]]\"]", "['x', y]",
        "[a, [b]]",
        "[~, null, Null]", "[a b, c]", "[a, \"b\"c]", "[a: 1]", "[#a]", "[a #b]", "[\"a\\\"b\"]", "[a, {b: 1}]",
        "[田中, 花子]",
        "[a\tb]", "[ \"x\" , 'y' ]", "[a,\"b\"]", "[", "[a", "a]",
        "x # comment", "\"q\" # c", "[a, b] # c", "a#b", "a # c # d", "\"a # b\"", "{email: a@b.c, phone: \"+81 1\"}",
        "{}", "{ a: b }", "{a: b, a: c}", "{a: [b]}", "{a: b,}", "{a:b}", "{null: x}", "{a: 'x'}", "{a: \"x, y\"}",
        "x #",
        "https://example.com/a#b", "2025-03-23T17:04:00.000Z", "a:b", "a:", "a::b", "a :b", "C#", "x:#y", "a:\tb",
        "[http://x]", "[a:b]", "[C#]", "{a: http://x}", "a #b:c", "ends:", "x: y: z", "a# b", "#:",
    ]
    /// Values in the plain form, tricky ones included, so that most generated texts are really compared.
    static let plainValues = [
        "Liam Smith 1", "田中 花子", "Zoë Müller", "2023-06-20", "a  b", "she's here", "t0, t32", "x]y", "~", "null",
        "Null",
        "NULL", "nul", "\"quoted\"", "\"\"", "'single'", "''", "\"[[p06300]]\"", "[t0, t32]", "[]", "[ ]", "[ a , b ]",
        "[a,b]", "[\"[[p1]]\", \"[[p2]]\"]", "['x', y]", "[~, null, Null]", "[a b, c]", "[田中, 花子]", "[ \"x\" , 'y' ]",
        "nbsp\u{A0}x", "fullwidth　space", "[a,\"b\"]", "x # comment", "[a, b] # c", "{email: a@b.c, phone: \"+81 1\"}",
        "{}", "{ a: b }", "https://arxiv.org/abs/2607.18187", "2025-03-23T17:04:00.000Z", "12:30", "C#", "a#b",
        "https://x.y/#part # c", "a:b:c",
    ]
    static let extras = [
        "", "\n", "  indented: x\n", "# comment\n", "  - item\n", "---\n", "...\n", "\r\n", " \n", "\t\n", "- item\n",
        "  # indented comment\n", "   deeper: x\n", "  - a: b\n",
    ]
    /// Blocks below a `key:` line, in the forms people write and in forms the plain reader leaves to libyaml.
    static let blocks = [
        "\n  - a\n  - \"b\"\n", "\n- a\n- b # c\n", "\n  email: x@example.com\n  phone: \"+81 90\"\n",
        "\n  email: x # work\n  twitter: '@x'\n", "\n  - a\n - b\n", "\n  - a\n    - b\n", "\n  k: v\n   j: w\n",
        "\n  k:\n    j: w\n", "\n  - [a]\n", "\n  k: [a, b]\n  j: {x: 1}\n", "\n  -a\n", "\n  - \n", "  # c\n  - a\n",
        " # note\n  k: v\n", "\n  k: v\n  k: w\n", "\n\n  - a\n\n  - b\n", "\n  - a: b\n", "\n  - 'it''s'\n",
        "\n  - https://x.y/z#w\n  - 09:30\n", "\n  url: https://x\n  at: 17:04:00\n", "\n  - a:\n", "\n  - C# # c\n",
    ]

    /// Block scalars after `key:`: literal and folded, clipped and stripped, in the forms the plain reader takes and
    /// in forms it leaves to libyaml (kept line breaks, indentation digits, blank, more indented or commented lines).
    static let blockScalars = [
        " >-\n  Wants to move into research;\n  I can introduce people who did.\n", " |\n  a\n  b\n", " >\n  a\n  b\n",
        " |-\n  one line\n", " >-\n  田中 花子\n  です: #1\n", " |\n  - x\n  k: v # c\n", " |+\n  a\n\n",
        " >\n  a\n    more\n  b\n", " |\n  a\n\n  b\n", " >-\n  trailing \n", " |2\n  a\n", " > # c\n  a\n",
        " |\n a\n  b\n", " >\n", " |-\n  x\n   y\n", " |\n  tab\there\n", " >\n  a\n  # c\n",
        " >-\n  a\n\n", " |\n  a\n# c\n", " >-\n   deep\n   er\n", " |\n  ~\n", " >-\n  null\n", "  |\n  a\n",
        " |-\n  a\n b\n", " >\n  'q'\n  \"r\"\n", " |\n\n  a\n",
    ]

    @Test func whateverTheReaderTakesIsWhatLibyamlGives() {
        var numbers = SeededNumbers(seed: 7)
        func next(_ n: Int) -> Int { numbers.next(n) }
        var taken = 0, total = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + next(6)) {
                if next(12) == 0 { text += Self.extras[next(Self.extras.count)]; continue }
                let key = next(3) == 0 ? Self.keys[next(Self.keys.count)] : Self.keys[next(5)]
                let separator = next(4) == 0 ? Self.separators[next(Self.separators.count)] : ": "
                if next(4) == 0 {
                    text += key + ":" + Self.blocks[next(Self.blocks.count)]
                    continue
                }
                if next(6) == 0 {
                    text += key + ":" + Self.blockScalars[next(Self.blockScalars.count)]
                    continue
                }
                let value =
                    next(3) == 0 ? Self.values[next(Self.values.count)] : Self.plainValues[next(Self.plainValues.count)]
                text += key + separator + value + (next(10) == 0 ? "" : "\n")
            }
            total += 1
            guard let plain = PlainYAML.read(text) else { continue }
            taken += 1
            let events = YAMLEventReader.read(text, firstLine: 2, budget: YAMLReader.nodeBudget)
            guard case .success(let value) = events else {
                Issue.record("the plain reader took text libyaml rejects: \(text.debugDescription) → \(events)")
                continue
            }
            #expect(plain == value, "\(text.debugDescription)")
        }
        // Not a test that passes by declining everything.
        #expect(taken > total / 10, "\(taken) of \(total)")
    }

    @Test func blockScalarsOfOneIndentationAreReadAsLibyamlReadsThem() {
        let taken: Set = [0, 1, 2, 3, 4, 5, 19, 20, 21, 24]
        for (i, block) in Self.blockScalars.enumerated() {
            // Alone, and between two keys.
            for text in ["purpose:" + block, "name: x\npurpose:" + block + "k: v\n"] {
                let plain = PlainYAML.read(text)
                #expect((plain != nil) == taken.contains(i), "\(text.debugDescription)")
                if let plain, case .success(let value) = YAMLEventReader.read(text, firstLine: 2, budget: 100) {
                    #expect(plain == value, "\(text.debugDescription)")
                }
            }
        }
        // Text that ends without a line break is libyaml's.
        #expect(PlainYAML.read("p: |\n  a") == nil)
        // Literal lines keep their line breaks; folded ones are joined by a space; `-` strips the last break.
        #expect(
            PlainYAML.read("p: |\n  a\n  b\n")
                == .some(.mapping([entry("p", 1, .scalar("a\nb\n", line: 1, column: 4))], line: 1, column: 1)))
        #expect(
            PlainYAML.read("p: >-\n  a\n  b\n")
                == .some(.mapping([entry("p", 1, .scalar("a b", line: 1, column: 4))], line: 1, column: 1)))
    }

    func entry(_ key: String, _ line: Int, _ value: YAMLValue) -> YAMLEntry {
        YAMLEntry(key: key, keyLine: line, keyColumn: 1, value: value)
    }

    @Test func aListOverTheValueBudgetIsLeftToTheReaderThatReportsIt() {
        // The mapping, two values and the list's items: 40 values fit a budget of 40, 41 do not.
        var outcomes: [Bool] = []
        for count in [37, 38] {
            let text = "name: x\ntags: [" + Array(repeating: "a", count: count).joined(separator: ", ") + "]\n"
            let events = YAMLEventReader.read(text, firstLine: 2, budget: 40)
            if case .success(let value) = events {
                #expect(PlainYAML.read(text, budget: 40) == .some(value))
                outcomes.append(true)
            } else {
                #expect(PlainYAML.read(text, budget: 40) == nil)
                outcomes.append(false)
            }
        }
        #expect(outcomes == [true, false])
    }

    /// How many notes below `root` have front matter libyaml reads, and how many of those the plain reader reads
    /// too; every value it gives is held to libyaml's.
    func plainShare(_ root: String) throws -> (frontMatters: Int, plain: Int) {
        let loaded = try JournalLoader.load(root: root)
        var frontMatters = 0, plain = 0
        for file in loaded.files {
            let (text, _) = TextDecoder.decode(file.bytes, path: file.path)
            guard let yaml = FrontMatter.split(text).yaml else { continue }
            frontMatters += 1
            guard case .success(let value) = YAMLEventReader.read(yaml, firstLine: 2, budget: YAMLReader.nodeBudget)
            else { continue }
            if let fast = PlainYAML.read(yaml) {
                plain += 1
                #expect(fast == value)
            }
        }
        return (frontMatters, plain)
    }

    /// The front matter people write (RealGenerator): nested contact mappings in both styles, block lists, quoted
    /// values, comments, folded text (`purpose: >-`). All but the planted mistakes are read without libyaml, to the
    /// same values.
    @Test func frontMattersAsPeopleWriteThemAreReadWithoutLibyaml() throws {
        let dir = TempDir()
        var generator = RealGenerator(size: .XS, root: dir.path)
        generator.run()
        let (frontMatters, plain) = try plainShare(dir.path)
        #expect(frontMatters > 150)
        // The one front matter left is a planted mistake.
        #expect(plain == frontMatters - 1, "\(plain) of \(frontMatters)")
    }

    @Test func generatedFrontMattersAreAllInThePlainForm() throws {
        let dir = TempDir()
        var generator = Generator(size: .XS, root: dir.path, everyoneTag: false)
        generator.run()
        let (frontMatters, plain) = try plainShare(dir.path)
        // All but the notes with a planted YAML mistake.
        #expect(frontMatters > 100)
        #expect(plain >= frontMatters - 5)
    }
}
