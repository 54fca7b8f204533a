/// What the symbol in a task item's box says of the task: `[ ]` open, `[x]` done, and the other symbols the Obsidian
/// Tasks plugin gives a meaning. Only ASCII symbols: every status the plugin's collections define is one.
public struct TaskStatuses: Sendable, Equatable {
    public enum Status: UInt8, Sendable {
        case open = 1
        case done = 2
    }

    /// By symbol: 0 for no task, else a `Status`.
    private var table = [UInt8](repeating: 0, count: 128)

    /// `[ ]` and `[/]` (in progress) are open; `[x]`, `[X]` and `[-]` (cancelled, no longer to do) are closed, as the
    /// Tasks plugin reads them. Any other symbol makes no task.
    public static let standard = TaskStatuses(open: " /", done: "xX-")

    /// The statuses a vault's Tasks plugin defines (`statusSettings` in its `data.json`), by symbol and the plugin's
    /// type. The plugin reads any symbol it does not know as one to do, so every other ASCII symbol but a control
    /// character or a bracket is open here too; `NON_TASK` makes no task.
    public static func tasksPlugin(_ statuses: [(symbol: String, type: String)]) -> TaskStatuses {
        var s = TaskStatuses(open: "", done: "")
        for c in UInt8(0x20)..<0x7F where c != UInt8(ascii: "[") && c != UInt8(ascii: "]") {
            s.table[Int(c)] = Status.open.rawValue
        }
        for c in "xX-".utf8 { s.table[Int(c)] = Status.done.rawValue }
        for (symbol, type) in statuses {
            guard symbol.utf8.count == 1, let c = symbol.utf8.first, c >= 0x20, c < 0x7F else { continue }
            switch type {
            case "DONE", "CANCELLED": s.table[Int(c)] = Status.done.rawValue
            case "NON_TASK": s.table[Int(c)] = 0
            case "TODO", "IN_PROGRESS", "ON_HOLD": s.table[Int(c)] = Status.open.rawValue
            default: break
            }
        }
        return s
    }

    private init(open: String, done: String) {
        for c in open.utf8 { table[Int(c)] = Status.open.rawValue }
        for c in done.utf8 { table[Int(c)] = Status.done.rawValue }
    }

    /// What a box holding `symbol` says; nil when it makes no task.
    public func status(of symbol: UInt8) -> Status? {
        symbol < 0x80 ? Status(rawValue: table[Int(symbol)]) : nil
    }
}
