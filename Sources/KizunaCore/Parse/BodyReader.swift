#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a note body's blocks into entries, tasks and links.
struct BodyReader {
    let path: String
    let stem: String
    let isPerson: Bool
    let text: DecodedText
    let lineOffset: Int
    let body: MDBody
    let names: NameIndex?
    let meeting: MeetingHead?
    var blocks: [MDBlock] { body.blocks }

    init(note: ParsedNote, text: DecodedText, lineOffset: Int, body: MDBody, names: NameIndex? = nil) {
        self.path = note.path
        self.stem = note.stem
        self.isPerson = note.isPerson
        self.text = text
        self.lineOffset = lineOffset
        self.body = body
        self.names = names
        self.meeting = note.meeting
    }

    func read(into note: inout ParsedNote) {
        for fence in body.unclosedFences {
            note.diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "this code fence is never closed: the lines after it are read as code, not as entries or tasks",
                        ja: "このコードブロックは閉じられていません。後に続く行はコードとして読まれ、エントリーやタスクになりません"),
                    at: place(fence)))
        }
        if let comment = body.unclosedComment {
            note.diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "this '%%' comment is never closed: the rest of the note is not read",
                        ja: "この '%%' コメントは閉じられていません。ノートの残りは読みません"),
                    at: place(comment)))
        }
        var entries: [RawEntry] = []
        var tasks: [RawTask] = []
        entries.reserveCapacity(blocks.count { $0.isHeading })
        /// The task each task item's block started, in block order: a task's nested paragraphs follow it.
        var taskOfBlock: [(block: Int, task: Int)] = []
        var current: (index: Int, level: Int)? = nil
        var dated = false
        // A note with no dated heading whose name is a date is a daily note: its whole body is one entry, with the
        // tags of every block but a task's nested ones and the first heading's text as its title.
        // A meeting note (`date:` and `people:` in front matter) is one entry of that date, as a daily note is.
        let dailyDay = isPerson ? nil : (meeting?.date ?? DateParser.fileName(stem))
        var dailyTags: [String] = []
        var dailyTitle: Range<Int>? = nil
        // The entries' titles, one after another; a heading's text is written here and read in place.
        var titles: [UInt8] = []

        // Every block is scanned into this one, so that its list of links is made once for the note.
        var scan = InlineScan()
        for bi in blocks.indices {
            let block = body.blocks[bi]
            // Headings need their text without tags (date and title), tasks their text with tags (the words).
            var shown = 0..<0
            if block.isHeading {
                shown = InlineScanner.scan(block, in: body, plainInto: &titles, targets: false, into: &scan)
            } else {
                InlineScanner.scan(
                    block, in: body, displays: block.taskChecked != nil ? .withTags : [], targets: false, into: &scan)
            }
            var keepShown = false
            if dailyDay != nil, !dated {
                if block.taskOwner == nil { dailyTags += scan.tags }
                if block.isHeading, dailyTitle == nil { dailyTitle = shown; keepShown = true }
            }
            if block.isHeading {
                let match = titles.withUnsafeBufferPointer {
                    DateParser.headingMatch(bytes: UnsafeBufferPointer(rebasing: $0[shown]))
                }
                if case .date = match {} else if !keepShown { titles.removeSubrange(shown) }
                switch match {
                case .date(let day, let restInShown, let mismatch):
                    dated = true
                    // The title is what follows the date: the date before it and the space after it are dropped.
                    let rest = (shown.lowerBound + restInShown.lowerBound)..<(shown.lowerBound + restInShown.upperBound)
                    titles.removeSubrange(rest.upperBound..<titles.count)
                    if !keepShown { titles.removeSubrange(shown.lowerBound..<rest.lowerBound) }
                    let title = keepShown ? rest : shown.lowerBound..<titles.count
                    let location = self.location(block)
                    if let mismatch {
                        note.diagnostics.append(
                            Diagnostic(
                                .warning,
                                Message(
                                    "weekday (\(mismatch)) does not match \(day), a \(Day.englishWeekdays[day.weekday])",
                                    ja: "曜日 (\(mismatch)) が \(day) (\(Day.japaneseWeekdays[day.weekday])曜日) と合いません"),
                                at: location))
                    }
                    // An entry's links follow those of the entry before it: only the last entry takes links.
                    let linkStart = note.entryLinks.count
                    appendLinks(scan, block: block, to: &note.entryLinks)
                    entries.append(
                        RawEntry(
                            date: day, title: title, tags: scan.tags, linkStart: Int32(linkStart),
                            headingLinkCount: Int32(note.entryLinks.count - linkStart), location: location))
                    current = (entries.count - 1, block.headingLevel)
                    continue
                case .invalid(let what):
                    note.diagnostics.append(
                        Diagnostic(
                            .error,
                            Message(
                                "'\(what)' is not a real date; this heading is not read as an entry",
                                ja: "'\(what)' は存在しない日付です。この見出しはエントリーとして読みません"),
                            at: location(block)))
                case .none:
                    break
                }
                if let c = current, block.headingLevel <= c.level { current = nil }
            }
            // A block's links go straight to whatever they belong to.
            if let checked = block.taskChecked {
                var links: [RawLink] = []
                appendLinks(scan, block: block, to: &links)
                tasks.append(
                    task(
                        block, scan: scan, links: links, checked: checked,
                        created: current.map { entries[$0.index].date }, into: &note.diagnostics))
                taskOfBlock.append((bi, tasks.count - 1))
            } else if let owner = block.taskOwner, let t = Self.task(startedBy: owner, in: taskOfBlock) {
                appendLinks(scan, block: block, to: &tasks[t].links)
            } else if let c = current {
                // The current entry is always the last one.
                let before = note.entryLinks.count
                appendLinks(scan, block: block, to: &note.entryLinks)
                entries[c.index].bodyLinkCount += Int32(note.entryLinks.count - before)
                if !scan.tags.isEmpty { entries[c.index].tags += scan.tags }
            } else {
                appendLinks(scan, block: block, to: &note.otherLinks)
            }
        }

        if !dated, let day = dailyDay {
            // No dated heading, so no entry's links yet: the note's other links are the daily entry's body.
            // A meeting's people take part, as a heading's links do; its body's links are mentions. Its title is the
            // first heading or the file's name.
            let people = (meeting?.people ?? []).map { RawLink(target: .name($0.text), location: $0.location) }
            var title = dailyTitle ?? titles.count..<titles.count
            if meeting != nil, dailyTitle == nil {
                titles += Array(stem.utf8)
                title = (titles.count - stem.utf8.count)..<titles.count
            }
            var entry = RawEntry(
                date: day, title: title, tags: (meeting?.tags ?? []) + dailyTags, linkStart: 0,
                headingLinkCount: Int32(people.count),
                location: SourceLocation(path: path, line: lineOffset + 1, column: 1))
            entry.bodyLinkCount = Int32(note.otherLinks.count)
            note.entryLinks = people + note.otherLinks
            note.otherLinks = []
            for i in tasks.indices where tasks[i].created == nil { tasks[i].created = day }
            entries.append(entry)
        }
        for i in entries.indices { (entries[i].tags, entries[i].kinds) = uniqueTags(entries[i].tags) }
        note.entries = entries
        note.tasks = tasks
        // Kept as long as the journal: without the room it grew into.
        note.titles =
            titles.count == titles.capacity
            ? titles
            : [UInt8](unsafeUninitializedCapacity: titles.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: titles)
            }
    }

    /// The task the block at `owner` started, found by halving the list (it is in block order).
    static func task(startedBy owner: Int, in list: [(block: Int, task: Int)]) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].block < owner { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low].block == owner ? list[low].task : nil
    }

    /// The tags, each once (compared after folding), and the kinds they give: each tag is folded once.
    private func uniqueTags(_ tags: [String]) -> ([String], EntryKinds) {
        if tags.isEmpty { return (tags, []) }
        if tags.count == 1 {
            return (tags, EntryKinds.fast(ofTag: tags[0]) ?? EntryKinds.byTag[Normalize.tag(tags[0])] ?? [])
        }
        // An entry has a few tags: a list of the folded ones seen is quicker than a set, and the tags are copied
        // only when one repeats.
        var seen: [String] = []
        seen.reserveCapacity(tags.count)
        var repeats: [Int] = []
        var kinds: EntryKinds = []
        for (i, tag) in tags.enumerated() {
            let folded = Normalize.tag(tag)
            if seen.contains(folded) { repeats.append(i); continue }
            seen.append(folded)
            if let kind = EntryKinds.byTag[folded] { kinds.insert(kind) }
        }
        guard !repeats.isEmpty else { return (tags, kinds) }
        return (tags.indices.filter { !repeats.contains($0) }.map { tags[$0] }, kinds)
    }

    /// The file location of a line and byte column of the body.
    func place(_ at: (line: Int, column: Int)) -> SourceLocation {
        let line = at.line + lineOffset
        return SourceLocation(path: path, line: line, column: text.column(line: line, byteColumn: at.column))
    }

    /// The file location of a block's start.
    func location(_ block: MDBlock) -> SourceLocation {
        let line = block.line + lineOffset
        return SourceLocation(path: path, line: line, column: text.column(line: line, byteColumn: block.column))
    }

}
