import Foundation
import Synchronization

/// A folded name key (`Normalize.key`), compared and hashed as its UTF-8 bytes. Keys are in NFC (the fast path
/// makes nothing else, and the careful one composes its result), so two keys are canonically equivalent exactly when
/// their bytes are equal: `String`'s own comparison and hashing reach the same answers by normalizing every non-ASCII
/// key as they go, at every comparison (BENCHMARKS.md, fifth round).
struct NameKey: Hashable, Sendable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: NameKey, b: NameKey) -> Bool { utf8Equal(a.text, b.text) }

    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// The name keys that name exactly one person, by their UTF-8 bytes (`NameIndex.personKeys`).
struct PersonKeys: Sendable {
    fileprivate let byKey: ByteKeyTable

    /// The hash of a key given as its UTF-8 bytes, for `person(keyBytes:hash:)`.
    func hash(keyBytes key: UnsafeBufferPointer<UInt8>) -> Int { byKey.hash(of: UnsafeRawBufferPointer(key)) }

    /// Asks for the table's memory where the key of `hash` is looked up, without waiting for it.
    func prefetch(hash: Int) { byKey.prefetch(hash: hash) }

    /// The one person a key, given as its UTF-8 bytes with its `hash(keyBytes:)`, names, if it names exactly one.
    func person(keyBytes key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
        guard let v = byKey.value(UnsafeRawBufferPointer(key), hash: hash), v >= 0 else { return nil }
        return v
    }

    /// The one person a key names, if it names exactly one.
    func person(named key: String) -> Int? {
        guard let v = byKey.value(key), v >= 0 else { return nil }
        return v
    }
}

/// Person ids, names and aliases by their folded key.
struct NameIndex: Sendable {
    /// How many of the people an ambiguous link matches its warning names.
    static let candidatesShown = 5

    /// Each name key's person, or (as `-1 - i`) the index `i` in `shared` of the people who share the key. A key
    /// names one person almost always: a plain integer is read without retaining an array, which both cores would
    /// otherwise retain and release by turns.
    var byKey = ByteKeyTable()
    var shared: [[Int]] = [] { didSet { forgetAmbiguities() } }
    var personByPath: [String: Int] = [:]
    /// In a vault set to write markdown links: each person by their note's file name, where no other note has it.
    var shortLinks: [String: Int] = [:]
    var noteKeys = Set<NameKey>()
    /// The names of the notes whose names hold `_`, by key: a page's title may name one where a file name could not
    /// hold what the title does (`fileNamesForTitles`).
    var underscoredStems: [NameKey: String] = [:]
    /// A Logseq graph's settings (nil elsewhere): a link in its journal title format names a day's page, never a
    /// person; a link names a page whether or not its file was written, so one that names nobody is a warning only
    /// when it is near a person's name; an Org mode page is named without its `.org`.
    var logseq: LogseqGraph?
    /// A Dendron workspace: a user tag or link names a user note (`user.…`) whether or not it was written.
    var dendron = false
    /// How the vault names its daily notes (`.obsidian/daily-notes.json`), for links that name a day.
    var dailyNoteFormat: DailyNoteFormat?
    /// "Name (id)" for each person, for suggestions.
    var labels: [String] = [] { didSet { forgetAmbiguities() } }
    /// Each person's id: the name of their note without its extension.
    var ids: [String] = []
    /// The key of kizuna.yaml's `owner` when no person's note bears that name: you, named among a meeting's
    /// attendees or in a link, are no one to warn of.
    var ownerKey: String?
    /// The people's email addresses, for targets written as one.
    var emailBook: EmailBook? = nil

    /// The people each list in `shared` names, as ambiguous links' warnings name them: worked out at the first such
    /// link and kept, for a common name is linked many times. Made anew when the lists or labels change.
    private var ambiguities = Ambiguities()

    /// Forgets the warnings worked out so far, as the lists or labels they quote change: a new, empty table, unless
    /// this index alone holds its table and nothing is in it yet (as while the index is built, name after name).
    private mutating func forgetAmbiguities() {
        if !isKnownUniquelyReferenced(&ambiguities) || !ambiguities.isEmpty { ambiguities = Ambiguities() }
    }

    /// Every name key, for suggestions.
    var suggestionKeys: [(scalars: [Unicode.Scalar], person: Int)] = []
    /// Bigram → where its postings stand in `postings`.
    var bigrams = GramRanges()
    /// Each bigram's postings one after another, each (index into `suggestionKeys`, how often that name holds the
    /// bigram), in order of the index: one list for all, where a list each took a header and room to grow.
    var postings: [(name: Int32, count: Int32)] = []
    /// The names are numbered shortest first: `lengthStart[n]` is the first index of a name at least n scalars
    /// long (the count of names, past the longest).
    var lengthStart: [Int] = [0]

    /// Room for this many people (their ids, names and aliases) and notes.
    mutating func reserve(people: Int, notes: Int) {
        byKey = ByteKeyTable(capacity: 3 * people)
        personByPath.reserveCapacity(people)
        labels.reserveCapacity(people)
        ids.reserveCapacity(people)
        noteKeys.reserveCapacity(notes)
    }

    mutating func add(_ name: String, person: Int) {
        name.withUTF8Bytes { u in
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

    /// Takes the key `key` from the names of `person`: it names the others who share it, or nobody.
    mutating func remove(key: String, person: Int) {
        key.withUTF8Bytes { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            guard let v = byKey.value(raw) else { return }
            if v >= 0 {
                if v == person { byKey.remove(raw) }
                return
            }
            shared[-1 - v].removeAll { $0 == person }
            // A key left to one person names them alone again (its list stays, unused).
            if shared[-1 - v].count == 1 { byKey.set(raw, shared[-1 - v][0]) }
        }
    }

    /// Adds the key `key` to the names of `person`.
    mutating func add(key: String, person: Int) {
        key.withUTF8Bytes { add(key: UnsafeRawBufferPointer($0), person: person) }
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

    /// The person a name written out (kizuna.yaml's `owner`) names, as a link written so would: the one its key
    /// names, or of several, the one whose note bears the name.
    func person(written name: String) -> Int? {
        match(Normalize.key(name), writtenAs: name).one
    }

    /// The keys that name one person each: all the parse needs to match a link as it reads it. Handed on instead of
    /// the index, which each note's parse would otherwise copy, retaining every table in it.
    var personKeys: PersonKeys { PersonKeys(byKey: byKey) }

    /// What a key names: nobody, one person (`one`), or several (`many`: their list's place in `shared`).
    private func match(_ key: String) -> (one: Int?, many: Int?) {
        guard let v = byKey.value(key) else { return (nil, nil) }
        return v >= 0 ? (v, nil) : (nil, -1 - v)
    }

    /// What a key names when written as `target`: as `match(_:)`, but of several people, the one whose note bears
    /// the name as written is the one it names (`NoteName.person(writtenAs:among:stems:)`).
    private func match(_ key: String, writtenAs target: String) -> (one: Int?, many: Int?) {
        let found = match(key)
        guard let list = found.many else { return found }
        // The ids alone go into the closure: capturing `self` copied the whole index for every link.
        let ids = self.ids
        let p = NoteName.person(
            writtenAs: target, among: shared[list], stems: { ids.indices.contains($0) ? ids[$0] : "" })
        return p.map { ($0, nil) } ?? found
    }

    /// The person a link names, or nil (with a warning when it names nothing or more than one person).
    /// Links that name nothing are collected in `unresolved`; `warnings(for:)` words them once suggestions are known.
    func resolve(_ link: RawLink, diagnostics: inout [Diagnostic], unresolved: inout [Unresolved]) -> Int? {
        switch link.target {
        case .path(let path):
            return person(atLinkPath: path, in: link.location.path)
        case .name(let target):
            if link.person >= 0 { return Int(link.person) }
            // `[[people/谷南 達也]]`, a path from the journal's root, names that note's person alone, as in Obsidian.
            if target.holdsByte(UInt8(ascii: "/")), let p = person(atPath: target) { return p }
            var key = link.key
            var found = match(key, writtenAs: target)
            if found.one == nil, found.many == nil, let slash = target.utf8.lastIndex(of: UInt8(ascii: "/")) {
                let name = target[target.utf8.index(after: slash)...]
                // `[[Ken/README]]`, `[[alice/profile]]`: a folder's own page goes by its folder's name, as its note.
                if NoteName.isFolderPage(name), let folder = target[..<slash].split(separator: "/").last {
                    found = match(Normalize.key(folder), writtenAs: target)
                    if let one = found.one { return one }
                }
                key = Normalize.key(name)
                found = match(key, writtenAs: target)
            }
            if let one = found.one { return one }
            if let list = found.many {
                let message = ambiguities.message(for: list, target: target) { candidates(shared[list]) }
                diagnostics.append(Diagnostic(.warning, message, at: link.location))
                return nil
            }
            // A path names the note by its name; a Logseq page named with a slash (`[[dsa/Sorting]]`), by the whole.
            if noteKeys.contains(NameKey(key)) || noteKeys.contains(NameKey(link.key)) { return nil }
            // `[[note.md]]`, written with its extension, names the note or person `[[note]]` does.
            let lowered = target.lowercasedText()
            if let ext = [".md", ".markdown"].first(where: { lowered.hasSuffix($0) }) {
                if let found = named(String(target.dropLast(ext.count))) { return found }
            }
            if let owner = ownerOfEmail(target) { return owner }
            if names(aFile: lowered) || NameIndex.isPlaceholder(target) || NameIndex.isAddress(target)
                || namesNoOneNote(target)
            {
                return nil
            }
            if let title = logseq?.journalTitle, title.day(of: target) != nil { return nil }
            // A day's note is linked before it is written, as a daily note links the next day's (and its week's,
            // `2026-W48`); `2026/11/02` is a day, or a note named by its day in a folder of its year and month.
            let day = lowered.hasSuffix(".md") ? String(target.dropLast(3)) : target
            if DateParser.namesDayOrPeriod(day, format: dailyNoteFormat) { return nil }
            if let slash = day.utf8.lastIndex(of: UInt8(ascii: "/")),
                DateParser.namesDayOrPeriod(String(day[day.utf8.index(after: slash)...]), format: dailyNoteFormat)
            {
                return nil
            }
            if let ownerKey, key == ownerKey || link.key == ownerKey { return nil }
            if let bare = Honorifics.stripped(key), let one = match(bare).one { return one }
            if let name = NameIndex.nameBeforeRemark(target), let found = named(name) { return found }
            unresolved.append(Unresolved(target: target, key: key, location: link.location))
            return nil
        }
    }

    /// What `name`, a link's target read another way, names by its last part: one person (`.some(p)`), a note that
    /// is no one's (`.some(nil)`), or nothing (nil).
    private func named(_ name: String) -> Int?? {
        let key = Normalize.key(NameIndex.fileName(name))
        if let one = match(key, writtenAs: name).one { return .some(one) }
        return noteKeys.contains(NameKey(key)) ? .some(nil) : nil
    }

    /// How an ambiguous link's warning names a person: "name (note)", or the note's name alone when it starts with
    /// the person's name, as notes of people who share one are often named ("谷南 達也 (Globex 3)").
    static func label(name: String?, stem: String) -> String {
        guard let name, !stem.hasPrefix(name) else { return stem }
        return "\(name) (\(stem))"
    }

    /// The person whose note a link's target is the path of, from the journal's root, with or without `.md`.
    private func person(atPath target: String) -> Int? {
        NoteName.notePaths(target).lazy.compactMap { personByPath[$0] }.first
    }

    /// The people of an ambiguous link as its warning names them, in English and Japanese: a handful of
    /// candidates, then how many more, for a common name can match hundreds of people.
    private func candidates(_ people: [Int]) -> (String, String) {
        let all = people.map { labels[$0].count > 60 ? labels[$0].prefix(59) + "…" : labels[$0] }.sorted()
        let shown = all.prefix(NameIndex.candidatesShown)
        let more = all.count - shown.count
        return (
            shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""),
            shown.joined(separator: "、") + (more > 0 ? " ほか \(more) 人" : "")
        )
    }

    /// The warning of an ambiguous link, worked out once for each list of people sharing a key and each way the
    /// link is written, by whichever core needs it first: a common name is linked the same way many times, and each
    /// warning kept its own copy of the same words.
    final class Ambiguities: Sendable {
        private let words = Mutex<[Int: (String, String)]>([:])
        private let messages = Mutex<[Written: Message]>([:])

        /// Whether no warning has been worked out yet.
        var isEmpty: Bool { messages.withLock { $0.isEmpty } && words.withLock { $0.isEmpty } }

        func message(for list: Int, target: String, _ candidates: () -> (String, String)) -> Message {
            let key = Written(list: list, target: NameKey(target))
            if let known = messages.withLock({ $0[key] }) { return known }
            let (names, namesJa) = words(for: list, candidates)
            let made = Message(
                "ambiguous link '\(target)': it matches \(names)",
                ja: "リンク '\(target)' が複数の人に当てはまります: \(namesJa)")
            messages.withLock { $0[key] = made }
            return made
        }

        private func words(for list: Int, _ make: () -> (String, String)) -> (String, String) {
            if let known = words.withLock({ $0[list] }) { return known }
            let made = make()
            words.withLock { $0[list] = made }
            return made
        }

        /// A link as written and the people it matches. The link is told apart by its bytes (`NameKey` compares
        /// them), as the warning quotes it.
        private struct Written: Hashable {
            var list: Int
            var target: NameKey
        }
    }

    /// Files a link may name that are not notes read (attachments, ignored notes): lower-cased, by path from the
    /// root and by name, each also without a note's extension.
    private(set) var fileTargets = Set<String>()

    /// Records the files a link may name (`LoadedJournal.linkTargets`), and the folders, by their path or its end
    /// (`thinkers/kant` for `notes/thinkers/kant/`, as a note is found by the end of its path), written with a slash
    /// after them (`daily/`) or as a path of two folders or more; in a Logseq graph, an Org mode page is named
    /// without its `.org` too.
    mutating func addLinkTargets(_ paths: [String]) {
        let pageExtensions = [".md", ".markdown"] + (logseq != nil ? [".org"] : [])
        for path in paths {
            let lowered = path.lowercasedText()
            if lowered.hasSuffix("/") {
                let folders = lowered.split(separator: "/")
                for k in folders.indices {
                    let end = folders[k...].joined(separator: "/")
                    fileTargets.insert(end + "/")
                    if folders.count - k >= 2 { fileTargets.insert(end) }
                }
                continue
            }
            let name = lowered.lastPathPart.map(String.init) ?? lowered
            for form in [lowered, name] {
                fileTargets.insert(form)
                for ext in pageExtensions where form.hasSuffix(ext) {
                    fileTargets.insert(String(form.dropLast(ext.count)))
                }
            }
        }
    }

    /// Whether a link's lower-cased target names one of those files, by path or by name (Obsidian finds an
    /// attachment by its name wherever it is).
    private func names(aFile target: String) -> Bool {
        guard !fileTargets.isEmpty else { return false }
        if fileTargets.contains(target) { return true }
        return fileTargets.contains(NameIndex.fileName(target))
    }

    /// A link that matches no person and no note.
    struct Unresolved: Sendable {
        var target: String
        var key: String
        var location: SourceLocation
        /// Whether the link stands where no one takes part (a note's text outside its entries, a task), where the
        /// owner is not named as they are in a meeting's people.
        var outsideEntries = false
        /// Whether the link stands in a meeting note's entry (its front matter's people, or its text).
        var inMeeting = false
    }

}
