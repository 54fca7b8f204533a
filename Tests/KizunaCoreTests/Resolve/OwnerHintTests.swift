import Testing

@testable import KizunaCore

/// A vault's owner stands in every meeting's `people:`, and has no note: `check` asks whether the name most notes
/// give is theirs.
@Suite struct OwnerHintTests {
    func meetings(_ count: Int, naming name: String) -> [String: String] {
        var files = ["people/alex.md": ""]
        for d in 1...count {
            files["People/alex/2025-10-0\(d).md"] = "---\ndate: 2025-10-0\(d)\npeople: [alex, \(name)]\n---\nHi.\n"
        }
        return files
    }

    @Test func aNameFiveNotesGiveWithNoNoteIsAskedAboutOnce() {
        var files = meetings(5, naming: "bernie")
        files["log/2025-10-09.md"] = "Met [[Bernie]] and [[Carol]], then [[Bernie]] again.\n"
        let j = journal(files)
        let hint =
            "kizuna.yaml:1:1: warning: 'bernie' is named in 6 notes and has no note: if that is you, write owner: "
            + "bernie in kizuna.yaml; if not, make a note for them (kizuna add \"bernie\")"
        #expect(printed(j).filter { $0.hasPrefix("kizuna.yaml") } == [hint])
        #expect(j.ownerHint?.description == hint)
        #expect(printed(j).count == 9)
    }

    /// In a journal of few meetings, a name with no note that stands in every meeting note (two or more) is asked
    /// about too, as the owner of a new vault is named in each.
    @Test func aNameInEveryMeetingOfAFewIsAskedAbout() {
        let j = journal(meetings(2, naming: "Chuck Blake"))
        #expect(
            j.ownerHint?.description
                == "kizuna.yaml:1:1: warning: 'Chuck Blake' is named in 2 notes and has no note: if that is you, write "
                + "owner: Chuck Blake in kizuna.yaml; if not, make a note for them (kizuna add \"Chuck Blake\")")
        #expect(journal(meetings(1, naming: "Chuck Blake")).ownerHint == nil)
        var notEvery = meetings(3, naming: "Chuck Blake")
        notEvery["People/alex/2025-10-04.md"] = "---\ndate: 2025-10-04\npeople: [alex]\n---\n"
        #expect(journal(notEvery).ownerHint == nil)
    }

    /// Nor is anything asked with four notes of five meetings, with an owner, in a journal with no people (its
    /// folder is what to mend first), or of a file's name or a path (an attachment gone missing).
    @Test func fourNotesAnOwnerNoPeopleOrAFileAskNothing() {
        var four = meetings(4, naming: "bernie")
        four["People/alex/2025-10-05.md"] = "---\ndate: 2025-10-05\npeople: [alex]\n---\n"
        #expect(journal(four).ownerHint == nil)
        let owned = journal(meetings(5, naming: "bernie"), config: "owner: Ann\n")
        #expect(owned.ownerHint == nil && printed(owned).count == 5)
        var nobody = meetings(5, naming: "bernie")
        nobody["people/alex.md"] = nil
        #expect(journal(nobody).ownerHint == nil)
        #expect(journal(meetings(5, naming: "clip.mp4")).ownerHint == nil)
        #expect(journal(meetings(5, naming: "\"[[media/clip]]\"")).ownerHint == nil)
        #expect(journal(meetings(5, naming: "Mr. Ito")).ownerHint != nil)
        // A link outside every entry (an index note's, a task's) names no one who took part.
        var indexes = meetings(1, naming: "alex")
        for n in 1...6 { indexes["Projects/p\(n).md"] = "Up: [[MOC - Projects]]\n- [ ] Ask [[bernie]]\n" }
        let moc = journal(indexes)
        #expect(moc.ownerHint == nil && printed(moc).count == 12)
    }

    @Test func theHintSpeaksJapaneseInAJapaneseJournal() {
        let j = journal(meetings(5, naming: "田中"), config: "language: ja\n")
        #expect(
            j.ownerHint?.text.ja
                == "'田中' は 5 個のメモに出てきますが、メモがありません。あなたのことなら kizuna.yaml に owner: 田中 と書き、"
                + "そうでなければメモを作ってください(kizuna add \"田中\")")
    }
}

/// A vault's owner often has a note of their own, and stands in the meetings they keep notes of with many people.
@Suite struct OwnerWithANoteHintTests {
    func meeting(_ day: Int, _ people: String) -> (String, String) {
        ("meetings/2025-10-\(10 + day).md", "---\ndate: 2025-10-\(10 + day)\nattendees: [\(people)]\n---\nHi.\n")
    }

    @Test func thePersonInMostMeetingsWithManyPeopleIsAskedAbout() {
        var files: [String: String] = ["people/jo.md": "---\nname: Jo Vale\n---\n"]
        for name in ["ana", "ben", "cy", "dee"] { files["people/\(name).md"] = "" }
        for (d, people) in ["Jo Vale, ana", "Jo Vale, ben", "ana, ben, Jo Vale", "cy, dee", "Jo Vale, dee"].enumerated()
        {
            let (path, text) = meeting(d, people)
            files[path] = text
        }
        let j = journal(files)
        #expect(
            j.ownerHint?.description
                == "kizuna.yaml:1:1: warning: 'jo' takes part in 4 of 5 meeting notes: if that is you, write owner: jo "
                + "in kizuna.yaml")
        #expect(journal(files, config: "language: ja\n").ownerHint?.text.ja.hasPrefix("'jo' は 5 件の会議メモのうち 4 件") == true)
        #expect(journal(files, config: "owner: Jo Vale\n").ownerHint == nil)
    }

    /// Not one who meets the same few people every time (a series of 1:1s, a team's weekly), nor one of several who
    /// take part in as many, nor in half the meetings or fewer, nor in fewer than three.
    @Test func aSeriesWithFewPeopleATieOrHalfAskNothing() {
        var files: [String: String] = [:]
        for name in ["jo", "ana", "ben", "cy", "dee"] { files["people/\(name).md"] = "" }
        func hint(_ meetings: [String]) -> Diagnostic? {
            var all = files
            for (d, people) in meetings.enumerated() {
                let (path, text) = meeting(d, people)
                all[path] = text
            }
            return journal(all).ownerHint
        }
        #expect(hint(["jo, ana", "jo, ana, ben", "jo, ana", "jo, ben"]) == nil)
        #expect(hint(["jo, ana, ben, cy", "jo, ana, ben, cy", "jo, ana, ben, cy"]) == nil)
        #expect(hint(["jo, ana", "jo, ben", "jo, cy", "ana, dee", "ben, dee", "cy, dee"]) == nil)
        #expect(hint(["jo, ana, ben, cy", "jo, dee"]) == nil)
        #expect(hint(["jo, ana, ben, cy", "jo, dee", "jo"]) != nil)
    }
}
