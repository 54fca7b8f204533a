/// Reads the front matter most notes have, without libyaml: one `key: value` per line at the left edge, each key
/// once, each value a plain word or phrase, a quoted string with nothing to unescape, or a one-line list of those.
/// For anything else (nested values, comments, multi-line or empty values, escapes, anchors, tabs, carriage returns,
/// characters YAML treats as line breaks or forbids) it gives nil, and the caller reads the text with libyaml.
/// When it gives a value, it is the value `YAMLEventReader` gives for the same text, positions included; a test
/// holds it to that on many thousands of generated front matters.
///
/// Front matter was about a tenth of a digest's work, most of it in libyaml's scanner, for text this simple.
enum PlainYAML {
    static func read(_ text: String, budget: Int = YAMLReader.nodeBudget) -> YAMLValue?? {
        var text = text
        return text.withUTF8 { read(utf8: $0, budget: budget) }
    }

    /// `read` over the text's UTF-8 bytes: nil when the text is not in the plain form, or expands to more than
    /// `budget` values.
    static func read(utf8 s: UnsafeBufferPointer<UInt8>, budget: Int) -> YAMLValue?? {
        var pairs: [YAMLEntry] = []
        var i = 0
        var line = 1
        let n = s.count
        while i < n {
            let lineStart = i
            var end = i
            while end < n, s[end] != 0x0A { end += 1 }
            if end > lineStart {
                guard let pair = entry(s, lineStart..<end, line: line) else { return nil }
                // A key said twice is YAML's error to report.
                for p in pairs where p.key == pair.key { return nil }
                pairs.append(pair)
            }
            i = end + 1
            line += 1
        }
        // No key at all: empty text or blank lines, libyaml's to judge.
        guard let first = pairs.first else { return nil }
        // More values than a document may expand to: the budget's problem is the other reader's to report.
        var values = 1
        for p in pairs {
            values += 1
            if case .sequence(let items, _, _) = p.value { values += items.count }
        }
        guard values <= budget else { return nil }
        return .some(.mapping(pairs, line: first.keyLine, column: first.keyColumn))
    }

    /// One `key: value` line, or nil.
    private static func entry(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> YAMLEntry? {
        // The key: a letter, then letters, digits, `_` or `-`, then `:` and at least one space.
        var i = range.lowerBound
        guard isLetter(s[i]) else { return nil }
        i += 1
        while i < range.upperBound, isLetter(s[i]) || isDigit(s[i]) || s[i] == UInt8(ascii: "_") || s[i] == UInt8(ascii: "-") { i += 1 }
        let key = String(decoding: UnsafeBufferPointer(rebasing: s[range.lowerBound..<i]), as: UTF8.self)
        // A key YAML reads as null is libyaml's to judge.
        if key == "null" || key == "Null" || key == "NULL" { return nil }
        guard i + 1 < range.upperBound, s[i] == UInt8(ascii: ":"), s[i + 1] == 0x20 else { return nil }
        i += 2
        while i < range.upperBound, s[i] == 0x20 { i += 1 }
        // Nothing after the key (an empty value) is left to libyaml, and so is a line that ends in a space.
        guard i < range.upperBound, s[range.upperBound - 1] != 0x20 else { return nil }
        // Key columns count bytes, and the key is ASCII; the value's column counts the characters before it.
        let column = i - range.lowerBound + 1
        let value: YAMLValue?
        if s[i] == UInt8(ascii: "[") {
            value = list(s, i..<range.upperBound, line: line, column: column, lineStart: range.lowerBound)
        } else {
            value = scalar(s, i..<range.upperBound, line: line, column: column, inList: false)
        }
        guard let value else { return nil }
        return YAMLEntry(key: key, keyLine: line, keyColumn: 1, value: value)
    }

    /// `[item, item, ...]` filling the rest of the line, or nil.
    private static func list(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int, lineStart: Int) -> YAMLValue? {
        guard s[range.upperBound - 1] == UInt8(ascii: "]") else { return nil }
        var items: [YAMLValue] = []
        var i = range.lowerBound + 1
        let close = range.upperBound - 1
        func skipSpaces() { while i < close, s[i] == 0x20 { i += 1 } }
        skipSpaces()
        if i == close { return .sequence([], line: line, column: column) }
        while true {
            // A quoted item runs to its closing quote; a plain one to the next comma or the closing bracket, less
            // the spaces before it.
            var end = i, next = i
            if s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") {
                end += 1
                while end < close, s[end] != s[i] { end += 1 }
                guard end < close else { return nil }
                end += 1
                next = end
            } else {
                while next < close, s[next] != UInt8(ascii: ",") { next += 1 }
                end = next
                while end > i, s[end - 1] == 0x20 { end -= 1 }
            }
            guard end > i, let item = scalar(s, i..<end, line: line, column: characters(s, lineStart..<i) + 1, inList: true) else { return nil }
            items.append(item)
            i = next
            skipSpaces()
            if i == close { break }
            guard s[i] == UInt8(ascii: ",") else { return nil }
            i += 1
            skipSpaces()
            // `[a, ]` and `[a,,b]` are left to libyaml.
            guard i < close, s[i] != UInt8(ascii: ",") else { return nil }
        }
        return .sequence(items, line: line, column: column)
    }

    /// A scalar filling `range`: plain, or double- or single-quoted with nothing to unescape; nil for anything else.
    private static func scalar(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int, inList: Bool) -> YAMLValue? {
        let first = s[range.lowerBound]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard range.count >= 2, s[range.upperBound - 1] == first else { return nil }
            let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
            for k in inner where s[k] == first || s[k] == UInt8(ascii: "\\") { return nil }
            guard plainCharacters(s, inner) else { return nil }
            return .scalar(String(decoding: UnsafeBufferPointer(rebasing: s[inner]), as: UTF8.self), line: line, column: column)
        }
        // A plain scalar may not start with an indicator, nor hold `: `, ` #` or (in a list) a flow indicator.
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
            return nil
        default: break
        }
        for k in range {
            switch s[k] {
            case UInt8(ascii: ":"), UInt8(ascii: "#"): return nil
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "'"):
                if inList { return nil }
            default: break
            }
        }
        guard s[range.upperBound - 1] != 0x20, plainCharacters(s, range) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
        if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null(line: line, column: column) }
        return .scalar(text, line: line, column: column)
    }

    /// Whether every character is one YAML reads as an ordinary character: no control characters or tabs, nothing
    /// YAML takes as a line break (U+0085, U+2028, U+2029), no byte order mark or non-character, nothing beyond
    /// U+FFFF. (The text is valid UTF-8: it was checked when the note was read.)
    private static func plainCharacters(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = s[k]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                k += 1
            } else if b < 0xE0 {
                if b == 0xC2, s[k + 1] < 0xA0 { return false }
                k += 2
            } else if b < 0xF0 {
                if b == 0xE2, s[k + 1] == 0x80, s[k + 2] == 0xA8 || s[k + 2] == 0xA9 { return false }
                if b == 0xEF, (s[k + 1] == 0xBB && s[k + 2] == 0xBF) || (s[k + 1] == 0xBF && s[k + 2] >= 0xBE) { return false }
                k += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Characters (Unicode scalars) in the bytes: what libyaml counts columns in.
    private static func characters(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for k in range where s[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
