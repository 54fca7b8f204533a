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
}
