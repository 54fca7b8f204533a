import ArgumentParser
import Foundation
import KizunaCore

/// Today in the local time zone.
func localToday() -> Day {
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
}

/// Reads a `--date`-like option, or says what is accepted.
func commandDate(_ text: String?, option: String = "--date") throws -> Day {
    guard let text else { return localToday() }
    guard let day = CommandDate.parse(text, today: localToday()) else {
        throw ValidationError(
            "\(option) must be a date (YYYY-MM-DD, 11月2日, today, yesterday, -3d, -2w, a weekday, 今日, 昨日, 一昨日), "
                + "not '\(text)'")
    }
    return day
}

/// The person a command-line name names (as a link would, or by a word of a name when one person's holds it:
/// `jane` for Jane Smith), or a message in the journal's language and exit status 1.
func findPerson(_ text: String, in journal: Journal) throws -> Int {
    let lookup = PersonLookup(journal)
    let ja = journal.config.language == .ja
    var match = lookup.find(text)
    if case .none = match {
        let byWord = PersonLookup.holdingWord(text, in: journal)
        if byWord.count == 1 { match = .one(byWord[0]) } else if byWord.count > 1 { match = .many(byWord) }
    }
    switch match {
    case .one(let p):
        return p
    case .many(let people):
        let names = people.map(lookup.label).joined(separator: ja ? "、" : ", ")
        printError(
            ja ? "kizuna: '\(text)' は複数の人に当てはまります: \(names)" : "kizuna: '\(text)' names several people: \(names)")
    case .none(let close):
        var message = ja ? "kizuna: '\(text)' という人は見つかりません" : "kizuna: nobody is called '\(text)'"
        if !close.isEmpty {
            message +=
                ja ? "。もしかして: \(close.joined(separator: "、"))" : "; did you mean \(close.joined(separator: ", "))?"
        } else if journal.people.isEmpty {
            message +=
                ja
                ? "(ジャーナルに人物がいません。people_dir のフォルダーか、フロントマターの `type: person` で人物になります。"
                    + "kizuna check が手がかりを示します)"
                : " (the journal has no people: a person is a note in people_dir or one whose front matter says "
                    + "`type: person`; kizuna check says more)"
        }
        printError(message)
    }
    throw ExitCode(1)
}

/// Writes what `produce` hands over, piece by piece, to standard output or atomically to `out`.
func emit(to out: String?, _ produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
    guard let out else {
        produce { writeStandardOutput($0) }
        return
    }
    do {
        _ = try AtomicWriter.write(
            to: JournalLoader.absolute(out, cwd: FileManager.default.currentDirectoryPath), produce)
    } catch {
        printError("kizuna: \(error)")
        throw ExitCode(2)
    }
}

/// Writes text to standard output, or atomically to `out` (relative to the current folder).
func emit(_ text: String, to out: String?) throws {
    try emit(to: out) { put in Array(text.utf8).withUnsafeBufferPointer(put) }
}
