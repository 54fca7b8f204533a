import Foundation

/// Plans an import: each contact matched to a person (by UID, then email or phone, then name or alias), a match
/// gaining only what its note lacks, anyone new getting a note. Pure: notes' bytes in, changes out.
public struct ContactImport: Sendable {
    /// A note to write.
    public struct Change: Sendable {
        public var path: String
        /// Nil for a new note.
        public var original: [UInt8]?
        public var updated: [UInt8]
        /// The contact's name and what it adds (`email`, `birthday`, ...); for a new note, where it came from.
        public var name: String
        public var added: [String]
        public var source: SourceLocation
        /// Every card that went into the note, in order: more than one when cards of one person (or of one name)
        /// met in the same import.
        public var sources: [SourceLocation]
    }

    /// A note as the import builds it, before it becomes a `Change`.
    private typealias Draft = (
        original: [UInt8]?, bytes: [UInt8], name: String, added: [String], sources: [SourceLocation]
    )

    public var changes: [Change] = []
    /// Values that differ between a note and a contact, left as the note has them.
    public var conflicts: [Diagnostic] = []
    /// Contacts that matched a person and brought nothing new.
    public var unchanged = 0

    /// The plan for `contacts` against `journal`; `read` gives a note's bytes by path.
    /// `now` stamps the notes it makes in a journal whose notes Denote names, a second apart.
    public init(
        _ contacts: [Contact], journal: Journal, circle: String?, today: Day, now: DenoteStamp? = nil,
        read: (String) -> [UInt8]?
    ) {
        var matcher = ContactMatcher(journal)
        if let now { matcher.naming.stamp(now) }
        var notes: [String: Draft] = [:]
        var order: [String] = []
        var created: [String] = []
        for contact in contacts {
            if let path = matcher.match(contact) {
                if notes[path] == nil {
                    guard let bytes = read(path) else { continue }
                    notes[path] = (bytes, bytes, contact.name, [], [])
                    order.append(path)
                }
                notes[path]!.sources.append(contact.source)
                let (bytes, added, conflicts) = ContactMerge.merge(
                    contact, into: notes[path]!.bytes, path: path, config: journal.config)
                notes[path]!.bytes = bytes
                notes[path]!.added += added
                self.conflicts += conflicts
                matcher.remember(contact, at: path)
            } else {
                var person = ContactImport.person(contact, circle: circle, language: journal.config.language)
                let path = matcher.freePath(for: contact.name, tags: person.tags, config: journal.config)
                notes[path] = (nil, [], contact.name, [], [contact.source])
                order.append(path)
                created.append(path)
                matcher.remember(contact, at: path)
                person.marker = matcher.marker
                if let head = matcher.naming.denoteHead {
                    person.denote = head
                    matcher.naming.stamp(head.stamp.next())
                }
                notes[path]!.bytes = Array(NewNotes.personNote(person).utf8)
            }
        }
        // The first reminders of people new to the journal fall evenly over their cadence, not all on one day.
        let cadence =
            circle.flatMap { journal.config.circle(named: $0) }.flatMap { journal.config.cadence(ofCircle: $0) }
            ?? journal.config.cadence(ofCircle: journal.config.defaultCircle) ?? 90
        for (i, path) in created.enumerated() {
            let day = today + 1 + i * cadence / max(1, created.count)
            notes[path]!.bytes =
                (try? NoteEdit.settingFrontMatter("snooze_until", to: day.description, in: notes[path]!.bytes))
                ?? notes[path]!.bytes
        }
        for path in order {
            let n = notes[path]!
            if n.original == n.bytes { unchanged += 1; continue }
            changes.append(
                Change(
                    path: path, original: n.original, updated: n.bytes, name: n.name, added: n.added,
                    source: n.sources[0], sources: n.sources))
        }
    }

    /// The new note for a contact nobody matched; its `how_met` says where it came from in the journal's language.
    static func person(_ c: Contact, circle: String?, language: Language) -> NewNotes.Person {
        var p = NewNotes.Person(name: c.name)
        p.aliases = c.nicknames.filter { Normalize.key($0) != Normalize.key(c.name) }
        p.circle = circle
        p.tags = c.categories
        p.met = c.connected
        let kind = c.source.path.lowercased().hasSuffix(".csv") ? "CSV" : "vCard"
        let file = (c.source.path as NSString).lastPathComponent
        p.howMet = language == .ja ? "\(file)(\(kind))から取り込み" : "Imported from \(file) (\(kind))"
        p.birthday = c.birthday
        p.contact = c.contactLines.filter { !($0.key == "uid" && $0.value.hasPrefix(ContactMatcher.ownUID)) }
        p.profile = c.note
        return p
    }
}

/// Finds the note a contact belongs to.
struct ContactMatcher {
    private var byUID: [String: String] = [:]
    private var byEmail: [String: String] = [:]
    private var byPhone: [String: String] = [:]
    private var byName: [String: [String]] = [:]
    private var taken: Set<String>
    private var byId: [String: String] = [:]
    var naming: PersonNoteNaming
    /// The line a new person's note marks them with (`PersonNoteNaming.marker`).
    var marker: String? { naming.marker }

    init(_ journal: Journal) {
        taken = Set(journal.people.map(\.path))
        naming = PersonNoteNaming(journal)
        for person in journal.people {
            byId[person.id] = person.path
            for (key, value) in person.contact { index(key, value, person.path) }
            for name in [person.id, person.name] + person.aliases {
                byName[Normalize.key(name), default: []].append(person.path)
            }
        }
    }

    private mutating func index(_ key: String, _ value: String, _ path: String) {
        if ContactKind.isUID(key) { byUID[value] = path }
        switch ContactKind(key: key) {
        case .email: byEmail[value.lowercased()] = path
        case .phone: byPhone[ContactMatcher.digits(value)] = path
        default: break
        }
    }

    /// The UID `kizuna export vcard` gives a person whose note has none: the note's id.
    static let ownUID = "urn:kizuna:"

    static func digits(_ phone: String) -> String { String(phone.filter(\.isNumber).suffix(10)) }

    /// The note of the person `c` is, if any: by UID, then email or phone, then a name or alias naming one person.
    func match(_ c: Contact) -> String? {
        if let uid = c.uid, let path = byUID[uid] { return path }
        if let uid = c.uid, uid.hasPrefix(ContactMatcher.ownUID),
            let path = byId[String(uid.dropFirst(ContactMatcher.ownUID.count))]
        {
            return path
        }
        for e in c.emails { if let path = byEmail[e.value.lowercased()] { return path } }
        for p in c.phones where ContactMatcher.digits(p.value).count >= 6 {
            if let path = byPhone[ContactMatcher.digits(p.value)] { return path }
        }
        for name in [c.name] + c.nicknames {
            if let paths = byName[Normalize.key(name)], Set(paths).count == 1 { return paths[0] }
        }
        return nil
    }

    /// Records that the contact now lives at `path`, so a second card for the same person meets it.
    mutating func remember(_ c: Contact, at path: String) {
        taken.insert(path)
        if let uid = c.uid, byUID[uid] == nil { byUID[uid] = path }
        for e in c.emails.map({ $0.value.lowercased() }) where byEmail[e] == nil { byEmail[e] = path }
        for p in c.phones.map({ ContactMatcher.digits($0.value) }) where byPhone[p] == nil { byPhone[p] = path }
        for name in [c.name] + c.nicknames where !(byName[Normalize.key(name)] ?? []).contains(path) {
            byName[Normalize.key(name), default: []].append(path)
        }
    }

    /// The path of a new note for a name, named as the journal names its people's notes, numbered when taken.
    func freePath(for name: String, tags: [String] = [], config: Config) -> String {
        let named = naming.stem(for: name, tags: tags)
        let stem = named.isEmpty ? "contact" : named
        let numbered = naming.byName ? " " : "-"
        var path = naming.path(stem: stem, peopleDir: config.peopleDir), n = 2
        while taken.contains(path) {
            path = naming.path(stem: stem + numbered + "\(n)", peopleDir: config.peopleDir)
            n += 1
        }
        return path
    }
}
