import Foundation
import Testing
@testable import KizunaCore

/// The speed-ups give exactly what the general code gives.
@Suite struct FastPathTests {
    static let texts = [
        "田中 花子", "田中・花子", "たなか はなこ", "タナカ_ハナコ", "Tanaka-Hanako", "小林 明3", "会った", "々〇「」",
        "ｶﾀｶﾅ", "ＴＡＮＡＫＡ", "か\u{3099}", "Müller", "Ｍüller 田中", "佐藤\u{3000}健二", "ﾃｽﾄ・テスト", "ＡＢＣ－１２３", "Émilie",
    ]

    @Test(arguments: texts)
    func keysOfStableTextMatchTheFoundationPath(text: String) {
        #expect(Normalize.key(text) == Normalize.foldedKey(text))
    }

    @Test(arguments: texts)
    func tagsOfStableTextMatchTheFoundationPath(text: String) {
        #expect(Normalize.tag(text) == text.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive], locale: nil))
    }

    @Test(arguments: ["abc def", "田中 花子と会った", "Crème brûlée 🍵 [[x]]", "e\u{301}e\u{301} x", "👩‍👩‍👧 family", "か\u{3099}か\u{3099}", "Ωμέγα 一二三"])
    func columnsCountCharactersAsGraphemeClusters(line: String) {
        let text = TextDecoder.make(Array((line + "\n").utf8), isBinary: false)
        let bytes = Array(line.utf8)
        var offset = 0
        var characters = 0
        for ch in line {
            #expect(text.column(line: 1, byteColumn: offset + 1) == characters + 1, "before character \(characters) of \(line)")
            offset += ch.utf8.count
            characters += 1
        }
        #expect(offset == bytes.count)
    }
}
