/// The day a front matter value names, as vaults write it: a date, a day in words as daily notes are named, or a
/// link to that day's daily note, which puts a meeting among the day's backlinks.
enum FrontMatterDate {
    /// Days written in words, as daily notes are often named and front matter copies them: `August 3, 2026`,
    /// `Aug 3rd, 2026`, `3 August 2026`, `Monday, August 3, 2026`.
    /// Kept as patterns, made into formats only for a date not written in digits: a global of formats read as
    /// leaked to the fuzzer's leak check (their tokens' arrays sit in enum payloads).
    static let wordForms = [
        "MMMM D, YYYY", "MMM D, YYYY", "MMMM Do, YYYY", "MMM Do, YYYY", "D MMMM YYYY", "D MMM YYYY",
        "dddd, MMMM D, YYYY",
    ]

    /// The day `text` names: a date `DateParser.value` reads, a day named as the vault names its daily notes or in
    /// words, or a link to such a note (`[[2026-08-03]]`, `[[Daily/August 3, 2026|Aug 3]]`). Nil for anything else.
    /// A time of day after the day is left aside, as apps that write meeting notes stamp them (`Jan 22, 2026 at
    /// 21:46`, `2026年1月22日 9:46 PM`).
    static func day(_ text: String, dailyNotes: DailyNoteFormat?) -> Day? {
        // `YYYY-MM-DD` and nothing else, as most front matters write a date: read as the steps below would read it.
        if let d = Day(iso: text) { return d }
        var t = Normalize.nfkc(text).trimmingSpaces()
        if let note = t.linkedNoteName { t = String(note) }
        if let d = written(t, dailyNotes: dailyNotes) { return d }
        return withoutTime(t).flatMap { written($0, dailyNotes: dailyNotes) }
    }

    private static func written(_ t: String, dailyNotes: DailyNoteFormat?) -> Day? {
        if let d = DateParser.value(t) ?? dailyNotes?.day(of: t) { return d }
        return wordForms.lazy.compactMap { DailyNoteFormat(moment: $0)?.day(of: t) }.first
    }

    /// `text` without the time of day that ends it (`at 21:46`, `@ 9:46 PM`, `10:00:00`); nil when no clock time
    /// ends it.
    static func withoutTime(_ text: String) -> String? {
        var words = text.split(separator: " ")
        var clock = false
        while words.count > 1, let last = words.last {
            let word = last.lowercased()
            if isClock(word) {
                clock = true
            } else if !["at", "@", "am", "pm", "a.m.", "p.m.", "-", "–"].contains(word) {
                break
            }
            words.removeLast()
        }
        return clock ? words.joined(separator: " ") : nil
    }

    /// Whether a word is a clock time: `9:46`, `21:46:05`, `9:46pm`.
    private static func isClock(_ word: String) -> Bool {
        var w = Substring(word)
        for suffix in ["am", "pm"] where w.hasSuffix(suffix) { w = w.dropLast(2) }
        let parts = w.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

extension FrontMatterDate {
    /// The day a value opens with, a time or a range's end after it aside, as Notion's export writes a date property
    /// (`November 20, 2025 3:00 PM`, `November 20, 2025 → November 21, 2025`): `day` of the value, else of it
    /// with up to four words taken off its end.
    static func leadingDay(_ text: String) -> Day? {
        if let d = day(text, dailyNotes: nil) { return d }
        var words = text.split(separator: " ")
        for _ in 0..<min(4, max(0, words.count - 1)) {
            words.removeLast()
            if let d = day(words.joined(separator: " "), dailyNotes: nil) { return d }
        }
        return nil
    }
}

extension StringProtocol {
    /// The name of the note a text that is one wikilink names, as Obsidian reads it: `[[Categories/People.md#top|人]]`
    /// names People. Nil when the text is not one link.
    var linkedNoteName: SubSequence? {
        guard hasPrefix("[["), hasSuffix("]]"), count > 4 else { return nil }
        var name = dropFirst(2).dropLast(2)
        guard !name.contains("[["), !name.contains("]]") else { return nil }
        if let end = name.firstIndex(where: { $0 == "|" || $0 == "#" }) { name = name[..<end] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        return name
    }
}

extension YAMLValue {
    /// The text of a scalar, and of a link written without quotes (`date: [[2026-08-03]]`), which YAML reads as a
    /// list in a list, as it was written.
    var textOrBareLink: String? {
        if case .sequence(let outer, _, _) = self, outer.count == 1, case .sequence(let inner, _, _) = outer[0],
            inner.count == 1, let s = inner[0].string
        {
            return "[[" + s + "]]"
        }
        return string
    }
}
