import Dispatch
import Foundation

/// The resolve stage: turns every file's `ParsedNote` into one `Journal`, matching links to people.
public enum JournalResolver {
    /// Resolves parsed notes (in path order) into a journal; `diagnostics` are earlier stages' findings.
    public static func resolve(_ parsed: consuming [ParsedNote], config: Config, diagnostics earlier: [Diagnostic] = []) -> Journal {
        var notes = parsed
        let directory = Directory(notes, config: config)
        // Each note resolves on its own against the finished directory, on all cores. A parsed note is released as
        // soon as it is resolved, so the two never all stand in memory at once.
        var perNote = [Resolved](repeating: Resolved(), count: notes.count)
        perNote.withUnsafeMutableBufferPointer { buffer in
            notes.withUnsafeMutableBufferPointer { parsedBuffer in
                let out = UnsafeSendable(buffer), input = UnsafeSendable(parsedBuffer)
                DispatchQueue.concurrentPerform(iterations: input.value.count) { i in
                    out.value[i] = resolveNote(input.value[i], index: i, directory: directory)
                    input.value[i] = ParsedNote(path: "", stem: "", isPerson: false, fields: nil)
                }
            }
        }
        return finish(&perNote, directory: directory, config: config, diagnostics: earlier)
    }

    /// The people and the names links are matched against: everything front matter says. Built from notes whose
    /// bodies may not have been parsed (the first of two passes reads only front matter).
    public struct Directory: Sendable {
        var people: [Person] = []
        var index = NameIndex()
        /// For each note, in order: whether it is read as a person.
        var isPersonNote: [Bool] = []
        var owner: Int?
        /// Each note's rank in path order.
        var pathRank: [Int] = []
        /// Duplicate ids and the front matter's own link problems.
        var diagnostics: [Diagnostic] = []
        var unresolved: [NameIndex.Unresolved] = []

        /// The directory of `init(_:config:)`, knowing also the files links may name that are not notes read.
        public init(_ notes: [ParsedNote], config: Config, linkTargets: [String]) {
            self.init(notes, config: config)
            index.addLinkTargets(linkTargets)
        }

        /// Builds the directory from every note's path and front matter (in path order); bodies and diagnostics are not read.
        public init(_ notes: [ParsedNote], config: Config) {
            // The notes are read in place through their buffer, and the people's notes kept as positions in it: an
            // array's subscript would copy a note whole, retaining every field of its front matter, each time.
            notes.withUnsafeBufferPointer { notes in
                var firstPathOfId: [String: String] = [:]
                var personCount = 0
                for i in notes.indices where notes[i].isPerson && notes[i].fields != nil { personCount += 1 }
                // The tables are sized up front: growing a large hash table rehashes everything in it, again and again.
                firstPathOfId.reserveCapacity(personCount)
                var found: [Int] = []
                found.reserveCapacity(personCount)
                index.reserve(people: personCount, notes: notes.count)
                isPersonNote = [Bool](repeating: false, count: notes.count)
                for i in notes.indices where notes[i].isPerson && notes[i].fields != nil {
                    if let other = firstPathOfId[notes[i].stem] {
                        diagnostics.append(Diagnostic(.error, Message("duplicate person id '\(notes[i].stem)' (also \(other)); this note is not read as a person",
                                                                      ja: "人物ID '\(notes[i].stem)' が重複しています(\(other) にもあります)。このメモは人物として読みません"),
                                                      at: SourceLocation(path: notes[i].path, line: 1, column: 1)))
                        continue
                    }
                    firstPathOfId[notes[i].stem] = notes[i].path
                    found.append(i)
                    isPersonNote[i] = true
                }
                firstPathOfId = [:]
                // The people in the order of their ids.
                let personNotes = found.sorted { utf8Precedes(notes[$0].stem, notes[$1].stem) }
                found = []

                // The people's names on one core; every note's key and the path order on the other.
                var names = index
                index = NameIndex()  // so that `names` holds its tables alone and fills them in place
                let (_, (noteKeys, ranks)) = inParallel({
                    for (p, n) in personNotes.enumerated() {
                        let stem = notes[n].stem
                        let name = notes[n].fields!.name
                        names.add(stem, person: p)
                        if let name { names.add(name, person: p) }
                        for alias in notes[n].fields!.aliases { names.add(alias, person: p) }
                        names.personByPath[notes[n].path] = p
                        names.labels.append(name.map { "\($0) (\(stem))" } ?? stem)
                    }
                }, { () -> (Set<NameKey>, [Int]) in
                    var keys = Set<NameKey>(minimumCapacity: notes.count)
                    for i in notes.indices where !notes[i].path.isEmpty { keys.insert(NameKey(Normalize.key(notes[i].stem))) }
                    return (keys, rankByPath(notes.map { $0.path }))
                })
                names.noteKeys = noteKeys
                index = names
                pathRank = ranks
                let index = self.index
                owner = config.owner.flatMap { index.lookup(Normalize.key($0)).count == 1 ? index.lookup(Normalize.key($0))[0] : nil }

                let defaultCadence = config.cadence(ofCircle: config.defaultCircle) ?? 90
                /// Makes the people `range` numbers, in place in `out`; returns the diagnostics and unknown links of
                /// their front matter, in order.
                func makePeople(_ range: Range<Int>, into out: UnsafeMutablePointer<Person>) -> ([Diagnostic], [NameIndex.Unresolved]) {
                    var diagnostics: [Diagnostic] = [], unresolved: [NameIndex.Unresolved] = []
                    for p in range {
                        let n = personNotes[p]
                        let f = notes[n].fields!
                        let circle = f.circle ?? config.defaultCircle
                        let introducedBy = f.introducedBy.compactMap {
                            index.resolve(RawLink(target: .name($0.text), location: $0.location), diagnostics: &diagnostics, unresolved: &unresolved)
                        }
                        let knows = f.knows.compactMap {
                            index.resolve(RawLink(target: .name($0.text), location: $0.location), diagnostics: &diagnostics, unresolved: &unresolved)
                        }
                        (out + p).initialize(to: Person(
                            id: notes[n].stem, name: f.name ?? notes[n].stem, aliases: f.aliases, circle: circle,
                            circleRank: config.rank(ofCircle: circle) ?? config.circles.count,
                            cadenceDays: f.cadenceDays ?? config.cadence(ofCircle: circle) ?? defaultCadence,
                            purpose: f.purpose, tags: f.tags, communities: f.communities, met: f.met, howMet: f.howMet,
                            introducedBy: sortedUnique(introducedBy), knows: sortedUnique(knows), birthday: f.birthday,
                            status: f.status, snoozeUntil: f.snoozeUntil, contact: f.contact, path: notes[n].path))
                    }
                    return (diagnostics, unresolved)
                }
                // Two halves on two cores, each person made in its own place.
                let half = personNotes.count / 2
                var halves: (([Diagnostic], [NameIndex.Unresolved]), ([Diagnostic], [NameIndex.Unresolved])) = (([], []), ([], []))
                people = [Person](unsafeUninitializedCapacity: personNotes.count) { buffer, count in
                    let out = UnsafeSendable(buffer.baseAddress)
                    if let base = out.value {
                        halves = inParallel({ makePeople(0..<half, into: base) }, { makePeople(half..<personNotes.count, into: base) })
                    }
                    count = personNotes.count
                }
                diagnostics += halves.0.0 + halves.1.0
                unresolved += halves.0.1 + halves.1.1
            }
        }
    }

    /// Gathers every note's entries, tasks and diagnostics into the journal (entries by date, then path, then line).
    public static func finish(_ perNote: inout [Resolved], directory: Directory, config: Config, diagnostics earlier: [Diagnostic],
                              clock: StageClock = StageClock(), suggestions: SuggestionIndex? = nil) -> Journal {
        var diagnostics = earlier + directory.diagnostics
        var unresolved = directory.unresolved
        // Each note's entries stay where resolving put them; only a sort key per entry is gathered.
        let entryCount = perNote.reduce(0) { $0 + $1.entries.count }
        var noteEntries: [[Entry]] = []
        var keys: [EntryKey] = []
        var tasks: [TaskItem] = []
        keys.reserveCapacity(entryCount)
        tasks.reserveCapacity(perNote.reduce(0) { $0 + $1.tasks.count })
        // Suggestions for links that name nobody are worked out on one core while the other gathers the notes.
        for i in perNote.indices { unresolved += perNote[i].unresolved }
        var notes = 0
        var noteDiagnostics: [Diagnostic] = []
        // The suggestions run on their own thread, not inside a parallel loop: there their own slices would run
        // one after another (the system does not nest parallel loops), and on a large journal they take longer
        // than the gathering, so once it is done both cores work on them.
        let suggested = ResultBox<[Diagnostic]>()
        let suggesting = DispatchGroup()
        if !unresolved.isEmpty {
            let unresolved = unresolved, index = suggestions ?? SuggestionIndex(directory)
            DispatchQueue.global().async(group: suggesting) { suggested.value = index.prepared().warnings(for: unresolved) }
        }
        // Whether the entries, and the tasks, come in path order and then in order of line and column, as they
        // usually do: notes are gathered in the walk's order, and each note's entries and tasks as written.
        var entriesInPlace = true, tasksInPlace = true
        var lastEntry = (note: Int32.min, line: Int32.min, column: Int32.min), lastTask = lastEntry
        var earliest = Int32.max, latest = Int32.min
        for i in perNote.indices {
            if perNote[i].wasRead { notes += 1 }
            let rank = Int32(directory.pathRank[i])
            if !perNote[i].entries.isEmpty {
                // Each entry read in place: copying one out retains and releases its title, tags, people and path.
                perNote[i].entries.withUnsafeBufferPointer { entries in
                    for k in entries.indices {
                        let key = EntryKey(date: Int32(clamping: entries[k].date.ordinal), note: rank,
                                           line: Int32(clamping: entries[k].location.line),
                                           column: Int32(clamping: entries[k].location.column),
                                           position: EntryList.position(note: noteEntries.count, entry: k))
                        if (key.note, key.line, key.column) < lastEntry { entriesInPlace = false }
                        lastEntry = (key.note, key.line, key.column)
                        earliest = min(earliest, key.date)
                        latest = max(latest, key.date)
                        keys.append(key)
                    }
                }
                noteEntries.append(perNote[i].entries)
            }
            perNote[i].tasks.withUnsafeBufferPointer { noteTasks in
                for k in noteTasks.indices {
                    let place = (rank, Int32(clamping: noteTasks[k].location.line), Int32(clamping: noteTasks[k].location.column))
                    if place < lastTask { tasksInPlace = false }
                    lastTask = place
                }
            }
            tasks += perNote[i].tasks
            noteDiagnostics += perNote[i].diagnostics
            perNote[i] = Resolved()
        }
        suggesting.wait()
        unresolved = []
        diagnostics += suggested.value ?? []
        diagnostics += noteDiagnostics
        noteDiagnostics = []
        clock.lap("suggestions for unknown links, and gather (2 cores)")
        perNote = []
        // Sort by date, then path, then line and column, comparing integers: each note's rank in path order stands
        // in for its path.
        var order: [UInt64] = []
        if entriesInPlace, !keys.isEmpty, Int(latest) - Int(earliest) < max(1 << 16, 4 * keys.count) {
            // The keys are already in order but for their dates: counted by date, each goes straight to its place,
            // and keys of the same date keep their order, as a stable sort would leave them.
            var start = [Int](repeating: 0, count: Int(latest) - Int(earliest) + 2)
            _ = inParallel({
                for key in keys { start[Int(key.date) - Int(earliest) + 1] += 1 }
                for d in 1..<start.count { start[d] += start[d - 1] }
                order = [UInt64](unsafeUninitializedCapacity: keys.count) { buffer, count in
                    for key in keys {
                        let d = Int(key.date) - Int(earliest)
                        buffer[start[d]] = key.position
                        start[d] += 1
                    }
                    count = keys.count
                }
            }, {
                if !tasksInPlace { tasks.sort { $0.location < $1.location } }
                diagnostics.sort()
            })
        } else {
            // Each half of the keys is sorted on its own core (with the tasks beside one and the diagnostics beside
            // the other), then the halves are merged: a tie takes the first half's key first, as one stable sort of
            // the whole would.
            let half = keys.count / 2
            order.reserveCapacity(keys.count)
            keys.withUnsafeMutableBufferPointer { buffer in
                let all = UnsafeSendable(buffer)
                _ = inParallel({
                    var low = UnsafeMutableBufferPointer(rebasing: all.value[..<half])
                    low.sort()
                    if !tasksInPlace { tasks.sort { $0.location < $1.location } }
                }, {
                    var high = UnsafeMutableBufferPointer(rebasing: all.value[half...])
                    high.sort()
                    diagnostics.sort()
                })
            }
            var a = 0, b = half
            while a < half, b < keys.count {
                if keys[b] < keys[a] { order.append(keys[b].position); b += 1 } else { order.append(keys[a].position); a += 1 }
            }
            while a < half { order.append(keys[a].position); a += 1 }
            while b < keys.count { order.append(keys[b].position); b += 1 }
        }
        keys = []
        let entries = EntryList(notes: noteEntries, order: order)
        order = []
        return Journal(config: config, people: directory.people, entries: entries, tasks: tasks, diagnostics: diagnostics,
                       owner: directory.owner, noteCount: notes)
    }

    /// One note's entries, tasks and diagnostics.
    public struct Resolved: Sendable {
        /// False for the placeholder of a note that could not be read.
        var wasRead = false
        var entries: [Entry] = []
        var tasks: [TaskItem] = []
        var diagnostics: [Diagnostic] = []
        var unresolved: [NameIndex.Unresolved] = []
    }

    /// Resolves the note at position `position` (in path order) against the directory.
    public static func resolveNote(_ note: ParsedNote, index position: Int, directory: Directory) -> Resolved {
        let index = directory.index, owner = directory.owner, isPerson = directory.isPersonNote[position]
        var r = Resolved()
        r.wasRead = true
        var diagnostics = note.diagnostics
        var unresolved: [NameIndex.Unresolved] = []
        /// Appends the people the links name to `out`.
        func resolve(_ links: [RawLink], into out: inout [Int]) {
            links.withUnsafeBufferPointer { resolve($0, into: &out) }
        }
        func resolve(_ links: UnsafeBufferPointer<RawLink>, into out: inout [Int]) {
            for k in links.indices {
                // A link the parse matched already names its person (and nothing else about it is read): taken as
                // it is, without copying the link for the index to look at.
                if links[k].person >= 0 { out.append(Int(links[k].person)); continue }
                if let p = index.resolve(links[k], diagnostics: &diagnostics, unresolved: &unresolved) { out.append(p) }
            }
        }
        func resolve(_ links: [RawLink]) -> [Int] {
            var out: [Int] = []
            resolve(links, into: &out)
            return out
        }
        let me: Int? = isPerson ? index.personByPath[note.path] : nil
        // Entries of one note often repeat the same tags; they share one array each. Their people are kept in one
        // list for the note, gathered in two scratch lists kept across entries.
        var shared = SharedArrays()
        var heading: [Int] = [], body: [Int] = []
        var people: [Int32] = []
        var counts: [(participants: Int, mentions: Int)] = []
        counts.reserveCapacity(note.entries.count)
        // Each raw entry read in place: copying one out retains and releases every field.
        note.entries.withUnsafeBufferPointer { raws in note.entryLinks.withUnsafeBufferPointer { links in
            for k in raws.indices {
                heading.removeAll(keepingCapacity: true)
                body.removeAll(keepingCapacity: true)
                resolve(UnsafeBufferPointer(rebasing: links[raws[k].headingLinks]), into: &heading)
                resolve(UnsafeBufferPointer(rebasing: links[raws[k].bodyLinks]), into: &body)
                // With `me`, or with people in the heading, those take part and the body's are mentioned; otherwise
                // the body's people take part.
                if let me { heading.append(me) }
                let bodyTakesPart = me == nil && heading.isEmpty
                if bodyTakesPart { swap(&heading, &body) }
                sortUniqueInPlace(&heading, leavingOut: owner)
                for p in heading { people.append(Int32(p)) }
                var mentions = 0
                if !bodyTakesPart, !body.isEmpty {
                    sortUniqueInPlace(&body, leavingOut: owner)
                    for p in body where heading.binarySearch(p) == nil { people.append(Int32(p)); mentions += 1 }
                }
                counts.append((heading.count, mentions))
            }
            r.entries.reserveCapacity(raws.count)
            var at = 0
            for k in raws.indices {
                let (participants, mentions) = counts[k]
                r.entries.append(Entry(date: raws[k].date, titles: note.titles, title: raws[k].title, tags: shared.intern(raws[k].tags),
                                       kinds: raws[k].kinds, people: people, participants: at..<(at + participants), mentions: mentions,
                                       location: raws[k].location))
                at += participants + mentions
            }
        } }
        r.tasks.reserveCapacity(note.tasks.count)
        // A task with no text (`- [ ] ` alone, or only a date) is not a task.
        for raw in note.tasks where !raw.text.isEmpty {
            var people = resolve(raw.links)
            if let me { people.append(me) }
            r.tasks.append(TaskItem(text: raw.text, done: raw.done, due: raw.due, doneDate: raw.doneDate, created: raw.created,
                                    people: sortedUnique(people.filter { $0 != owner }), location: raw.location))
        }
        _ = resolve(note.otherLinks)
        r.diagnostics = diagnostics
        r.unresolved = unresolved
        return r
    }
}

/// The distinct lists of tags seen so far in one note, so that equal ones share their storage.
struct SharedArrays {
    private var tagLists: [[String]] = []

    /// The equal list already seen, else `tags` itself (remembered while fewer than 16 are).
    mutating func intern(_ tags: [String]) -> [String] {
        if tags.isEmpty { return [] }
        if let same = tagLists.first(where: { SharedArrays.same($0, tags) }) { return same }
        if tagLists.count < 16 { tagLists.append(tags) }
        return tags
    }

    /// Whether two lists hold the same tags, byte for byte: a list is shared only with one spelt the same, so
    /// each entry keeps its tags as written. (The string comparison, which also finds other spellings of the same
    /// characters, took 88 M instructions on M, nearly all of it on tags that differ.)
    static func same(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where !sameBytes(a[i], b[i]) { return false }
        return true
    }

    /// Whether two texts have the same UTF-8 bytes.
    private static func sameBytes(_ x: String, _ y: String) -> Bool {
        guard x.utf8.count == y.utf8.count else { return false }
        let compared = x.utf8.withContiguousStorageIfAvailable { a in
            y.utf8.withContiguousStorageIfAvailable { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
        return (compared ?? nil) ?? x.utf8.elementsEqual(y.utf8)
    }
}

/// An entry's place in the journal's order, with where it is kept.
struct EntryKey: Comparable {
    var date: Int32
    var note: Int32
    var line: Int32
    var column: Int32
    var position: UInt64

    static func < (a: EntryKey, b: EntryKey) -> Bool {
        (a.date, a.note, a.line, a.column) < (b.date, b.note, b.line, b.column)
    }
}

/// Each path's rank when the paths are sorted by their UTF-8 bytes.
func rankByPath(_ paths: [String]) -> [Int] {
    // The walk usually lists notes in path order already (it differs only where a folder's name is followed, in a
    // sibling's, by a byte that sorts before `/`): one look along the list then saves sorting it.
    if paths.indices.dropFirst().allSatisfy({ !utf8Precedes(paths[$0], paths[$0 - 1]) }) { return Array(paths.indices) }
    var rank = [Int](repeating: 0, count: paths.count)
    for (r, i) in paths.indices.sorted(by: { utf8Precedes(paths[$0], paths[$1]) }).enumerated() { rank[i] = r }
    return rank
}

/// Sorts the list, drops repeats and `leavingOut`, in place.
func sortUniqueInPlace(_ xs: inout [Int], leavingOut: Int?) {
    if xs.count > 1 { xs.sort() }
    var w = 0
    for r in xs.indices where (r == 0 || xs[r] != xs[r - 1]) && xs[r] != leavingOut {
        xs[w] = xs[r]
        w += 1
    }
    xs.removeLast(xs.count - w)
}

func sortedUnique(_ xs: [Int]) -> [Int] {
    var s = xs.sorted()
    var w = 0
    for r in s.indices where r == 0 || s[r] != s[r - 1] {
        s[w] = s[r]
        w += 1
    }
    s.removeLast(s.count - w)
    return s
}

extension Array where Element == Int {
    /// Index of `x` in this sorted array.
    func binarySearch(_ x: Int) -> Int? {
        var lo = 0, hi = count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if self[mid] == x { return mid }
            if self[mid] < x { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }
}

/// A folded name key (`Normalize.key`), compared and hashed as its UTF-8 bytes. Keys are in NFC (the fast path
/// makes nothing else, and the careful one composes its result), so two keys are canonically equivalent exactly when
/// their bytes are equal: `String`'s own comparison and hashing reach the same answers by normalizing every non-ASCII
/// key as they go, which took about 2% of a digest of a journal of Japanese names.
struct NameKey: Hashable, Sendable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: NameKey, b: NameKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count && (a.text.utf8.withContiguousStorageIfAvailable { x in
            b.text.utf8.withContiguousStorageIfAvailable { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }.flatMap { $0 } ?? a.text.utf8.elementsEqual(b.text.utf8))
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in text.utf8 { hasher.combine(b) }
        }
    }
}

/// Person ids, names and aliases by their folded key.
struct NameIndex: Sendable {
    /// How many of the people an ambiguous link matches its warning names.
    static let candidatesShown = 5

    /// Each name key's person, or (as `-1 - i`) the index `i` in `shared` of the people who share the key. A key
    /// names one person almost always: a plain integer is read without retaining an array, which both cores would
    /// otherwise retain and release by turns.
    private var byKey = ByteKeyTable()
    private var shared: [[Int]] = []
    var personByPath: [String: Int] = [:]
    var noteKeys = Set<NameKey>()
    /// "Name (id)" for each person, for suggestions.
    var labels: [String] = []
    /// Every name key, for suggestions.
    private var suggestionKeys: [(scalars: [Unicode.Scalar], person: Int)] = []
    /// Bigram → (index into `suggestionKeys`, how often that name holds the bigram).
    private var bigrams: [UInt64: [(name: Int32, count: Int32)]] = [:]
    /// The names are numbered shortest first: `lengthStart[n]` is the first index of a name at least n scalars
    /// long (the count of names, past the longest).
    private var lengthStart: [Int] = [0]

    /// Room for this many people (their ids, names and aliases) and notes.
    mutating func reserve(people: Int, notes: Int) {
        byKey = ByteKeyTable(capacity: 3 * people)
        personByPath.reserveCapacity(people)
        labels.reserveCapacity(people)
        noteKeys.reserveCapacity(notes)
    }

    mutating func add(_ name: String, person: Int) {
        var utf8 = name
        utf8.withUTF8 { u in
            // The key's bytes straight from the name's when it has a fast key; otherwise from the careful key.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(u.count, 1)) { scratch in
                if let n = Normalize.fastKey(utf8: u, into: scratch.baseAddress!) {
                    add(key: UnsafeRawBufferPointer(start: scratch.baseAddress!, count: n), person: person)
                } else {
                    var text = Normalize.key(name)
                    text.withUTF8 { add(key: UnsafeRawBufferPointer($0), person: person) }
                }
            }
        }
    }

    /// Adds a name whose key is `key`: the key names the person, or, when another was named so first, the people
    /// who share it.
    private mutating func add(key: UnsafeRawBufferPointer, person: Int) {
        guard !key.isEmpty else { return }
        var shared = self.shared
        self.shared = []
        byKey.update(key) { old in
            switch old {
            case nil:
                return person
            case let p? where p >= 0:
                guard p != person else { return nil }
                shared.append([p, person])
                return -shared.count
            case let s?:
                if !shared[-1 - s].contains(person) { shared[-1 - s].append(person) }
                return nil
            }
        }
        self.shared = shared
    }

    /// The bigrams of a name with how often each occurs.
    static func bigramCounts(_ s: [Unicode.Scalar]) -> [(gram: UInt64, count: Int)] {
        guard s.count >= 2 else { return [] }
        var grams = (0..<(s.count - 1)).map { UInt64(s[$0].value) << 32 | UInt64(s[$0 + 1].value) }
        grams.sort()
        var counts: [(gram: UInt64, count: Int)] = []
        var i = 0
        while i < grams.count {
            var j = i + 1
            while j < grams.count, grams[j] == grams[i] { j += 1 }
            counts.append((grams[i], j - i))
            i = j
        }
        return counts
    }

    mutating func prepareSuggestions() {
        suggestionKeys = []
        bigrams = [:]
        // The keys with their people, read from the table itself (no lookup of each key again), numbered shortest
        // first so that each bigram's postings run in order of length; sorted as indexes, so that the comparisons
        // copy no name.
        var entries: [(key: String, value: Int)] = []
        entries.reserveCapacity(byKey.count)
        byKey.forEach { key, value in entries.append((String(decoding: key, as: UTF8.self), value)) }
        let scalars = entries.map { Array($0.key.unicodeScalars) }
        // Sorted on the length and the key's first sixteen bytes as numbers, the whole keys compared only when
        // those are the same (sorting on whole keys was a third of this work on M).
        var sortKeys = entries.indices.map { i -> (Int, UInt64, UInt64, Int) in
            let (v, w) = utf8Prefix(entries[i].key)
            return (scalars[i].count, v, w, i)
        }
        sortKeys.sort { a, b in
            a.0 != b.0 ? a.0 < b.0 : a.1 != b.1 ? a.1 < b.1 : a.2 != b.2 ? a.2 < b.2 : utf8Precedes(entries[a.3].key, entries[b.3].key)
        }
        let order = sortKeys.map { $0.3 }
        sortKeys = []
        suggestionKeys.reserveCapacity(entries.count)
        lengthStart = [0]
        for e in order {
            let value = entries[e].value
            // A key's bigrams are counted once, however many people share it.
            let grams = NameIndex.bigramCounts(scalars[e])
            for k in 0..<(value >= 0 ? 1 : shared[-1 - value].count) {
                let p = value >= 0 ? value : shared[-1 - value][k]
                let i = suggestionKeys.count
                while lengthStart.count <= scalars[e].count { lengthStart.append(i) }
                suggestionKeys.append((scalars[e], p))
                for (g, n) in grams { bigrams[g, default: []].append((Int32(i), Int32(n))) }
            }
        }
        lengthStart.append(suggestionKeys.count)
    }

    /// The indexes of the names whose length is within `limit` of `length`: no other name is that close.
    private func lengthWindow(_ length: Int, limit: Int) -> Range<Int32> {
        func start(_ n: Int) -> Int { lengthStart[Swift.min(Swift.max(n, 0), lengthStart.count - 1)] }
        return Int32(start(length - limit))..<Int32(start(length + limit + 1))
    }

    /// The people a key names, in the order their names were added.
    func lookup(_ key: String) -> [Int] {
        guard let v = byKey.value(key) else { return [] }
        return v >= 0 ? [v] : shared[-1 - v]
    }

    /// The people some of whose names, each naming them alone here, name someone else or nobody in `new`: a
    /// link the parse matched by such a name must be matched again. `inNew(p)` is person `p`'s number in `new`.
    func peopleWithChangedNames(in new: NameIndex, inNew: (Int) -> Int?) -> Set<Int> {
        var changed = Set<Int>()
        byKey.forEach { key, person in
            guard person >= 0 else { return }
            let now = new.byKey.value(UnsafeRawBufferPointer(key))
            if now == nil || now! < 0 || inNew(person) != now { changed.insert(person) }
        }
        return changed
    }

    /// The one person a key names, if it names exactly one.
    func person(named key: String) -> Int? {
        match(key).one
    }

    /// The one person a key, given as its UTF-8 bytes, names, if it names exactly one.
    func person(keyBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let v = byKey.value(UnsafeRawBufferPointer(key)), v >= 0 else { return nil }
        return v
    }

    /// What a key names: nobody, one person (`one`), or several (`many`, then `one` is nil).
    private func match(_ key: String) -> (one: Int?, many: Bool) {
        guard let v = byKey.value(key) else { return (nil, false) }
        return v >= 0 ? (v, false) : (nil, true)
    }

    /// The person a link names, or nil (with a warning when it names nothing or more than one person).
    /// Links that name nothing are collected in `unresolved`; `warnings(for:)` words them once suggestions are known.
    func resolve(_ link: RawLink, diagnostics: inout [Diagnostic], unresolved: inout [Unresolved]) -> Int? {
        switch link.target {
        case .path(let path):
            return personByPath[path]
        case .name(let target):
            if link.person >= 0 { return Int(link.person) }
            var key = link.key
            var found = match(key)
            if found.one == nil, !found.many, let slash = target.lastIndex(of: "/") {
                key = Normalize.key(target[target.index(after: slash)...])
                found = match(key)
            }
            if let one = found.one { return one }
            if found.many {
                // A handful of candidates, then how many more: a common name can match hundreds of people.
                let all = lookup(key).map { labels[$0].count > 60 ? labels[$0].prefix(59) + "…" : labels[$0] }.sorted()
                let shown = all.prefix(NameIndex.candidatesShown)
                let more = all.count - shown.count
                let names = shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
                let namesJa = shown.joined(separator: "、") + (more > 0 ? " ほか \(more) 人" : "")
                diagnostics.append(Diagnostic(.warning, Message("ambiguous link '\(target)': it matches \(names)",
                                                                ja: "リンク '\(target)' が複数の人に当てはまります: \(namesJa)"), at: link.location))
                return nil
            }
            if noteKeys.contains(NameKey(key)) { return nil }
            // `[[note.md]]`, written with its extension, names the note or person `[[note]]` does.
            let lowered = target.lowercased()
            if let ext = [".md", ".markdown"].first(where: { lowered.hasSuffix($0) }) {
                let stem = String(target.dropLast(ext.count))
                let stemKey = Normalize.key(stem.split(separator: "/").last.map(String.init) ?? stem)
                if let one = match(stemKey).one { return one }
                if noteKeys.contains(NameKey(stemKey)) { return nil }
            }
            if names(aFile: lowered) { return nil }
            unresolved.append(Unresolved(target: target, key: key, location: link.location))
            return nil
        }
    }

    /// Files a link may name that are not notes read (attachments, ignored notes): lower-cased, by path from the
    /// root and by name, each also without a note's extension.
    private(set) var fileTargets = Set<String>()

    /// Records the files a link may name (`LoadedJournal.linkTargets`).
    mutating func addLinkTargets(_ paths: [String]) {
        for path in paths {
            let lowered = path.lowercased()
            let name = lowered.split(separator: "/").last.map(String.init) ?? lowered
            for form in [lowered, name] {
                fileTargets.insert(form)
                for ext in [".md", ".markdown"] where form.hasSuffix(ext) { fileTargets.insert(String(form.dropLast(ext.count))) }
            }
        }
    }

    /// Whether a link's lower-cased target names one of those files, by path or by name (Obsidian finds an
    /// attachment by its name wherever it is).
    private func names(aFile target: String) -> Bool {
        guard !fileTargets.isEmpty else { return false }
        if fileTargets.contains(target) { return true }
        let name = target.split(separator: "/").last.map(String.init) ?? target
        return fileTargets.contains(name)
    }

    /// A link that matches no person and no note.
    struct Unresolved: Sendable {
        var target: String
        var key: String
        var location: SourceLocation
    }

    /// The warnings for unresolved links, with suggestions computed once per distinct key, on all cores.
    func warnings(for unresolved: [Unresolved]) -> [Diagnostic] {
        let keys = Array(Set(unresolved.map { $0.key })).sorted()
        var found = [[String]](repeating: [], count: keys.count)
        // The keys in a few slices per core, each slice with one counting table it clears after every key.
        let slices = Swift.min(keys.count, 16)
        found.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                var shared = [Int32](repeating: 0, count: suggestionKeys.count)
                var touched: [Int] = []
                for i in stride(from: slice, to: keys.count, by: slices) {
                    out.value[i] = suggestions(for: keys[i], shared: &shared, touched: &touched)
                }
            }
        }
        let byKey = Dictionary(uniqueKeysWithValues: zip(keys, found))
        return unresolved.map { u in
            var message = Message("no person or note named '\(u.target)'", ja: "'\(u.target)' という人物もメモも見つかりません")
            if let close = byKey[u.key], !close.isEmpty {
                message.en += "; did you mean \(close.joined(separator: ", "))?"
                message.ja += "。もしかして: \(close.joined(separator: "、"))"
            }
            return Diagnostic(.warning, message, at: u.location)
        }
    }

    /// Up to three closest person labels. Names within edit distance `limit` of an n-scalar key share at least
    /// n - 1 - 2·limit of its bigrams, counted with repetition (the q-gram lemma), so only names passing that count
    /// are compared in full; the filter never drops a name the full comparison would keep. `shared` is a zeroed
    /// counting table with a slot per name; it is zeroed again on return.
    func suggestions(for key: String, shared: inout [Int32], touched: inout [Int]) -> [String] {
        let k = Array(key.unicodeScalars)
        let limit = Swift.max(1, Swift.min(3, k.count / 3))
        let threshold = k.count - 1 - 2 * limit
        var candidates: [Int] = []
        if threshold >= 1 {
            touched.removeAll(keepingCapacity: true)
            // A name more than `limit` scalars longer or shorter is further than `limit` edits away: only the
            // postings of names within the length window are counted.
            let window = lengthWindow(k.count, limit: limit)
            // Each bigram's postings within the window, and how often the key holds it.
            var lists: [(postings: [(name: Int32, count: Int32)], start: Int, end: Int, n: Int32)] = []
            for (g, n) in NameIndex.bigramCounts(k) {
                guard let postings = bigrams[g] else { continue }
                func first(_ bound: Int32) -> Int {
                    var lo = 0, hi = postings.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if postings[mid].name < bound { lo = mid + 1 } else { hi = mid }
                    }
                    return lo
                }
                lists.append((postings, first(window.lowerBound), first(window.upperBound), Int32(n)))
            }
            // The bigrams with the longest postings (those common to thousands of names on a large journal) are
            // not counted, as long as what they could add to a name's count stays within a third of the threshold:
            // a name that shares `threshold` bigrams still shares `needed` of the others, so none the filter would
            // keep is lost, and the edit distance decides as before.
            lists.sort { $0.end - $0.start > $1.end - $1.start }
            var skipped: Int32 = 0
            var from = 0
            while from < lists.count, Int(skipped + lists[from].n) <= threshold / 3 {
                skipped += lists[from].n
                from += 1
            }
            let needed = Int32(threshold) - skipped
            for l in lists[from...] {
                for r in l.start..<l.end {
                    let (i, m) = (Int(l.postings[r].name), l.postings[r].count)
                    if shared[i] == 0 { touched.append(i) }
                    shared[i] += Swift.min(l.n, m)
                }
            }
            for i in touched {
                if shared[i] >= needed { candidates.append(i) }
                shared[i] = 0
            }
        } else {
            // Too short for the bigram filter: every name within the length window.
            candidates = lengthWindow(k.count, limit: limit).map(Int.init)
        }
        var best: [Int: Int] = [:]
        for i in candidates {
            let (scalars, person) = suggestionKeys[i]
            let d = Normalize.distance(k, scalars, limit: limit)
            if d <= limit, d < best[person, default: Int.max] { best[person] = d }
        }
        return best.sorted { a, b in a.value != b.value ? a.value < b.value : labels[a.key] < labels[b.key] }
            .prefix(3).map { labels[$0.key] }
    }
}

/// The index that suggests people for links that name nobody. Building it takes a while on a large journal, so it
/// is started on another thread as soon as the first such link turns up while notes are read, and waited for only
/// when the warnings are worded. The index it gives does not depend on when it was started.
public final class SuggestionIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let group = DispatchGroup()
    private var started = false
    private var index: NameIndex

    public init(_ directory: JournalResolver.Directory) {
        index = directory.index
    }

    /// Starts building, once.
    public func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        started = true
        DispatchQueue.global().async(group: group) { self.index.prepareSuggestions() }
    }

    /// The built index, waiting for it (and starting it, if nothing did).
    func prepared() -> NameIndex {
        start()
        group.wait()
        return index
    }
}
