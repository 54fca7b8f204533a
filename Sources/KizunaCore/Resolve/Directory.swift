import Dispatch
import Foundation

extension JournalResolver {
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
        /// Each person's note, by its place among the notes.
        var personNotes: [Int] = []
        /// The people whose card has a UID (`UID:` of VCF Contacts, `uid` of an import), by it: a card's `RELATED`
        /// names people so.
        var personByUID: [String: Int] = [:]
        /// The folders that are one person's own (`People/Ken/README.md` is Ken's note), and whose: the notes in
        /// such a folder are about that person, as their own note is.
        var folderOwners: [String: Int] = [:]

        /// The directory of `init(_:config:)`, knowing also the files links may name that are not notes read.
        public init(_ notes: [ParsedNote], config: Config, linkTargets: [String]) {
            self.init(notes, config: config)
            index.addLinkTargets(linkTargets)
        }

        /// Builds the directory from every note's path and front matter (in path order); bodies and diagnostics are not
        /// read.
        public init(_ notes: [ParsedNote], config: Config) {
            // The notes are read in place through their buffer, and the people's notes kept as positions in it: an
            // array's subscript would copy a note whole, retaining every field of its front matter, each time.
            notes.withUnsafeBufferPointer { notes in
                let personNotes = findPeople(notes, peopleDir: config.peopleDir)
                self.personNotes = personNotes
                nameEveryone(notes, personNotes)
                if config.markdownLinks { index.shortLinks = Directory.shortLinks(of: personNotes, in: notes) }
                personByUID = Directory.uids(of: personNotes, in: notes)
                let uids = personByUID
                index.logseq = config.logseq
                index.dendron = config.dendron
                index.dailyNoteFormat = config.dailyNoteFormat
                owner = config.owner.flatMap { self.index.person(written: $0) }
                index.ownerKey = owner == nil ? config.owner.map { Normalize.key($0) } : nil
                let index = self.index
                // Two halves on two cores, each person made in its own place.
                let half = personNotes.count / 2
                var halves: (([Diagnostic], [NameIndex.Unresolved]), ([Diagnostic], [NameIndex.Unresolved])) = (
                    ([], []), ([], [])
                )
                people = [Person](unsafeUninitializedCapacity: personNotes.count) { buffer, count in
                    let out = UnsafeSendable(buffer.baseAddress)
                    if let base = out.value {
                        let make = { (range: Range<Int>) in
                            Directory.makePeople(
                                range, of: personNotes, in: notes, config: config, index: index, uids: uids,
                                into: base)
                        }
                        halves = inParallel({ make(0..<half) }, { make(half..<personNotes.count) })
                    }
                    count = personNotes.count
                }
                diagnostics += halves.0.0 + halves.1.0
                unresolved += halves.0.1 + halves.1.1
            }
            index.emailBook = EmailBook(people)
        }

        /// The notes read as people, in the order of their ids; a second note of the same id is an error, not a person.
        /// Of two, the first in path order is the person, unless it stands in an archive and the other does not.
        private mutating func findPeople(_ notes: UnsafeBufferPointer<ParsedNote>, peopleDir: String) -> [Int] {
            // Each id's place in `found`, which stays in path order: sorting it by id then costs little.
            var placeOfId: [String: Int] = [:]
            var candidates: [Int] = []
            for i in notes.indices where notes[i].isPersonWithFields { candidates.append(i) }
            // A page beside a person's own note in their folder is no one.
            let (owned, inOthers) = Directory.ownedFolders(candidates, in: notes, peopleDir: peopleDir)
            let personCount = candidates.count - inOthers.count
            // The tables are sized up front: growing a large hash table rehashes everything in it, again and again.
            placeOfId.reserveCapacity(personCount)
            var found: [Int] = []
            // Copies in an archive of person notes kept outside it, by archive: the copy, then the person's note.
            var archived: [String: [(Int, Int)]] = [:]
            found.reserveCapacity(personCount)
            index.reserve(people: personCount, notes: notes.count)
            isPersonNote = [Bool](repeating: false, count: notes.count)
            for i in candidates where !inOthers.contains(i) {
                // One lookup for a new id and a seen one alike: hashing a name in Japanese normalizes it each time.
                let place = Directory.placeOrAdd(&placeOfId[notes[i].stem, default: -1], next: found.count)
                guard place >= 0 else {
                    found.append(i)
                    continue
                }
                var (person, copy) = (found[place], i)
                if Directory.archiveFolder(of: notes[person].path) != nil,
                    Directory.archiveFolder(of: notes[i].path) == nil
                {
                    (person, copy) = (i, person)
                    found[place] = i
                }
                if let archive = Directory.archiveFolder(of: notes[copy].path),
                    Directory.archiveFolder(of: notes[person].path) == nil
                {
                    archived[archive, default: []].append((copy, person))
                } else {
                    diagnostics.append(Directory.duplicate(notes[copy], of: notes[person].path))
                }
            }
            for (archive, copies) in archived.sorted(by: { $0.key < $1.key }) {
                diagnostics.append(Directory.archivedCopies(copies, in: archive, notes))
            }
            for i in found { isPersonNote[i] = true }
            let sorted = utf8Sorted(count: found.count) { notes[found[$0]].stem }.map { found[$0] }
            for (p, n) in sorted.enumerated() where !owned.isEmpty {
                if let folder = Directory.ownFolder(path: notes[n].path, stem: notes[n].stem, peopleDir: peopleDir) {
                    folderOwners[folder] = p
                }
            }
            return sorted
        }

        /// The place a slot holds, or -1 after giving an empty slot (-1) the place `next`.
        private static func placeOrAdd(_ slot: inout Int, next: Int) -> Int {
            guard slot < 0 else { return slot }
            slot = next
            return -1
        }

        /// The error of a second person note of the same id as the note at `other`.
        private static func duplicate(_ note: ParsedNote, of other: String) -> Diagnostic {
            var message = Message(
                "duplicate person id '\(note.stem)' (also \(other)); this note is not read as a person",
                ja: "人物ID '\(note.stem)' が重複しています(\(other) にもあります)。このメモは人物として読みません")
            if let archive = Directory.archiveFolder(of: note.path) ?? Directory.archiveFolder(of: other) {
                message.en +=
                    "; if one is an archived copy, set the archive aside: add \"\(archive)/**\" to ignore in "
                    + "kizuna.yaml"
                message.ja += "。片方がアーカイブの写しなら、kizuna.yaml の ignore に \"\(archive)/**\" を加えます"
            }
            return Diagnostic(.error, message, at: SourceLocation(path: note.path, line: 1, column: 1))
        }

        /// The warning for the person notes in `archive` that copy person notes kept outside it (each copy, then the
        /// note it copies), at the first copy: they are read as notes, and the archive may be set aside.
        private static func archivedCopies(
            _ copies: [(copy: Int, of: Int)], in archive: String, _ notes: UnsafeBufferPointer<ParsedNote>
        ) -> Diagnostic {
            let first = copies.min { notes[$0.copy].path < notes[$1.copy].path }!
            let (more, original) = (copies.count - 1, notes[first.of].path)
            let aside = "to leave the archive unread, add \"\(archive)/**\" to ignore in kizuna.yaml"
            let asideJA = "アーカイブを読まないなら kizuna.yaml の ignore に \"\(archive)/**\" を加えます"
            let message =
                more == 0
                ? Message(
                    "this note in '\(archive)' copies the person note \(original): it is read as a note, "
                        + "not as a person; " + aside,
                    ja: "このメモは '\(archive)' にある人物メモ \(original) の写しで、人物ではなくメモとして読みます。" + asideJA)
                : Message(
                    "this note and \(more) more in '\(archive)' copy person notes kept outside it (as "
                        + "\(original)): they are read as notes, not as people; " + aside,
                    ja: "このメモほか \(more) 件は '\(archive)' にあり、その外の人物メモ(\(original) など)の写しで、"
                        + "人物ではなくメモとして読みます。" + asideJA)
            return Diagnostic(.warning, message, at: SourceLocation(path: notes[first.copy].path, line: 1, column: 1))
        }

        /// The folder of `path`, from the root, that is named as an archive (`_archive`, `Archives`, `アーカイブ`);
        /// nil when none is.
        static func archiveFolder(of path: String) -> String? {
            let folders = path.split(separator: "/").dropLast()
            guard let k = folders.firstIndex(where: { $0.lowercased().contains("archive") || $0.contains("アーカイブ") })
            else { return nil }
            return folders[...k].joined(separator: "/")
        }

        /// Fills the name index: the people's names on one core; every note's key and the path order on the other.
        private mutating func nameEveryone(_ notes: UnsafeBufferPointer<ParsedNote>, _ personNotes: [Int]) {
            var names = index
            index = NameIndex()  // so that `names` holds its tables alone and fills them in place
            let (_, (noteKeys, underscored, ranks)) = inParallel(
                {
                    for (p, n) in personNotes.enumerated() {
                        let stem = notes[n].stem
                        let name = notes[n].fields!.name
                        names.add(stem, person: p)
                        if let name { names.add(name, person: p) }
                        for alias in notes[n].fields!.aliases { names.add(alias, person: p) }
                        if let denote = DenoteName(stem: stem) { names.add(denote.linkKey, person: p) }
                        names.personByPath[notes[n].path] = p
                        names.labels.append(NameIndex.label(name: name, stem: stem))
                        names.ids.append(stem)
                    }
                },
                { () -> (Set<NameKey>, [NameKey: String], [Int]) in
                    var keys = Set<NameKey>(minimumCapacity: notes.count)
                    var underscored: [NameKey: String] = [:]
                    for i in notes.indices where !notes[i].path.isEmpty {
                        let key = NameKey(Normalize.key(notes[i].stem))
                        keys.insert(key)
                        if notes[i].stem.holdsByte(UInt8(ascii: "_")) { underscored[key] = notes[i].stem }
                        if let file = NoteName.fileName(ofPath: notes[i].path, goingBy: notes[i].stem) {
                            keys.insert(NameKey(Normalize.key(file)))
                        }
                        for alias in notes[i].noteAliases { keys.insert(NameKey(Normalize.key(alias))) }
                    }
                    return (keys, underscored, rankByPath(notes.map { $0.path }))
                })
            names.noteKeys = noteKeys
            names.underscoredStems = underscored
            index = names
            pathRank = ranks
        }

        /// The people a person's family keys name who have notes: a name that names no one, or more than one, is no
        /// mistake, as a family member need not have a note.
        static func family(_ refs: [PersonRef], index: NameIndex) -> [Int] {
            refs.compactMap { index.resolveQuietly(RawLink(target: .name($0.text), location: $0.location)) }
        }

        /// Makes the people `range` numbers, in place in `out`; returns the diagnostics and unknown links of their
        /// front matter, in order.
        private static func makePeople(
            _ range: Range<Int>, of personNotes: [Int], in notes: UnsafeBufferPointer<ParsedNote>, config: Config,
            index: NameIndex, uids: [String: Int], into out: UnsafeMutablePointer<Person>
        ) -> ([Diagnostic], [NameIndex.Unresolved]) {
            let defaultCadence = config.cadence(ofCircle: config.defaultCircle) ?? 90
            var diagnostics: [Diagnostic] = [], unresolved: [NameIndex.Unresolved] = []
            func resolve(_ refs: [PersonRef]) -> [Int] {
                refs.compactMap {
                    // A card's UID the journal holds no card of is no one's name mistyped: no warning.
                    if let uid = Directory.cardUID(referredToBy: $0.text) { return uids[uid] }
                    return index.resolve(
                        RawLink(target: .name($0.text), location: $0.location), diagnostics: &diagnostics,
                        unresolved: &unresolved)
                }
            }
            for p in range {
                let n = personNotes[p]
                let f = notes[n].fields!
                let circle = f.circle ?? config.defaultCircle
                let introducedBy = resolve(f.introducedBy)
                let knows = resolve(f.knows) + Directory.family(f.family, index: index)
                (out + p).initialize(
                    to: Person(
                        id: notes[n].stem, name: f.name ?? notes[n].stem, aliases: f.aliases, circle: circle,
                        circleRank: config.rank(ofCircle: circle) ?? config.circles.count,
                        cadenceDays: f.cadenceDays ?? config.cadence(ofCircle: circle) ?? defaultCadence,
                        purpose: f.purpose, tags: f.tags, communities: f.communities, met: f.met, howMet: f.howMet,
                        introducedBy: sortedUnique(introducedBy), knows: sortedUnique(knows), birthday: f.birthday,
                        status: f.status, snoozeUntil: f.snoozeUntil, contact: f.contact, path: notes[n].path,
                        marker: f.marker))
            }
            return (diagnostics, unresolved)
        }

        /// The directory once the front matter of person note `n` reads as `notes[n]` does now, worked out from this
        /// one without reading the other notes: nil unless the note is a person's, and stays theirs under the same
        /// id. Also gives the keys the person is no longer, or now, called by.
        func updating(note n: Int, in notes: [ParsedNote], config: Config) -> (Self, changed: Set<String>)? {
            let note = notes[n]
            guard n < isPersonNote.count, isPersonNote[n], note.isPerson, let fields = note.fields,
                let p = index.personByPath[note.path], people[p].id == note.stem
            else { return nil }
            var d = self
            let before = people[p]
            // A card's UID changed changes whom other cards' `RELATED` name: the directory is built again.
            guard Directory.uid(before.contact) == Directory.uid(fields.contact),
                NameIndex.emails(of: before.contact) == NameIndex.emails(of: fields.contact)
            else { return nil }
            let oldKeys = Set(([before.id, before.name] + before.aliases).map { Normalize.key($0) })
            let newKeys = Set(([note.stem, fields.name ?? note.stem] + fields.aliases).map { Normalize.key($0) })
            for k in oldKeys.subtracting(newKeys).sorted() { d.index.remove(key: k, person: p) }
            for k in newKeys.subtracting(oldKeys).sorted() { d.index.add(key: k, person: p) }
            d.index.labels[p] = NameIndex.label(name: fields.name, stem: note.stem)
            d.owner = config.owner.flatMap { d.index.person(written: $0) }
            d.index.ownerKey = d.owner == nil ? config.owner.map { Normalize.key($0) } : nil
            let index = d.index
            // Made again: the person, those whose front matter names someone a changed key named or names, and
            // those whose front matter the directory had something to say about.
            let changed = oldKeys.symmetricDifference(newKeys)
            var named: Set<Int> = [p]
            for k in changed { named.formUnion(self.index.lookup(k) + index.lookup(k)) }
            var remake: Set<Int> = [p]
            let foundIn = Set(diagnostics.map(\.location.path) + unresolved.map(\.location.path))
            for q in people.indices where !remake.contains(q) {
                // A reference that named no person (a note's alias, say) may name the person by a new key.
                let f = notes[personNotes[q]].fields
                let refs = (f?.knows.count ?? 0) + (f?.introducedBy.count ?? 0) + (f?.family.count ?? 0)
                if foundIn.contains(people[q].path) || people[q].knows.contains(where: named.contains)
                    || people[q].introducedBy.contains(where: named.contains)
                    || refs > people[q].knows.count + people[q].introducedBy.count
                {
                    remake.insert(q)
                }
            }
            let paths = Set(remake.map { people[$0].path })
            d.diagnostics.removeAll { paths.contains($0.location.path) }
            d.unresolved.removeAll { paths.contains($0.location.path) }
            d.people.withUnsafeMutableBufferPointer { out in
                notes.withUnsafeBufferPointer { notes in
                    for q in remake.sorted() {
                        (out.baseAddress! + q).deinitialize(count: 1)
                        let (found, unknown) = Self.makePeople(
                            q..<(q + 1), of: personNotes, in: notes, config: config, index: index,
                            uids: personByUID, into: out.baseAddress!)
                        d.diagnostics += found
                        d.unresolved += unknown
                    }
                }
            }
            return (d, changed)
        }
    }
}

extension JournalResolver.Directory {
    /// The UID a person's contact keeps, if any, without the `urn:uuid:` a UUID is written with.
    static func uid(_ contact: [(key: String, value: String)]) -> String? {
        ContactKind.uid(in: contact).map { uid in uid.hasPrefix("urn:uuid:") ? String(uid.dropFirst(9)) : uid }
    }

    /// The UID a card's `RELATED` value names a card by (`urn:uuid:…`, or `uid:…` for a UID that is no UUID), as
    /// `uid(_:)` keeps it; nil for a value that names no card so.
    static func cardUID(referredToBy value: String) -> String? {
        // Compared as bytes: `hasPrefix` compares a name in Japanese character by character, for every `knows:`.
        if value.utf8.starts(with: "urn:uuid:".utf8) { return String(value.dropFirst(9)) }
        if value.utf8.starts(with: "uid:".utf8) { return String(value.dropFirst(4)) }
        return nil
    }

    /// The people whose card has a UID, by it; the first person keeps a UID two cards share.
    static func uids(of personNotes: [Int], in notes: UnsafeBufferPointer<ParsedNote>) -> [String: Int] {
        var found: [String: Int] = [:]
        for (p, n) in personNotes.enumerated() {
            if let contact = notes[n].fields?.contact, let uid = uid(contact), found[uid] == nil { found[uid] = p }
        }
        return found
    }
}
