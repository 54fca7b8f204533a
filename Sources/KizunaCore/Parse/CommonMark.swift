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
    /// This paragraph opens a task item: `[ ]` (false) or `[x]` (true). The marker is left out of `text`.
    public var taskChecked: Bool?
    /// Index (in the block list) of the paragraph that opens the innermost task item this block stands in.
    public var taskOwner: Int?

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
        var body = MDBody()
        // cmark allocates from this thread's arena, which is emptied in one step once the tree is read: no node is
        // freed on its own (on S, cmark's allocations and frees were 6% of the digest's instructions).
        defer { kizuna_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, kizuna_arena_mem()) else { return body }
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let doc = document, let iter = cmark_iter_new(doc) else { return body }
        // The inline text is never longer than the markdown, plus a few bytes per barrier.
        body.text.reserveCapacity(bytes.count + bytes.count / 8 + 16)
        body.blocks.reserveCapacity(bytes.count / 96 + 4)

        struct Item {
            var node: OpaquePointer
            var firstChild: OpaquePointer?
            var taskOwner: Int?
        }
        var items: [Item] = []
        // The block being read is the last of `body.blocks`, appended when it opens and finished in place when it
        // closes (a block with inline text never holds another): kept aside as an optional, it was copied and
        // destroyed at every text node.
        var currentNode: OpaquePointer? = nil
        var candidateTask = false
        // The block's leading run of text nodes (its length in bytes) and the type of the inline that ended it.
        var leadingOpen = false
        var leadingLength = 0
        var afterLeading: cmark_node_type? = nil
        // A barrier was written since the block's last text node: the next one is an anchor.
        var anchorNext = false

        func append(literalOf node: OpaquePointer) -> Int {
            guard let c = cmark_node_get_literal(node) else { return 0 }
            let n = strlen(c)
            c.withMemoryRebound(to: UInt8.self, capacity: n) { body.text.append(contentsOf: UnsafeBufferPointer(start: $0, count: n)) }
            return n
        }
        func endLeading(_ type: cmark_node_type) {
            if leadingOpen { leadingOpen = false; afterLeading = type }
        }

        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            let inBlock = currentNode != nil
            switch type {
            case CMARK_NODE_ITEM:
                if entering {
                    items.append(Item(node: node, firstChild: cmark_node_first_child(node), taskOwner: items.last?.taskOwner))
                } else if !items.isEmpty {
                    items.removeLast()
                }
            case CMARK_NODE_HEADING, CMARK_NODE_PARAGRAPH:
                if entering {
                    let level = type == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : 0
                    body.blocks.append(MDBlock(headingLevel: level, line: Int(cmark_node_get_start_line(node)),
                                               column: Int(cmark_node_get_start_column(node)),
                                               endLine: Int(cmark_node_get_end_line(node)), text: body.text.count..<body.text.count,
                                               destinations: body.destinations.count..<body.destinations.count,
                                               taskChecked: nil, taskOwner: items.last?.taskOwner))
                    currentNode = node
                    candidateTask = level == 0 && items.last.map { $0.firstChild == node } == true
                    leadingOpen = true
                    leadingLength = 0
                    afterLeading = nil
                    anchorNext = false
                } else if currentNode == node {
                    let b = body.blocks.count - 1
                    let start = body.blocks[b].text.lowerBound
                    body.blocks[b].text = start..<body.text.count
                    if candidateTask, let checked = taskMarker(body.text, start, leadingLength: leadingLength, endedBy: afterLeading) {
                        body.blocks[b].taskChecked = checked
                        body.blocks[b].taskOwner = b
                        items[items.count - 1].taskOwner = b
                        body.blocks[b].text = (start + min(leadingLength, 4))..<body.text.count
                    }
                    currentNode = nil
                }
            case CMARK_NODE_TEXT:
                guard inBlock else { break }
                if anchorNext {
                    anchorNext = false
                    body.anchors.append(MDBody.TextAnchor(offset: Int32(clamping: body.text.count),
                                                          line: cmark_node_get_start_line(node),
                                                          column: cmark_node_get_start_column(node)))
                }
                let n = append(literalOf: node)
                if leadingOpen { leadingLength += n }
            case CMARK_NODE_CODE:
                guard inBlock else { break }
                endLeading(type)
                body.text.append(MDBody.barrier)
                body.text.append(MDBody.codeStart)
                _ = append(literalOf: node)
                body.text.append(MDBody.barrier)
                body.text.append(MDBody.plain)
                anchorNext = true
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                guard inBlock else { break }
                endLeading(type)
                body.text.append(0x0A)
            case CMARK_NODE_HTML_INLINE:
                guard inBlock else { break }
                endLeading(type)
                body.text.append(MDBody.barrier)
                body.text.append(MDBody.plain)
                anchorNext = true
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard inBlock else { break }
                endLeading(type)
                if entering, type == CMARK_NODE_LINK {
                    body.destinations.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                    body.blocks[body.blocks.count - 1].destinations = body.blocks[body.blocks.count - 1].destinations.lowerBound..<body.destinations.count
                }
                body.text.append(MDBody.barrier)
                body.text.append(MDBody.plain)
                anchorNext = true
            default:
                break  // emphasis, strong and the like: their text nodes are what counts
            }
        }
        return body
    }

    /// Whether a paragraph's text opens with a task marker: `[ ]`, `[x]` or `[X]`, then a space, a tab, a soft break
    /// or nothing. `leadingLength` is the length of the run of text nodes the paragraph starts with, `endedBy` the
    /// type of the inline that ended that run (nil when text runs to the end). Returns whether the task is checked.
    static func taskMarker(_ text: [UInt8], _ start: Int, leadingLength: Int, endedBy: cmark_node_type?) -> Bool? {
        guard leadingLength >= 3, text[start] == UInt8(ascii: "["), text[start + 2] == UInt8(ascii: "]") else { return nil }
        let checked: Bool
        switch text[start + 1] {
        case UInt8(ascii: " "): checked = false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
        default: return nil
        }
        if leadingLength > 3, text[start + 3] != UInt8(ascii: " "), text[start + 3] != UInt8(ascii: "\t") { return nil }
        if leadingLength == 3, let after = endedBy, after != CMARK_NODE_SOFTBREAK { return nil }
        return checked
    }
}

