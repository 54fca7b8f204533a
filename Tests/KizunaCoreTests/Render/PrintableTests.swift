import Testing

@testable import KizunaCore

@Suite struct PrintableTests {
    /// The byte scan finds exactly the characters `isControl` names, at each edge of each range.
    @Test func theByteScanFindsTheControlCharactersAndNothingElse() {
        let edges: [Unicode.Scalar] = [
            "\u{0}", "\u{9}", "\u{1F}", " ", "~", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "é", "\u{2027}", "\u{2028}",
            "\u{2029}", "\u{202A}", "日", "😀",
        ]
        for u in edges {
            for text in [String(u), "a" + String(u), String(u) + "b", "名前" + String(u) + "です"] {
                #expect(
                    Printable.holdsControl(text) == text.unicodeScalars.contains(where: Printable.isControl),
                    "\(u.value)")
            }
        }
        #expect(Printable.escaped("a\u{1B}[2Jb") == "a\\u{1b}[2Jb")
        #expect(Printable.escaped("田中\u{2028}花子") == "田中\\u{2028}花子")
        #expect(Printable.escaped("田中 花子") == "田中 花子")
        #expect(Printable.path("a\nb.md") == "\"a\\u{a}b.md\"")
    }
}
