import CTextScan
import Testing

@testable import KizunaCore

/// The vector scan of a note's bytes (thirty-two at a time) judges UTF-8 as the standard library does, wherever a
/// sequence stands against the blocks' edges, and finds the line feeds, NULs and carriage returns a byte-at-a-time
/// pass finds.
@Suite struct TextScanTests {
    /// What the scan says of `bytes`, and the lines it counts.
    static func scan(_ bytes: [UInt8]) -> (flags: Int32, lines: Int) {
        var lines = 0
        let flags = bytes.withUnsafeBufferPointer { kizuna_scan_text($0.baseAddress, $0.count, nil, 0, &lines) }
        return (flags, lines)
    }

    static let invalid = Int32(KIZUNA_TEXT_INVALID)

    #if arch(x86_64)
        @Test func thisMachineTakesTheVectorPath() {
            #expect(Self.scan(Array("abc".utf8)).flags & Int32(KIZUNA_TEXT_UNCHECKED) == 0)
        }
    #endif

    /// Every lead byte and every byte after it, with a few kinds of byte after those, placed so that the sequence
    /// straddles the middle of a block (where the vector's two halves meet) or its end, or ends the text.
    @Test func everyShortSequenceIsJudgedAsTheStandardLibraryJudgesIt() {
        let thirds: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC3, 0xE3, 0xF0, 0xFF]
        var wrong: [[UInt8]] = []
        var checked = 0, valid = 0
        for lead in UInt8(0x80)...0xFF {
            for second in UInt8(0)...0xFF {
                for third in thirds {
                    let sequence = [lead, second, third]
                    // ASCII around a sequence changes nothing of its verdict.
                    let expected = UTF8CheckTests.reference(sequence) != nil
                    if !expected { valid += 1 }
                    for before in [0, 14, 15, 30, 31] {
                        for after in [0, 1, 20] {
                            let bytes =
                                [UInt8](repeating: 0x61, count: before) + sequence
                                + [UInt8](repeating: 0x62, count: after)
                            if (Self.scan(bytes).flags & Self.invalid != 0) != expected { wrong.append(bytes) }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(wrong.count == 0, "the first: \(wrong.prefix(3))")
        #expect(checked > 1_000_000 && valid > 1000)
    }

    @Test func everyFourByteLeadIsJudgedAsTheStandardLibraryJudgesIt() {
        let tails: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0]
        var wrong: [[UInt8]] = []
        var valid = 0
        for lead in UInt8(0xF0)...0xFF {
            for second in UInt8(0)...0xFF {
                for third in tails {
                    for fourth in tails {
                        for before in [0, 13, 14, 15, 29, 30, 31] {
                            let bytes = [UInt8](repeating: 0x61, count: before) + [lead, second, third, fourth]
                            let expected = UTF8CheckTests.reference(bytes) != nil
                            if (Self.scan(bytes).flags & Self.invalid != 0) != expected { wrong.append(bytes) }
                            if !expected { valid += 1 }
                        }
                    }
                }
            }
        }
        #expect(wrong.count == 0, "the first: \(wrong.prefix(3))")
        #expect(valid > 1000)
    }

    /// Texts of every script, ASCII runs, line feeds, NULs and carriage returns, now and then a wrong sequence: the
    /// scan's verdict, its count of lines and the places they start are the byte-at-a-time pass's.
    @Test func randomTextsAreReadAsTheByteAtATimePassReadsThem() {
        var numbers = SeededNumbers(seed: 29)
        func next(_ n: Int) -> Int { numbers.next(n) }
        let pieces: [[UInt8]] = [
            [0x61], [0x20], [0x0A], [0x0A], [0x00], [0x0D], [0x7F], [0xC3, 0xA9], [0xE3, 0x81, 0x82],
            [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],
            Array("abcdefghijklmnopq".utf8), Array("日本語のテキスト".utf8), Array("Привет".utf8), Array("สวัสดี".utf8),
        ]
        let wrongPieces: [[UInt8]] = [
            [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xE3, 0x81],
            [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE3, 0x41, 0x82], [0xF0, 0x9F, 0x98],
        ]
        var invalidSeen = 0, carriageSeen = 0, nulSeen = 0
        for _ in 0..<6000 {
            var bytes: [UInt8] = []
            let carriage = next(4) == 0
            for _ in 0..<next(60) {
                let piece = next(50) == 0 ? wrongPieces[next(wrongPieces.count)] : pieces[next(pieces.count)]
                if piece == [0x0D] && !carriage { continue }
                bytes += piece
            }
            let (flags, lines) = Self.scan(bytes)
            let valid = UTF8CheckTests.reference(bytes) == nil
            #expect((flags & Self.invalid == 0) == valid, "\(bytes)")
            #expect((flags & Int32(KIZUNA_TEXT_NUL) != 0) == bytes.contains(0), "\(bytes)")
            #expect((flags & Int32(KIZUNA_TEXT_CR) != 0) == bytes.contains(0x0D), "\(bytes)")
            #expect(lines == bytes.filter { $0 == 0x0A }.count, "\(bytes)")
            if !valid { invalidSeen += 1 }
            if bytes.contains(0x0D) { carriageSeen += 1 }
            if bytes.contains(0) { nulSeen += 1 }
            guard valid else {
                #expect(TextDecoder.decodeValid(bytes) == nil)
                continue
            }
            let careful = TextDecoder.decodeValidByBytes(bytes)
            let decoded = TextDecoder.decodeValid(bytes)
            #expect(decoded?.lineStarts == careful?.lineStarts, "\(bytes)")
            #expect(decoded?.isBinary == careful?.isBinary, "\(bytes)")
        }
        #expect(invalidSeen > 1000 && carriageSeen > 500 && nulSeen > 1000)
    }

    /// Lines shorter than the room the one pass makes for them are all found, by a second pass.
    @Test func manyShortLinesAreAllFound() {
        for text in [
            String(repeating: "a\n", count: 300), String(repeating: "\n", count: 97),
            "x" + String(repeating: "日\n", count: 50),
        ] {
            let bytes = Array(text.utf8)
            let decoded = TextDecoder.decodeValid(bytes)
            #expect(decoded?.lineStarts == TextDecoder.decodeValidByBytes(bytes)?.lineStarts)
            #expect(decoded?.lineStarts.count == bytes.filter { $0 == 0x0A }.count + 1)
        }
    }

    /// A body's lines, as the check for fences never closed reads them, start after each line feed, counted from
    /// where the body stands in its note.
    @Test func aBodysLineStartsAreCountedFromWhereItStands() {
        let note = Array("---\nname: A\n---\n# h\n\n```\ncode\n日本\n".utf8)
        for from in [0, 4, 16, note.count - 1, note.count] {
            let body = note[from...]
            let expected = [from] + body.indices.filter { note[$0] == 0x0A }.map { $0 + 1 }
            #expect(CommonMark.lineStarts(body) == expected, "from \(from)")
        }
        #expect(CommonMark.lineStarts(Array("a\nb".utf8)[...]) == [0, 2])
    }
}
