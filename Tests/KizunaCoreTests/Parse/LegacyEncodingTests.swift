import Testing

@testable import KizunaCore

/// Notes saved in another encoding than UTF-8, as older editors save them: read as that encoding, with one warning.
@Suite struct LegacyEncodingTests {
    static let sato: [UInt8] = [0x8D, 0xB2, 0x93, 0xA1, 0x20, 0x89, 0xD4, 0x8E, 0x71]  // 佐藤 花子 in Shift_JIS
    static let tanaka: [UInt8] = [0x93, 0x63, 0x92, 0x86]  // 田中 in Shift_JIS
    static let lunch: [UInt8] = [0x82, 0xC6, 0x83, 0x89, 0x83, 0x93, 0x83, 0x60]  // とランチ in Shift_JIS

    static func read(_ files: [(String, [UInt8])]) -> Journal {
        Kizuna.journal(files: files.map { SourceFile(path: $0.0, bytes: $0.1) })
    }

    static let tanakaNote = (path: "people/田中.md", bytes: Array("---\nname: 田中\n---\n".utf8))

    @Test func aJapaneseNoteInShiftJISIsReadWithOneWarning() {
        let note =
            Array("---\nname: ".utf8) + Self.sato + Array("\n---\n## 2026-11-01 [[".utf8) + Self.tanaka
            + Array("]]".utf8)
            + Self.lunch + Array("\n- [ ] book\n".utf8)
        let j = Self.read([("people/sato.md", note), Self.tanakaNote])
        #expect(j.people.map(\.name) == ["佐藤 花子", "田中"])
        #expect(j.entries.count == 1 && j.entries[0].title.hasSuffix("とランチ"))
        #expect(ids(j, j.entries[0].participants) == ["sato", "田中"])
        #expect(j.tasks.count == 1)
        #expect(
            printed(j) == [
                "people/sato.md:1:1: warning: saved as Shift_JIS, not UTF-8: read as Shift_JIS, but kizuna changes it "
                    + "only once it is saved as UTF-8"
            ])
        #expect(j.diagnostics[0].text.ja.hasPrefix("UTF-8 ではなく Shift_JIS で保存されています"))
    }

    @Test func aNoteInUTF16IsReadByItsMarkInEitherByteOrder() {
        let text = "---\nname: 佐藤 花子\n---\n## 2026-11-01 [[田中]]とランチ\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { u -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        for bytes in [little, big] {
            let j = Self.read([("people/sato.md", bytes), Self.tanakaNote])
            #expect(j.people.map(\.name) == ["佐藤 花子", "田中"])
            #expect(j.entries.count == 1 && ids(j, j.entries[0].participants) == ["sato", "田中"])
            // Once, though the note is read twice (front matter, then the whole).
            #expect(
                printed(j) == [
                    "people/sato.md:1:1: warning: saved as UTF-16, not UTF-8: read as UTF-16, but kizuna changes it "
                        + "only once it is saved as UTF-8"
                ])
        }
    }

    @Test func aNoteInUTF32IsABinaryFile() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + Array("hi\n".utf8).flatMap { [$0, 0, 0, 0] }
        #expect(
            printed(Self.read([("a.md", bytes)])) == ["a.md:1:1: warning: binary file (it holds NUL bytes); not read"])
    }

    @Test func aNoteInEUCJPIsRead() {
        let met: [UInt8] = [0xB2, 0xF1, 0xA4, 0xC3, 0xA4, 0xBF]  // 会った
        let j = Self.read([("people/bob.md", Array("---\nname: Bob\n---\n## 2026-11-02 ".utf8) + met + [0x0A])])
        #expect(j.entries.count == 1 && j.entries[0].title == "会った")
        #expect(printed(j).first?.hasPrefix("people/bob.md:1:1: warning: saved as EUC-JP, not UTF-8") == true)
    }

    /// Réunion avec Amélie in Windows-1252 reads as Shift_JIS too (é and the letter after it make a kanji), but
    /// gives no kana and no two kanji in a row: it stays UTF-8 with a replacement character where it fails.
    @Test func aEuropeanNoteInASingleByteEncodingIsNotTakenForJapanese() {
        let bytes = Array("R".utf8) + [0xE9] + Array("union avec Am".utf8) + [0xE9] + Array("lie\n".utf8)
        #expect(LegacyEncoding.convert(bytes, from: "CP932") != nil)
        #expect(LegacyEncoding.of(bytes) == nil)
        let j = Self.read([("fr.md", bytes)])
        #expect(printed(j) == ["fr.md:1:2: warning: invalid UTF-8; read with replacement characters"])
    }

    @Test func utf8NotesHaveNoOtherEncoding() {
        #expect(LegacyEncoding.of(Array("---\nname: 佐藤 花子\n---\n".utf8)) == nil)
        #expect(LegacyEncoding.of([0xEF, 0xBB, 0xBF] + Array("佐藤".utf8)) == nil)
        #expect(LegacyEncoding.of([]) == nil)
        // NUL bytes make a binary file, whatever else the bytes could be; so does UTF-32, marked or not.
        #expect(LegacyEncoding.of(Self.lunch + [0x00]) == nil)
        #expect(LegacyEncoding.of([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]) == nil)
        #expect(LegacyEncoding.of([0xFF, 0xFE, 0x41, 0x00]) == .utf16LittleEndian)
        #expect(LegacyEncoding.of(Self.lunch) == .shiftJIS)
        // A name in kanji alone, and a Windows-1252 réélu whose two é make one kanji.
        #expect(LegacyEncoding.of(Array("name: ".utf8) + Self.tanaka) == .shiftJIS)
        #expect(LegacyEncoding.of(Array("r".utf8) + [0xE9, 0xE9] + Array("lu".utf8)) == nil)
    }

    /// A Logseq page is decoded whole in both passes; its decoding problems are still said once.
    @Test func aLogseqPagesInvalidUTF8IsWarnedOnce() {
        var config = Config()
        config.logseq = LogseqGraph(configText: Array(":meta/version 1\n".utf8))
        let page = SourceFile(path: "pages/Al.md", bytes: Array("type:: person\n\n- met ".utf8) + [0xFF, 0x0A])
        let j = Kizuna.journal(files: [page], config: config)
        #expect(printed(j) == ["pages/Al.md:3:7: warning: invalid UTF-8; read with replacement characters"])
    }
}
