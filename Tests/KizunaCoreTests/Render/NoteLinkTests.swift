import Testing

@testable import KizunaCore

@Suite struct NoteLinkTests {
    @Test func pathsAreLinkedFromTheDigestFolderWithWhatURLsGiveAMeaningEncoded() {
        let link = NoteLink(digestDir: "notes/digests")
        #expect(link.href("people/tanaka.md") == "../../people/tanaka.md")
        #expect(link.href("people/田中 花子.md", line: 12) == "../../people/田中%20花子.md#L12")
        #expect(link.href("a (b)/c#d?e%f[g]\"<h>.md") == "../../a%20%28b%29/c%23d%3Fe%25f%5Bg%5D%22%3Ch%3E.md")
        #expect(link.href("tab\there\u{7F}.md") == "../../tab%09here%7F.md")
        #expect(NoteLink(digestDir: "digests").href("x.md") == "../x.md")
    }

    /// A markdown link a note writes goes up to the folder the two notes share, then down.
    @Test func aLinkFromOneNoteToAnotherGoesUpToTheFolderTheyShare() {
        #expect(NoteLink.destination(from: "people/a.md", to: "people/b c.md") == "b%20c.md")
        #expect(NoteLink.destination(from: "a.md", to: "people/x/田中.md") == "people/x/田中.md")
        #expect(NoteLink.destination(from: "log/2026/d.md", to: "log/people/b.md") == "../people/b.md")
        #expect(NoteLink.destination(from: "people/x/a.md", to: "b.md") == "../../b.md")
        #expect(NoteLink.destination(from: "people/a.md", to: "people/a.md") == "a.md")
        #expect(NoteLink.destination(from: "a/b/c.md", to: "a") == "../../a")
    }
}
