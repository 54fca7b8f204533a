/// Turns one note's links into people: what a link names, and what it finds wrong. The index is handed to each
/// call, not kept: kept, it was copied for every note, retaining every table in it.
struct NoteResolver {
    let owner: Int?
    /// The person whose note this is.
    let me: Int?
    /// The person whose own folder holds this note, or whom its front matter says it is about: who an entry or
    /// task that names no one else is with.
    var folderOwner: Int?
    /// The one person a 1:1 note was with: whom a task that names no one is about.
    var taskFallback: Int? = nil
    var diagnostics: [Diagnostic]
    var unresolved: [NameIndex.Unresolved] = []

    /// Appends the people the links name to `out`.
    mutating func resolve(_ links: [RawLink], _ index: NameIndex, into out: inout [Int]) {
        links.withUnsafeBufferPointer { resolve($0, index, into: &out) }
    }

    mutating func resolve(_ links: UnsafeBufferPointer<RawLink>, _ index: NameIndex, into out: inout [Int]) {
        for k in links.indices {
            if let p = person(k, of: links, index) { out.append(p) }
        }
    }

    /// `resolve(_:_:into:)`, with the people embeds name appended to `embeds` instead.
    mutating func resolve(
        _ links: UnsafeBufferPointer<RawLink>, _ index: NameIndex, into out: inout [Int], embeds: inout [Int]
    ) {
        for k in links.indices {
            guard let p = person(k, of: links, index) else { continue }
            if links[k].embed { embeds.append(p) } else { out.append(p) }
        }
    }

    /// The person link `k` names. A link the parse matched already names its person (and nothing else about it is
    /// read): taken as it is, without copying the link for the index to look at.
    private mutating func person(_ k: Int, of links: UnsafeBufferPointer<RawLink>, _ index: NameIndex) -> Int? {
        if links[k].person >= 0 { return Int(links[k].person) }
        if links[k].quiet { return index.resolveQuietly(links[k]) }
        return index.resolve(links[k], diagnostics: &diagnostics, unresolved: &unresolved)
    }

    /// The note's entries, with their people.
    mutating func entries(of note: ParsedNote, _ index: NameIndex, sharing shared: inout SharedArrays) -> [Entry] {
        // Entries repeat the same tags over and over; equal lists share one array. Their people are kept in one list
        // for the note, gathered in scratch lists kept across entries.
        var heading: [Int] = [], body: [Int] = [], embeds: [Int] = []
        var people: [Int32] = []
        var counts: [(participants: Int, mentions: Int)] = []
        counts.reserveCapacity(note.entries.count)
        var entries: [Entry] = []
        // Each raw entry read in place: copying one out retains and releases every field.
        note.entries.withUnsafeBufferPointer { raws in
            note.entryLinks.withUnsafeBufferPointer { links in
                for k in raws.indices {
                    heading.removeAll(keepingCapacity: true)
                    body.removeAll(keepingCapacity: true)
                    resolve(UnsafeBufferPointer(rebasing: links[raws[k].headingLinks]), index, into: &heading)
                    resolve(
                        UnsafeBufferPointer(rebasing: links[raws[k].bodyLinks]), index, into: &body, embeds: &embeds)
                    counts.append(takePart(&heading, mention: &body, embeds: &embeds, into: &people))
                }
                entries.reserveCapacity(raws.count)
                let shares = EntryNote(titles: note.titles, people: people, path: note.path)
                var at = 0
                for k in raws.indices {
                    let (participants, mentions) = counts[k]
                    entries.append(
                        Entry(
                            date: raws[k].date, note: shares, title: raws[k].title, tags: shared.intern(raws[k].tags),
                            kinds: raws[k].kinds, participants: at..<(at + participants), mentions: mentions,
                            line: raws[k].location.line, column: raws[k].location.column))
                    at += participants + mentions
                }
            }
        }
        return entries
    }

    /// Appends an entry's participants, then its mentions, to `people`; returns how many of each. With `me`, or
    /// with people in the heading, those take part and the body's are mentioned; otherwise the body's people take
    /// part. The people of the body's embeds are only mentioned; `embeds` is left empty.
    private func takePart(
        _ heading: inout [Int], mention body: inout [Int], embeds: inout [Int], into people: inout [Int32]
    ) -> (Int, Int) {
        if let me { heading.append(me) }
        let bodyTakesPart = me == nil && heading.isEmpty
        if bodyTakesPart { swap(&heading, &body) }
        if !embeds.isEmpty {
            body += embeds
            embeds.removeAll(keepingCapacity: true)
        }
        sortUniqueInPlace(&heading, leavingOut: owner)
        if heading.isEmpty, let folderOwner { heading.append(folderOwner) }
        for p in heading { people.append(Int32(p)) }
        var mentions = 0
        if !body.isEmpty {
            sortUniqueInPlace(&body, leavingOut: owner)
            for p in body where heading.binarySearch(p) == nil { people.append(Int32(p)); mentions += 1 }
        }
        return (heading.count, mentions)
    }

    /// The note's tasks, with their people. A task with no text (`- [ ] ` alone, or only a date) is not a task.
    mutating func tasks(of note: ParsedNote, _ index: NameIndex) -> [TaskItem] {
        var tasks: [TaskItem] = []
        tasks.reserveCapacity(note.tasks.count)
        for raw in note.tasks where !raw.text.isEmpty {
            var people: [Int] = []
            resolve(raw.links, index, into: &people)
            if let me { people.append(me) }
            people.removeAll { $0 == owner }
            if people.isEmpty, let p = folderOwner ?? taskFallback { people.append(p) }
            tasks.append(
                TaskItem(
                    text: raw.text, done: raw.done, due: raw.due, doneDate: raw.doneDate, created: raw.created,
                    people: sortedUnique(people), location: raw.location))
        }
        return tasks
    }
}
