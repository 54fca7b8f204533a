extension DateParser {
    /// How a heading's date is written that no entry's is.
    enum Misdate: Equatable {
        /// A month and a day with no year (`11月2日`, `11/2`); `write` is the form to write, the year left as YYYY.
        case noYear(month: Int, day: Int, write: String)
        /// A Japanese era's year (`令和8年11月4日`); `write` is the same day in the form to write, when it exists.
        case era(write: String?)
        /// The year last (`11/02/2026`, `02.11.2026`), the order of day and month unknown.
        case yearLast
        /// The year first with dots (`2026.11.03`); `write` is the same day with `-`.
        case dotted(write: String)
        /// A date with a time after a `T` (`2026-11-07T10:00`); `write` is the date, a space and the time.
        case withTime(write: String)
        /// A day in words (`November 2, 2024`, `3 Nov 2024`); `write` is the same day as entries write it.
        case inWords(write: String)

        /// The heading's date written as entries' dates are, when the form tells the day.
        var rewritten: String? {
            switch self {
            case .era(let write): return write
            case .dotted(let write), .withTime(let write), .inWords(let write): return write
            case .noYear, .yearLast: return nil
            }
        }

        /// A whole real date starts the heading, so it is meant as an entry even with no link and no tag.
        var isSurelyMeant: Bool { if case .withTime = self { true } else { false } }

        /// The heading starts with a year, a month and a day: in a person's note, where a heading that starts with a
        /// date is their entry, it is meant as one.
        var hasYear: Bool { if case .noYear = self { false } else { true } }

        /// The warning for a heading (or a log's `item`) whose date, as written, is `text`.
        func message(_ text: String, item: Bool = false) -> Message {
            let notRead = item ? "this item is not read as an entry" : "this heading is not read as an entry"
            let notReadJa = item ? "この項目はエントリーとして読みません" : "この見出しはエントリーとして読みません"
            switch self {
            case .noYear(_, _, let write):
                return Message(
                    "'\(text)' has no year; \(notRead): write the year first (\(write))",
                    ja: "'\(text)' には年がありません。\(notReadJa)。年から書きます(\(write))")
            case .era(let write?):
                return Message(
                    "'\(text)' is a Japanese era's date; \(notRead): write \(write)",
                    ja: "'\(text)' は和暦です。\(notReadJa)。\(write) と書きます")
            case .era(nil):
                return Message(
                    "'\(text)' is a Japanese era's date, and not a real one; \(notRead)",
                    ja: "'\(text)' は和暦で、存在しない日付です。\(notReadJa)")
            case .yearLast:
                return Message(
                    "'\(text)' does not start with its year; \(notRead): write YYYY-MM-DD",
                    ja: "'\(text)' は年から始まっていません。\(notReadJa)。YYYY-MM-DD の形で書きます")
            case .dotted(let write):
                return Message(
                    "'\(text)' is written with dots; \(notRead): write \(write)",
                    ja: "'\(text)' はドット区切りです。\(notReadJa)。\(write) と書きます")
            case .withTime(let write):
                return Message(
                    "'\(text)' has a time joined to it by 'T'; \(notRead): write \(write)",
                    ja: "'\(text)' は日付と時刻が「T」でつながっています。\(notReadJa)。\(write) と書きます")
            case .inWords(let write):
                return Message(
                    "'\(text)' is written in words; \(notRead): write \(write)",
                    ja: "'\(text)' は英語の言葉で書かれています。\(notReadJa)。\(write) と書きます")
            }
        }
    }

    /// The words a day in words may open with: a month's name, whole or cut short, or a weekday's.
    private static let openingWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// A day in words at `start` (`November 2, 2024`, `Nov 3rd, 2024`, `3 November 2024`, `Monday, November 2,
    /// 2024`), as notes kept elsewhere date their headings: where it ends, and the day. Only a text whose first word
    /// is a month's or a weekday's name, or a number before a month's name, is read further.
    static func inWords(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, day: Day)? {
        /// The word at `i`: up to the next space or tab.
        func word(at i: Int) -> Range<Int> {
            var j = i
            while j < s.count, s[j] != 0x20, s[j] != 0x09 { j += 1 }
            return i..<j
        }
        /// Whether the word `r` is one a day in words opens with, a comma or dot after it aside.
        func opens(_ r: Range<Int>) -> Bool {
            var end = r.upperBound
            while end > r.lowerBound, s[end - 1] == 0x2C || s[end - 1] == 0x2E { end -= 1 }
            guard end - r.lowerBound <= 9 else { return false }
            let w = String(decoding: UnsafeBufferPointer(rebasing: s[r.lowerBound..<end]), as: UTF8.self)
            return openingWords.contains(w.lowercased())
        }
        guard start < s.count, s[start] < 0x80 else { return nil }
        let isDigit = (0x30...0x39).contains(s[start])
        guard isDigit || (0x41...0x5A).contains(s[start] & ~0x20) else { return nil }
        var words = [word(at: start)]
        while words.count < 4 {
            var i = words[words.count - 1].upperBound
            while i < s.count, s[i] == 0x20 || s[i] == 0x09 { i += 1 }
            guard i < s.count else { break }
            // Read on only while the text may still be a day in words.
            if words.count == 1, !(isDigit ? opens(word(at: i)) : opens(words[0])) { return nil }
            words.append(word(at: i))
        }
        for n in stride(from: words.count, through: 3, by: -1) {
            var end = words[n - 1].upperBound
            // A mark right after the year (`2024:`, `2024,`) parts it from the title.
            while end > start, [0x3A, 0x2C, 0x2E].contains(s[end - 1]) { end -= 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: s[start..<end]), as: UTF8.self)
            if let day = FrontMatterDate.wordForms.lazy.compactMap({ DailyNoteFormat(moment: $0)?.day(of: text) }).first
            {
                return (end, day)
            }
        }
        return nil
    }
}

extension DateParser.HeadingMatch {
    /// The warning for an item of a log whose date is no day (`2026-02-30`), or is written as no entry's is: with its
    /// year (`令和8年11月12日`, `2026.11.03`, `November 1, 2024`), since a log's items are its entries, or with none
    /// (`11/10`) when the item links or tags (`meant`) as an entry does. Nil for any other item.
    func logItemWarning(meant: Bool) -> Message? {
        switch self {
        case .invalid(let what):
            return Message(
                "'\(what)' is not a real date; this item is not read as an entry",
                ja: "'\(what)' は存在しない日付です。この項目はエントリーとして読みません")
        case .misdated(let what, let form) where form.hasYear || meant:
            return form.message(what, item: true)
        default:
            return nil
        }
    }
}
