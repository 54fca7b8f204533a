import Foundation
import Testing

@testable import KizunaCore

/// Notes named as Emacs's Denote names them: an identifier, a signature, a title and keywords in the file name.
@Suite struct DenoteNameTests {
    /// The parts of a name in any order Denote writes them, a title in Japanese; a name that does not open with
    /// a day and a time of day, or whose identifier runs on, is none.
    @Test func aDenoteNameHasItsIdentifierTitleAndKeywords() {
        let jane = DenoteName(stem: "20231015T093000--jane-doe__person_work")
        #expect(
            jane.map { [$0.identifier, $0.title] + $0.keywords } == ["20231015T093000", "jane-doe", "person", "work"])
        #expect(jane?.personKeyword == "person")
        let signed = DenoteName(stem: "20240110T080000==1a--reading-list__books")
        #expect(
            signed.map { [$0.identifier, $0.title] + $0.keywords } == ["20240110T080000", "reading-list", "books"])
        #expect(DenoteName(stem: "20240305T120000--伊藤-葵__people")?.title == "伊藤-葵")
        #expect(DenoteName(stem: "20240305T120000")?.keywords == [])
        for stem in ["2023-10-15", "20231015", "20231015T0930--x", "20231015T093000x", "Jane Doe", "20231015t093000"] {
            #expect(DenoteName(stem: stem) == nil, "\(stem)")
        }
    }

    /// A link's destination names a note by its identifier, an Org search after `::` aside; anything else is none.
    @Test func aDenoteLinkNamesAnIdentifier() {
        #expect(DenoteName.link("denote:20231015T093000") == "denote:20231015T093000")
        #expect(DenoteName.link("denote:20231015T093000::#heading") == "denote:20231015T093000")
        #expect(DenoteName.link("denote:2023") == nil)
        #expect(DenoteName.link("https://example.com/denote:20231015T093000") == nil)
    }

    /// A new note's stamp is the time in the user's zone, with its offset; each next one a second later.
    @Test func aStampIsTheLocalTimeWithItsOffset() throws {
        let date = Date(timeIntervalSince1970: 1_796_545_859)  // 2026-12-06 08:30:59 UTC
        let tokyo = DenoteStamp(date, timeZone: try #require(TimeZone(identifier: "Asia/Tokyo")))
        #expect(tokyo.identifier == "20261206T173059")
        #expect(tokyo.written == "2026-12-06T17:30:59+09:00")
        #expect(tokyo.next().identifier == "20261206T173100")
        let newYork = DenoteStamp(date, timeZone: try #require(TimeZone(identifier: "America/New_York")))
        #expect(newYork.written == "2026-12-06T03:30:59-05:00")
    }

    /// Links to a note's identifier match its person, in a markdown link or a wikilink, and a link to a note that is
    /// no one's is no warning; one to an identifier no note has is, at its place.
    @Test func denoteLinksMatchByIdentifier() throws {
        let j = journal([
            "20231015T093000--jane-doe__person.md": "---\ntitle: \"Jane Doe\"\ntags: [\"person\"]\n---\n",
            "20240110T080000--reading-list__books.md": "---\ntitle: \"Reading list\"\n---\n",
            "20251120T180000--dinners__journal.md":
                "## 2025-11-20 Dinner\n\nWith [Jane](denote:20231015T093000), see [[denote:20240110T080000]].\n\n"
                + "## 2025-11-21 Walk\n\nWith [[denote:20231015T093000]] and\n[Bo](denote:20990101T000000).\n",
        ])
        #expect(j.people.map(\.name) == ["Jane Doe"])
        #expect(j.entries.map(\.participants) == [[0], [0]])
        #expect(
            j.diagnostics.map(\.description) == [
                "20251120T180000--dinners__journal.md:8:6: warning: no person or note named 'denote:20990101T000000'"
            ])
    }

    /// An entry of Denote's journal written without a dated heading is the day's note of its identifier's day: a
    /// touch with the people it links; a note with other keywords is no day's.
    @Test func aDenoteJournalEntryIsItsDaysNote() throws {
        let j = journal([
            "20231015T093000--jane-doe__person.md": "---\ntitle: \"Jane Doe\"\ntags: [\"person\"]\n---\n",
            "journal/20251125T090000--tuesday-25-november-2025__journal.md":
                "---\ntitle: \"Tuesday 25 November 2025\"\ntags: [\"journal\"]\n---\n\nCoffee with "
                + "[Jane](denote:20231015T093000).\n",
            "20251126T090000--thoughts__ideas.md": "Walk with [Jane](denote:20231015T093000).\n",
        ])
        #expect(j.entries.map { "\($0.date)" } == ["2025-11-25"])
        #expect(j.entries.first?.location.path.hasPrefix("journal/") == true)
        #expect(DenoteName(stem: "20251125T090000--x__journal")?.journalDay == Day(iso: "2025-11-25"))
        #expect(DenoteName(stem: "20251125T090000--journal__ideas")?.journalDay == nil)
    }
}

/// Pages as Notion's markdown export names them: the title, a space and the page's id.
@Suite struct NotionNameTests {
    /// The title is the name before a space and 32 hexadecimal digits in lower case; any other name has none, and a
    /// folder so named is its title for the people folder's search.
    @Test func aNotionPagesNameIsItsTitleAndItsId() {
        #expect(NoteName.notionTitle("Jane Doe 1f2e3d4c5b6a79881f2e3d4c5b6a7988") == "Jane Doe")
        #expect(NoteName.notionTitle("伊藤 葵 5e6f708192a3b4c5d6e7f8091a2b3c4d") == "伊藤 葵")
        for name in [
            "Jane Doe 1F2E3D4C5B6A79881F2E3D4C5B6A7988", "Jane Doe 1f2e3d4c5b6a79881f2e3d4c5b6a798",
            "Jane Doe-1f2e3d4c5b6a79881f2e3d4c5b6a7988", " 1f2e3d4c5b6a79881f2e3d4c5b6a7988", "Jane Doe",
        ] {
            #expect(NoteName.notionTitle(name) == nil, "\(name)")
        }
        #expect(JournalLoader.bareName("People 0f1e2d3c4b5a69788796a5b4c3d2e1f0") == "people")
    }
}
