import Testing

@testable import KizunaCore

@Suite struct PersonTagTests {
    /// Whether a text holds the tag is what the careful reading, tag by tag, says: the bytes that rule a text out
    /// first never rule out one that holds it.
    @Test(arguments: [
        "person", "People", "#PERSON", "[[People]]", "type/person", "人物", "#人物", "personal", "persona", "peoples",
        "tags, notes", "a person b", "PeRsOn", "p e o p l e", "perſon", "pe\u{301}ople", "人 物", "ＰＥＲＳＯＮ", "",
        "work, type/people", "人物像", "x,person", "person\u{3000}note",
    ])
    func textWithoutTheTagsBytesHoldsNone(_ text: String) {
        let careful = text.split(whereSeparator: { FrontMatter.isListComma($0) || $0 == " " || $0 == "\u{3000}" })
            .contains(where: FrontMatter.isPersonTag)
        #expect(FrontMatter.holdsPersonTag(text) == careful)
    }

    @Test func theTagsBytesAreFoundInAnyCase() {
        #expect(FrontMatter.mayHoldPersonTag("TYPE/PeOpLe".utf8) && FrontMatter.mayHoldPersonTag("#人物".utf8))
        #expect(!FrontMatter.mayHoldPersonTag("perso n".utf8) && !FrontMatter.mayHoldPersonTag("人 物".utf8))
    }
}
