#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an entry's heading says that its writer likely did not mean.
extension BodyReader {
    /// The words of a heading's title that start with a full-width `＃` and a letter (`＃会った`, as an input method
    /// in full-width mode writes it): no tag, so the entry's kind is lost.
    static func fullWidthHashes(in title: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        guard let base = title.baseAddress, memchr(base, 0xEF, title.count) != nil else { return words }
        var i = 0
        while i + 3 < title.count {
            guard title[i] == 0xEF, title[i + 1] == 0xBC, title[i + 2] == 0x83,
                i == 0 || title[i - 1] == 0x20 || title[i - 1] == 0x09 || (i >= 3 && isIdeographicSpace(title, i - 3))
            else {
                i += 1
                continue
            }
            var end = i + 3
            while end < title.count, title[end] != 0x20, title[end] != 0x09, !isIdeographicSpace(title, end) {
                end += 1
            }
            var word = String(decoding: UnsafeBufferPointer(rebasing: title[i..<end]), as: UTF8.self)
            // A warning quotes the word: a word of a thousand letters is cut, as a line of its own would be too long.
            if word.count > wordShown { word = word.prefix(wordShown - 1) + "…" }
            if let first = word.unicodeScalars.dropFirst().first, first.properties.isAlphabetic { words.append(word) }
            i = end
        }
        return words
    }

    /// The most characters of a word a warning quotes.
    static let wordShown = 40

    /// Whether `　` (U+3000) stands at `i`.
    private static func isIdeographicSpace(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < s.count && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80
    }

    /// The warnings of an entry's heading dated `day`: a weekday written that is not the date's, and each word
    /// that would be a tag but for its full-width `＃`.
    static func warn(
        _ day: Day, weekday mismatch: String?, hashes: [String], at location: SourceLocation,
        into diagnostics: inout [Diagnostic]
    ) {
        if let mismatch {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "weekday (\(mismatch)) does not match \(day), a \(Day.englishWeekdays[day.weekday])",
                        ja: "曜日 (\(mismatch)) が \(day) (\(Day.japaneseWeekdays[day.weekday])曜日) と合いません"),
                    at: location))
        }
        for word in hashes {
            let tag = "#" + word.dropFirst()
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "'\(word)' starts with a full-width '＃', so it is no tag: write \(tag)",
                        ja: "'\(word)' の「＃」は全角のため、タグになりません。\(tag) と書きます"),
                    at: location))
        }
    }
}
