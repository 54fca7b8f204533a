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

    /// Appends the block's links, with their places in the file, to `out`.
    func appendLinks(_ scan: InlineScan, block: MDBlock, to out: inout [RawLink]) {
        if scan.wikiLinks.isEmpty && scan.destinations.isEmpty { return }
        let startLine = block.line + lineOffset
        let endLine = block.endLine + lineOffset
        guard startLine >= 1, startLine <= text.lineStarts.count else { return }
        let from = text.lineStarts[startLine - 1]
        let to = endLine < text.lineStarts.count ? text.lineStarts[endLine] : text.bytes.count
        var cursor = from
        // Links are found in the file in order, each after the one before. A link matched while parsing is not
        // looked for, unless a later link of the block needs its place: then the ones before it are found first,
        // as they always were, so that every place is the same.
        var located = 0
        var lastPlace: (offset: Int, line: Int, column: Int)? = nil
        // Room for the longest link's key, folded from its bytes.
        let longest = scan.wikiLinks.reduce(1) { Swift.max($0, $1.targetRange.count) }
        body.text.withUnsafeBufferPointer { inline in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { scratch in
                for (k, link) in scan.wikiLinks.enumerated() {
                    let target = UnsafeBufferPointer(
                        rebasing: inline[
                            (block.text.lowerBound + link.targetRange.lowerBound)..<(block.text.lowerBound
                                + link.targetRange.upperBound)])
                    var raw: RawLink? = nil
                    if let names {
                        // The key straight from the bytes when it can be, so a link that names one person makes no string.
                        let length = Normalize.fastKey(utf8: target, into: scratch.baseAddress!)
                        if let length,
                            let person = names.person(
                                keyBytes: UnsafeBufferPointer(start: scratch.baseAddress!, count: length))
                        {
                            out.append(RawLink(person: person))
                            continue
                        }
                        if length == nil {
                            raw = RawLink(
                                target: .name(String(decoding: target, as: UTF8.self)),
                                location: SourceLocation(path: path, line: 0, column: 0))
                            if let person = names.person(named: raw!.key) {
                                out.append(RawLink(person: person))
                                continue
                            }
                        }
                    }
                    // Left to the resolve stage, with its place. cmark gives no positions for inline text: the link's own
                    // characters are found in the block's lines (the block's start when they are not).
                    let blockStart = location(block)
                    var unmatched =
                        raw ?? RawLink(target: .name(String(decoding: target, as: UTF8.self)), location: blockStart)
                    unmatched.location = blockStart
                    while located <= k {
                        let innerStart = block.text.lowerBound + scan.wikiLinks[located].inner.lowerBound
                        let inner = innerStart..<(block.text.lowerBound + scan.wikiLinks[located].inner.upperBound)
                        if let hit = find(wikiLink: inner, from: cursor, to: to, block: block) {
                            if located == k {
                                let p = text.position(ofOffset: hit.lowerBound, after: lastPlace)
                                lastPlace = (hit.lowerBound, p.line, p.column)
                                unmatched.location = SourceLocation(path: path, line: p.line, column: p.column)
                            }
                            cursor = hit.upperBound
                        }
                        located += 1
                    }
                    out.append(unmatched)
                }
            }
        }
        for destination in scan.destinations {
            if let target = resolveRelative(destination) {
                out.append(RawLink(target: .path(target), location: self.location(block)))
            }
        }
    }

    /// Where the link whose text is `inner` (a range of the body's inline text) stands in the note's bytes, at or after
    /// `from` and before `to`: looked for from the start of the text node it stands in, so that a code span, raw HTML
    /// or a link destination before it in the block, holding the same characters, is passed over.
    ///
    /// cmark counts a text node's column from the block's first line's indent, which is too far right on a lazy line
    /// of a quote or list item by at most that indent: then the link is looked for from that far back. When cmark's
    /// place is wrong in some other way, the link is looked for from `from`, as if there were no anchor.
    private func find(wikiLink inner: Range<Int>, from: Int, to: Int, block: MDBlock) -> Range<Int>? {
        let opening = inner.lowerBound - 2
        let anchors = body.anchors
        // The last anchor at or before the link's `[[`, if it lies within the block.
        var low = 0, high = anchors.count
        while low < high {
            let mid = (low + high) / 2
            if Int(anchors[mid].offset) <= opening { low = mid + 1 } else { high = mid }
        }
        if low > 0, Int(anchors[low - 1].offset) >= block.text.lowerBound {
            let anchor = anchors[low - 1]
            let line = Int(anchor.line) + lineOffset
            if line >= 1, line <= text.lineStarts.count {
                let lineStart = text.lineStarts[line - 1]
                let exact = lineStart + max(0, Int(anchor.column) - 1)
                if exact > from, let hit = find(wikiLink: inner, from: min(exact, to), to: to) { return hit }
                let loose = max(lineStart, exact - max(0, block.column - 1))
                if loose > from, let hit = find(wikiLink: inner, from: min(loose, to), to: to) { return hit }
            }
        }
        return find(wikiLink: inner, from: from, to: to)
    }

    /// Where `[[` + the link's text (`inner`, a range of the body's inline text) + `]]` first stands in the note's
    /// bytes between `from` and `to`.
    private func find(wikiLink inner: Range<Int>, from: Int, to: Int) -> Range<Int>? {
        body.text.withUnsafeBufferPointer { inline in
            text.bytes.withUnsafeBufferPointer { bytes -> Range<Int>? in
                let length = inner.count + 4
                guard to - from >= length else { return nil }
                let raw = inline.baseAddress! + inner.lowerBound
                var i = from
                while i + length <= to {
                    if bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "["),
                        bytes[i + length - 2] == UInt8(ascii: "]"), bytes[i + length - 1] == UInt8(ascii: "]"),
                        inner.isEmpty || memcmp(raw, bytes.baseAddress! + i + 2, inner.count) == 0
                    {
                        return i..<(i + length)
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// A relative link destination to a markdown note, as a path from the root; nil for anything else.
    func resolveRelative(_ destination: String) -> String? {
        var d = Substring(destination)
        if let cut = d.firstIndex(where: { $0 == "#" || $0 == "?" }) { d = d[..<cut] }
        guard !d.isEmpty, !d.hasPrefix("/"), !d.contains(":") else { return nil }
        let decoded = String(d).removingPercentEncoding ?? String(d)
        guard NoteName.isNote(decoded) else { return nil }
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The date markers a task may hold: the marker, and whether it gives the due date (or else the done date).
    fileprivate static let dateMarkers: [(marker: String, isDue: Bool)] = [
        ("📅", true), ("due:", true), ("期限:", true), ("期限：", true), ("✅", false),
    ]

    private func task(
        _ block: MDBlock, scan: InlineScan, links: [RawLink], checked: Bool, created: Day?,
        into diagnostics: inout [Diagnostic]
    ) -> RawTask {
        let location = self.location(block)
        var due: Day? = nil
        var doneDate: Day? = nil
        /// Reads the date markers out of the words and returns the other words, joined by single spaces.
        func read(_ words: some TaskWords) -> String {
            var kept: [Int] = []
            kept.reserveCapacity(words.count)
            var i = 0
            while i < words.count {
                var matched = false
                for (m, (marker, isDue)) in Self.dateMarkers.enumerated() {
                    let value: String, consumed: Int
                    if words.word(i, is: m) {
                        (value, consumed) = i + 1 < words.count ? (words.word(i + 1), 2) : ("", 1)
                    } else if let rest = words.word(i, after: m) {
                        (value, consumed) = (rest, 1)
                    } else {
                        continue
                    }
                    matched = true
                    if let d = Day(iso: Normalize.nfkc(value)) {
                        if isDue { due = d } else { doneDate = d }
                    } else {
                        let example = "\(marker)\(marker.hasSuffix(":") || marker.hasSuffix("：") ? "" : " ")YYYY-MM-DD"
                        diagnostics.append(
                            Diagnostic(
                                .warning,
                                Message(
                                    "invalid \(isDue ? "due" : "done") date '\(value)' in task (write \(example))",
                                    ja: "タスクの\(isDue ? "期限" : "完了日") '\(value)' が読めません(\(example) で書いてください)"),
                                at: location))
                    }
                    i += consumed
                    break
                }
                if !matched {
                    kept.append(i)
                    i += 1
                }
            }
            return words.joined(kept)
        }
        let text: String
        if Self.isSimple(scan.display) {
            // Every character is one scalar that composes with nothing: words and markers compare as bytes.
            var display = scan.display
            text = display.withUTF8 { read(ByteWords($0)) }
        } else {
            text = read(StringWords(Self.words(scan.display).0))
        }
        return RawTask(
            text: text, done: checked, due: due, doneDate: doneDate,
            created: created, links: links, location: location)
    }

    /// The markers' bytes, in `dateMarkers`' order.
    fileprivate static let dateMarkerBytes: [[UInt8]] = dateMarkers.map { Array($0.marker.utf8) }

    /// A task's text split at spaces (empty words left out), and whether every character in it is a single scalar
    /// that no neighbour can join and that has no other canonical form. Then the split is made on bytes, as
    /// `ByteWords` makes it for `task`; otherwise on characters, where a space followed by a combining mark is not
    /// a space.
    static func words(_ text: String) -> ([String], oneScalarEach: Bool) {
        guard isSimple(text) else {
            return (text.split(separator: " ", omittingEmptySubsequences: true).map(String.init), false)
        }
        var text = text
        return (
            text.withUTF8 { u in
                let words = ByteWords(u)
                return (0..<words.count).map(words.word)
            }, true
        )
    }

    /// Whether every character of the text is a single scalar that no neighbour can join and that has no other
    /// canonical form.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { u in
            let v = u.value
            switch v {
            case 0..<0x80, 0xA0...0xFF, 0x3000, 0x2010...0x2027, 0xFF01...0xFF5E, 0x2705, 0x1F4C5: return true
            default: return Normalize.isStable(v)
            }
        }
    }
}

/// A task's words as the date markers read them: word `i` is marker `m`, or starts with it.
private protocol TaskWords {
    var count: Int { get }
    func word(_ i: Int) -> String
    func word(_ i: Int, is marker: Int) -> Bool
    /// The rest of word `i` after marker `m`, when it starts with it.
    func word(_ i: Int, after marker: Int) -> String?
    /// The words at `kept`, joined by single spaces.
    func joined(_ kept: [Int]) -> String
}

/// Words split at spaces as characters (a space followed by a combining mark is not a space).
private struct StringWords: TaskWords {
    let words: [String]
    init(_ words: [String]) { self.words = words }
    var count: Int { words.count }
    func word(_ i: Int) -> String { words[i] }
    func word(_ i: Int, is marker: Int) -> Bool { words[i] == BodyReader.dateMarkers[marker].marker }
    func word(_ i: Int, after marker: Int) -> String? {
        let m = BodyReader.dateMarkers[marker].marker
        return words[i].hasPrefix(m) ? String(words[i].dropFirst(m.count)) : nil
    }
    func joined(_ kept: [Int]) -> String { kept.map { words[$0] }.joined(separator: " ") }
}

/// Words split at space bytes, over text where a character is a scalar that composes with nothing: comparing
/// characters is comparing bytes.
private struct ByteWords: TaskWords {
    let bytes: UnsafeBufferPointer<UInt8>
    let ranges: [Range<Int>]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20 { i += 1 }
            if i > start { ranges.append(start..<i) }
        }
        self.ranges = ranges
    }
    var count: Int { ranges.count }
    func word(_ i: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[i]]), as: UTF8.self) }
    func word(_ i: Int, is marker: Int) -> Bool { bytes[ranges[i]].elementsEqual(BodyReader.dateMarkerBytes[marker]) }
    func word(_ i: Int, after marker: Int) -> String? {
        let m = BodyReader.dateMarkerBytes[marker], r = ranges[i]
        guard r.count >= m.count, bytes[r.lowerBound..<(r.lowerBound + m.count)].elementsEqual(m) else { return nil }
        return String(
            decoding: UnsafeBufferPointer(rebasing: bytes[(r.lowerBound + m.count)..<r.upperBound]), as: UTF8.self)
    }
    func joined(_ kept: [Int]) -> String {
        let length = kept.reduce(max(kept.count - 1, 0)) { $0 + ranges[$1].count }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for (k, i) in kept.enumerated() {
                if k > 0 { out[n] = 0x20; n += 1 }
                for b in bytes[ranges[i]] { out[n] = b; n += 1 }
            }
            return n
        }
    }
}
