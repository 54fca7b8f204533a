/// What the symbol in a task item's box says of the task: `[ ]` open, `[x]` done, and the other symbols the Obsidian
/// Tasks plugin gives a meaning. Only ASCII symbols: every status the plugin's collections define is one.
public struct TaskStatuses: Sendable, Equatable {
    public static func == (a: TaskStatuses, b: TaskStatuses) -> Bool {
        a.open == b.open && a.done == b.done
    }

    public enum Status: UInt8, Sendable {
        case open = 1
        case done = 2
    }

    /// The symbols that make an open task and those that make a closed one, a bit for each ASCII byte: two words
    /// each, so that handing the statuses to every note's parse copies no buffer.
    private var open: (UInt64, UInt64) = (0, 0)
    private var done: (UInt64, UInt64) = (0, 0)

    /// `[ ]` and `[/]` (in progress) are open; `[x]`, `[X]` and `[-]` (cancelled, no longer to do) are closed, as the
    /// Tasks plugin reads them. Any other symbol makes no task.
    public static let standard = TaskStatuses(open: " /", done: "xX-")

    /// The statuses a vault's Tasks plugin defines (`statusSettings` in its `data.json`), by symbol and the plugin's
    /// type. The plugin reads any symbol it does not know as one to do, so every other ASCII symbol but a control
    /// character or a bracket is open here too; `NON_TASK` makes no task.
    public static func tasksPlugin(_ statuses: [(symbol: String, type: String)]) -> TaskStatuses {
        var s = TaskStatuses(open: "", done: "")
        for c in UInt8(0x20)..<0x7F where c != UInt8(ascii: "[") && c != UInt8(ascii: "]") {
            s.set(c, .open)
        }
        for c in "xX-".utf8 { s.set(c, .done) }
        for (symbol, type) in statuses {
            guard symbol.utf8.count == 1, let c = symbol.utf8.first, c >= 0x20, c < 0x7F else { continue }
            switch type {
            case "DONE", "CANCELLED": s.set(c, .done)
            case "NON_TASK": s.set(c, nil)
            case "TODO", "IN_PROGRESS", "ON_HOLD": s.set(c, .open)
            default: break
            }
        }
        return s
    }

    private init(open: String, done: String) {
        for c in open.utf8 { set(c, .open) }
        for c in done.utf8 { set(c, .done) }
    }

    /// What a box holding `symbol` says; nil when it makes no task.
    public func status(of symbol: UInt8) -> Status? {
        guard symbol < 0x80 else { return nil }
        if Self.has(open, symbol) { return .open }
        return Self.has(done, symbol) ? .done : nil
    }

    private static func has(_ bits: (UInt64, UInt64), _ c: UInt8) -> Bool {
        (c < 64 ? bits.0 >> c : bits.1 >> (c - 64)) & 1 == 1
    }

    private static func setting(_ bits: inout (UInt64, UInt64), _ c: UInt8, _ on: Bool) {
        let bit: UInt64 = 1 << UInt64(c & 63)
        if c < 64 {
            bits.0 = on ? bits.0 | bit : bits.0 & ~bit
        } else {
            bits.1 = on ? bits.1 | bit : bits.1 & ~bit
        }
    }

    /// Makes `symbol` say `status` (nil: no task).
    private mutating func set(_ c: UInt8, _ status: Status?) {
        Self.setting(&open, c, status == .open)
        Self.setting(&done, c, status == .done)
    }
}
