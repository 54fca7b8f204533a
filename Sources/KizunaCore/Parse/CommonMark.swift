import Ccmark
import CmarkArena
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A block that carries inline text: a heading or a paragraph.
public struct MDBlock: Sendable, Equatable {
    /// Heading level 1...6, or 0 for a paragraph.
    public var headingLevel: Int
    /// 1-based line in the markdown that was parsed (the body), and 1-based byte column.
    public var line: Int
    public var column: Int
    public var endLine: Int
    /// Where the block's inline text lies in `MDBody.text` (see `MDBody` for how it is written).
    public var text: Range<Int>
    /// Where the destinations of the ordinary markdown links (not images) in the block stand in
    /// `MDBody.destinations`, in order. (Kept there, not in the block, a block holds no reference, and copying one
    /// retains nothing.)
    public var destinations: Range<Int>
    /// This paragraph opens a task item: an open one (false, `[ ]`) or a closed one (true, `[x]`). The marker is left
    /// out of `text`.
    public var taskChecked: Bool?
    /// Index (in the block list) of the paragraph that opens the innermost task item this block stands in.
    public var taskOwner: Int?
    /// This paragraph is the first of a list item (a task item's too).
    public var opensItem = false

    public var isHeading: Bool { headingLevel > 0 }
}

/// A note body as cmark parsed it: its text blocks, and all their inline text in one buffer.
///
/// The inline text of each block is written as UTF-8 in `text`: text nodes as they are, soft and hard line breaks
/// as a newline, and a *barrier* (NUL then a kind byte) where a code span, raw HTML or a link's start or end stands.
/// A code span is `NUL 1`, its content, then `NUL 2`; every other barrier is `NUL 2`. cmark never leaves a NUL in
/// text (it becomes U+FFFD), so a NUL always starts a barrier, and the scanner never reads inside one.
public struct MDBody: Sendable {
    public var blocks: [MDBlock] = []
    public var text: [UInt8] = []
    /// The destinations of every block's markdown links, block after block.
    public var destinations: [String] = []
    /// Where in the markdown the first text node after each barrier starts, in order of `text`. A barrier's node (a
    /// code span, raw HTML, a link's destination) may hold the very characters of a later link; a link is looked for
    /// from the last anchor before it, never inside what came before.
    public var anchors: [TextAnchor] = []
    /// Code fences never closed, as 1-based line and byte column in the markdown: they run to the end of what
    /// holds them, and the lines after them are read as code.
    /// `hint`: a fence above that explains why none closes it.
    public var unclosedFences: [(line: Int, column: Int, hint: FenceHint?, end: Int)] = []
    /// Where an Obsidian comment (`%%`) opens that is never closed: the rest of the note is not read.
    public var unclosedComment: (line: Int, column: Int)? = nil

    /// A text node's start: its offset in `text`, and cmark's 1-based line and byte column in the markdown.
    public struct TextAnchor: Sendable, Equatable {
        public var offset: Int32
        public var line: Int32
        public var column: Int32
    }

    static let barrier: UInt8 = 0
    static let codeStart: UInt8 = 1
    static let plain: UInt8 = 2
}

/// The one door to libcmark: parses markdown bytes into an `MDBody`. No C object outlives the call: everything cmark
/// makes for a parse lives in the thread's arena, emptied when the call returns.
public enum CommonMark {
    /// Parses `bytes` (UTF-8, no front matter) and returns its text blocks in document order.
    /// Code blocks and HTML blocks are left out: what they hold is never a link, tag, entry or task.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> MDBody {
        parse(bytes, memoryLimit: .max) ?? MDBody()
    }

    /// `parse`, or nil when cmark would need more than `memoryLimit` bytes for it: it stops there. With `logseqTasks`
    /// (a Logseq graph's note), a list item that opens with `TODO`, `DONE` and the like is a task too; `statuses` says
    /// which symbols in a task's box make one.
    public static func parse(
        _ bytes: ArraySlice<UInt8>, memoryLimit: Int, logseqTasks: Bool = false, statuses: TaskStatuses = .standard
    ) -> MDBody? {
        // cmark allocates from this thread's arena, which is emptied in one step once the tree is read: no node is
        // freed on its own.
        defer { kizuna_arena_reset() }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                kizuna_parse_within($0.baseAddress, $0.count, CMARK_OPT_DEFAULT, memoryLimit)
            }
        }
        guard let doc = document else { return nil }
        guard let iter = cmark_iter_new(doc) else { return MDBody() }
        var reader = TreeReader(bytes, logseqTasks: logseqTasks, statuses: statuses)
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            reader.visit(node, entering: event == CMARK_EVENT_ENTER)
        }
        if reader.inComment, let open = reader.commentOpened,
            !hidesNothing(open, bytes, lineStarts: reader.lineStarts ?? lineStarts(bytes))
        {
            reader.body.unclosedComment = open
        }
        reader.body.text = reader.text.array()
        // Moved out of the reader, not copied: a copy retains each of the body's lists.
        var body = MDBody()
        swap(&body, &reader.body)
        return body
    }

    /// A text node's literal, as its UTF-8 bytes in cmark's memory (valid until the arena is emptied).
    static func literal(of node: OpaquePointer) -> UnsafeBufferPointer<UInt8>? {
        guard let c = cmark_node_get_literal(node) else { return nil }
        return UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c))
    }

    /// Whether the `%%` at `place` (1-based line and byte column) has only blanks after it: a comment opened there
    /// hides nothing (as a drawing's closing `%%` whose opening one was lost).
    static func hidesNothing(_ place: (line: Int, column: Int), _ bytes: ArraySlice<UInt8>, lineStarts starts: [Int])
        -> Bool
    {
        guard place.line >= 1, place.line <= starts.count, place.column >= 1 else { return false }
        let at = starts[place.line - 1] + place.column - 1
        guard at + 2 <= bytes.endIndex, bytes[at] == UInt8(ascii: "%"), bytes[at + 1] == UInt8(ascii: "%") else {
            return false
        }
        return bytes[(at + 2)...].allSatisfy { " \t\r\n".utf8.contains($0) }
    }

    /// Reads cmark's tree, node by node as the iterator meets them, into an `MDBody`.
    private struct TreeReader {
        let bytes: ArraySlice<UInt8>
        let logseqTasks: Bool
        let statuses: TaskStatuses
        var body = MDBody()
        /// The blocks' inline text as it is written, made `body.text` once the tree is read.
        let text: ByteBuilder
        struct Item {
            var node: OpaquePointer
            var firstChild: OpaquePointer?
            var taskOwner: Int?
        }
        var items: [Item] = []
        // The block being read is the last of `body.blocks`, appended when it opens and finished in place when it
        // closes (a block with inline text never holds another).
        var currentNode: OpaquePointer? = nil
        var candidateTask = false
        // The block's leading run of text nodes (its length in bytes) and the type of the inline that ended it.
        var leadingOpen = false
        var leadingLength = 0
        var afterLeading: cmark_node_type? = nil
        // A barrier was written since the block's last text node: the next one is an anchor.
        var anchorNext = false
        // Inside an Obsidian comment (`%%`), which may span blocks: nothing in it is read.
        var inComment = false
        var commentOpened: (line: Int, column: Int)? = nil
        // The block being read met a comment (opened in it, or before it): if nothing of it is left, it is dropped.
        var blockMetComment = false
        // The markdown's line starts, worked out once a code block needs them.
        var lineStarts: [Int]? = nil
        // What came before the next code block that may explain its fence never closed.
        var beforeFence = CommonMark.Before()

        init(_ bytes: ArraySlice<UInt8>, logseqTasks: Bool, statuses: TaskStatuses) {
            self.bytes = bytes
            self.logseqTasks = logseqTasks
            self.statuses = statuses
            // The inline text is never longer than the markdown, plus a few bytes per barrier.
            text = ByteBuilder(capacity: bytes.count + bytes.count / 8 + 16)
            body.blocks.reserveCapacity(bytes.count / 96 + 4)
        }

        mutating func visit(_ node: OpaquePointer, entering: Bool) {
            let type = cmark_node_get_type(node)
            let inBlock = currentNode != nil
            switch type {
            case CMARK_NODE_ITEM:
                if entering {
                    items.append(
                        Item(node: node, firstChild: cmark_node_first_child(node), taskOwner: items.last?.taskOwner))
                } else if !items.isEmpty {
                    items.removeLast()
                }
            case CMARK_NODE_HEADING, CMARK_NODE_PARAGRAPH:
                if entering { open(node, type) } else if currentNode == node { close() }
            case CMARK_NODE_TEXT:
                guard inBlock else { break }
                if anchorNext {
                    anchorNext = false
                    body.anchors.append(
                        MDBody.TextAnchor(
                            offset: Int32(clamping: text.count), line: cmark_node_get_start_line(node),
                            column: cmark_node_get_start_column(node)))
                }
                appendVisible(literalOf: node)
            case CMARK_NODE_CODE_BLOCK:
                guard !inComment, entering else { break }
                if let fence = CommonMark.unclosedFence(
                    node, in: bytes, lineStarts: &lineStarts, before: &beforeFence)
                {
                    body.unclosedFences.append(fence)
                }
            case CMARK_NODE_HTML_BLOCK:
                // cmark may end a block a line before it starts (one a container's end cut short).
                let start = Int(cmark_node_get_start_line(node))
                beforeFence.html = start...max(start, Int(cmark_node_get_end_line(node)))
            case _ where inComment:
                break  // inline code, HTML and links inside a comment are not read
            case CMARK_NODE_CODE, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_HTML_INLINE, CMARK_NODE_LINK,
                CMARK_NODE_IMAGE:
                guard inBlock else { break }
                inline(node, type, entering: entering)
            default:
                break  // emphasis, strong and the like: their text nodes are what counts
            }
        }

        /// Opens a heading or paragraph.
        mutating func open(_ node: OpaquePointer, _ type: cmark_node_type) {
            let level = type == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : 0
            candidateTask = level == 0 && items.last.map { $0.firstChild == node } == true
            body.blocks.append(
                MDBlock(
                    headingLevel: level, line: Int(cmark_node_get_start_line(node)),
                    column: Int(cmark_node_get_start_column(node)),
                    endLine: Int(cmark_node_get_end_line(node)), text: text.count..<text.count,
                    destinations: body.destinations.count..<body.destinations.count,
                    taskChecked: nil, taskOwner: items.last?.taskOwner, opensItem: candidateTask))
            currentNode = node
            leadingOpen = true
            leadingLength = 0
            afterLeading = nil
            anchorNext = false
            blockMetComment = inComment
        }

        /// Closes the block being read: its text is set, and a task's marker taken off.
        mutating func close() {
            let b = body.blocks.count - 1
            let start = body.blocks[b].text.lowerBound
            currentNode = nil
            // A heading or paragraph wholly inside a comment is not there at all (a heading would end an entry).
            if blockMetComment, text.count == start {
                body.destinations.removeSubrange(body.blocks[b].destinations)
                body.blocks.removeLast()
                return
            }
            body.blocks[b].text = start..<text.count
            if candidateTask, let (checked, length) = marker(start) {
                body.blocks[b].taskChecked = checked
                body.blocks[b].taskOwner = b
                items[items.count - 1].taskOwner = b
                body.blocks[b].text = (start + length)..<text.count
            }
        }

        /// A task item's marker at `start` (`[ ]`, `[x]` and the other boxes `statuses` reads, or Logseq's when asked
        /// for) and how long it is.
        func marker(_ start: Int) -> (checked: Bool, length: Int)? {
            if let checked = taskMarker(
                text.bytes, start, leadingLength: leadingLength, endedBy: afterLeading, statuses: statuses)
            {
                return (checked, min(leadingLength, 4))
            }
            guard logseqTasks, let found = logseqMarker(text.bytes, start, leadingLength: leadingLength) else {
                return nil
            }
            return (found.checked, found.length)
        }

        /// A code span, a line break, raw HTML, a link or an image inside a block: a newline or a barrier.
        mutating func inline(_ node: OpaquePointer, _ type: cmark_node_type, entering: Bool) {
            endLeading(type)
            switch type {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(0x0A)
                return
            case CMARK_NODE_CODE:
                text.append(MDBody.barrier)
                text.append(MDBody.codeStart)
                _ = append(literalOf: node)
            case CMARK_NODE_LINK where entering:
                body.destinations.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                body.blocks[body.blocks.count - 1].destinations =
                    body.blocks[body.blocks.count - 1].destinations.lowerBound..<body.destinations.count
            default:
                break
            }
            text.append(MDBody.barrier)
            text.append(MDBody.plain)
            anchorNext = true
        }

        mutating func append(literalOf node: OpaquePointer) -> Int {
            guard let literal = CommonMark.literal(of: node) else { return 0 }
            text.append(literal)
            return literal.count
        }

        mutating func endLeading(_ type: cmark_node_type) {
            if leadingOpen { leadingOpen = false; afterLeading = type }
        }

        /// Appends the text node's literal, leaving out what stands inside `%%` comments, and counts what it adds
        /// to the block's leading run.
        mutating func appendVisible(literalOf node: OpaquePointer) {
            guard let literal = CommonMark.literal(of: node) else { return }
            let n = literal.count
            // Most text holds no `%` and was written as it reads (its place in the markdown is as long as it):
            // appended whole.
            let first = Int(cmark_node_get_start_column(node)), last = Int(cmark_node_get_end_column(node))
            if !inComment, last - first + 1 <= n, memchr(literal.baseAddress!, Int32(UInt8(ascii: "%")), n) == nil {
                text.append(literal)
                if leadingOpen { leadingLength += n }
                return
            }
            var escaped = escapedBrackets(node, literal, first: first, last: last)[...]
            var from = 0, i = 0
            while i + 1 < n {
                guard literal[i] == UInt8(ascii: "%"), literal[i + 1] == UInt8(ascii: "%") else { i += 1; continue }
                if !inComment {
                    emit(literal, from..<i, escaped: &escaped)
                    commentOpened = (
                        Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)) + i
                    )
                }
                inComment.toggle()
                blockMetComment = true
                i += 2
                from = i
            }
            if !inComment { emit(literal, from..<n, escaped: &escaped) }
        }

        /// Appends `range` of a literal. A bracket escaped in the markdown (`\\[`) is written between barriers, so
        /// that it is never part of a `[[...]]` (cmark joins it to the text around it).
        mutating func emit(_ literal: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: inout ArraySlice<Int>) {
            var from = range.lowerBound
            while let k = escaped.first, k < range.upperBound {
                escaped.removeFirst()
                guard k >= from else { continue }
                text.append(UnsafeBufferPointer(rebasing: literal[from..<k]))
                if leadingOpen { leadingLength += k - from }
                endLeading(CMARK_NODE_TEXT)
                for byte in [MDBody.barrier, MDBody.plain, literal[k], MDBody.barrier, MDBody.plain] {
                    text.append(byte)
                }
                from = k + 1
            }
            text.append(UnsafeBufferPointer(rebasing: literal[from..<range.upperBound]))
            if leadingOpen { leadingLength += range.upperBound - from }
        }

        /// Where the literal of a text node holds a bracket its markdown escaped with a backslash. cmark gives the
        /// node's place in the markdown, longer than the literal when something in it was escaped; the two are read
        /// side by side (up to an entity, whose length differs).
        mutating func escapedBrackets(
            _ node: OpaquePointer, _ literal: UnsafeBufferPointer<UInt8>, first: Int, last: Int
        ) -> [Int] {
            guard last - first + 1 > literal.count else { return [] }
            let line = Int(cmark_node_get_start_line(node))
            guard line == Int(cmark_node_get_end_line(node)), literal.contains(where: { $0 == 0x5B || $0 == 0x5D })
            else { return [] }
            if lineStarts == nil { lineStarts = CommonMark.lineStarts(bytes) }
            guard line >= 1, line <= lineStarts!.count else { return [] }
            let start = lineStarts![line - 1] + first - 1, end = min(bytes.endIndex, lineStarts![line - 1] + last)
            guard start >= bytes.startIndex, start < end else { return [] }
            var found: [Int] = []
            var i = start, j = 0
            while i < end, j < literal.count {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < end, bytes[i + 1] == literal[j], bytes[i + 1] < 0x80 {
                    if literal[j] == 0x5B || literal[j] == 0x5D { found.append(j) }
                    i += 2
                } else if bytes[i] == literal[j] {
                    i += 1
                } else {
                    break
                }
                j += 1
            }
            return found
        }
    }
}
