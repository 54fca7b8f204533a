import Testing

@testable import KizunaCore

@Suite struct LinkTargetFormsTests {
    /// A target names an attachment as the standard library reads it by characters: the part before the first `#`
    /// that is not empty, its extension after the last `.`, lowered.
    @Test(arguments: [
        "photo.png", "photo.PNG", "a#b.png", "#x.png", "##", "#", "", "a.png#heading", "写真.png", "写真.PNG#見出し",
        "a.pngx", "file.MKV", "x.jpeg", "a.toolongext", "a.m\u{212A}v", "a.#png", "a.", ".png", "a.p\u{301}ng",
        "a.\u{301}png", "a\u{301}.png", "a.png\u{301}", "a.png#\u{20E3}", "x#\u{20E3}.png", "Clippings.base#Author",
        "board.canvas", "notes.md", "v1.2 release", "写真．png", "a.png\u{600}.jpg", "x\u{600}#a.png",
    ])
    func anAttachmentIsReadAsByCharacters(_ target: String) {
        let name = target.split(separator: "#").first.map(String.init) ?? target
        let expected = name.lastIndex(of: ".").map {
            NameIndex.attachmentExtensions.contains(name[name.index(after: $0)...].lowercased())
        }
        #expect(NameIndex.namesAttachment(target) == (expected ?? false))
    }

    @Test func attachmentsAreNamedByTheirExtension() {
        #expect(NameIndex.namesAttachment("写真.PNG#見出し") && NameIndex.namesAttachment("a.m\u{212A}v"))
        #expect(!NameIndex.namesAttachment("a#b.png") && !NameIndex.namesAttachment("notes.md"))
    }

    /// The name before a full-width bar, or before a remark in brackets at the end.
    @Test func aNameIsReadBeforeABarOrARemark() {
        #expect(NameIndex.nameBeforeRemark("田中｜たなか") == "田中")
        #expect(NameIndex.nameBeforeRemark("Vaibhav (design review)") == "Vaibhav")
        #expect(NameIndex.nameBeforeRemark("田中（営業部）") == "田中")
        #expect(NameIndex.nameBeforeRemark("田中 （営業部）（東京）") == "田中 （営業部）")
        #expect(NameIndex.nameBeforeRemark("壁打ち(2025/4/4)") == nil)
        #expect(NameIndex.nameBeforeRemark("Ken") == nil)
    }

    /// Only a target with four `Y`s or `y`s in a row may be a date's pattern; two or three are no pattern.
    @Test func aDatesPatternHoldsFourYs() {
        #expect(NameIndex.isPlaceholder("YYYY-MM-DD") && NameIndex.isPlaceholder("yyyy/MM/dd"))
        #expect(NameIndex.isPlaceholder("YYYY年MM月DD日") && NameIndex.isPlaceholder("DD.MM.YYYY"))
        #expect(!NameIndex.isPlaceholder("YYY-MM-DD") && !NameIndex.isPlaceholder("YyYy-MM-DD"))
        #expect(!NameIndex.isPlaceholder("Yearly Review") && !NameIndex.isPlaceholder("YYYYY notes"))
    }
}
