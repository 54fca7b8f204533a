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
        (
            "people/crlf.md",
            Array(
                "---\r\nname: Crlf Person\r\ncadence: 2w\r\n---\r\n## 2026-11-01 #call\r\nhi [[Dots Person]]\r\n".utf8)
        ),
        ("people/cr.md", Array("---\rname: Cr Person\r---\r## 2026-11-02 #meet\r".utf8)),
        ("people/bom.md", [0xEF, 0xBB, 0xBF] + Array("---\nname: Bom Person\n---  \t\n## 2026-11-03\n".utf8)),
        (
            "people/dots.md",
            Array("---\nname: Dots Person\ntags: [a, b]\n...\n## 2026-11-04 with [[Crlf Person]]\n".utf8)
        ),
        ("people/unclosed.md", Array("---\nname: Unclosed\n## 2026-11-05\n".utf8)),
        ("people/none.md", Array("# None\n---\nname: not front matter\n---\n## 2026-11-06\n".utf8)),
        ("people/fence-only.md", Array("---".utf8)),
        ("people/bad-front.md", Array("---\nname: Bad \u{FF}".utf8) + [0xFF] + Array("\n---\n## 2026-11-07\n".utf8)),
        ("people/bad-body.md", Array("---\nname: Bad Body\n---\n## 2026-11-08 caf".utf8) + [0xC3] + Array("\n".utf8)),
        ("people/nul-body.md", Array("---\nname: Nul Body\n---\n## 2026-11-09\n".utf8) + [0x00]),
        ("people/yaml-error.md", Array("---\nname: [unclosed\n---\n## 2026-11-10\n".utf8)),
        (
            "log/typed.md",
            Array("---\r\ntype: person\r\nname: Typed\r\n---\r\n## 2026-11-11 with [[Bom Person]]\r\n".utf8)
        ),
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
        #expect(
            fromDisk.entries.map { "\($0.date) \($0.title) \($0.participants) \($0.location)" }
                == inMemory.entries.map { "\($0.date) \($0.title) \($0.participants) \($0.location)" })
        // The awkward notes are really read as intended, not merely read alike.
        #expect(
            fromDisk.people.map(\.id) == [
                "bad-body", "bad-front", "bom", "cr", "crlf", "dots", "fence-only", "none", "typed", "unclosed",
                "yaml-error",
            ])
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

/// The reader from disk matches a link that names one person while it parses the note, and skips looking for the
/// link's place in the file (only a warning would show it). Every other link is left to the resolve stage. Both
/// ways must give the same people and the same warnings, at the same places, as the reader that resolves every
/// link after parsing.
@Suite struct LinksMatchedWhileParsingTests {
    static let notes: [(String, String)] = [
        (
            "people/tanaka-hanako.md",
            "---\nname: 田中 花子\naliases: [Hanako]\n---\n## 2026-11-01 with [[Hanako]] and [[Kim]]\n"
                + "saw [[Nobody Here]] and [[Tanaka Hanako]]\n"
        ),
        (
            "people/kim-a.md",
            "---\nname: Kim\n---\n## 2026-11-02 #call\n- [ ] ask [[田中花子]] about [[Kim]] 期限: 2026-12-01\n"
                + "  - [[Ambiguous-ish]] and [[kimm]]\n"
        ),
        ("people/kim-b.md", "---\nname: Kim\n---\n## 2026-11-03 with [[people/tanaka-hanako]] and [[people/nobody]]\n"),
        (
            "log/2026-11-04.md",
            "# Lunch [[Hanako]]\n\n[[Kim]], [[kim-a]], [[Nobodyy]] and [[projects/plan]]; [x](../people/kim-b.md)\n"
        ),
        ("projects/plan.md", "# Plan\n\nwith [[kim-b]] and [[ＴＡＮＡＫＡ－ＨＡＮＡＫＯ]] and [[Plan]]\n"),
        // The unknown link's own text stands earlier in a code span: it is found after the link matched before it.
        ("log/2026-11-05.md", "`[[Nobodyy]]` see [[Hanako]] and [[Nobodyy]], [[Ｈａｎａｋｏ]] [[Nobody Here]]\n"),
    ]

    /// Every note held open from the first read to the second, none (each opened again), or two of them.
    @Test(arguments: [nil, 0, 2] as [Int?])
    func linksMatchedWhileParsingAgreeWithLinksResolvedAfter(heldOpen: Int?) throws {
        let dir = TempDir()
        for (path, text) in Self.notes { dir.write(path, text) }
        let fromDisk = try Kizuna.journal(root: dir.path, heldOpen: heldOpen)
        let inMemory = Kizuna.journal(files: Self.notes.map { SourceFile(path: $0.0, text: $0.1) })
        #expect(printed(fromDisk) == printed(inMemory))
        #expect(
            fromDisk.entries.map {
                "\($0.date) \(ids(fromDisk, $0.participants)) \(ids(fromDisk, $0.mentions)) \($0.location)"
            }
                == inMemory.entries.map {
                    "\($0.date) \(ids(inMemory, $0.participants)) \(ids(inMemory, $0.mentions)) \($0.location)"
                })
        #expect(
            fromDisk.tasks.map { "\(ids(fromDisk, $0.people)) \($0.location)" }
                == inMemory.tasks.map { "\(ids(inMemory, $0.people)) \($0.location)" })
        // What the notes say, spelt out: the links resolved are really there, and the warnings really stand where
        // their links are written.
        #expect(
            ids(fromDisk, fromDisk.entries.first { $0.date == day("2026-11-01") }!.participants) == ["tanaka-hanako"])
        #expect(
            ids(fromDisk, fromDisk.entries.first { $0.date == day("2026-11-04") }!.participants) == [
                "kim-a", "kim-b", "tanaka-hanako",
            ])
        #expect(
            printed(fromDisk).contains { $0.hasPrefix("people/tanaka-hanako.md:5:35: warning: ambiguous link 'Kim'") })
        #expect(
            printed(fromDisk).contains {
                $0.hasPrefix("people/tanaka-hanako.md:6:5: warning: no person or note named 'Nobody Here'")
            })
        #expect(
            printed(fromDisk).contains {
                $0.hasPrefix("people/kim-b.md:4:49: warning: no person or note named 'people/nobody'")
            })
        #expect(
            printed(fromDisk).contains {
                $0.hasPrefix("log/2026-11-04.md:3:21: warning: no person or note named 'Nobodyy'")
            })
        #expect(printed(fromDisk).contains { $0.hasPrefix("log/2026-11-04.md:3:1: warning: ambiguous link 'Kim'") })
        #expect(
            printed(fromDisk).contains {
                $0.hasPrefix("log/2026-11-05.md:1:34: warning: no person or note named 'Nobodyy'")
            })
        #expect(
            printed(fromDisk).contains {
                $0.hasPrefix("log/2026-11-05.md:1:58: warning: no person or note named 'Nobody Here'")
            })
        #expect(printed(fromDisk).count == 10)
        #expect(
            printed(fromDisk).contains {
                $0.hasPrefix("people/kim-a.md:6:5: warning: no person or note named 'Ambiguous-ish'")
            })
    }
}

/// Read from disk, the notes of one batch share their lists of tags; each entry still keeps its tags as written.
@Suite struct SharedTagListsTests {
    @Test func entriesKeepTheirTagsAsWrittenAcrossNotes() throws {
        let dir = TempDir()
        dir.write("log/a.md", "## 2026-11-01 #call #give\n## 2026-11-02 #Call\n## 2026-11-03 #call #give\n")
        dir.write("log/b.md", "## 2026-11-04 #call #give\n## 2026-11-05 #give #call\n## 2026-11-06\n")
        dir.write("log/c.md", "## 2026-11-07 #call\n## 2026-11-08 #ｃａｌｌ\n")
        let journal = try Kizuna.journal(root: dir.path)
        #expect(
            journal.entries.map { "\($0.date) \($0.tags.joined(separator: ","))" } == [
                "2026-11-01 call,give", "2026-11-02 Call", "2026-11-03 call,give", "2026-11-04 call,give",
                "2026-11-05 give,call", "2026-11-06 ", "2026-11-07 call", "2026-11-08 ｃａｌｌ",
            ])
        #expect(journal.entries.map(\.kinds).allSatisfy { $0.contains(.call) || $0.isEmpty })
    }
}
