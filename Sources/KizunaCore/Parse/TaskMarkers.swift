import Ccmark

extension CommonMark {
    /// Logseq's task markers, and whether each says the task is done. A cancelled task is done: no next step.
    static let logseqMarkers: [(word: [UInt8], done: Bool)] = [
        ("TODO", false), ("DOING", false), ("NOW", false), ("LATER", false), ("WAITING", false), ("WAIT", false),
        ("IN-PROGRESS", false), ("STARTED", false), ("DONE", true), ("CANCELED", true), ("CANCELLED", true),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The Logseq marker a task item's paragraph opens with (`TODO call [[Sato]]`), in the leading run of text of
    /// `leadingLength` bytes from `start`: whether it is done, the marker word's length, and how many bytes to take
    /// off with it (the space after it, and a priority `[#A] ` after that). Nil when the paragraph opens with none.
    static func logseqMarker(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, leadingLength: Int) -> (
        checked: Bool, word: Int, length: Int
    )? {
        let leading = text[start..<(start + leadingLength)]
        for (word, done) in logseqMarkers where leading.starts(with: word) {
            guard leading.count > word.count, leading[start + word.count] == UInt8(ascii: " ") else { return nil }
            var length = word.count + 1
            let rest = leading.dropFirst(length)
            if rest.count >= 5, rest.starts(with: "[#".utf8), rest.dropFirst(3).starts(with: "] ".utf8) {
                length += 5
            }
            return (done, word.count, length)
        }
        return nil
    }

    /// Whether a paragraph's text opens with a task marker: a box whose symbol `statuses` reads (`[ ]`, `[x]`), then
    /// a space, a tab, a soft break or nothing. `leadingLength` is the length of the run of text nodes the paragraph
    /// starts with, `endedBy` the type of the inline that ended that run (nil when text runs to the end). Returns
    /// whether the task is closed.
    static func taskMarker(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, leadingLength: Int, endedBy: cmark_node_type?,
        statuses: TaskStatuses = .standard
    ) -> Bool? {
        guard leadingLength >= 3, text[start] == UInt8(ascii: "["), text[start + 2] == UInt8(ascii: "]"),
            let status = statuses.status(of: text[start + 1])
        else { return nil }
        let checked = status == .done
        if leadingLength > 3, text[start + 3] != UInt8(ascii: " "), text[start + 3] != UInt8(ascii: "\t") { return nil }
        if leadingLength == 3, let after = endedBy, after != CMARK_NODE_SOFTBREAK { return nil }
        return checked
    }
}
