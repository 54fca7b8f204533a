import Ccmark

/// An inline piece of a markdown block, as cmark parsed it.
public enum MDInline: Sendable, Equatable {
    case text(String)
    /// A code span: its content is text, never links or tags.
    case code(String)
    case softBreak
    case lineBreak
    /// Raw inline HTML.
    case html(String)
    /// Start of an ordinary markdown link (or image) with its destination.
    case linkOpen(destination: String, isImage: Bool)
    case linkClose
}

/// A block that carries inline text: a heading or a paragraph.
public struct MDBlock: Sendable, Equatable {
    /// Heading level 1...6, or 0 for a paragraph.
    public var headingLevel: Int
    /// 1-based line in the markdown that was parsed (the body), and 1-based byte column.
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var inlines: [MDInline]
    /// This paragraph opens a task item: `[ ]` (false) or `[x]` (true). The marker is removed from `inlines`.
    public var taskChecked: Bool?
    /// Index (in the block list) of the paragraph that opens the innermost task item this block stands in.
    public var taskOwner: Int?

    public var isHeading: Bool { headingLevel > 0 }
}

/// The one door to libcmark: parses markdown bytes into `MDBlock`s. No C object outlives the call.
public enum CommonMark {
    /// Parses `bytes` (UTF-8, no front matter) and returns its text blocks in document order.
    /// Code blocks and HTML blocks are left out: what they hold is never a link, tag, entry or task.
    public static func blocks(_ bytes: [UInt8]) -> [MDBlock] {
        guard let doc = bytes.withUnsafeBufferPointer({ buffer -> OpaquePointer? in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }) else { return [] }
        defer { cmark_node_free(doc) }
        guard let iter = cmark_iter_new(doc) else { return [] }
        defer { cmark_iter_free(iter) }

        struct Item {
            var node: OpaquePointer
            var firstChild: OpaquePointer?
            var taskOwner: Int?
        }
        var items: [Item] = []
        var blocks: [MDBlock] = []
        var current: MDBlock? = nil
        var currentNode: OpaquePointer? = nil
        var candidateTask = false

        func literal(_ node: OpaquePointer) -> String {
            guard let c = cmark_node_get_literal(node) else { return "" }
            return String(cString: c)
        }

        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
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
                    current = MDBlock(headingLevel: level, line: Int(cmark_node_get_start_line(node)),
                                      column: Int(cmark_node_get_start_column(node)),
                                      endLine: Int(cmark_node_get_end_line(node)), inlines: [],
                                      taskChecked: nil, taskOwner: items.last?.taskOwner)
                    currentNode = node
                    candidateTask = level == 0 && items.last.map { $0.firstChild == node } == true
                } else if var block = current, currentNode == node {
                    if candidateTask, let checked = stripTaskMarker(&block.inlines) {
                        block.taskChecked = checked
                        block.taskOwner = blocks.count
                        items[items.count - 1].taskOwner = blocks.count
                    }
                    blocks.append(block)
                    current = nil
                    currentNode = nil
                }
            case CMARK_NODE_TEXT:
                if current != nil { current!.inlines.append(.text(literal(node))) }
            case CMARK_NODE_CODE:
                if current != nil { current!.inlines.append(.code(literal(node))) }
            case CMARK_NODE_SOFTBREAK:
                if current != nil { current!.inlines.append(.softBreak) }
            case CMARK_NODE_LINEBREAK:
                if current != nil { current!.inlines.append(.lineBreak) }
            case CMARK_NODE_HTML_INLINE:
                if current != nil { current!.inlines.append(.html(literal(node))) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard current != nil else { break }
                if entering {
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    current!.inlines.append(.linkOpen(destination: url, isImage: type == CMARK_NODE_IMAGE))
                } else {
                    current!.inlines.append(.linkClose)
                }
            default:
                break
            }
        }
        return blocks
    }

    /// Removes a leading `[ ]`, `[x]` or `[X]` (followed by a space or nothing) and says whether it was checked.
    static func stripTaskMarker(_ inlines: inout [MDInline]) -> Bool? {
        var head = ""
        var count = 0
        for inline in inlines {
            guard case .text(let t) = inline else { break }
            head += t
            count += 1
            if head.utf8.count >= 4 { break }
        }
        let u = Array(head.utf8)
        guard u.count >= 3, u[0] == UInt8(ascii: "["), u[2] == UInt8(ascii: "]") else { return nil }
        let checked: Bool
        switch u[1] {
        case UInt8(ascii: " "): checked = false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
        default: return nil
        }
        if u.count > 3, u[3] != UInt8(ascii: " "), u[3] != UInt8(ascii: "\t") { return nil }
        if u.count == 3, count < inlines.count, inlines[count] != .softBreak { return nil }
        var drop = min(u.count, 4)
        var i = 0
        while drop > 0, i < inlines.count, case .text(let t) = inlines[i] {
            let n = t.utf8.count
            if n <= drop {
                inlines[i] = .text("")
                drop -= n
            } else {
                inlines[i] = .text(String(decoding: Array(t.utf8)[drop...], as: UTF8.self))
                drop = 0
            }
            i += 1
        }
        inlines.removeAll { $0 == .text("") }
        return checked
    }
}
