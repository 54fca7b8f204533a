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
        // Aliases.
        "a: &x [1, 2]\nb: *x\nc: *x\n", "b: *nope\n", "a: &x [*x]\n", "&k a: 1\n*k : 2\n", "x: &m {a: 1}\n*m : 2\n",
        "a: &s text\nb: *s\n&t k: v\n", "a: &x 1\nb: &x 2\nc: *x\n",
        "l0: &a [x, x, x, x, x, x, x, x, x]\nl1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nl2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
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
