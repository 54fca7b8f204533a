import Ccmark
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Code blocks whose fence is never closed. cmark does not say whether a code block is fenced or closed, so these
/// read the lines the block spans.
extension CommonMark {
    /// The offset of each line's first byte.
    static func lineStarts(_ bytes: ArraySlice<UInt8>) -> [Int] {
        var starts = [bytes.startIndex]
        // memchr finds each line feed many bytes at a time, where a slice's `firstIndex(of:)` reads one by one.
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var i = 0
            while i < b.count, let found = memchr(base + i, 0x0A, b.count - i) {
                i = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(bytes.startIndex + i)
            }
        }
        return starts
    }

    /// A fence on a line: its character, its length, where it starts and what follows it. `afterNoBreak`: a
    /// no-break space stands before it, so CommonMark reads the line as text.
    struct Fence {
        var char: UInt8
        var length: Int
        var at: Int
        var rest: ArraySlice<UInt8>
        var afterNoBreak: Bool
    }

    /// Line `n` (1-based) of `bytes`, without its line break; empty past the end.
    static func line(_ n: Int, of bytes: ArraySlice<UInt8>, lineStarts: [Int]) -> ArraySlice<UInt8> {
        guard n >= 1, n <= lineStarts.count else { return [] }
        var to = n < lineStarts.count ? lineStarts[n] : bytes.endIndex
        while to > lineStarts[n - 1], bytes[to - 1] == 0x0A || bytes[to - 1] == 0x0D { to -= 1 }
        return bytes[lineStarts[n - 1]..<to]
    }

    /// The fence on a line, after what may stand before one (indentation, `>` of a quote, a list marker, and a
    /// no-break space, which undoes it); nil when there is none.
    static func fence(on text: ArraySlice<UInt8>) -> Fence? {
        var i = text.startIndex
        var noBreak = false
        while i < text.endIndex {
            if " \t>-*+.)0123456789".utf8.contains(text[i]) {
                i += 1
            } else if text[i] == 0xC2, i + 1 < text.endIndex, text[i + 1] == 0xA0 {
                noBreak = true
                i += 2
            } else {
                break
            }
        }
        guard i < text.endIndex, text[i] == UInt8(ascii: "`") || text[i] == UInt8(ascii: "~") else { return nil }
        let char = text[i]
        var j = i
        while j < text.endIndex, text[j] == char { j += 1 }
        guard j - i >= 3 else { return nil }
        return Fence(char: char, length: j - i, at: i - text.startIndex, rest: text[j...], afterNoBreak: noBreak)
    }

    /// How the code block on lines `start...end` ends when it is fenced and its last line is no closing fence (the
    /// same character, at least as many): at the end of the list item or quote that holds it, or never (the
    /// opening fence's line and byte column); nil when it is closed or not fenced.
    static func fenceEnd(
        _ bytes: ArraySlice<UInt8>, lineStarts: [Int], start: Int, end: Int, literal: UnsafePointer<CChar>?
    ) -> FenceEnd? {
        let first = line(start, of: bytes, lineStarts: lineStarts)
        guard let open = fence(on: first), !open.afterNoBreak else { return nil }
        // An indented code block may show a fence as its first line of code; a fenced block's code starts below it.
        if let literal, CommonMark.startsWithLine(literal, first.dropFirst(open.at)) { return nil }
        if end > start, let close = fence(on: line(end, of: bytes, lineStarts: lineStarts)), !close.afterNoBreak,
            close.char == open.char, close.length >= open.length,
            close.rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        {
            return nil
        }
        // A block its container (a quote, a list item) closed before the note's end hid only the rest of that
        // container: the code its writer meant, unless it holds a wikilink they meant to be read. (cmark's end line
        // for such a block may be the line that closed it; its code's lines say where it ends.)
        if let literal, !CommonMark.holdsWikilink(literal) {
            let last = start + CommonMark.lineCount(literal)
            if last < lineStarts.count, bytes[lineStarts[last]...].contains(where: { !" \t\r\n".utf8.contains($0) }) {
                return .withItsContainer
            }
        }
        return .never(
            line: start, column: open.at + 1, bare: open.rest.allSatisfy { " \t\r".utf8.contains($0) })
    }

    /// How a fenced code block with no closing fence ends.
    enum FenceEnd: Equatable {
        /// With the list item or quote that holds it, at a line less indented than the fence.
        case withItsContainer
        /// Never: it runs to the end of what holds it. The opening fence's 1-based line and byte column, and
        /// whether it is bare (no info string after it: a closing fence, as its writer meant it).
        case never(line: Int, column: Int, bare: Bool)
    }

    /// What the tree showed before a code block that may explain a fence never closed.
    struct Before {
        /// The line of the last code block, when its list item or quote ended it.
        var endedWithItem: Int? = nil
        /// The lines of the last HTML block.
        var html: ClosedRange<Int>? = nil
    }

    /// The fence never closed of the code block `node`, if it is one, with what explains it (`FenceHint`);
    /// `before` is updated with this block.
    static func unclosedFence(
        _ node: OpaquePointer, in bytes: ArraySlice<UInt8>, lineStarts: inout [Int]?, before: inout Before
    ) -> (line: Int, column: Int, hint: FenceHint?, end: Int)? {
        if lineStarts == nil { lineStarts = CommonMark.lineStarts(bytes) }
        let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
        let endedWithItem = before.endedWithItem
        before.endedWithItem = nil
        switch fenceEnd(bytes, lineStarts: lineStarts!, start: start, end: end, literal: cmark_node_get_literal(node)) {
        case .withItsContainer:
            before.endedWithItem = start
            return nil
        case .never(let line, let column, let bare):
            let hint = hint(line, bare: bare, bytes, lineStarts: lineStarts!, endedWithItem, before.html)
            return (line, column, hint, end)
        case nil:
            return nil
        }
    }

    /// What explains the fence on `line`, never closed: a fence above it after a no-break space; else, when it is
    /// bare (meant to close a block), the block just before it that its list item ended (`endedWithItem`), or the
    /// nearest fence above it standing in an HTML block (`html`), which opens nothing.
    private static func hint(
        _ line: Int, bare: Bool, _ bytes: ArraySlice<UInt8>, lineStarts: [Int], _ endedWithItem: Int?,
        _ html: ClosedRange<Int>?
    ) -> FenceHint? {
        if let lookalike = fenceAfterNoBreakSpace(bytes, lineStarts: lineStarts, above: line) {
            return .afterNoBreakSpace(line: lookalike)
        }
        guard bare else { return nil }
        if let endedWithItem { return .endedWithItem(line: endedWithItem) }
        guard let html, html.lowerBound < line else { return nil }
        let above = stride(from: line - 1, through: html.lowerBound, by: -1).first {
            fence(on: self.line($0, of: bytes, lineStarts: lineStarts)) != nil
        }
        return above.flatMap { html.contains($0) ? .inHTML(line: $0, html: html.lowerBound) : nil }
    }

    /// `body` without the fences never closed that hide nothing kizuna reads (`hidesWhatIsRead`).
    static func withFencesThatHide(_ body: MDBody, in bytes: ArraySlice<UInt8>, config: Config) -> MDBody {
        var body = body
        body.unclosedFences.removeAll {
            !hidesWhatIsRead(
                bytes, below: $0.line, through: $0.end, logseqTasks: config.logseq != nil,
                statuses: config.taskStatuses)
        }
        return body
    }

    /// Whether the lines an unclosed fence on line `line` made code, through line `end` (both 1-based in `bytes`),
    /// would be read as a heading, a task, a link or a tag were the fence closed: parsed on their own, after the
    /// note's parse (a fence among them that opens a block of its own hides what it may). A query or a snippet left
    /// open at a note's end hides nothing kizuna reads.
    static func hidesWhatIsRead(
        _ bytes: ArraySlice<UInt8>, below line: Int, through end: Int, logseqTasks: Bool, statuses: TaskStatuses
    ) -> Bool {
        let starts = lineStarts(bytes)
        guard line >= 1, line < starts.count else { return false }
        let from = starts[line], to = end < starts.count ? starts[max(end, line)] : bytes.endIndex
        guard from < to else { return false }
        guard
            let hidden = parse(
                bytes[from..<to], memoryLimit: NoteParser.parseMemoryLimit, logseqTasks: logseqTasks,
                statuses: statuses)
        else { return true }
        return !hidden.unclosedFences.isEmpty
            || hidden.blocks.contains { block in
                guard !block.isHeading, block.taskChecked == nil, block.destinations.isEmpty else { return true }
                let scan = InlineScanner.scan(block, in: hidden, display: false)
                return !scan.wikiLinks.isEmpty || !scan.tags.isEmpty
            }
    }

    /// The nearest line above `line` that shows a fence after a no-break space (U+00A0, as text copied from a web
    /// page has): CommonMark reads it as text, so the fence meant to close it opens a block instead.
    static func fenceAfterNoBreakSpace(_ bytes: ArraySlice<UInt8>, lineStarts: [Int], above line: Int) -> Int? {
        stride(from: min(line, lineStarts.count + 1) - 1, through: 1, by: -1).first {
            fence(on: self.line($0, of: bytes, lineStarts: lineStarts))?.afterNoBreak == true
        }
    }

    /// Whether the C string `text` starts with `line`, then a line break or its end.
    static func startsWithLine(_ text: UnsafePointer<CChar>, _ line: ArraySlice<UInt8>) -> Bool {
        var i = 0
        for byte in line {
            guard byte != 0, UInt8(bitPattern: text[i]) == byte else { return false }
            i += 1
        }
        return text[i] == 0 || text[i] == 0x0A || text[i] == 0x0D
    }

    /// Whether the C string `text` holds `[[`.
    static func holdsWikilink(_ text: UnsafePointer<CChar>) -> Bool {
        var i = 0
        while text[i] != 0 {
            if text[i] == 0x5B, text[i + 1] == 0x5B { return true }
            i += 1
        }
        return false
    }

    /// The line breaks in the C string `text`.
    static func lineCount(_ text: UnsafePointer<CChar>) -> Int {
        var i = 0
        var count = 0
        while text[i] != 0 {
            if text[i] == 0x0A { count += 1 }
            i += 1
        }
        return count
    }
}

/// A fence above one never closed that explains why it is not closed.
public enum FenceHint: Equatable, Sendable {
    /// A fence after a no-break space, which CommonMark reads as text: the fence meant to close it opens a block.
    case afterNoBreakSpace(line: Int)
    /// A fence in a list item or quote whose code's next line is less indented: the item, and the block with it, end
    /// there, and the bare fence meant to close that block opens one.
    case endedWithItem(line: Int)
    /// A fence in an HTML block (as `<details>`, which runs to the next blank line): it opens nothing, and the bare
    /// fence meant to close it opens a block. The fence's line and the HTML block's first.
    case inHTML(line: Int, html: Int)
}
