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

    /// The full-width brackets an input method writes for `[[` and `]]`: `［［`, or `「「` in kana mode.
    static let fullWidthBrackets = [("［［", "］］"), ("「「", "」」")]

    /// The would-be links of a heading's title written with full-width brackets (`［［田中 花子］］`, `「「花子」」`):
    /// no link, so the entry loses whom it was with. Each with the link to write, both as the text has them.
    static func fullWidthLinks(in title: UnsafeBufferPointer<UInt8>) -> [(written: String, link: String)] {
        // Most titles hold neither opener (`「「` is E3 80 8C twice, `［［` EF BC BB twice): each opener's last byte
        // is looked for with `memchr`, which most titles pass through at once, and only where it stands is the rest
        // compared.
        guard let base = title.baseAddress else { return [] }
        for (lead, middle, last) in [(0xE3, 0x80, 0x8C), (0xEF, 0xBC, 0xBB)] as [(UInt8, UInt8, UInt8)] {
            var from = 2
            while from < title.count, let hit = memchr(base + from, Int32(last), title.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - 2
                if i + 6 <= title.count, title[i] == lead, title[i + 1] == middle, title[i + 3] == lead,
                    title[i + 4] == middle, title[i + 5] == last
                {
                    return fullWidthLinks(in: String(decoding: title, as: UTF8.self))
                }
                from = i + 3
            }
        }
        return []
    }

    /// `fullWidthLinks` of a text: each pair of full-width brackets with something between them, on one line.
    static func fullWidthLinks(in text: String) -> [(written: String, link: String)] {
        var found: [(written: String, link: String)] = []
        for (open, close) in fullWidthBrackets {
            var rest = text[...]
            while let o = rest.range(of: open), let c = rest[o.upperBound...].range(of: close) {
                let inner = rest[o.upperBound..<c.lowerBound]
                if !inner.isEmpty, !inner.contains(where: \.isNewline) {
                    found.append((String(rest[o.lowerBound..<c.upperBound]), "[[" + inner + "]]"))
                }
                rest = rest[c.upperBound...]
            }
        }
        return found
    }

    /// Whether `　` (U+3000) stands at `i`.
    private static func isIdeographicSpace(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < s.count && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80
    }

    /// The warnings of an entry's heading dated `day`: a weekday written that is not the date's, each word that
    /// would be a tag but for its full-width `＃`, and each link but for its full-width brackets.
    static func warn(
        _ day: Day, weekday mismatch: String?, hashes: [String], links: [(written: String, link: String)],
        at location: SourceLocation, into diagnostics: inout [Diagnostic]
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
        for (written, link) in links {
            // A link of a thousand letters is cut in the warning, as a word is.
            func shown(_ s: String) -> String { s.count > wordShown ? s.prefix(wordShown - 1) + "…" : s }
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "'\(shown(written))' is written with full-width brackets, so it is no link: write "
                            + shown(link),
                        ja: "'\(shown(written))' は全角の括弧のため、リンクになりません。\(shown(link)) と書きます"),
                    at: location))
        }
    }
}
