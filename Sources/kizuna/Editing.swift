import ArgumentParser
import Foundation
import KizunaCore

/// Says something in the journal's language on standard error.
struct Say {
    let language: Language
    func callAsFunction(_ en: String, _ ja: String) { printError(language == .ja ? ja : en) }
}

/// One note changed or created by a writing command.
struct NoteChange {
    /// Relative to the root.
    var path: String
    /// What the note held when the change was made from it; nil for a new note.
    var original: [UInt8]?
    var updated: [UInt8]
}

/// Reads a note's bytes, or nil when there is no such file.
func noteBytes(_ root: String, _ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: root + "/" + relative).map { [UInt8]($0) }
}

/// Writes `change`, reads the journal back, and keeps the change only if `intended` finds what was meant in the new
/// journal and the note has no more diagnostics than before; otherwise restores the note and exits with 1.
func apply(_ change: NoteChange, root: String, before: Journal, say: Say, intended: (Journal) -> Bool) throws {
    let full = root + "/" + change.path
    do {
        if let original = change.original {
            try NoteWriter.replace(full, expected: original, with: change.updated)
        } else {
            try NoteWriter.create(full, bytes: change.updated)
        }
    } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
    let after: Journal
    do { after = try Kizuna.journal(root: root) } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
    let problems = { (j: Journal) in j.diagnostics.filter { $0.location.path == change.path } }
    let new = problems(after).filter { d in !problems(before).contains { $0.text == d.text } }
    if intended(after) && new.isEmpty { return }
    if let original = change.original {
        try? NoteWriter.replace(full, expected: change.updated, with: original)
    } else {
        unlink(full)
    }
    for d in new { printError(d.description(say.language)) }
    say(
        "kizuna: \(change.path) did not read back as intended; it was restored",
        "kizuna: \(change.path) を読み直すと意図どおりになっていなかったため、元に戻しました")
    throw ExitCode(1)
}

/// Refuses with a message in the journal's language.
func refuse(_ say: Say, _ en: String, _ ja: String) -> ExitCode {
    say("kizuna: " + en, "kizuna: " + ja)
    return ExitCode(1)
}
