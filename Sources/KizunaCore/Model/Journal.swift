/// The resolved journal: people, entries and tasks with links turned into people, and every diagnostic.
public struct Journal: Sendable {
    public var config: Config
    /// Sorted by id.
    public var people: [Person]
    /// Sorted by date, then path, then line.
    public var entries: EntryList
    /// Sorted by path, then line.
    public var tasks: [TaskItem]
    /// Sorted by path, line, column.
    public var diagnostics: [Diagnostic]
    /// The person note that is the owner, when `owner` names one; it is left out of every reminder.
    public var owner: Int?
    /// Notes read.
    public var noteCount: Int
    /// The warning among `diagnostics` that asks whether a name many notes give is the owner's, if there is one.
    public var ownerHint: Diagnostic? = nil

    /// Index of the person with this id.
    public func index(ofId id: String) -> Int? {
        var lo = 0, hi = people.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let c = people[mid].id
            if c == id { return mid }
            if utf8Precedes(c, id) { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// The journal with a warning when it has no people and `people_dir` names no folder it should
    /// (`JournalLoader.missingPeopleFolder`).
    func withPeopleFolderChecked(root: String) -> Journal {
        guard people.isEmpty, let warning = JournalLoader.missingPeopleFolder(root, config) else { return self }
        var copy = self
        copy.diagnostics.insert(warning, at: copy.diagnostics.firstIndex { warning < $0 } ?? copy.diagnostics.count)
        return copy
    }

    /// Errors among the diagnostics.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// Warnings among the diagnostics.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// The journal's entries in order (date, then path, then line). Each note's entries stay in the note's own array
/// and a table gives the order, so a large journal never holds a second copy of every entry while gathering.
public struct EntryList: RandomAccessCollection, Sendable {
    private let notes: [[Entry]]
    /// For each position: the note's index in `notes` (high 32 bits) and the entry's index in it (low 32 bits).
    private let order: [UInt64]
    /// For each entry in storage order (note by note), its position in journal order: the inverse of `order`.
    private let rank: [Int32]

    /// Entries already in order.
    public init(_ entries: [Entry] = []) {
        // Each on its own: entries of different notes keep their people in different lists.
        self.init(notes: entries.map { [$0] }, order: entries.indices.map { UInt64($0) << 32 })
    }

    /// Each note's entries, and the order as (note, entry) positions packed by `position(note:entry:)`. The entries
    /// of one note share one list of people, as the resolver makes them.
    init(notes: [[Entry]], order: [UInt64]) {
        self.notes = notes
        self.order = order
        var noteStart = [Int](repeating: 0, count: notes.count + 1)
        for (n, entries) in notes.enumerated() { noteStart[n + 1] = noteStart[n] + entries.count }
        var rank = [Int32](repeating: 0, count: order.count)
        for (i, k) in order.enumerated() { rank[noteStart[Int(k >> 32)] + Int(k & 0xFFFF_FFFF)] = Int32(i) }
        self.rank = rank
    }

    /// The list with one note's entries put in place of its earlier ones: the note stored at `n` when `had`, else
    /// a note stored before the one at `n` (no entries: the note is taken out). The notes must be stored in path
    /// order, as the resolver stores them; the new entries then go by date, note, line and column, as it orders them.
    func replacingNote(at n: Int, had: Bool, with entries: [Entry]) -> EntryList {
        guard had || !entries.isEmpty else { return self }
        var notes = self.notes
        if !had {
            notes.insert(entries, at: n)
        } else if entries.isEmpty {
            notes.remove(at: n)
        } else {
            notes[n] = entries
        }
        // The other notes' positions, those stored after the note moved up or down by one.
        let shift = Int64(entries.isEmpty ? 0 : 1) - Int64(had ? 1 : 0)
        let firstMoved = UInt64(had ? n + 1 : n)
        var kept: [UInt64] = []
        kept.reserveCapacity(order.count + entries.count)
        for k in order where !had || k >> 32 != UInt64(n) {
            kept.append(k >> 32 >= firstMoved ? UInt64(Int64(k) + (shift << 32)) : k)
        }
        func key(_ k: UInt64) -> (Int, UInt64, Int, Int) {
            let e = notes[Int(k >> 32)][Int(k & 0xFFFF_FFFF)]
            return (e.date.ordinal, k >> 32, Int(e.line), Int(e.column))
        }
        // Each new entry's place among the others, found by halving; then the list built in one pass.
        let added = entries.indices.map { EntryList.position(note: n, entry: $0) }.sorted { key($0) < key($1) }
        var merged: [UInt64] = []
        merged.reserveCapacity(kept.count + added.count)
        var from = 0
        for k in added {
            var lo = from, hi = kept.count
            let mine = key(k)
            while lo < hi {
                let mid = (lo + hi) / 2
                if key(kept[mid]) < mine { lo = mid + 1 } else { hi = mid }
            }
            merged += kept[from..<lo]
            merged.append(k)
            from = lo
        }
        merged += kept[from...]
        return EntryList(notes: notes, order: merged)
    }

    private init(notes: [[Entry]], order: [UInt64], rank: [Int32]) {
        self.notes = notes
        self.order = order
        self.rank = rank
    }

    /// Calls `body` with every entry and its position in journal order, in the order the entries are stored (note by
    /// note). On a large journal this reads memory front to back, where walking in journal order jumps between notes;
    /// use it wherever the order of the visits does not matter.
    public func forEachStored(_ body: (_ position: Int, _ entry: UnsafePointer<Entry>) throws -> Void) rethrows {
        try forEachStoredWithParticipants { i, entry, _ in try body(i, entry) }
    }

    /// `forEachStored`, with each entry's participants read in place. A note's entries share one list of people,
    /// so the list is taken once per note: taking it for each entry changed its count of references each time,
    /// and with the timeline and the graph reading the same lists on two cores, each change waited for the other.
    /// Each entry is lent in place: reading a field through the pointer copies that field only, where an array's
    /// subscript (or a borrowed parameter, as compiled) copies the whole entry, retaining every field.
    func forEachStoredWithParticipants(
        _ body: (_ position: Int, _ entry: UnsafePointer<Entry>, _ participants: UnsafeBufferPointer<Int32>) throws ->
            Void
    ) rethrows {
        var r = 0
        // Each note's list and its `EntryNote` are lent, not copied: a copy changes a count of references, which the
        // timeline and the graph, reading the same notes on two cores, would pass back and forth. The journal holds
        // every note for the whole call, so the unretained reference stays good.
        try notes.withUnsafeBufferPointer { notes in
            for n in notes.indices {
                try notes[n].withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    try Unmanaged.passUnretained(base.pointee.note)._withUnsafeGuaranteedRef { note in
                        try note.people.withUnsafeBufferPointer { people in
                            for k in 0..<buffer.count {
                                let from = Int(base[k].peopleStart)
                                try body(
                                    Int(rank[r]), base + k,
                                    UnsafeBufferPointer(
                                        rebasing: people[from..<(from + Int(base[k].participantCount))]))
                                r += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The positions (in journal order, ascending) of the entries that satisfy `include`, read in storage order.
    public func positions(where include: (UnsafePointer<Entry>) throws -> Bool) rethrows -> [Int] {
        var out: [Int] = []
        try forEachStored { i, e in if try include(e) { out.append(i) } }
        out.sort()
        return out
    }

    static func position(note: Int, entry: Int) -> UInt64 { UInt64(note) << 32 | UInt64(entry) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    public subscript(i: Int) -> Entry {
        // Lends the entry in place: reading one field copies nothing else.
        _read {
            let k = order[i]
            yield notes[Int(k >> 32)][Int(k & 0xFFFF_FFFF)]
        }
    }
}
