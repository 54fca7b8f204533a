import Foundation
import Testing

@testable import KizunaCore

@Suite struct TextBytesTests {
    /// A needle found on bytes stands where Foundation's literal search finds it, first and last.
    @Test func aNeedleIsFoundWhereFoundationFindsIt() {
        let texts = [
            "Vaibhav (design review)", "a (b) (c)", "(c)", "田中（営業部）", "田中｜たなか", "", " (", "x ( y", "((", "a  (b",
            "田中（営業部）（東京）", "｜", "a｜b｜c", "no bracket",
        ]
        for text in texts {
            for backwards in [false, true] {
                let options: String.CompareOptions = backwards ? [.literal, .backwards] : [.literal]
                #expect(text.byteRange(of: " (", backwards: backwards) == text.range(of: " (", options: options))
                #expect(text.byteRange(of: "（", backwards: backwards) == text.range(of: "（", options: options))
                #expect(text.byteRange(of: "｜", backwards: backwards) == text.range(of: "｜", options: options))
            }
        }
        #expect("a (b) (c)".byteRange(of: " (", backwards: true).map { "a (b) (c)"[..<$0.lowerBound] } == "a (b)")
    }

    /// Lowering on the bytes gives what `lowercased()` gives: for every ASCII character and every scalar of
    /// U+3000–U+9FFF (which the bytes take as having no case), and for text mixing them with cased letters.
    @Test func textIsLoweredAsTheStandardLibraryLowersIt() {
        var texts = [
            "参加者", "Attendees", "ＡＢＣ", "ΣΑΣ", "İstanbul", "か\u{3099}", "日時 Date", "élan", "Kelvin \u{212A}", "",
        ]
        texts += (UInt32(0)...0x7F).map { String(Unicode.Scalar($0)!) }
        texts += (UInt32(0x3000)...0x9FFF).compactMap { Unicode.Scalar($0).map { "a" + String($0) } }
        for text in texts {
            let lowered = Array(text.utf8).withUnsafeBufferPointer(lowercasedText)
            #expect(lowered == text.lowercased(), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
