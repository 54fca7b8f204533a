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

    /// A byte is found in a text where the UTF-8 view finds it: short texts held inline, long ones, empty ones.
    @Test func aByteIsFoundWhereTheUTF8ViewFindsIt() {
        var grown = String()
        grown.reserveCapacity(64)
        grown += "a_b"
        let texts = ["", "_", "a_b", "ab", "田中_花子", "people/田中", String(repeating: "x", count: 40) + "/", grown]
        for text in texts {
            for byte in [UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "%"), 0x80, 0xE7] {
                #expect(text.holdsByte(byte) == text.utf8.contains(byte), "\(text) \(byte)")
            }
        }
    }

    /// Lowering on the bytes gives what `lowercased()` gives: for every ASCII character and every scalar of the
    /// blocks taken as having no case, between capitals, and for text mixing them with cased letters.
    @Test func textIsLoweredAsTheStandardLibraryLowersIt() {
        var texts = [
            "参加者", "Attendees", "ＡＢＣ", "ΣΑΣ", "İstanbul", "か\u{3099}", "日時 Date", "élan", "Kelvin \u{212A}", "",
            "AI活用｜メモ.MD", "Ⅻ章", "Ⓐ", "😀 Smile", "한국어 ABC", "e\u{301}",
        ]
        texts += (UInt32(0)...0x7F).map { String(Unicode.Scalar($0)!) }
        for block in caselessBlocks {
            texts += block.compactMap { Unicode.Scalar($0).map { "A" + String($0) + "z" } }
        }
        for text in texts {
            let lowered = text.lowercasedText()
            #expect(lowered == text.lowercased(), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect("AI活用｜メモ.MD".lowercasedText() == "ai活用｜メモ.md")
    }
}
