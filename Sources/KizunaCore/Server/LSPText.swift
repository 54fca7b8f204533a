/// A note's text as the Language Server Protocol counts it: lines, and positions in UTF-16 code units (or UTF-8
/// bytes when the client asks for them), where kizuna's diagnostics count characters.
public struct LSPText: Sendable {
    public enum Encoding: String, Sendable { case utf16 = "utf-16", utf8 = "utf-8" }

    /// Each line's bytes, without its line ending.
    let lines: [ArraySlice<UInt8>]
    let encoding: Encoding
    /// Whether the text starts with a byte order mark, which kizuna's columns do not count.
    let bom: Bool

    public init(_ bytes: [UInt8], encoding: Encoding) {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(bytes[start..<(i > start && bytes[i - 1] == 0x0D ? i - 1 : i)])
            start = i + 1
        }
        out.append(bytes[start...])
        lines = out
        self.encoding = encoding
        bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// The text of a 0-based line.
    public func line(_ n: Int) -> String {
        n >= 0 && n < lines.count ? String(decoding: lines[n], as: UTF8.self) : ""
    }

    public var lineCount: Int { lines.count }

    /// The LSP character offset of kizuna's 1-based character `column` on 0-based `line`.
    public func offset(line n: Int, column: Int) -> Int {
        var text = Substring(line(n))
        if n == 0, bom { text = text.dropFirst() }
        let prefix = text.prefix(max(0, column - 1))
        return units(prefix) + (n == 0 && bom ? units("\u{FEFF}") : 0)
    }

    /// The string index (in characters) of an LSP character offset on a line, and the line's text.
    public func characterIndex(line n: Int, offset: Int) -> (text: String, index: String.Index) {
        let text = line(n)
        var count = 0
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            let width = units(text[i..<next])
            if count + width > offset { break }
            count += width
            i = next
        }
        return (text, i)
    }

    /// The LSP offset of a string index on a line.
    public func offset(line n: Int, index: String.Index) -> Int {
        units(line(n)[..<index])
    }

    /// How many of the position encoding's units `s` takes.
    func units(_ s: some StringProtocol) -> Int { encoding == .utf8 ? s.utf8.count : s.utf16.count }

    /// An LSP range from kizuna's place to the end of what stands there: a `[[link]]`, else the word.
    public func range(line: Int, column: Int) -> [String: Any] {
        let (n, start, end) = span(line: line, column: column)
        return LSPText.range(n, start, n, end)
    }

    /// `range(line:column:)` as a `JSON` value.
    func rangeJSON(line: Int, column: Int) -> JSON {
        let (n, start, end) = span(line: line, column: column)
        func position(_ character: Int) -> JSON { .object([("line", .int(n)), ("character", .int(character))]) }
        return .object([("start", position(start)), ("end", position(end))])
    }

    /// The 0-based line, and the offsets where the thing at kizuna's place starts and ends.
    private func span(line: Int, column: Int) -> (line: Int, start: Int, end: Int) {
        let n = line - 1
        let start = offset(line: n, column: column)
        let (text, index) = characterIndex(line: n, offset: start)
        var end = index
        let rest = text[index...]
        if rest.hasPrefix("[["), let close = rest.range(of: "]]") {
            end = close.upperBound
        } else {
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            if end == index, end < text.endIndex { end = text.index(after: end) }
        }
        return (n, start, offset(line: n, index: end))
    }

    static func position(_ line: Int, _ character: Int) -> [String: Any] { ["line": line, "character": character] }

    static func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> [String: Any] {
        ["start": position(l1, c1), "end": position(l2, c2)]
    }

    /// The text edit that turns `old` into `new` by replacing whole lines: the lines between those both begin and
    /// end with. Its positions are at the start of lines, the same in every encoding.
    static func linesReplaced(_ old: [UInt8], by new: [UInt8]) -> [String: Any] {
        func lines(_ b: [UInt8]) -> [ArraySlice<UInt8>] {
            var out: [ArraySlice<UInt8>] = []
            var start = 0
            for (k, byte) in b.enumerated() where byte == 0x0A {
                out.append(b[start...k])
                start = k + 1
            }
            if start < b.count { out.append(b[start...]) }
            return out
        }
        let (a, b) = (lines(old), lines(new))
        var first = 0
        while first < min(a.count, b.count), a[first] == b[first] { first += 1 }
        var last = 0
        while last < min(a.count, b.count) - first, a[a.count - 1 - last] == b[b.count - 1 - last] { last += 1 }
        let text = b[first..<(b.count - last)].map { String(decoding: $0, as: UTF8.self) }.joined()
        return ["range": range(first, 0, a.count - last, 0), "newText": text]
    }
}
