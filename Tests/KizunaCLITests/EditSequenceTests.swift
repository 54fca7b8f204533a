import Foundation
import KizunaSynth
import Testing

@Suite(.serialized) struct EditSequenceTests {
    /// Twelve people written every way people write them, log notes with tasks, and one warning already there.
    func journal() throws -> Scratch {
        let dir = try Scratch()
        try dir.write("kizuna.yaml", "owner: Yamada Taro\n")
        let styles: [(String) -> String] = [
            { "---\nname: \($0)\ncircle: close\n---\n# \($0)\n" },
            { "---\r\n# a comment\r\nname: \($0)   # trailing\r\n---\r\n" },
            { "\u{FEFF}---\nname: \($0)\n---\nprofile  \n- [ ] Ask \($0) about tea" },
            { "# \($0)\n\nNo front matter.\n" },
        ]
        for i in 0..<12 {
            try dir.write("people/p\(i).md", styles[i % styles.count]("Person \(i)"))
        }
        try dir.write(
            "log/2026-10-01.md", "Met [[p1]] and [[p2]].\n- [ ] Send [[p3]] the notes\n- [ ] Call [[p4]] 📅 2026-10-20\n"
        )
        try dir.write("log/events.md", "## 2026-10-05 Meetup with [[p5]] #event\n- [ ] Follow up [[Unknown Someone]]\n")
        return dir
    }

    func diagnostics(_ dir: Scratch) throws -> [String] {
        let r = try kizuna(["check", "--format", "json", "--journal", dir.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        return list.map { "\($0["file"] ?? ""): \($0["severity"] ?? ""): \($0["message"] ?? "")" }.sorted()
    }

    func openTasks(_ dir: Scratch, _ person: String) throws -> [String] {
        let r = try kizuna(["show", person, "--format", "json", "--journal", dir.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        return (object["open_tasks"] as? [[String: Any]] ?? []).map { "\($0["file"] ?? ""):\($0["line"] ?? 0)" }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func randomEditsChangeOneNoteAndNeverAddADiagnostic(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        let dir = try journal()
        let expected = try diagnostics(dir)
        var people = (0..<12).map { "p\($0)" }
        for step in 0..<14 {
            let before = dir.snapshot()
            let who = people.randomElement(using: &random)!
            var arguments: [String]
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                let name = "New Person \(seed)-\(step)"
                arguments = ["add", name, "--circle", ["core", "close", "network"].randomElement(using: &random)!]
                people.append("new-person-\(seed)-\(step)")
            case 1:
                let others = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                    people.randomElement(using: &random)!
                }
                arguments = ["log", "Step \(step) #meet", "--with", who] + others.flatMap { ["--with", $0] }
                arguments += ["--date", "2026-11-\(10 + step)"]
            case 2:
                arguments = ["snooze", who, "--until", "\(Int.random(in: 1...30, using: &random))d"]
            default:
                guard let task = try openTasks(dir, who).first else { continue }
                arguments = ["done", task, "--date", "2026-11-24"]
            }
            let r = try kizuna(arguments + ["--journal", dir.path])
            #expect(r.status == 0, "\(arguments): \(r.err)")
            let after = dir.snapshot()
            let changed = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }
            #expect(changed.count == 1, "\(arguments) changed \(changed.sorted())")
            #expect(try diagnostics(dir) == expected, "\(arguments)")
        }
    }
}
