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

extension NoteChange {
    /// Writes the change: the note replaced if it still holds `original`, or created where no file stands.
    func write(root: String) throws {
        let full = root + "/" + path
        if let original {
            try NoteWriter.replace(full, expected: original, with: updated)
        } else {
            try NoteWriter.create(full, bytes: updated)
        }
    }

    /// Puts the note back as it was before `write`.
    func undo(root: String) {
        let full = root + "/" + path
        if let original { try? NoteWriter.replace(full, expected: updated, with: original) } else { unlink(full) }
    }
}

/// The diagnostics of `after` in the notes at `paths` that `before` did not have in the same note.
func newDiagnostics(before: Journal, after: Journal, in paths: Set<String>) -> [Diagnostic] {
    let old = Set(
        before.diagnostics.filter { paths.contains($0.location.path) }.map { [$0.location.path, $0.text.en] })
    return after.diagnostics.filter {
        paths.contains($0.location.path) && !old.contains([$0.location.path, $0.text.en])
    }
}

/// Reads a note's bytes, or nil when there is no such file.
func noteBytes(_ root: String, _ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: root + "/" + relative).map { [UInt8]($0) }
}

/// Writes `change`, reads the journal back, and keeps the change only if `intended` finds what was meant in the new
/// journal and the note has no more diagnostics than before; otherwise restores the note and exits with 1.
func apply(_ change: NoteChange, root: String, before: Journal, say: Say, intended: (Journal) -> Bool) throws {
    try refuseOtherEncoding(change.path, change.original, say)
    do { try change.write(root: root) } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
    let after: Journal
    do { after = try Kizuna.journal(root: root) } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
    let new = newDiagnostics(before: before, after: after, in: [change.path])
    if intended(after) && new.isEmpty { return }
    change.undo(root: root)
    for d in new { printError(d.description(say.language)) }
    if new.isEmpty {
        say(
            "kizuna: \(change.path) did not read back as intended; it was restored",
            "kizuna: \(change.path) を読み直すと意図どおりになっていなかったため、元に戻しました")
    } else {
        // The user's next step is to fix what they typed, so say that nothing was kept and why.
        say(
            "kizuna: nothing was written: \(change.path) would gain the mistake above",
            "kizuna: \(change.path) に上の問題が加わるため、何も書き込みませんでした")
    }
    throw ExitCode(1)
}

/// Refuses to change a note saved in an encoding other than UTF-8: lines written into it in UTF-8 would garble it.
func refuseOtherEncoding(_ path: String, _ original: [UInt8]?, _ say: Say) throws {
    guard let original, let encoding = LegacyEncoding.of(original) else { return }
    throw refuse(
        say,
        "\(path) is saved as \(encoding.name), not UTF-8; kizuna changes only UTF-8 notes: save it as UTF-8 first; "
            + "nothing was written",
        "\(path) は UTF-8 ではなく \(encoding.name) で保存されています。kizuna が書き換えるのは UTF-8 のメモだけです。"
            + "先に UTF-8 で保存し直してください。何も書いていません")
}

/// Refuses with a message in the journal's language.
func refuse(_ say: Say, _ en: String, _ ja: String) -> ExitCode {
    say("kizuna: " + en, "kizuna: " + ja)
    return ExitCode(1)
}
