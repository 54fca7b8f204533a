import Foundation
import Testing
@testable import KizunaCore
import KizunaSynth

/// The digest and check outputs of generated journals, compared with golden files recorded by the build from
/// before the speed work (commit b49fcb4). A speed-up that changes a single byte of output fails here.
@Suite struct OptimizationEquivalenceTests {
    @Test(arguments: [("xs", false), ("xs-everyone", true)])
    func generatedJournalGivesTheSameOutputsAsBeforeTheOptimisations(name: String, everyoneTag: Bool) throws {
        let dir = TempDir()
        var generator = Generator(size: .XS, root: dir.path, everyoneTag: everyoneTag)
        generator.run()
        let journal = try Kizuna.journal(root: dir.path)
        let digest = Digest(journal: journal, date: day("2026-11-24"))
        expectGolden(CheckReport(journal: journal).text, "generated-\(name)-check.txt")
        expectGolden(DigestJSON(digest).render(), "generated-\(name)-digest.json")
        expectGolden(DigestMarkdown(digest).render(), "generated-\(name)-digest.md")
        #expect(journal.errorCount == 3)
        #expect(digest.introductions.count == 5)
    }
}

/// The reader from disk reads only the front matter's bytes in its first pass. On notes whose front matter ends in
/// every way a file can spell it, it must agree with the one-pass reader that decodes each file whole.
@Suite struct FrontMatterOnlyPassTests {
    static let notes: [(String, [UInt8])] = [
        ("people/crlf.md", Array("---\r\nname: Crlf Person\r\ncadence: 2w\r\n---\r\n## 2026-11-01 #call\r\nhi [[Dots Person]]\r\n".utf8)),
        ("people/cr.md", Array("---\rname: Cr Person\r---\r## 2026-11-02 #meet\r".utf8)),
        ("people/bom.md", [0xEF, 0xBB, 0xBF] + Array("---\nname: Bom Person\n---  \t\n## 2026-11-03\n".utf8)),
        ("people/dots.md", Array("---\nname: Dots Person\ntags: [a, b]\n...\n## 2026-11-04 with [[Crlf Person]]\n".utf8)),
        ("people/unclosed.md", Array("---\nname: Unclosed\n## 2026-11-05\n".utf8)),
        ("people/none.md", Array("# None\n---\nname: not front matter\n---\n## 2026-11-06\n".utf8)),
        ("people/fence-only.md", Array("---".utf8)),
        ("people/bad-front.md", Array("---\nname: Bad \u{FF}".utf8) + [0xFF] + Array("\n---\n## 2026-11-07\n".utf8)),
        ("people/bad-body.md", Array("---\nname: Bad Body\n---\n## 2026-11-08 caf".utf8) + [0xC3] + Array("\n".utf8)),
        ("people/nul-body.md", Array("---\nname: Nul Body\n---\n## 2026-11-09\n".utf8) + [0x00]),
        ("people/yaml-error.md", Array("---\nname: [unclosed\n---\n## 2026-11-10\n".utf8)),
        ("log/typed.md", Array("---\r\ntype: person\r\nname: Typed\r\n---\r\n## 2026-11-11 with [[Bom Person]]\r\n".utf8)),
    ]

    @Test func theTwoPassReaderAgreesWithTheOnePassReader() throws {
        let dir = TempDir()
        for (path, bytes) in Self.notes { dir.write(path, bytes: bytes) }
        let fromDisk = try Kizuna.journal(root: dir.path)
        let inMemory = Kizuna.journal(files: Self.notes.map { SourceFile(path: $0.0, bytes: $0.1) })
        #expect(CheckReport(journal: fromDisk).text == CheckReport(journal: inMemory).text)
        #expect(printed(fromDisk) == printed(inMemory))
        #expect(fromDisk.people.map(\.id) == inMemory.people.map(\.id))
        #expect(fromDisk.people.map(\.name) == inMemory.people.map(\.name))
        #expect(fromDisk.entries.map { "\($0.date) \($0.title) \($0.participants) \($0.location)" }
            == inMemory.entries.map { "\($0.date) \($0.title) \($0.participants) \($0.location)" })
        // The awkward notes are really read as intended, not merely read alike.
        #expect(fromDisk.people.map(\.id) == ["bad-body", "bad-front", "bom", "cr", "crlf", "dots", "fence-only", "none", "typed", "unclosed", "yaml-error"])
        #expect(printed(fromDisk).contains { $0.hasPrefix("people/bad-body.md:4:") && $0.contains("invalid UTF-8") })
        #expect(printed(fromDisk).contains { $0.hasPrefix("people/bad-front.md:2:") && $0.contains("invalid UTF-8") })
        #expect(printed(fromDisk).contains { $0.hasPrefix("people/nul-body.md:1:1") && $0.contains("binary") })
        #expect(fromDisk.people.first { $0.id == "crlf" }?.cadenceDays == 14)
    }

    @Test func theFrontMatterLengthEndsAfterTheClosingFence() {
        func length(_ s: String) -> Int { TextDecoder.frontMatterLength(Array(s.utf8)) }
        #expect(length("---\na: 1\n---\nbody\n") == 13)
        #expect(length("---\r\na: 1\r\n--- \r\nbody") == 17)
        #expect(length("---\na: 1\n...\nbody") == 13)
        #expect(length("# title\n---\n") == 8)
        #expect(length("---\na: 1\n") == 9)
        #expect(length("---\na: 1\n----\n") == 14)
    }
}
