extension BodyReader {
    /// What reading the blocks one after another keeps.
    struct Reading {
        var entries: [RawEntry] = []
        var tasks: [RawTask] = []
        /// The task each task item's block started, in block order: a task's nested paragraphs follow it.
        var taskOfBlock: [(block: Int, task: Int)] = []
        var current: (index: Int, level: Int)? = nil
        /// The current entry was opened by a log's item, not a heading; the item's text starts at this column.
        var itemEntry = false
        var itemColumn = 0
        /// The last dated item of a log: its first line, byte column and the last line nested in it (of the body).
        var lastLogItem: (line: Int, column: Int, end: Int)? = nil
        /// The first dated item of the log the last one stands in, and the last one's day: a log kept newest first
        /// gets its next item before the first.
        var firstLogItem: (line: Int, column: Int, end: Int, day: Day)? = nil
        var lastLogDay: Day? = nil
        /// A log's heading was read since the last dated item: the next one is the first of its log.
        var logOpened = true
        /// The level of the heading of the log the blocks stand in (`LogSection`).
        var logSection: Int? = nil
        /// A heading was read: a level-one heading after it is a section, not the note's title.
        var headed = false
        /// The year and month a year's or a month's note gives the dates its headings write without them.
        var period: DateParser.NotePeriod? = nil
        /// Whether the note's sections may be logs: a person's note, or one that is no daily or meeting note.
        var readsLogs = false
        var dated = false
        /// A person's fields written in the body above their first entry.
        var profile = BodyProfile.Reading()
        /// Logs kept as tables: the warning at each, and the days of its rows.
        var logTables: [(warning: Diagnostic, days: [Day])] = []
        var dailyTags: [String] = []
        var dailyTitle: Range<Int>? = nil
        /// The entries' titles, one after another; a heading's text is written here and read in place.
        var titles: [UInt8] = []
        /// Every block is scanned into this one, so that its list of links is made once for the note (with room for
        /// eight, kept from block to block).
        var scan: InlineScan = {
            var scan = InlineScan()
            scan.wikiLinks.reserveCapacity(8)
            return scan
        }()

        /// The level of the log `block` may open an entry in: an item of a log that may start with a date,
        /// outside an entry a heading opened.
        func logLevel(of block: MDBlock) -> Int? {
            block.opensItem && block.taskChecked == nil && (current == nil || itemEntry) ? logSection : nil
        }

        /// The dated item of a log the next one goes beside, and whether before it (a log kept newest first).
        var logNeighbour: (line: Int, column: Int, end: Int, before: Bool)? {
            if let first = firstLogItem, let last = lastLogItem, let lastLogDay, first.line < last.line,
                first.day > lastLogDay
            {
                return (first.line, first.column, first.end, true)
            }
            return lastLogItem.map { ($0.line, $0.column, $0.end, false) }
        }

        /// The warnings at logs kept as tables that hold a day the note's entries do not.
        var unreadLogTables: [Diagnostic] {
            logTables.filter { table in !table.days.allSatisfy { day in entries.contains { $0.date == day } } }.map {
                $0.warning
            }
        }

        /// `block` stands nested in the last dated item of a log.
        mutating func nest(_ block: MDBlock) {
            guard let item = lastLogItem else { return }
            lastLogItem = (item.line, item.column, max(item.end, block.endLine))
        }
    }
}
