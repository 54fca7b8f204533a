import Testing
@testable import KizunaCore

/// The notes and settings kizuna writes for a new journal or person.
@Suite struct NewNotesTests {
    /// Every comment of a new kizuna.yaml starts in one column, as an editor shows it, whatever the owner's name is
    /// written in; and the file reads back as the defaults.
    @Test(arguments: ["Yamada Taro", "山田太郎", "ｙａｍａｄａ"])
    func theSettingsCommentsLineUpAndReadBackAsTheDefaults(owner: String) {
        let text = NewNotes.settings(owner: owner, language: .ja)
        let columns = text.split(separator: "\n").compactMap { line -> Int? in
            guard !line.hasPrefix("#"), let hash = line.firstIndex(of: "#") else { return nil }
            return TextWidth.columns(String(line[..<hash]))
        }
        #expect(columns.count == 9)
        #expect(Set(columns) == [29])
        let (config, diagnostics) = Config.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(config.owner == owner)
        #expect(config.language == .ja)
        #expect(config.circles.map(\.name) == Config().circles.map(\.name))
    }

    @Test func listItemsArePartedAtEveryKindOfComma() {
        #expect(NewNotes.listItems("デザイン、UX，研究, design ,, ") == ["デザイン", "UX", "研究", "design"])
    }
}
