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
    let isTemplate: Bool
    let text: DecodedText
    let lineOffset: Int
    let body: MDBody
    let names: PersonKeys?
    let meeting: MeetingHead?
    let frontMatterDay: Day?
    /// The vault's own name for daily notes, beside `2026-11-15`.
    let dailyNoteFormat: DailyNoteFormat?
    /// A Logseq graph's note: `#[[Open problem]]` is a tag written with spaces, as Logseq reads it, not a link; a
    /// task's `DEADLINE: <2026-12-01 Tue>` is its due date, and its `:LOGBOOK:` drawer is not its text.
    let inLogseqGraph: Bool
    /// The Logseq graph the note is in: a heading opening with a link to a journal page (`[[Mar 24th, 2020]]`) is
    /// dated.
    let logseq: LogseqGraph?
    /// How wikilinks are written: a Dendron workspace's label first (`[[label|target]]`). Targets are left as ranges.
    let linkReading: InlineScanner.LinkReading
    var blocks: [MDBlock] { body.blocks }

    init(
        note: ParsedNote, text: DecodedText, lineOffset: Int, body: MDBody, names: PersonKeys? = nil,
        dailyNoteFormat: DailyNoteFormat? = nil, inLogseqGraph: Bool = false, logseq: LogseqGraph? = nil,
        dendron: Bool = false
    ) {
        self.path = note.path
        self.stem = note.stem
        self.isPerson = note.isPerson
        self.isTemplate = note.isTemplate
        self.text = text
        self.lineOffset = lineOffset
        self.body = body
        self.names = names
        self.meeting = note.meeting
        self.frontMatterDay = note.frontMatterDay
        self.dailyNoteFormat = dailyNoteFormat
        self.inLogseqGraph = inLogseqGraph
        self.logseq = logseq
        self.linkReading = dendron ? .dendron : []
    }

    func read(into note: inout ParsedNote) {
        warnOfWhatIsNeverClosed(into: &note.diagnostics)
        readInlineFields(into: &note)
        readBlocks(into: &note)
    }

    /// What the first paragraph's inline fields say that kizuna does not read: a person's `alias::`, another
    /// note's `type:: person` or `tags:: person`. A Logseq page's properties are read, as its front matter.
    private func readInlineFields(into note: inout ParsedNote) {
        if inLogseqGraph { return }
        if isPerson, let first = blocks.first,
            let (line, column) = InlineFields.aliasField(first, text: text, lineOffset: lineOffset)
        {
            note.diagnostics.append(
                InlineFields.aliasFieldIsNotRead(at: SourceLocation(path: path, line: line, column: column)))
        }
        if !isPerson, let first = blocks.first, !isTemplate {
            let found = InlineFields.personMarkers(first, text: text, lineOffset: lineOffset)
            if let (line, column) = found.type {
                note.inlinePersonMarker = SourceLocation(path: path, line: line, column: column)
            }
            if note.taggedPerson == nil, let (line, column) = found.tag {
                note.taggedPerson = SourceLocation(path: path, line: line, column: column)
            }
        }
    }

    /// The day of a daily note (named as a day) or a meeting note (its front matter's `date:`), no one's note.
    private var wholeNoteDay: Day? {
        isPerson ? nil : (meeting?.date ?? DateParser.dailyNoteDay(path: path, stem: stem, format: dailyNoteFormat))
    }

    /// Reads the blocks one after another into entries, tasks and links.
    private func readBlocks(into note: inout ParsedNote) {
        var r = Reading()
        r.entries.reserveCapacity(blocks.count { $0.isHeading })
        // The headings' text is the most the titles hold.
        r.titles.reserveCapacity(blocks.reduce(0) { $0 + ($1.isHeading ? $1.text.count : 0) })
        // A note with no dated heading whose name is a date is a daily note: its whole body is one entry, with the
        // tags of every block but a task's nested ones and the first heading's text as its title.
        // A meeting note (`date:` and `people:` in front matter) is one entry of that date, as a daily note is.
        let dailyDay = wholeNoteDay
        // Read as a person's here, such a note is no one when it stands in another person's own folder.
        let namedDay = dailyDay != nil ? nil : BodyReader.leadingDay(of: stem)
        // Any other note may be minutes that say who took part in their text (`参加者: [[田中]]`).
        var minutes: BodyMeeting? = isPerson || dailyDay != nil ? nil : BodyMeeting()
        r.readsLogs = isPerson || (dailyDay == nil && namedDay == nil)
        r.period = r.readsLogs ? DateParser.notePeriod(stem) : nil
        var headings = 0
        for bi in blocks.indices {
            let block = body.blocks[bi]
            // Headings need their text without tags (date and title), tasks their text with tags (the words).
            var shown = 0..<0
            let logLevel = r.logLevel(of: block)
            if block.isHeading || logLevel != nil {
                shown = InlineScanner.scan(block, in: body, plainInto: &r.titles, links: linkReading, into: &r.scan)
            } else {
                InlineScanner.scan(
                    block, in: body, displays: block.taskChecked != nil ? .withTags : [], links: linkReading,
                    into: &r.scan)
            }
            var keepShown = false
            if dailyDay != nil || namedDay != nil, !r.dated {
                if block.taskOwner == nil { r.dailyTags += r.scan.tags }
                if dailyDay != nil, block.isHeading, r.dailyTitle == nil { r.dailyTitle = shown; keepShown = true }
            }
            if block.isHeading, heading(block, shown: shown, keepShown: keepShown, &r, into: &note) { continue }
            if let level = logLevel, logItem(block, shown: shown, level: level, &r, into: &note) { continue }
            if r.logSection != nil, !block.isHeading, !block.opensItem { warnOfLogTable(block, into: &r) }
            if r.itemEntry, r.current != nil, !block.isHeading, block.column > r.itemColumn { r.nest(block) }
            if block.isHeading { headings += 1 }
            if isPerson, !r.dated, !block.isHeading, block.taskChecked == nil {
                r.profile.read(
                    block, text: text, lineOffset: lineOffset, path: path, links: body.destinations[block.destinations])
            }
            let before = note.otherLinks.count
            let namesPeople =
                !r.dated && (bi < BodyMeeting.blocksRead || minutes?.listing != nil)
                && minutes?.read(block, text: text, lineOffset: lineOffset, headings: headings) == true
            attach(bi, &r, into: &note)
            // Names written without links (a transcript's `Participants: Lior, Yancey`) are not read as people.
            if namesPeople, note.otherLinks.count > before { minutes?.take(before..<note.otherLinks.count) }
        }
        if !r.dated { addWholeNoteEntry(daily: dailyDay, named: namedDay, minutes: minutes, &r, into: &note) }
        if isPerson { addPersonsOwnEntries(&r, note.fields, linkStart: note.entryLinks.count) }
        for i in r.entries.indices { (r.entries[i].tags, r.entries[i].kinds) = uniqueTags(r.entries[i].tags) }
        note.entries = r.entries
        note.tasks = r.tasks
        note.profile = r.profile.profile
        note.diagnostics += r.profile.diagnostics + r.unreadLogTables
        note.logNeighbour = r.logNeighbour.map { ($0.line + lineOffset, $0.column, $0.end + lineOffset, $0.before) }
        note.titles = BodyReader.withoutRoom(r.titles)
    }

    /// The titles as the journal keeps them, as long as it lives: without the room they grew into.
    static func withoutRoom(_ titles: [UInt8]) -> [UInt8] {
        titles.count == titles.capacity
            ? titles
            : [UInt8](writing: titles.count) { buffer in buffer.initialize(fromContentsOf: titles) }
    }

    /// Warnings for a code fence or a `%%` comment never closed.
    private func warnOfWhatIsNeverClosed(into diagnostics: inout [Diagnostic]) {
        for fence in body.unclosedFences {
            var message = Message(
                "this code fence is never closed: the lines after it are read as code, not as entries or tasks",
                ja: "このコードブロックは閉じられていません。後に続く行はコードとして読まれ、エントリーやタスクになりません")
            switch fence.hint {
            case .afterNoBreakSpace(let line):
                message.en +=
                    "; the fence on line \(line + lineOffset) is not one: a no-break space (U+00A0) stands "
                    + "before it"
                message.ja +=
                    "。\(line + lineOffset) 行目のフェンスは、前にノーブレークスペース(U+00A0)があるため"
                    + "フェンスになりません"
            case .endedWithItem(let line):
                message.en +=
                    "; the block opened on line \(line + lineOffset) ended with its list item at the next, "
                    + "less indented line, so this fence opens a block instead of closing it: indent code as far as "
                    + "its fences"
                message.ja +=
                    "。\(line + lineOffset) 行目で開いたブロックは、字下げの浅い次の行でリスト項目とともに"
                    + "終わったため、このフェンスはそれを閉じずに新しいブロックを開きます。コードはフェンスと同じだけ字下げします"
            case .inHTML(let line, let html):
                message.en +=
                    "; the fence on line \(line + lineOffset) stands in the HTML block of line "
                    + "\(html + lineOffset) (it runs to a blank line) and opens nothing, so this fence opens a block "
                    + "instead of closing one"
                message.ja +=
                    "。\(line + lineOffset) 行目のフェンスは \(html + lineOffset) 行目からの HTML ブロック"
                    + "(空行まで続きます)の中にあって何も開かないため、このフェンスはブロックを閉じずに新しく開きます"
            case nil:
                break
            }
            diagnostics.append(Diagnostic(.warning, message, at: place((fence.line, fence.column))))
        }
        if let comment = body.unclosedComment {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        "this '%%' comment is never closed: the rest of the note is not read",
                        ja: "この '%%' コメントは閉じられていません。ノートの残りは読みません"),
                    at: place(comment)))
        }
    }

    /// Reads a heading whose text (dates and tags aside) is `shown` in the titles: a dated one opens an entry (true);
    /// another ends the entry it does not stand under, and may open a log (`LogSection`).
    private func heading(
        _ block: MDBlock, shown: Range<Int>, keepShown: Bool, _ r: inout Reading, into note: inout ParsedNote
    ) -> Bool {
        let match =
            dayLinkMatch(block, r.scan, shown: shown, r.titles, labelled: true)
            ?? r.titles.withUnsafeBufferPointer {
                DateParser.headingMatch(bytes: UnsafeBufferPointer(rebasing: $0[shown]), period: r.period)
            }
        // A log is a section: a note's title (`# Meetings` over a folder's README) is none. A note that leaves its
        // title to its file name (Obsidian's inline title) may write its sections at level one.
        let section = block.headingLevel > 1 || isPerson || r.headed
        r.headed = true
        let opensLog =
            r.readsLogs && section && match == .none
            && r.titles.withUnsafeBufferPointer { LogSection.isNamed(UnsafeBufferPointer(rebasing: $0[shown])) }
        if case .date = match {} else if !keepShown { r.titles.removeSubrange(shown) }
        if let log = r.logSection, block.headingLevel <= log { r.logSection = nil }
        switch match {
        case .date(let day, let restInShown, let mismatch):
            openEntry(
                day, rest: restInShown, mismatch: mismatch, shown: shown, keepShown: keepShown, block: block,
                level: block.headingLevel, &r, into: &note)
            r.itemEntry = false
            return true
        case .invalid(let what):
            note.diagnostics.append(
                Diagnostic(
                    .error,
                    Message(
                        "'\(what)' is not a real date; this heading is not read as an entry",
                        ja: "'\(what)' は存在しない日付です。この見出しはエントリーとして読みません"),
                    at: location(block)))
        case .misdated(let what, let form):
            // Taken for an entry only when it links or tags as one does: `## 3月3日はひな祭り` is a heading. A heading
            // made by underlining (a log's line above `----`, as pasted output makes one) is never taken for one.
            let meant =
                form.isSurelyMeant || (isPerson && form.hasYear) || !r.scan.tags.isEmpty
                || !r.scan.wikiLinks.isEmpty
            if meant, block.endLine == block.line {
                note.diagnostics.append(Diagnostic(.warning, form.message(what), at: location(block)))
            }
        case .none:
            break
        }
        if let c = r.current, block.headingLevel <= c.level { r.current = nil }
        if opensLog { (r.logSection, r.logOpened) = (block.headingLevel, true) }
        return false
    }

    /// Reads a list item of a log whose text (tags aside) is `shown` in the titles: one that starts with a
    /// date opens an entry of that date, as a heading at the log's level would (true).
    private func logItem(
        _ block: MDBlock, shown: Range<Int>, level: Int, _ r: inout Reading, into note: inout ParsedNote
    )
        -> Bool
    {
        let match =
            dayLinkMatch(block, r.scan, shown: shown, r.titles)
            ?? r.titles.withUnsafeBufferPointer {
                DateParser.headingMatch(bytes: UnsafeBufferPointer(rebasing: $0[shown]))
            }
        // A date in code (`` `2026-01-26-ben-cohen.md` ``, a file's name) is no item's date.
        let startsInCode = body.text[block.text].first == MDBody.barrier
        guard !startsInCode, case .date(let day, let restInShown, let mismatch) = match else {
            r.titles.removeSubrange(shown)
            // An item beside a dated one ends its entry; one nested in it is part of it.
            if r.itemEntry, block.column <= r.itemColumn { r.current = nil }
            let linksOrTags = !r.scan.tags.isEmpty || !r.scan.wikiLinks.isEmpty
            if !startsInCode, let warning = match.logItemWarning(meant: linksOrTags) {
                note.diagnostics.append(Diagnostic(.warning, warning, at: location(block)))
            }
            return false
        }
        openEntry(
            day, rest: restInShown, mismatch: mismatch, shown: shown, keepShown: false, block: block, level: level, &r,
            into: &note)
        r.itemEntry = true
        r.itemColumn = block.column
        r.lastLogItem = (block.line, block.column, block.endLine)
        r.lastLogDay = day
        if r.logOpened { (r.firstLogItem, r.logOpened) = ((block.line, block.column, block.endLine, day), false) }
        return true
    }

    /// Opens an entry of `day` at `block` (a dated heading, or a log's item), titled by what follows the date:
    /// `rest` within `shown`, the block's text in the titles.
    private func openEntry(
        _ day: Day, rest restInShown: Range<Int>, mismatch: String?, shown: Range<Int>, keepShown: Bool,
        block: MDBlock, level: Int, _ r: inout Reading, into note: inout ParsedNote
    ) {
        r.dated = true
        // The title is what follows the date: the date before it and the space after it are dropped.
        let rest = (shown.lowerBound + restInShown.lowerBound)..<(shown.lowerBound + restInShown.upperBound)
        r.titles.removeSubrange(rest.upperBound..<r.titles.count)
        if !keepShown { r.titles.removeSubrange(shown.lowerBound..<rest.lowerBound) }
        let title = keepShown ? rest : shown.lowerBound..<r.titles.count
        let location = self.location(block)
        let (hashes, links) = r.titles.withUnsafeBufferPointer {
            let text = UnsafeBufferPointer(rebasing: $0[title])
            return (BodyReader.fullWidthHashes(in: text), BodyReader.fullWidthLinks(in: text))
        }
        BodyReader.warn(day, weekday: mismatch, hashes: hashes, links: links, at: location, into: &note.diagnostics)
        // An entry's links follow those of the entry before it: only the last entry takes links.
        let linkStart = note.entryLinks.count
        appendLinks(r.scan, block: block, to: &note.entryLinks)
        r.entries.append(
            RawEntry(
                date: day, title: title, tags: r.scan.tags, linkStart: Int32(linkStart),
                headingLinkCount: Int32(note.entryLinks.count - linkStart), location: location))
        r.current = (r.entries.count - 1, level)
    }

    /// Gives the links and tags of block `bi` to what they belong to: its task, the task it stands in, the entry
    /// it stands under, or the note.
    private func attach(_ bi: Int, _ r: inout Reading, into note: inout ParsedNote) {
        let block = body.blocks[bi]
        if let checked = block.taskChecked {
            var links: [RawLink] = []
            appendLinks(r.scan, block: block, to: &links)
            r.tasks.append(
                task(
                    block, scan: r.scan, links: links, checked: checked,
                    created: r.current.map { r.entries[$0.index].date }, into: &note.diagnostics))
            r.taskOfBlock.append((bi, r.tasks.count - 1))
        } else if let owner = block.taskOwner, let t = Self.task(startedBy: owner, in: r.taskOfBlock) {
            appendLinks(r.scan, block: block, to: &r.tasks[t].links)
        } else if let c = r.current {
            // The current entry is always the last one.
            let before = note.entryLinks.count
            appendLinks(r.scan, block: block, to: &note.entryLinks)
            r.entries[c.index].bodyLinkCount += Int32(note.entryLinks.count - before)
            if !r.scan.tags.isEmpty { r.entries[c.index].tags += r.scan.tags }
        } else {
            appendLinks(r.scan, block: block, to: &note.otherLinks)
            // A tag under the title that marks a person (`#person`, `#types/person`), as notes kept before front
            // matter mark one: said of when the journal finds no people. A list item's tag (Logseq's `- #People`
            // above a list of people) is about its item.
            if bi < 2, !isPerson, !isTemplate, note.taggedPerson == nil, !block.opensItem, block.column == 1,
                r.scan.tags.contains(where: FrontMatter.isPersonTag)
            {
                note.taggedPerson = location(block)
            }
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
    func uniqueTags(_ tags: [String]) -> ([String], EntryKinds) {
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
