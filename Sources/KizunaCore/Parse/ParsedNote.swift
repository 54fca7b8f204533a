/// A link as written in a note, before it is resolved to a person.
public struct RawLink: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// A wikilink target (or front matter reference) to match against ids, names and aliases.
        case name(String)
        /// A relative markdown link, resolved to a path from the journal root.
        case path(String)
    }
    public var target: Target
    public var location: SourceLocation
    /// The folded key of a `.name` target, computed while parsing (on all cores).
    public var key: String
    /// The person a `.name` target names, when the parse already knew (the second pass parses with the names at
    /// hand); -1 when it is left to the resolve stage. Such a link has no use for its place in the file, which only
    /// warnings show, so the parse does not look for it.
    var person: Int32 = -1
    /// An embed (`![[Jane]]`): a note shown inside another, which mentions its person but is no touch with them.
    var embed = false
    /// A name that may name no one without a warning (an attendee kept as a tag).
    var quiet = false

    /// A link the parse matched to `person` itself: nothing else about it is ever read.
    init(person: Int, embed: Bool = false) {
        target = .name("")
        location = SourceLocation(path: "", line: 0, column: 0)
        key = ""
        self.person = Int32(person)
        self.embed = embed
    }

    /// Creates a link; the key is computed here.
    public init(target: Target, location: SourceLocation) {
        self.target = target
        self.location = location
        if case .name(let t) = target { key = Normalize.key(t) } else { key = "" }
    }
}

/// An entry as parsed from one note, its links not yet resolved.
public struct RawEntry: Sendable {
    public var date: Day
    /// Where the title stands in its note's `titles`.
    var title: Range<Int>
    public var tags: [String]
    /// The kinds the tags give (set once the tags are final).
    public var kinds: EntryKinds = []
    /// Where the entry's links stand in its note's `entryLinks`: those of its heading, then those of its body.
    var linkStart: Int32
    var headingLinkCount: Int32
    var bodyLinkCount: Int32 = 0
    public var location: SourceLocation

    /// The heading's links, as positions in the note's `entryLinks`.
    var headingLinks: Range<Int> { Int(linkStart)..<(Int(linkStart) + Int(headingLinkCount)) }
    /// The body's links, as positions in the note's `entryLinks`.
    var bodyLinks: Range<Int> { headingLinks.upperBound..<(headingLinks.upperBound + Int(bodyLinkCount)) }
}

/// A task as parsed from one note.
public struct RawTask: Sendable {
    public var text: String
    public var done: Bool
    public var due: Day?
    public var doneDate: Day?
    public var created: Day?
    public var links: [RawLink]
    public var location: SourceLocation
}

/// Everything one file says, read on its own: the output of the parse stage.
public struct ParsedNote: Sendable {
    /// A placeholder: what a slot holds once its note is moved out, or before it is read. Made anew each time: its
    /// empty fields are made with nothing to retain, where a copy of a stored one retained each.
    static var empty: ParsedNote { ParsedNote(path: "", stem: "", isPerson: false, fields: nil) }

    public var path: String
    /// File name without extension.
    public var stem: String
    /// A person note (under `people_dir` or `type: person`).
    public var isPerson: Bool
    /// Whether the note is a template (`NoteName.isTemplate`), asked once, when the parse starts.
    public var isTemplate = false
    public var fields: PersonFields?
    /// Whether the note is read as a person with fields. Matched against `.some` in place: comparing `fields` with
    /// nil went through a generic function that copied every field (and retained each of its strings) first.
    var isPersonWithFields: Bool {
        guard isPerson, case .some = fields else { return false }
        return true
    }
    public var entries: [RawEntry] = []
    /// The entries' titles, one after another, as UTF-8: one buffer per note instead of a string per entry.
    public var titles: [UInt8] = []
    public var tasks: [RawTask] = []
    /// The links of every entry, one entry after another (each entry says where its own stand): one list for the
    /// note instead of two for every entry.
    var entryLinks: [RawLink] = []
    /// Links outside entries and tasks (a person's profile, a log note's preamble).
    public var otherLinks: [RawLink] = []
    /// A meeting note's front matter: `date:` with `people:` (or `attendees:`, `participants:`); or, with no date,
    /// `person:` naming whom the note is about.
    public var meeting: MeetingHead? = nil
    /// The day the front matter's `date:` names in a note that is no one's and no meeting: the day of minutes that
    /// say who took part in their text (`BodyMeeting`).
    var frontMatterDay: Day? = nil
    /// For a note that is no one's, with no entry, whose name starts with a date (`2025-10-24 - 1-1.md`): the entry
    /// it is when it stands in a person's own folder, as their notes of the day are (its links are `otherLinks`).
    /// A list of none or one: every note has room for it, and a list takes less than an entry.
    var namedEntry: [RawEntry] = []
    /// A person's fields written in the body above their first entry (`**Birthday:** …`), read in the full parse.
    public var profile: BodyProfile? = nil
    /// The `aliases:` of a note that is no one's: other names links may give it, as in Obsidian.
    public var noteAliases: [String] = []
    /// Where the `tags:` of a note that is no one's say `person` (or `people`, `人物`), in front matter or as a
    /// `tags::` inline field: a journal with no people says how to make such notes people.
    public var taggedPerson: SourceLocation? = nil
    /// Where the first paragraph of a note that is no one's says `type:: person` (Logseq, Dataview): kizuna does not
    /// read such fields, and says so there.
    public var inlinePersonMarker: SourceLocation? = nil
    /// A log kept as list items (`LogSection`): the dated item `log` adds the next one beside (its first line,
    /// byte column and the last line of what is nested in it), and whether before it, in a log kept newest first,
    /// or after it, the log's last.
    public var logNeighbour: (line: Int, column: Int, end: Int, before: Bool)? {
        get { logItem.map { (Int($0.line), Int($0.column), Int($0.end), $0.before) } }
        set {
            logItem = newValue.map {
                (Int32(clamping: $0.line), Int32(clamping: $0.column), Int32(clamping: $0.end), $0.before)
            }
        }
    }
    /// `logNeighbour`, in the room every note has for it.
    var logItem: (line: Int32, column: Int32, end: Int32, before: Bool)? = nil
    public var diagnostics: [Diagnostic] = []
}

/// What a meeting note's front matter says: the day and who took part. With no day, the one person a note of
/// theirs is about (`person: "[[Jane Smith]]"` over a log of 1:1s), as a person's own folder is theirs.
public struct MeetingHead: Sendable {
    public var date: Day?
    public var people: [PersonRef]
    /// `tags:` of the front matter.
    public var tags: [String]
    /// The people are named only by tags, as Granola's plugin keeps attendees: one who has no note is no mistake.
    public var namedByTags = false
}

extension ParsedNote {
    /// Whether this note says of itself what `other` says to the directory of people: the same path, the same
    /// person or not, the same front matter.
    func hasTheHead(of other: ParsedNote) -> Bool {
        path == other.path && stem == other.stem && isPerson == other.isPerson && fields == other.fields
            && noteAliases == other.noteAliases
    }

    /// Whether one of the note's `aliases:` folds to `key`.
    func hasAlias(key: String) -> Bool { noteAliases.contains { Normalize.key($0) == key } }

    /// Whether a link the parse matched names one of `people`.
    func namesAny(of people: Set<Int>) -> Bool {
        if people.isEmpty { return false }
        func names(_ links: [RawLink]) -> Bool { links.contains { $0.person >= 0 && people.contains(Int($0.person)) } }
        return names(entryLinks) || names(otherLinks) || tasks.contains { names($0.links) }
    }

    /// Whether a link the parse left to the resolve stage may be matched by one of `keys`: its own key, or the key
    /// the resolve stage falls back to (the last part of a path, a name without `.md` or its honorific).
    func hasUnmatchedLink(keyIn keys: KeySet) -> Bool {
        if keys.isEmpty { return false }
        // Each link read in place: a copy would retain and release its strings.
        func matches(_ links: [RawLink]) -> Bool {
            links.withUnsafeBufferPointer { links in
                links.indices.contains { i in
                    guard links[i].person < 0, !links[i].key.isEmpty else { return false }
                    if keys.contains(links[i].key) { return true }
                    if let bare = Honorifics.stripped(links[i].key), keys.contains(bare) { return true }
                    guard case .name(let target) = links[i].target,
                        target.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") })
                    else { return false }
                    return keys.contains(fallback: target)
                }
            }
        }
        return matches(entryLinks) || matches(otherLinks) || tasks.contains { matches($0.links) }
    }

    /// Keys, with their lengths at hand: most links are told apart by length alone, without hashing their key.
    struct KeySet {
        private let keys: Set<String>
        private var lengths = [Bool](repeating: false, count: 64)
        init(_ keys: Set<String>) {
            self.keys = keys
            for key in keys { lengths[min(key.utf8.count, 63)] = true }
        }
        var isEmpty: Bool { keys.isEmpty }
        func contains(_ key: String) -> Bool { lengths[min(key.utf8.count, 63)] && keys.contains(key) }

        /// Whether the key the resolve stage falls back to for `target` is one of these: that of its last part
        /// after a `/`, or of its name without `.md`.
        func contains(fallback target: String) -> Bool {
            if let slash = target.lastIndex(of: "/"), contains(Normalize.key(target[target.index(after: slash)...])) {
                return true
            }
            let lowered = target.lowercased()
            guard let ext = [".md", ".markdown"].first(where: { lowered.hasSuffix($0) }) else { return false }
            let stem = String(target.dropLast(ext.count))
            return contains(Normalize.key(stem.split(separator: "/").last.map(String.init) ?? stem))
        }
    }

    /// Whether a link the parse matched names a person `marked` (by number) true.
    func namesAny(ofMarked marked: [Bool]) -> Bool {
        // Each link's person read in place: a copy would retain and release its strings.
        func names(_ links: [RawLink]) -> Bool {
            links.withUnsafeBufferPointer { links in
                links.indices.contains { links[$0].person >= 0 && marked[Int(links[$0].person)] }
            }
        }
        return names(entryLinks) || names(otherLinks) || tasks.contains { names($0.links) }
    }

    /// Gives the links the parse matched to a person their person's new number, `moved[p]`; changes nothing and
    /// returns true when one of them names a person in `stale`, whose links are to be matched again.
    mutating func renumberPeople(_ moved: [Int], unlessAny stale: Set<Int>) -> Bool {
        if namesAny(of: stale) { return true }
        func renumber(_ links: inout [RawLink]) {
            for k in links.indices where links[k].person >= 0 { links[k].person = Int32(moved[Int(links[k].person)]) }
        }
        renumber(&entryLinks)
        renumber(&otherLinks)
        for t in tasks.indices { renumber(&tasks[t].links) }
        return false
    }
}
