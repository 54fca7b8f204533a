import Foundation
import KizunaSynth
import Testing
@testable import KizunaCore

@Suite struct JournalStateTests {
    /// A journal on disk with people, daily notes and a mistake or two.
    func journalOnDisk() -> TempDir {
        let dir = TempDir()
        dir.write("kizuna.yaml", "owner: Yamada Taro\n")
        for i in 0..<8 {
            dir.write(
                "people/p\(i).md",
                "---\nname: Person \(i)\naliases: [P\(i)]\n---\n## 2026-11-0\(i + 1) Tea with [[p\((i + 1) % 8)]] #meet\n"
            )
        }
        for i in 0..<6 {
            dir.write("log/2026-10-1\(i).md", "Met [[P\(i)]] and [[Nobody \(i)]].\n- [ ] Call [[p\(i + 1)]]\n")
        }
        return dir
    }

    /// Diagnostics of a fresh full read of the same notes, buffers included.
    func fullRead(_ state: JournalState) -> [String: [Diagnostic]] {
        let fresh = JournalState(root: state.root)
        for (path, text) in state.buffers { fresh.update(path, text: text) }
        fresh.reload()
        return fresh.diagnostics
    }

    @Test func randomEditsGiveTheDiagnosticsOfAFullRead() {
        let dir = journalOnDisk()
        let state = JournalState(root: JournalLoader.realPath(dir.path)!)
        state.reload()
        var random = SplitMix64(state: 0x2545_F491_4F6C_DD1D)
        let edits: [(String, String)] = [
            ("log/2026-10-11.md", "Met [[P3]] and [[Persn 3]].\n## 2026-13-40 bad\n"),
            ("log/2026-10-12.md", "---\nbroken: [\n---\nText [[p2]]\n"),
            ("people/p1.md", "---\nname: Person One\naliases: [Uno]\n---\n"),
            ("people/p9.md", "---\nname: Person Nine\n---\n[[P1]]\n"),
            ("log/new.md", "---\ntype: person\nname: Newcomer\n---\n"),
            ("log/2026-10-13.md", "[[Uno]] [[Newcomer]] [[P1]]\n"),
            ("people/p2.md", "---\nname: Person 2\naliases: [P1]\n---\n"),
            ("log/2026-10-14.md", ""),
        ]
        for step in 0..<24 {
            let (path, text) = edits[Int.random(in: 0..<edits.count, using: &random)]
            if step % 5 == 4 {
                state.update(path, text: nil)
            } else {
                state.update(path, text: Array(text.utf8))
            }
            #expect(state.diagnostics == fullRead(state), "after step \(step): \(path)")
        }
    }

    @Test func aChangedDailyNoteIsReparsedAloneAndItsJournalFollowsOnDemand() {
        let dir = journalOnDisk()
        let state = JournalState(root: JournalLoader.realPath(dir.path)!)
        state.reload()
        #expect(state.journal.entries.count == 14)
        let changed = state.update(
            "log/2026-10-10.md", text: Array("## 2026-10-10 Lunch with [[P0]]\n## 2026-10-11 Call [[P5]]\n".utf8))
        #expect(changed == ["log/2026-10-10.md"])
        #expect(state.diagnostics["log/2026-10-10.md"] == nil)
        #expect(state.journal.entries.count == 15)
    }
}
