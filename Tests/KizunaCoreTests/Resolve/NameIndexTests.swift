import Testing

@testable import KizunaCore

@Suite struct NameIndexTests {
    func warnings(_ index: NameIndex, _ target: String) -> [String] {
        var diagnostics: [Diagnostic] = [], unresolved: [NameIndex.Unresolved] = []
        let link = RawLink(target: .name(target), location: SourceLocation(path: "n.md", line: 1, column: 1))
        #expect(index.resolve(link, diagnostics: &diagnostics, unresolved: &unresolved) == nil)
        return diagnostics.map(\.message)
    }

    /// An ambiguous link's candidates are worded once per shared name and kept; a change to the people or their
    /// labels words them anew, and a copy made before the change keeps its own words.
    @Test func anAmbiguousLinksCandidatesFollowThePeopleAsTheyChange() {
        var index = NameIndex()
        index.labels = ["Kim Ahn (a)", "Kim Baek (b)", "Kim Cho (c)"]
        index.ids = ["a", "b", "c"]
        index.add("Kim", person: 0)
        index.add("Kim", person: 1)
        let before = "ambiguous link 'Kim': it matches Kim Ahn (a), Kim Baek (b)"
        #expect(warnings(index, "Kim") == [before])
        #expect(warnings(index, "kim") == ["ambiguous link 'kim': it matches Kim Ahn (a), Kim Baek (b)"])
        let copy = index
        index.labels[1] = "Kim Bae (b)"
        #expect(warnings(index, "Kim") == ["ambiguous link 'Kim': it matches Kim Ahn (a), Kim Bae (b)"])
        index.add("Kim", person: 2)
        #expect(warnings(index, "Kim") == ["ambiguous link 'Kim': it matches Kim Ahn (a), Kim Bae (b), Kim Cho (c)"])
        #expect(warnings(copy, "Kim") == [before])
        index.remove(key: Normalize.key("Kim"), person: 0)
        index.remove(key: Normalize.key("Kim"), person: 1)
        #expect(index.person(named: Normalize.key("Kim")) == 2)
    }

    /// An ambiguous link's warning, kept for each way the link is written, quotes the link byte for byte: a name
    /// written with a combining mark is not given the warning of the same name written precomposed.
    @Test func anAmbiguousLinksWarningQuotesEachWritingAsItIs() {
        var index = NameIndex()
        index.labels = ["ガク (a)", "ガク (b)"]
        index.ids = ["a", "b"]
        index.add("ガク", person: 0)
        index.add("ガク", person: 1)
        let precomposed = "\u{30AC}ク", combining = "\u{30AB}\u{3099}ク"
        let first = warnings(index, precomposed), second = warnings(index, combining)
        #expect(
            first.map { Array($0.utf8) } == [Array("ambiguous link '\(precomposed)': it matches ガク (a), ガク (b)".utf8)])
        #expect(
            second.map { Array($0.utf8) } == [Array("ambiguous link '\(combining)': it matches ガク (a), ガク (b)".utf8)])
        #expect(warnings(index, precomposed).map { Array($0.utf8) } == first.map { Array($0.utf8) })
    }
}
