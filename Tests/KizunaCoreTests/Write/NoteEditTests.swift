import Testing
@testable import KizunaCore

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
private func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
private func value(_ yaml: String) -> YAMLValue? {
    if case .success(let v?) = YAMLReader.read(yaml) { return v["k"] }
    return nil
}

@Suite struct NoteEditTests {
    @Test func anEntryGoesAtTheEndAfterABlankLineInTheNotesOwnLineEndings() {
        #expect(
            text(NoteEdit.appending(["## 2026-12-01 Tea"], to: bytes("# A\nprofile\n")))
                == "# A\nprofile\n\n## 2026-12-01 Tea\n")
        #expect(
            text(NoteEdit.appending(["## 2026-12-01 Tea"], to: bytes("# A\r\nprofile\r\n")))
                == "# A\r\nprofile\r\n\r\n## 2026-12-01 Tea\r\n")
        #expect(text(NoteEdit.appending(["## 2026-12-01 Tea"], to: bytes("# A\n\n"))) == "# A\n\n## 2026-12-01 Tea\n")
        #expect(text(NoteEdit.appending(["x"], to: [])) == "x\n")
    }

    @Test func aNoteWithoutAFinalNewlineStillHasNoneAndKeepsItsBOMAndTrailingSpaces() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let out = NoteEdit.appending(["## 2026-12-01 Tea"], to: bom + bytes("# A  \r\nlast line  "))
        #expect(out == bom + bytes("# A  \r\nlast line  \r\n\r\n## 2026-12-01 Tea"))
    }

    /// A key written otherwise but read as the one set (`Snooze Until:`, `状態:`) is the line changed, as written.
    @Test func aKeyWrittenAsAVariantIsTheLineSet() throws {
        let note = "---\nName: Ken\nSnooze Until: 2026-01-01\n状態: アクティブ\n---\n"
        let snoozed = try NoteEdit.settingFrontMatter("snooze_until", to: "2026-12-17", in: bytes(note))
        #expect(text(snoozed) == "---\nName: Ken\nSnooze Until: 2026-12-17\n状態: アクティブ\n---\n")
        let paused = try NoteEdit.settingFrontMatter("status", to: "paused", in: bytes(note))
        #expect(text(paused) == "---\nName: Ken\nSnooze Until: 2026-01-01\n状態: paused\n---\n")
        let both = "---\nstatus: active\n状態: アクティブ\n---\n"
        #expect(
            text(try NoteEdit.settingFrontMatter("status", to: "paused", in: bytes(both)))
                == "---\nstatus: paused\n状態: アクティブ\n---\n")
    }

    @Test func aFrontMatterKeyIsReplacedOnItsOwnLineAndNothingElseMoves() throws {
        let note =
            "---\r\n# who\r\nname: Ken   # the name\r\nsnooze_until: 2026-01-01 # old\r\ntags: [a]\r\n---\r\nbody"
        let out = try NoteEdit.settingFrontMatter("snooze_until", to: "2026-12-17", in: bytes(note))
        #expect(
            text(out)
                == "---\r\n# who\r\nname: Ken   # the name\r\nsnooze_until: 2026-12-17\r\ntags: [a]\r\n---\r\nbody")
    }

    @Test func aMissingKeyIsAddedBeforeTheClosingLineAndANoteWithoutFrontMatterGetsSome() throws {
        let added = try NoteEdit.settingFrontMatter(
            "snooze_until", to: "2026-12-17", in: bytes("---\nname: Ken\n---\n# Ken\n"))
        #expect(text(added) == "---\nname: Ken\nsnooze_until: 2026-12-17\n---\n# Ken\n")
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let fresh = try NoteEdit.settingFrontMatter("snooze_until", to: "2026-12-17", in: bom + bytes("# Ken\r\n"))
        #expect(fresh == bom + bytes("---\r\nsnooze_until: 2026-12-17\r\n---\r\n# Ken\r\n"))
    }

    @Test func aValueOverSeveralLinesOrAnUnclosedBlockIsRefused() {
        #expect(throws: NoteEdit.Refusal.self) {
            try NoteEdit.settingFrontMatter("contact", to: "x", in: bytes("---\ncontact:\n  email: a\n---\n"))
        }
        #expect(throws: NoteEdit.Refusal.self) {
            try NoteEdit.settingFrontMatter("snooze_until", to: "x", in: bytes("---\nname: Ken\n# no end\n"))
        }
        #expect(throws: NoteEdit.Refusal.self) {
            try NoteEdit.settingFrontMatter("name", to: "x", in: bytes("---\nname: a\nname: b\n---\n"))
        }
    }

    @Test func aTaskIsTickedWhereverItsBoxStands() throws {
        let note = "intro\n- [ ] Send deck 📅 2026-12-10  \n> 1. [ ] quoted\n  * [ ]\tindented\n- [x] done\n"
        let ticked = try NoteEdit.tickingTask(onLine: 2, date: Day(iso: "2026-12-03")!, in: bytes(note))
        #expect(
            text(ticked)
                == "intro\n- [x] Send deck 📅 2026-12-10 ✅ 2026-12-03  \n> 1. [ ] quoted\n  * [ ]\tindented\n"
                + "- [x] done\n"
        )
        #expect(
            text(try NoteEdit.tickingTask(onLine: 3, date: Day(iso: "2026-12-03")!, in: bytes(note))).contains(
                "> 1. [x] quoted ✅"))
        #expect(
            text(try NoteEdit.tickingTask(onLine: 4, date: Day(iso: "2026-12-03")!, in: bytes(note))).contains(
                "* [x]\tindented ✅"))
        for line in [1, 5, 9] {
            #expect(throws: NoteEdit.Refusal.self) {
                try NoteEdit.tickingTask(onLine: line, date: Day(ordinal: 0), in: bytes(note))
            }
        }
    }

    /// Logseq's open markers become `DONE`, as Logseq writes a task done; nothing else on the line or around it moves.
    @Test func aLogseqTaskIsTickedAsLogseqTicksIt() throws {
        let note =
            "- TODO [#A] Send the deck\r\n  DEADLINE: <2026-12-10 Thu>\r\n\t- LATER Ask\r\n- DONE Thank\r\n- TODOS\r\n"
        let day = Day(iso: "2026-12-03")!
        #expect(
            text(try NoteEdit.tickingTask(onLine: 1, date: day, in: bytes(note), logseq: true))
                == "- DONE [#A] Send the deck ✅ 2026-12-03\r\n  DEADLINE: <2026-12-10 Thu>\r\n\t- LATER Ask\r\n"
                + "- DONE Thank\r\n- TODOS\r\n")
        #expect(
            text(try NoteEdit.tickingTask(onLine: 3, date: day, in: bytes(note), logseq: true)).contains(
                "\t- DONE Ask ✅ 2026-12-03\r\n"))
        for line in [2, 4, 5] {
            #expect(throws: NoteEdit.Refusal.self) {
                try NoteEdit.tickingTask(onLine: line, date: day, in: bytes(note), logseq: true)
            }
        }
        // Outside a Logseq graph, TODO is text: no task to tick.
        #expect(throws: NoteEdit.Refusal.self) { try NoteEdit.tickingTask(onLine: 1, date: day, in: bytes(note)) }
    }

    @Test func yamlTextIsQuotedOnlyWhenYAMLWouldReadItOtherwise() {
        #expect(YAMLText.scalar("Tanaka Hanako") == "Tanaka Hanako")
        #expect(YAMLText.scalar("田中 花子") == "田中 花子")
        for tricky in ["yes", "1985", "a: b", "# x", "[x]", "@hanako", " lead", "x #y", "-x", "tab\tin", ""] {
            let line = "k: " + YAMLText.scalar(tricky) + "\n"
            #expect(value(line)?.string == tricky, "\(tricky)")
        }
        guard case .sequence(let items, _, _) = value("k: " + YAMLText.list(["a, b", "c", "yes"]) + "\n") else {
            Issue.record("not a list")
            return
        }
        #expect(items.map(\.string) == ["a, b", "c", "yes"])
    }

    @Test func idsComeFromNamesAsReadmeSays() {
        #expect(NewNotes.id(for: "Nishida Kaori") == "nishida-kaori")
        #expect(NewNotes.id(for: "  O'Brien,  Mary-Jane ") == "obrien-mary-jane")
        #expect(NewNotes.id(for: "田中 花子") == "田中-花子")
        #expect(NewNotes.id(for: "Ｔａｎａｋａ") == "tanaka")
        #expect(NewNotes.id(for: "../..") == "")
    }
}
