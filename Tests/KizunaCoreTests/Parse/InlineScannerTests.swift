import Foundation
import Testing
@testable import KizunaCore

/// The inline scanner reads cmark's text through barriers: what a code span, raw HTML or a link's edge holds
/// is never a link or a tag, and a task marker is only one when it opens the paragraph.
@Suite struct InlineScannerTests {
    /// The scan of each block of `markdown`, with display text.
    func scans(_ markdown: String) -> [InlineScan] {
        let body = CommonMark.parse(Array(markdown.utf8)[...])
        return body.blocks.map { InlineScanner.scan($0, in: body, display: true) }
    }

    func scan(_ markdown: String) -> InlineScan { scans(markdown)[0] }

    @Test func codeSpansAreShownButNeverScanned() {
        let s = scan("see `[[Ken]] #tag` then [[Mei]] #meet")
        #expect(s.wikiLinks.map(\.target) == ["Mei"])
        #expect(s.tags == ["meet"])
        #expect(s.display == "see [[Ken]] #tag then Mei #meet")
        #expect(s.displayWithoutTags == "see [[Ken]] #tag then Mei")
    }

    @Test func aBarrierBreaksAWikilinkAndATagAfterItNeedsASpace() {
        // Raw HTML between the brackets, and a tag glued to a code span or to HTML.
        let s = scan("[[Ke<b>n]] `x`#glued <i>#also</i> #ok")
        #expect(s.wikiLinks.isEmpty)
        #expect(s.tags == ["ok"])
    }

    @Test func aWikilinkInsideMarkdownLinkTextIsStillALinkAndTheDestinationIsKept() {
        let body = CommonMark.parse(Array("[about [[Ken]]](notes/ken.md) ![[[Mei]]](pic.png)".utf8)[...])
        let s = InlineScanner.scan(body.blocks[0], in: body, display: false)
        #expect(s.wikiLinks.map(\.target) == ["Ken", "Mei"])
        #expect(s.destinations == ["notes/ken.md"])
    }

    @Test func scanningWithoutDisplayFindsWhatScanningWithDisplayFinds() {
        // Long enough that the eight-byte search runs, with the special bytes at every offset.
        for pad in 0..<9 {
            let text = String(repeating: "a", count: pad) + "xxxxxxxx [[Ken|K]] 会った #meet `#no [[No]]` #日本語 end#not [[x"
            let body = CommonMark.parse(Array(text.utf8)[...])
            let fast = InlineScanner.scan(body.blocks[0], in: body, display: false)
            let full = InlineScanner.scan(body.blocks[0], in: body, display: true)
            #expect(fast.wikiLinks == full.wikiLinks)
            #expect(fast.tags == full.tags)
            #expect(fast.tags == ["meet", "日本語"])
            #expect(fast.wikiLinks.map(\.label) == ["K"])
        }
    }

    @Test func aDendronLinkWritesItsLabelFirstAndMayNameItsVault() {
        let text =
            "[[Ann|user.ann-lee]] and [[Docs | dendron://site/dendron.ref#lookup]] and [[dendron://site/a.b]] [[c]]"
        let body = CommonMark.parse(Array(text.utf8)[...])
        var s = InlineScan()
        var plain: [UInt8] = []
        let shown = InlineScanner.scan(body.blocks[0], in: body, plainInto: &plain, links: .dendron, into: &s)
        #expect(
            s.wikiLinks.map { String(decoding: Array(text.utf8)[$0.targetRange], as: UTF8.self) } == [
                "user.ann-lee", "dendron.ref", "a.b", "c",
            ])
        #expect(s.wikiLinks.map(\.label) == ["Ann", "Docs", nil, nil])
        #expect(String(decoding: plain[shown], as: UTF8.self) == "Ann and Docs and a.b c")
        // Elsewhere the target comes first, and `dendron://` is part of it.
        let obsidian = InlineScanner.scan(body.blocks[0], in: body, display: false)
        #expect(obsidian.wikiLinks.map(\.target) == ["Ann", "Docs", "dendron://site/a.b", "c"])
    }

    @Test func aDendronUserTagLinksTheUserNoteOnlyAfterWhiteSpace() {
        let text = "@ann-lee met @田中、then ann@example.com, `@code` @. and @team.ben. [[x|@no]]"
        let body = CommonMark.parse(Array(text.utf8)[...])
        let bytes = Array(body.text[body.blocks[0].text])
        for display in [false, true] {
            var s = InlineScan()
            var plain: [UInt8] = []
            let shown =
                display
                ? InlineScanner.scan(body.blocks[0], in: body, plainInto: &plain, links: .dendron, into: &s)
                : 0..<0
            if !display {
                InlineScanner.scan(body.blocks[0], in: body, displays: [], links: .dendron, into: &s)
            }
            #expect(
                s.wikiLinks.map { String(decoding: bytes[$0.targetRange], as: UTF8.self) } == [
                    "ann-lee", "田中", "team.ben", "@no",
                ])
            #expect(s.wikiLinks.map(\.userTag) == [true, true, true, false])
            if display {
                #expect(
                    String(decoding: plain[shown], as: UTF8.self)
                        == "@ann-lee met @田中、then ann@example.com, @code @. and @team.ben. x")
            }
        }
        #expect(scan(text).wikiLinks.map(\.target) == ["x"])
    }

    @Test func aNulInAFrontMatterValueIsAnOrdinaryCharacter() {
        let s = InlineScanner.scan(text: "[[a\u{0}b]] and [[c]]", display: false)
        #expect(s.wikiLinks.map(\.target) == ["a\u{0}b", "c"])
    }

    @Test(arguments: [
        ("- [ ] open", false, "open"),
        ("- [x] done", true, "done"),
        ("- [X]\ttab", true, "tab"),
        ("- [ ]\n  next line", false, "next line"),
        ("- [ ]", false, ""),
        ("- [ ] *emphasis* first", false, "emphasis first"),
    ])
    func taskMarkers(markdown: String, checked: Bool, text: String) {
        let body = CommonMark.parse(Array(markdown.utf8)[...])
        #expect(body.blocks.count == 1)
        #expect(body.blocks[0].taskChecked == checked)
        #expect(InlineScanner.scan(body.blocks[0], in: body).display == text)
    }

    @Test(arguments: [
        "- [ ]`code`", "- [x]word", "- [y] no", "- [ ]<b>x</b>", "- [ ]\\\n  hard break", "- x [ ] late",
        "[ ] not in a list",
    ])
    func notTaskMarkers(markdown: String) {
        let body = CommonMark.parse(Array(markdown.utf8)[...])
        #expect(body.blocks.allSatisfy { $0.taskChecked == nil })
    }

    @Test func taskWordsSplitOnCharactersWhenASpaceCarriesACombiningMark() {
        // A space followed by U+0301 is one character, not a space: the text is not split there.
        #expect(BodyReader.words("a \u{301}b c").0 == Array("a \u{301}b c".split(separator: " ").map(String.init)))
        #expect(BodyReader.words("a \u{301}b c").oneScalarEach == false)
        #expect(BodyReader.words("資料を送る  期限：2026-12-03 📅 x").0 == ["資料を送る", "期限：2026-12-03", "📅", "x"])
        #expect(BodyReader.words("資料を送る  期限：2026-12-03 📅 x").oneScalarEach)
        // The Tasks plugin's signs are one scalar each; a skin tone joins what stands before it, a space too.
        let signs = "Call Jane ⏫ 🔼 🔽 🔺 ⏬ 🔁 every week ➕ 2026-11-01 ⏳ 2026-11-02 🛫 2026-11-03 ❌ 🆔 a1 ⛔ b2 🏁 delete"
        #expect(BodyReader.words(signs).oneScalarEach)
        #expect(BodyReader.words(signs).0 == signs.split(separator: " ").map(String.init))
        #expect(BodyReader.words("Thanks \u{1F3FB} 👍\u{1F3FB} x").oneScalarEach == false)
        #expect(BodyReader.words("Thanks \u{1F3FB} x").0 == ["Thanks \u{1F3FB}", "x"])
    }
}

/// cmark parses in an arena that each parse empties: bodies larger than its first chunk, a text node larger than a
/// chunk grown a piece at a time, and small bodies on either side must all read whole, on several threads at once.
@Suite struct CommonMarkArenaTests {
    static func body(paragraphs: Int) -> String {
        (0..<paragraphs).map { "Paragraph \($0) with [[Name \($0)]] and `code \($0)`." }.joined(separator: "\n\n")
    }

    func readsWhole(_ markdown: String) -> [String] {
        let body = CommonMark.parse(Array(markdown.utf8)[...])
        return body.blocks.map { String(decoding: body.text[$0.text], as: UTF8.self) }
    }

    @Test func bodiesOfEverySizeReadWholeOneAfterAnother() {
        let small = readsWhole("## 2026-11-01 Coffee\nHello [[Ken]].")
        #expect(small == ["2026-11-01 Coffee", "Hello [[Ken]]."])
        // About 3 MB of blocks: several chunks of the arena.
        let many = readsWhole(Self.body(paragraphs: 60_000))
        #expect(many.count == 60_000)
        #expect(many[0] == "Paragraph 0 with [[Name 0]] and \u{0}\u{1}code 0\u{0}\u{2}.")
        #expect(many[59_999] == "Paragraph 59999 with [[Name 59999]] and \u{0}\u{1}code 59999\u{0}\u{2}.")
        // One text node of 3 MB, its buffer grown past the chunk's size.
        let long = String(repeating: "abcdefgh ", count: 350_000) + "[[End]]"
        let one = readsWhole(long)
        #expect(one.count == 1 && one[0].utf8.count == long.utf8.count && one[0].hasSuffix("[[End]]"))
        // A paragraph whose second line is longer than any before it: cmark's line buffer grows after the
        // paragraph's own text was made, so that text, no longer the last block, is moved with what it holds.
        for length in [300, 5_000, 2_000_000] {
            let line = String(repeating: "x", count: length)
            #expect(
                readsWhole("Start [[Ken]] here\n\(line)\nend [[Mei]]") == ["Start [[Ken]] here\n\(line)\nend [[Mei]]"],
                "\(length)")
        }
        #expect(readsWhole("## 2026-11-01 Coffee\nHello [[Ken]].") == small)
    }

    @Test func threadsParseInTheirOwnArenas() {
        let texts = (0..<16).map { Self.body(paragraphs: 2_000 + 500 * $0) }
        var counts = [Int](repeating: 0, count: texts.count)
        counts.withUnsafeMutableBufferPointer { out in
            let slots = UnsafeSendable(out)
            DispatchQueue.concurrentPerform(iterations: texts.count) { i in
                let blocks = readsWhole(texts[i])
                slots.value[i] =
                    blocks.count == 2_000 + 500 * i
                        && blocks.last
                            == "Paragraph \(1_999 + 500 * i) with [[Name \(1_999 + 500 * i)]] "
                            + "and \u{0}\u{1}code \(1_999 + 500 * i)\u{0}\u{2}."
                    ? 1 : 0
            }
        }
        #expect(counts == [Int](repeating: 1, count: texts.count))
    }
}
