import Dispatch
import Foundation

/// The resolve stage: turns every file's `ParsedNote` into one `Journal`, matching links to people.
public enum JournalResolver {
    /// Gathers every note's entries, tasks and diagnostics into the journal (entries by date, then path, then line).
    public static func finish(
        _ perNote: inout [Resolved], directory: Directory, config: Config, diagnostics earlier: [Diagnostic],
        suggestions: SuggestionIndex? = nil
    ) -> Journal {
        var unresolved = directory.unresolved
        for i in perNote.indices { unresolved += perNote[i].unresolved }
        let ownerHint =
            config.owner != nil
            ? nil : ownerHint([unresolved], config: config, people: directory.people, meetings: meetingPeople(perNote))
        dropLastContactsLoggedElsewhere(&perNote, people: directory.people.count)
        let people = perNote.contains { $0.profile != nil } ? withProfiles(directory, perNote) : directory.people
        // The suggestions run on their own thread, not inside a parallel loop: there their own slices would run
        // one after another (the system does not nest parallel loops), and on a large journal they take longer
        // than the gathering, so once it is done both cores work on them.
        let suggested = ResultBox<[Diagnostic]>()
        let suggesting = DispatchGroup()
        if !unresolved.isEmpty {
            let unresolved = unresolved, index = suggestions ?? SuggestionIndex(directory)
            DispatchQueue.global().async(group: suggesting) {
                suggested.value = index.warnings(for: unresolved)
            }
        }
        // The notes' diagnostics are gathered with room for the others (a warning at most for each link that names
        // nobody), which then go in front in place: grown as gathered and copied again behind the others, they stood
        // in memory two and three times over at the run's peak.
        let others = earlier.count + directory.diagnostics.count + unresolved.count
        unresolved = []
        var gathered = Gathered(&perNote, pathRank: directory.pathRank, roomBefore: others)
        perNote = []
        suggesting.wait()
        var diagnostics = gathered.diagnostics
        gathered.diagnostics = []
        diagnostics.insert(
            contentsOf: earlier + directory.diagnostics + (suggested.value ?? []) + (ownerHint.map { [$0] } ?? []),
            at: 0)
        var tasks = gathered.tasks
        gathered.tasks = []
        let order = gathered.order(sortingBeside: &tasks, and: &diagnostics)
        return Journal(
            config: config, people: people, entries: EntryList(notes: gathered.noteEntries, order: order),
            tasks: tasks, diagnostics: diagnostics, owner: directory.owner, noteCount: gathered.notes,
            ownerHint: ownerHint)
    }

    /// The people of each meeting note, by number.
    static func meetingPeople(_ notes: [Resolved]) -> [[Int]] {
        // By index: a note copied out of the list retains every list it holds.
        notes.indices.filter { notes[$0].isMeeting }.map { i in notes[i].entries.flatMap(\.participants) }
    }

    /// Every note's entries (each note's left where resolving put them), tasks and diagnostics, gathered in path
    /// order.
    struct Gathered {
        var noteEntries: [[Entry]] = []
        /// The rank in path order of each note in `noteEntries`.
        var noteRanks: [Int32] = []
        var entryCount = 0
        var tasks: [TaskItem] = []
        var diagnostics: [Diagnostic] = []
        var notes = 0
        // Whether the entries, and the tasks, come in path order and then in order of line and column, as they
        // usually do: notes are gathered in the walk's order, and each note's entries and tasks as written.
        var entriesInPlace = true, tasksInPlace = true
        var earliest = Int32.max, latest = Int32.min

        /// Gathers the notes, leaving each one empty, with room for `roomBefore` more diagnostics.
        init(_ perNote: inout [Resolved], pathRank: [Int], roomBefore: Int = 0) {
            tasks.reserveCapacity(perNote.reduce(0) { $0 + $1.tasks.count })
            diagnostics.reserveCapacity(perNote.reduce(roomBefore) { $0 + $1.diagnostics.count })
            var lastEntry = (note: Int32.min, line: Int32.min, column: Int32.min), lastTask = lastEntry
            for i in perNote.indices {
                if perNote[i].wasRead { notes += 1 }
                let rank = Int32(pathRank[i])
                if !perNote[i].entries.isEmpty {
                    // Each entry read in place: copying one out retains and releases its tags and its note's share.
                    perNote[i].entries.withUnsafeBufferPointer { entries in
                        for k in entries.indices {
                            let place = (rank, entries[k].line, entries[k].column)
                            if place < lastEntry { entriesInPlace = false }
                            lastEntry = place
                            let date = Int32(clamping: entries[k].date.ordinal)
                            earliest = min(earliest, date)
                            latest = max(latest, date)
                        }
                    }
                    entryCount += perNote[i].entries.count
                    noteEntries.append(perNote[i].entries)
                    noteRanks.append(rank)
                }
                perNote[i].tasks.withUnsafeBufferPointer { noteTasks in
                    for k in noteTasks.indices {
                        let place = (
                            rank, Int32(clamping: noteTasks[k].location.line),
                            Int32(clamping: noteTasks[k].location.column)
                        )
                        if place < lastTask { tasksInPlace = false }
                        lastTask = place
                    }
                }
                tasks += perNote[i].tasks
                diagnostics += perNote[i].diagnostics
                perNote[i] = Resolved()
            }
        }

        /// Each entry, read in place, with its note and its place there, in storage order.
        private func forEachStored(_ body: (_ note: Int, _ k: Int, _ entry: UnsafePointer<Entry>) -> Void) {
            for n in noteEntries.indices {
                noteEntries[n].withUnsafeBufferPointer { entries in
                    guard let base = entries.baseAddress else { return }
                    for k in entries.indices { body(n, k, base + k) }
                }
            }
        }

        /// The entries' order (date, then path, then line and column, comparing integers: each note's rank in path
        /// order stands in for its path), with the tasks, when out of place, and the diagnostics sorted beside it.
        func order(sortingBeside tasks: inout [TaskItem], and diagnostics: inout [Diagnostic]) -> [UInt64] {
            let tasksInPlace = self.tasksInPlace
            // Entries in place need only a count by date; keys for all of them stood in memory at the run's peak.
            if entriesInPlace, entryCount > 0, Int(latest) - Int(earliest) < max(1 << 16, 4 * entryCount) {
                return inParallel(
                    { countedByDate() },
                    {
                        if !tasksInPlace { tasks.sort { $0.location < $1.location } }
                        diagnostics.sortByPlace()
                    }
                ).0
            }
            var keys: [EntryKey] = []
            keys.reserveCapacity(entryCount)
            forEachStored { n, k, entry in
                keys.append(
                    EntryKey(
                        date: Int32(clamping: entry.pointee.date.ordinal), note: noteRanks[n], line: entry.pointee.line,
                        column: entry.pointee.column, position: EntryList.position(note: n, entry: k)))
            }
            // Each half of the keys is sorted on its own core (with the tasks beside one and the diagnostics beside
            // the other), then the halves are merged: a tie takes the first half's key first, as one stable sort of
            // the whole would.
            let half = keys.count / 2
            keys.withUnsafeMutableBufferPointer { buffer in
                let all = UnsafeSendable(buffer)
                _ = inParallel(
                    {
                        var low = UnsafeMutableBufferPointer(rebasing: all.value[..<half])
                        low.sort()
                        if !tasksInPlace { tasks.sort { $0.location < $1.location } }
                    },
                    {
                        var high = UnsafeMutableBufferPointer(rebasing: all.value[half...])
                        high.sort()
                        diagnostics.sortByPlace()
                    })
            }
            var order: [UInt64] = []
            order.reserveCapacity(keys.count)
            var a = 0, b = half
            while a < half, b < keys.count {
                if keys[b] < keys[a] {
                    order.append(keys[b].position); b += 1
                } else {
                    order.append(keys[a].position); a += 1
                }
            }
            while a < half { order.append(keys[a].position); a += 1 }
            while b < keys.count { order.append(keys[b].position); b += 1 }
            return order
        }

        /// The entries are already in order but for their dates: counted by date, each goes straight to its place,
        /// and entries of the same date keep their order, as a stable sort would leave them.
        private func countedByDate() -> [UInt64] {
            var start = [Int](repeating: 0, count: Int(latest) - Int(earliest) + 2)
            forEachStored { _, _, entry in start[Int(Int32(clamping: entry.pointee.date.ordinal) - earliest) + 1] += 1 }
            for d in 1..<start.count { start[d] += start[d - 1] }
            return [UInt64](unsafeUninitializedCapacity: entryCount) { buffer, count in
                forEachStored { n, k, entry in
                    let d = Int(Int32(clamping: entry.pointee.date.ordinal) - earliest)
                    buffer[start[d]] = EntryList.position(note: n, entry: k)
                    start[d] += 1
                }
                count = entryCount
            }
        }
    }

    /// One note's entries, tasks and diagnostics.
    public struct Resolved: Sendable {
        /// False for the placeholder of a note that could not be read.
        var wasRead = false
        var entries: [Entry] = []
        var tasks: [TaskItem] = []
        var diagnostics: [Diagnostic] = []
        var unresolved: [NameIndex.Unresolved] = []
        /// Which of `entries` is the touch a `last_contact:` in the front matter makes, if one is.
        var lastContactEntry: Int? = nil
        /// Whether the note is a meeting's (`date:` and people in its front matter).
        var isMeeting = false
        /// A person's note's fields written in its body, and whose they are.
        var profile: (person: Int, fields: BodyProfile)? = nil
    }

    /// Resolves the note at position `position` (in path order) against the directory.
    public static func resolveNote(_ note: ParsedNote, index position: Int, directory: Directory) -> Resolved {
        var tags = SharedArrays()
        return resolveNote(note, index: position, directory: directory, sharing: &tags)
    }

    /// `resolveNote(_:index:directory:)`, its entries sharing each list of tags with an equal one in `tags` (notes
    /// resolved one after another share them across notes).
    static func resolveNote(
        _ note: ParsedNote, index position: Int, directory: Directory, sharing tags: inout SharedArrays
    ) -> Resolved {
        let isPerson = directory.isPersonNote[position]
        // A note in a person's own folder is about them where it names no one else; one named by a day is a touch.
        let folderOwner = isPerson ? nil : directory.folderOwner(of: note.path)
        if folderOwner != nil, note.entries.isEmpty, var entry = note.namedEntry.first {
            var dated = note
            entry.bodyLinkCount = Int32(note.otherLinks.count)
            (dated.entries, dated.entryLinks, dated.otherLinks, dated.namedEntry) = ([entry], note.otherLinks, [], [])
            return resolveNote(dated, index: position, directory: directory, sharing: &tags)
        }
        var resolver = NoteResolver(
            owner: directory.owner, me: isPerson ? directory.index.personByPath[note.path] : nil,
            folderOwner: folderOwner, diagnostics: note.diagnostics)
        // A note whose front matter says whom it is about (`person:`, with no date) is theirs, as their folder is.
        if !isPerson, folderOwner == nil, let about = note.meeting, about.date == nil, let ref = about.people.first {
            resolver.folderOwner = directory.index.resolve(
                RawLink(target: .name(ref.text), location: ref.location), diagnostics: &resolver.diagnostics,
                unresolved: &resolver.unresolved)
        }
        var r = Resolved()
        r.wasRead = true
        if let me = resolver.me, let fields = note.profile { r.profile = (me, fields) }
        r.entries = resolver.entries(of: note, directory.index, sharing: &tags)
        let inEntries = resolver.unresolved.count
        // A 1:1 note's tasks that name no one are with the person it was with, as a person's own folder's are.
        if note.meeting?.date != nil, r.entries.count == 1, r.entries[0].participantCount == 1 {
            resolver.taskFallback = r.entries[0].participants[0]
        }
        r.tasks = resolver.tasks(of: note, directory.index)
        if let mark = note.fields?.lastContact ?? note.profile?.lastContact {
            r.lastContactEntry = r.entries.lastIndex { $0.line == mark.line && $0.date == mark.day }
        }
        var others: [Int] = []
        resolver.resolve(note.otherLinks, directory.index, into: &others)
        for k in inEntries..<resolver.unresolved.count { resolver.unresolved[k].outsideEntries = true }
        r.isMeeting = note.meeting?.date != nil
        if r.isMeeting { for k in 0..<inEntries { resolver.unresolved[k].inMeeting = true } }
        r.diagnostics = resolver.diagnostics
        if directory.people.isEmpty, let place = note.taggedPerson {
            r.diagnostics.append(taggedButNoPerson(place, inLogseqGraph: directory.index.logseq != nil))
        }
        if let place = note.inlinePersonMarker { r.diagnostics.append(inlineFieldIsNoPerson(place)) }
        // A template's links are the notes made from it's (`[[Person A]]` as an example): those notes are warned.
        r.unresolved = resolver.unresolved.isEmpty || !note.isTemplate ? resolver.unresolved : []
        return r
    }

    /// What makes a note a person, said after why this one is not.
    private static let whatMakesAPerson = Message(
        "write `type: person` in its front matter, or keep people's notes in people_dir",
        ja: "フロントマターに `type: person` と書くか、人物のメモを people_dir に置いてください")

    /// What makes a Logseq page a person, said after why this one is not.
    private static let whatMakesAPage = Message(
        "write `type:: person` among its page properties (or `type: person` in front matter), or keep people's pages "
            + "in people_dir",
        ja: "ページのプロパティに `type:: person` と(またはフロントマターに `type: person` と)書くか、人物のページを people_dir に"
            + "置いてください")

    /// A note tagged as a person in a journal with no people: the tag does not make it one.
    static func taggedButNoPerson(_ place: SourceLocation, inLogseqGraph: Bool = false) -> Diagnostic {
        let why = Message(
            "the journal has no people, and a tag does not make this note one: ",
            ja: "ジャーナルに人物がいません。タグでは人物になりません。")
        let what = inLogseqGraph ? whatMakesAPage : whatMakesAPerson
        return Diagnostic(.warning, Message(why.en + what.en, ja: why.ja + what.ja), at: place)
    }

    /// A note whose first paragraph says `type:: person`: kizuna reads front matter, not inline fields.
    static func inlineFieldIsNoPerson(_ place: SourceLocation) -> Diagnostic {
        let why = Message(
            "kizuna does not read inline fields (Logseq, Dataview), so `type:: person` does not make this note a "
                + "person: ",
            ja: "kizuna はインラインのフィールド(Logseq、Dataview)を読まないため、`type:: person` ではこのメモは人物に"
                + "なりません。")
        return Diagnostic(
            .warning, Message(why.en + whatMakesAPerson.en, ja: why.ja + whatMakesAPerson.ja), at: place)
    }
}
