import Foundation
import Testing

@testable import KizunaCore

/// The symbol in a task's box: `[/]` and `[-]` as the Tasks plugin reads them, and a vault's own statuses.
@Suite struct TaskStatusTests {
    private func boxes(_ markdown: String, _ statuses: TaskStatuses = .standard) -> [Bool?] {
        CommonMark.parse(Array(markdown.utf8)[...], memoryLimit: .max, statuses: statuses)!.blocks.map(\.taskChecked)
    }

    private let vaultStatuses = TaskStatuses.tasksPlugin([
        (" ", "TODO"), ("x", "DONE"), ("/", "IN_PROGRESS"), ("?", "TODO"), ("R", "CANCELLED"), ("Q", "NON_TASK"),
        ("h", "ON_HOLD"), ("🙂", "TODO"),
    ])

    /// In progress is still to do; cancelled is no longer to do. Any other symbol makes no task.
    @Test func inProgressIsOpenAndCancelledIsClosed() {
        #expect(boxes("- [/] Draft the intro\n") == [false])
        #expect(boxes("- [-] Book the hall\n") == [true])
        for other in ["- [?] Maybe\n", "- [>] Moved\n", "- [i] Info\n", "- [!] Note\n"] {
            #expect(boxes(other) == [nil], "\(other)")
        }
    }

    /// A vault's Tasks plugin reads its own statuses by their type, and any symbol it does not define as one to do.
    @Test func aVaultsTasksPluginSaysWhatEachSymbolIs() {
        #expect(boxes("- [?] Proposed\n", vaultStatuses) == [false])
        #expect(boxes("- [h] On hold\n", vaultStatuses) == [false])
        #expect(boxes("- [R] Rejected\n", vaultStatuses) == [true])
        #expect(boxes("- [-] Cancelled\n", vaultStatuses) == [true])
        #expect(boxes("- [Q] A quote\n", vaultStatuses) == [nil])
        #expect(boxes("- [!] Unknown to it\n", vaultStatuses) == [false])
        #expect(boxes("- [[Ana]] met\n- [[]] x\n", vaultStatuses) == [nil, nil])
    }

    /// The loader reads the plugin's statuses only while the vault has it on.
    @Test func theStatusesAreReadWhileThePluginIsOn() throws {
        let dir = TempDir()
        dir.write(
            ".obsidian/plugins/obsidian-tasks-plugin/data.json",
            """
            {"statusSettings": {"coreStatuses": [{"symbol": " ", "type": "TODO"}, {"symbol": "x", "type": "DONE"}],
             "customStatuses": [{"symbol": "?", "name": "Proposed", "type": "TODO"},
                                {"symbol": "R", "name": "Rejected", "type": "CANCELLED"}]}}
            """)
        dir.write("people/Ana.md", "# Ana\n- [?] Ask Ana about the offsite\n- [R] Rejected idea\n- [/] Draft\n")
        func tasks() throws -> [String] {
            try Kizuna.journal(root: dir.path).tasks.map { "\($0.done ? "x" : " ") \($0.text)" }
        }
        #expect(try tasks() == ["  Draft"])
        dir.write(".obsidian/community-plugins.json", "[\"dataview\", \"obsidian-tasks-plugin\"]")
        #expect(try tasks() == ["  Ask Ana about the offsite", "x Rejected idea", "  Draft"])
    }

    /// `done` ticks any box its journal reads as open, and no other.
    @Test func doneTicksAnOpenBoxWhateverItsSymbol() throws {
        let note = Array("- [/] Draft\n- [?] Proposed\n- [-] Dropped\n".utf8)
        let day = Day(iso: "2026-12-03")!
        #expect(
            String(decoding: try NoteEdit.tickingTask(onLine: 1, date: day, in: note), as: UTF8.self)
                == "- [x] Draft ✅ 2026-12-03\n- [?] Proposed\n- [-] Dropped\n")
        #expect(throws: NoteEdit.Refusal.self) { try NoteEdit.tickingTask(onLine: 2, date: day, in: note) }
        #expect(
            String(
                decoding: try NoteEdit.tickingTask(onLine: 2, date: day, in: note, statuses: vaultStatuses),
                as: UTF8.self) == "- [/] Draft\n- [x] Proposed ✅ 2026-12-03\n- [-] Dropped\n")
        #expect(throws: NoteEdit.Refusal.self) {
            try NoteEdit.tickingTask(onLine: 3, date: day, in: note, statuses: vaultStatuses)
        }
    }
}
