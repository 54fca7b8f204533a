/// Reads the front matter most notes have, without libyaml: one `key: value` per line at the left edge, each key
/// once, each value a plain word or phrase, a quoted string with nothing to unescape, or a one-line list or mapping
/// of those; or `key:` over a block of `- item` lines or indented `key: value` lines, one level deep; or `key: >-`
/// (or `>`, `|`, `|-`) over lines of text at one indentation. Comments on their own lines and after values are
/// passed over. For anything else (deeper nesting, multi-line plain or empty values, escapes, anchors, tabs,
/// carriage returns, characters YAML treats as line breaks or forbids) it gives nil, and the caller reads the text
/// with libyaml.
/// When it gives a value, it is the value `YAMLEventReader` gives for the same text, positions included; a test
/// holds it to that on many thousands of generated front matters.
///
/// Why: libyaml's scanner was most of the front matter's cost, for text this simple (BENCHMARKS.md, fifth round).
enum PlainYAML {
    static func read(_ text: String, budget: Int = YAMLReader.nodeBudget) -> YAMLValue?? {
        text.withUTF8Bytes { read(utf8: $0, budget: budget) }
    }

    /// `read` over the text's UTF-8 bytes: nil when the text is not in the plain form, or expands to more than
    /// `budget` values.
    static func read(utf8 s: UnsafeBufferPointer<UInt8>, budget: Int) -> YAMLValue?? {
        // The lines that hold something: blank lines and whole-line comments are passed over, as YAML does.
        var lines: [(range: Range<Int>, number: Int, indent: Int)] = []
        // Room for a line every 16 bytes, so that most front matters are listed without the list growing.
        lines.reserveCapacity(s.count / 16 + 4)
        var i = 0, number = 1
        while i < s.count {
            var end = i
            while end < s.count, s[end] != 0x0A { end += 1 }
            var first = i
            while first < end, s[first] == 0x20 { first += 1 }
            if first < end, s[first] != UInt8(ascii: "#") {
                lines.append((i..<end, number, first - i))
            } else if first < end, first > i, i > 0, !lines.isEmpty {
                // An indented comment inside a block is left to libyaml.
                return nil
            }
            i = end + 1
            number += 1
        }
        var pairs: [YAMLEntry] = []
        pairs.reserveCapacity(lines.count)
        var k = 0
        while k < lines.count {
            let (range, line, indent) = lines[k]
            // `key: >-` or `key: |`: the key alone is read as `key:`, and the text below it as the value.
            let header = indent == 0 ? blockScalarHeader(s, range) : nil
            let keyRange = header.map { range.lowerBound..<($0.indicator - 1) } ?? range
            guard indent == 0, var pair = entry(s, keyRange, line: line, indent: 0) else { return nil }
            k += 1
            if let header {
                guard pair.value == blockBelow, let text = blockScalar(s, lines, header, from: &k) else { return nil }
                pair.value = .scalar(text, line: line, column: characters(s, range.lowerBound..<header.indicator) + 1)
            } else if pair.value == blockBelow {
                // `key:` with nothing after it: a block below it, a list or a mapping, one level deep.
                guard k < lines.count, let block = block(s, lines, from: &k) else { return nil }
                pair.value = block
            }
            // A key said twice is YAML's error to report.
            for p in pairs where p.key == pair.key { return nil }
            pairs.append(pair)
        }
        // No key at all: empty text or blank lines, libyaml's to judge.
        guard let first = pairs.first else { return nil }
        // More values than a document may expand to are the other reader's to report. A line holds at most a key, a
        // value and one item more than its commas, so most texts cannot come near the budget and are not counted.
        let commas = s.reduce(0) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 }
        let mapping = YAMLValue.mapping(pairs, line: first.keyLine, column: first.keyColumn)
        guard 3 * lines.count + commas + 1 <= budget || values(in: mapping) <= budget else { return nil }
        return .some(mapping)
    }

    /// The values `v` holds, itself included.
    private static func values(in v: YAMLValue) -> Int {
        switch v {
        case .sequence(let items, _, _): return 1 + items.reduce(0) { $0 + values(in: $1) }
        case .mapping(let entries, _, _): return 1 + entries.reduce(0) { $0 + values(in: $1.value) }
        default: return 1
        }
    }

    /// What `entry` gives as the value of `key:` with nothing after it (a real null has a place in the text).
    private static let blockBelow = YAMLValue.null(line: 0, column: 0)

    /// The block below a `key:` line: `- item` lines (indented or not) or indented `key: value` lines, all at one
    /// indentation, each item a scalar and each value a scalar or a one-line list or mapping; nil for anything else.
    private static func block(
        _ s: UnsafeBufferPointer<UInt8>, _ lines: [(range: Range<Int>, number: Int, indent: Int)], from k: inout Int
    ) -> YAMLValue? {
        let indent = lines[k].indent
        let dash = lines[k].range.lowerBound + indent
        if s[dash] == UInt8(ascii: "-") {
            var items: [YAMLValue] = []
            let (line, column) = (lines[k].number, indent + 1)
            while k < lines.count, lines[k].indent == indent, s[lines[k].range.lowerBound + indent] == UInt8(ascii: "-")
            {
                let (range, number, _) = lines[k]
                let at = range.lowerBound + indent
                guard at + 2 < range.upperBound, s[at + 1] == 0x20, s[at + 2] != 0x20,
                    let value = valueRange(s, (at + 2)..<range.upperBound),
                    let item = scalar(
                        s, value, line: number, column: characters(s, range.lowerBound..<(at + 2)) + 1, inList: false)
                else { return nil }
                items.append(item)
                k += 1
            }
            // What follows is a key of the top level, or the end.
            guard k == lines.count || lines[k].indent == 0 else { return nil }
            return .sequence(items, line: line, column: column)
        }
        guard indent > 0 else { return nil }
        var entries: [YAMLEntry] = []
        let (line, column) = (lines[k].number, indent + 1)
        while k < lines.count, lines[k].indent == indent {
            guard let pair = entry(s, lines[k].range, line: lines[k].number, indent: indent) else { return nil }
            if pair.value == blockBelow { return nil }
            for p in entries where p.key == pair.key { return nil }
            entries.append(pair)
            k += 1
        }
        guard k == lines.count || lines[k].indent == 0 else { return nil }
        return .mapping(entries, line: line, column: column)
    }

    /// A block scalar's header at the end of a `key: |` line: where its indicator (`|` literal, `>` folded) stands
    /// and whether `-` strips the final line break. Nil for any other line, and for the headers left to libyaml:
    /// `+`, an indentation digit, a comment after it, more than one space before it.
    private static func blockScalarHeader(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
        indicator: Int, folded: Bool, strip: Bool
    )? {
        guard range.count >= 4 else { return nil }
        let strip = s[range.upperBound - 1] == UInt8(ascii: "-")
        let indicator = range.upperBound - (strip ? 2 : 1)
        guard s[indicator] == UInt8(ascii: "|") || s[indicator] == UInt8(ascii: ">"), indicator - 2 > range.lowerBound,
            s[indicator - 1] == 0x20, s[indicator - 2] == UInt8(ascii: ":")
        else { return nil }
        return (indicator, s[indicator] == UInt8(ascii: ">"), strip)
    }

    /// The text of a block scalar whose content starts at `lines[k]`: lines right below the header, one after
    /// another, all at one indentation, each ending in a character that is not a space; the next line is a key of
    /// the top level or the text ends. Literal lines keep their line breaks, folded ones are joined by a space, and
    /// the last line break is kept unless stripped. Nil for anything else (blank or more indented lines, the
    /// keeping `+`), which libyaml reads.
    private static func blockScalar(
        _ s: UnsafeBufferPointer<UInt8>, _ lines: [(range: Range<Int>, number: Int, indent: Int)],
        _ header: (indicator: Int, folded: Bool, strip: Bool), from k: inout Int
    ) -> String? {
        guard k < lines.count, lines[k].indent > 0, lines[k].number == lines[k - 1].number + 1 else { return nil }
        let indent = lines[k].indent, start = k
        var bytes: [UInt8] = []
        while k < lines.count, lines[k].indent > 0 {
            guard lines[k].indent == indent, k == start || lines[k].number == lines[k - 1].number + 1 else {
                return nil
            }
            let content = (lines[k].range.lowerBound + indent)..<lines[k].range.upperBound
            guard s[content.upperBound - 1] != 0x20, plainCharacters(s, content) else { return nil }
            if k > start { bytes.append(header.folded ? 0x20 : 0x0A) }
            bytes += UnsafeBufferPointer(rebasing: s[content])
            k += 1
        }
        // Only a line break, then the next key or the end of the text, may follow: no blank line or comment.
        let last = k - 1, end = lines[last].range.upperBound
        guard end < s.count, k == lines.count ? end + 1 == s.count : lines[k].number == lines[last].number + 1 else {
            return nil
        }
        if !header.strip { bytes.append(0x0A) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value in `range` without a comment after it (` # ...`, outside quotes), and without the spaces before
    /// that; nil when nothing is left or a quote is not closed.
    private static func valueRange(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var quote: UInt8? = nil
        var end = range.upperBound
        for k in range {
            let b = s[k]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                // A quote opens a quoted value or item only where one may start.
                if k == range.lowerBound
                    || [UInt8(ascii: "["), UInt8(ascii: "{"), 0x20, UInt8(ascii: ",")].contains(s[k - 1])
                {
                    quote = b
                }
            } else if b == UInt8(ascii: "#"), k > range.lowerBound, s[k - 1] == 0x20 {
                end = k
                break
            }
        }
        guard quote == nil || end < range.upperBound else { return nil }
        while end > range.lowerBound, s[end - 1] == 0x20 { end -= 1 }
        return end > range.lowerBound ? range.lowerBound..<end : nil
    }

    /// One `key: value` line whose key starts `indent` bytes in, or nil. `key:` with nothing after it (a comment
    /// aside) gives a null value, for the caller to read the block below it.
    private static func entry(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, indent: Int)
        -> YAMLEntry?
    {
        // The key: a letter, then letters, digits, `_` or `-`, then `:` and at least one space.
        var i = range.lowerBound + indent
        guard isLetter(s[i]) else { return nil }
        i += 1
        while i < range.upperBound,
            isLetter(s[i]) || isDigit(s[i]) || s[i] == UInt8(ascii: "_") || s[i] == UInt8(ascii: "-")
        { i += 1 }
        let key = String(decoding: UnsafeBufferPointer(rebasing: s[(range.lowerBound + indent)..<i]), as: UTF8.self)
        // A key YAML reads as null is libyaml's to judge (told by its length first: asked of every key).
        if i - range.lowerBound - indent == 4, key == "null" || key == "Null" || key == "NULL" { return nil }
        guard i < range.upperBound, s[i] == UInt8(ascii: ":") else { return nil }
        if i + 1 == range.upperBound {
            return YAMLEntry(key: key, keyLine: line, keyColumn: indent + 1, value: blockBelow)
        }
        guard s[i + 1] == 0x20 else { return nil }
        i += 2
        while i < range.upperBound, s[i] == 0x20 { i += 1 }
        if i < range.upperBound, s[i] == UInt8(ascii: "#") {
            return YAMLEntry(key: key, keyLine: line, keyColumn: indent + 1, value: blockBelow)
        }
        // Nothing after the key but spaces is left to libyaml.
        guard i < range.upperBound, let value = valueRange(s, i..<range.upperBound) else { return nil }
        // A line that ends in a space, with no comment after it, is left to libyaml too.
        if value.upperBound == range.upperBound - 1
            || (value.upperBound < range.upperBound
                && !s[value.upperBound..<range.upperBound].contains(UInt8(ascii: "#")))
        {
            return nil
        }
        // Key columns count bytes, and the key is ASCII; the value's column counts the characters before it.
        let column = i - range.lowerBound + 1
        let parsed: YAMLValue?
        if s[i] == UInt8(ascii: "[") {
            parsed = list(s, value, line: line, column: column, lineStart: range.lowerBound)
        } else if s[i] == UInt8(ascii: "{") {
            parsed = map(s, value, line: line, column: column, lineStart: range.lowerBound)
        } else {
            parsed = scalar(s, value, line: line, column: column, inList: false)
        }
        guard let parsed else { return nil }
        return YAMLEntry(key: key, keyLine: line, keyColumn: indent + 1, value: parsed)
    }

    /// `{key: value, ...}` filling `range`, each value a scalar, or nil.
    private static func map(
        _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int, lineStart: Int
    ) -> YAMLValue? {
        var entries: [YAMLEntry] = []
        let read = flowItems(s, range, closing: UInt8(ascii: "}")) { start, close in
            var i = start
            guard isLetter(s[i]) else { return nil }
            while i < close, isLetter(s[i]) || isDigit(s[i]) || s[i] == UInt8(ascii: "_") || s[i] == UInt8(ascii: "-") {
                i += 1
            }
            guard i + 1 < close, s[i] == UInt8(ascii: ":"), s[i + 1] == 0x20 else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self)
            if key == "null" || key == "Null" || key == "NULL" { return nil }
            i += 2
            while i < close, s[i] == 0x20 { i += 1 }
            guard i < close, let (end, next) = itemEnd(s, from: i, close: close),
                let value = scalar(s, i..<end, line: line, column: characters(s, lineStart..<i) + 1, inList: true),
                !entries.contains(where: { $0.key == key })
            else { return nil }
            entries.append(
                YAMLEntry(key: key, keyLine: line, keyColumn: characters(s, lineStart..<start) + 1, value: value))
            return next
        }
        return read ? .mapping(entries, line: line, column: column) : nil
    }

    /// Reads the items of a one-line flow collection filling `range` and ending in `closing`: `item` reads one
    /// from where it starts (before the closing bracket) and gives where what follows it starts, or nil. False
    /// when an item cannot be read or the commas are not one between each two items (`[a, ]` and `[a,,b]` are
    /// libyaml's).
    private static func flowItems(
        _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, closing: UInt8, _ item: (Int, Int) -> Int?
    ) -> Bool {
        guard s[range.upperBound - 1] == closing else { return false }
        var i = range.lowerBound + 1
        let close = range.upperBound - 1
        func skipSpaces() { while i < close, s[i] == 0x20 { i += 1 } }
        skipSpaces()
        if i == close { return true }
        while true {
            guard let next = item(i, close) else { return false }
            i = next
            skipSpaces()
            if i == close { return true }
            guard s[i] == UInt8(ascii: ",") else { return false }
            i += 1
            skipSpaces()
            guard i < close, s[i] != UInt8(ascii: ",") else { return false }
        }
    }

    /// Where an item of a one-line list or mapping starting at `i` ends, and where what follows it starts: a quoted
    /// item runs to its closing quote, a plain one to the next comma or the closing bracket, less the spaces before
    /// it. Nil for a quote never closed or an empty item.
    private static func itemEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int, close: Int) -> (end: Int, next: Int)? {
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
        return end > i ? (end, next) : nil
    }

    /// `[item, item, ...]` filling the rest of the line, or nil.
    private static func list(
        _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int, lineStart: Int
    ) -> YAMLValue? {
        var items: [YAMLValue] = []
        let read = flowItems(s, range, closing: UInt8(ascii: "]")) { i, close in
            guard let (end, next) = itemEnd(s, from: i, close: close),
                let item = scalar(s, i..<end, line: line, column: characters(s, lineStart..<i) + 1, inList: true)
            else { return nil }
            items.append(item)
            return next
        }
        return read ? .sequence(items, line: line, column: column) : nil
    }

    /// A scalar filling `range`: plain, or double- or single-quoted with nothing to unescape; nil for anything else.
    private static func scalar(
        _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int, inList: Bool
    ) -> YAMLValue? {
        let first = s[range.lowerBound]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard range.count >= 2, s[range.upperBound - 1] == first else { return nil }
            let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
            for k in inner where s[k] == first || s[k] == UInt8(ascii: "\\") { return nil }
            guard plainCharacters(s, inner) else { return nil }
            return .scalar(
                String(decoding: UnsafeBufferPointer(rebasing: s[inner]), as: UTF8.self), line: line, column: column)
        }
        // A plain scalar may not start with an indicator, nor hold `: `, ` #` or (in a list) a flow indicator.
        // Outside a list, a colon or `#` inside a word is text (`https://…/#part`, `17:04`, `C#`).
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
            return nil
        default: break
        }
        func isBlank(_ k: Int) -> Bool { k == range.upperBound || s[k] == 0x20 || s[k] == 0x09 }
        for k in range {
            switch s[k] {
            case UInt8(ascii: ":"): if inList || isBlank(k + 1) { return nil }
            case UInt8(ascii: "#"): if inList || isBlank(k - 1) { return nil }
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
                UInt8(ascii: "\""), UInt8(ascii: "'"):
                if inList { return nil }
            default: break
            }
        }
        guard s[range.upperBound - 1] != 0x20, plainCharacters(s, range) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
        // Told by length first: every plain value is asked.
        if range.count == 1 ? text == "~" : range.count == 4 && (text == "null" || text == "Null" || text == "NULL") {
            return .null(line: line, column: column)
        }
        return .scalar(text, line: line, column: column)
    }
}
