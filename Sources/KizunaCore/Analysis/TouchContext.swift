extension PersonBrief {
    /// The brief with each touch and plan that has no title titled by the line of its note that links the person
    /// (`context`), and placed at that line; `read` gives a note's bytes by its path, nil when it cannot.
    public mutating func titlingUntitled(journal: Journal, read: (String) -> [UInt8]?) {
        func titled(_ touch: Touch) -> Touch {
            guard touch.title.isEmpty, let bytes = read(touch.location.path),
                let (text, location) = PersonBrief.context(
                    of: person, at: touch.location, in: SourceFile(path: touch.location.path, bytes: bytes),
                    journal: journal)
            else { return touch }
            var touch = touch
            (touch.title, touch.location) = (text, location)
            return touch
        }
        touches = touches.map(titled)
        plans = plans.map(titled)
    }

    /// A touch in a note written as one entry (a daily note, `- 10:00 [[Ken]]とランチ`) has no title: the line of that
    /// note that first links the person says what it was. The line as text (links as they show, no list marker) and
    /// where it is, or nil when no line of the entry at `location` in `file` links person `p`.
    public static func context(of p: Int, at location: SourceLocation, in file: SourceFile, journal: Journal)
        -> (text: String, location: SourceLocation)?
    {
        let note = NoteParser.parse(file, config: journal.config)
        guard let entry = note.entries.first(where: { $0.location == location }) else { return nil }
        let lookup = PersonLookup(journal)
        let person = journal.people[p]
        // The body's links: a front matter's (a meeting's `people:`) stand on lines of YAML.
        let first = note.entryLinks[entry.bodyLinks].first { link in
            switch link.target {
            // A markdown link Obsidian finds from the root or by file name (`NameIndex.markdownLinkPerson`).
            case .path(let path):
                return path == person.path || path.hasSuffix("/" + person.path)
                    || journal.config.markdownLinks && NameIndex.fileName(path) == NameIndex.fileName(person.path)
            case .name(let name): return lookup.find(name) == .one(p)
            }
        }
        guard let first, let text = lineText(first.location.line, of: file.bytes, config: journal.config) else {
            return nil
        }
        return (text, SourceLocation(path: file.path, line: first.location.line, column: 1))
    }

    /// Line `line` (1-based) of a note's bytes as its text shows, tags aside, read on its own by cmark; nil when it
    /// shows none.
    static func lineText(_ line: Int, of bytes: [UInt8], config: Config) -> String? {
        let all = bytes[...]
        let text = CommonMark.line(line, of: all, lineStarts: CommonMark.lineStarts(all))
        guard !text.isEmpty,
            let body = CommonMark.parse(
                text, memoryLimit: NoteParser.parseMemoryLimit, logseqTasks: config.logseq != nil,
                statuses: config.taskStatuses),
            let block = body.blocks.first
        else { return nil }
        let reading: InlineScanner.LinkReading = config.dendron ? [.targets, .dendron] : .targets
        // Without its tags, as a heading's title is: the touch's kinds are shown after it.
        let shown = InlineScanner.scan(block, in: body, displays: .withoutTags, links: reading).displayWithoutTags
            .trimmingSpaces()
        return shown.isEmpty ? nil : shown
    }
}
