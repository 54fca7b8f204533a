/// How a journal names its people's notes, so that a note kizuna makes reads as the others do: by id
/// (`people/hanako-tanaka.md`, kizuna's own way), or by name as Obsidian vaults do (`People/Hanako Tanaka.md`, which
/// Obsidian's `[[Hanako Tanaka]]` opens), and each in a folder of its own when most people have one
/// (`People/hanako-tanaka/Hanako Tanaka.md`), that folder's page when most people's notes are one
/// (`People/Hanako Tanaka/README.md`).
public struct PersonNoteNaming: Sendable, Equatable {
    public var byName = false
    public var ownFolder = false
    /// The file name of each person's note in their own folder when most are the folder's page (`README.md`,
    /// `index.md`), whose folder names them.
    public var page: String? = nil
    /// Where most people's notes are, when none is in `people_dir` (a vault that marks people in front matter,
    /// `References/` in kepano's), and the line that marks most of them (`categories: ["[[People]]"]`).
    public var folder: String? = nil
    public var marker: String? = nil
    /// What a new note's name opens with: a Dendron workspace's people are its user notes (`user.ann-lee`).
    public var prefix = ""
    /// What stands between the words of a name in a note named by it: a space, or a `-` or `_` as plugins that
    /// make people's notes write it (`1-1s/people/Jane-Doe.md`).
    public var joiner = " "
    /// What stands between the words of a name in kanji or kana: nothing where most such names are written without
    /// a space (`山田太郎.md`), so that a new one given as `鈴木 一郎` is `鈴木一郎.md`; nil to name it as any other.
    public var kanjiJoiner: String? = nil
    /// Where most people's notes are named as Denote names them (`20231015T093000--jane-doe__person.md`), the keyword
    /// that marks them: a new note is named so, with Denote's front matter, when `created` gives it a stamp.
    public var denoteKeyword: String? = nil
    public private(set) var created: DenoteStamp? = nil
    /// What a new note's front matter takes from Denote's naming (`NewNotes.Person.denote`): nil unless both are set.
    public var denoteHead: (stamp: DenoteStamp, keyword: String)? {
        guard let denoteKeyword, let created else { return nil }
        return (created, denoteKeyword)
    }
    /// The Denote identifiers the journal's notes of people, entries and tasks already have.
    private var takenIdentifiers = Set<String>()

    public init(byName: Bool = false, ownFolder: Bool = false, page: String? = nil) {
        self.byName = byName
        self.ownFolder = ownFolder
        self.page = page
    }

    /// The way most of the journal's person notes are named; kizuna's own when they are as many, or there are none.
    public init(_ journal: Journal) {
        var named = 0, slugged = 0, counted = 0, kanjiUnspaced = 0, kanjiSpaced = 0
        var pages: [String] = [], folders: [String] = [], markers: [String] = [], joiners: [String] = []
        var inPeopleDir = false
        let peopleDir = journal.config.peopleDir
        for (p, person) in journal.people.enumerated() where p != journal.owner {
            let slug = NewNotes.id(for: person.name)
            if person.id == person.name, person.id != slug { named += 1 }
            if person.id == slug, person.id != person.name { slugged += 1 }
            let words = person.name.split(whereSeparator: \.isWhitespace)
            if words.allSatisfy(PersonName.isKanjiOrKana) {
                if words.count == 1, person.id == person.name { kanjiUnspaced += 1 }
                if words.count > 1 { kanjiSpaced += 1 }
            }
            if words.count > 1, person.id != slug,
                let joiner = ["-", "_"].first(where: { person.id == words.joined(separator: $0) })
            {
                joiners.append(joiner)
            }
            let parts = person.path.split(separator: "/")
            folders.append(parts.dropLast().joined(separator: "/"))
            if let marker = person.marker { markers.append(marker) }
            if NoteName.lies(person.path, in: peopleDir) {
                inPeopleDir = true
                if JournalResolver.Directory.ownFolder(path: person.path, stem: person.id, peopleDir: peopleDir) != nil,
                    let file = parts.last
                {
                    pages.append(NoteName.stem(String(file)) != person.id ? String(file) : "")
                }
            }
            counted += 1
        }
        // `pages` holds one item a person with a folder of their own: the page's file name, or "" for a note named as
        // they are.
        let page = PersonNoteNaming.mostOf(pages.filter { !$0.isEmpty }).flatMap {
            $0.count * 2 > pages.count ? $0.value : nil
        }
        let mostJoined = PersonNoteNaming.mostOf(joiners)
        let joinedCount = mostJoined?.count ?? 0
        self.init(
            byName: named + joinedCount > slugged, ownFolder: counted > 0 && pages.count * 2 > counted, page: page)
        if let mostJoined, mostJoined.count > named { joiner = mostJoined.value }
        if kanjiUnspaced > kanjiSpaced { kanjiJoiner = "" }
        denote(journal, counted: counted)
        if counted > 0, !inPeopleDir {
            folder = PersonNoteNaming.mostOf(folders)?.value
            marker = PersonNoteNaming.mostOf(markers)?.value
        } else if let most = PersonNoteNaming.mostOf(markers), most.count * 2 > counted {
            // In the people folder a marker is for the vault's other tools (Orbit finds its contacts by a tag).
            marker = most.value
        }
        // In a Dendron workspace a new person is a user note, beside most of the others, else in its first vault.
        if journal.config.dendron {
            let users = journal.people.filter { DendronWorkspace.isUserNote($0.id) }.map {
                $0.path.split(separator: "/").dropLast().joined(separator: "/")
            }
            (prefix, byName, ownFolder, self.page) = ("user.", false, false, nil)
            folder = PersonNoteNaming.mostOf(users)?.value ?? journal.config.dendronVault
        }
    }

    /// The value most of `values` are, the first in byte order of those as many, and how many are it; nil for none.
    static func mostOf(_ values: [String]) -> (value: String, count: Int)? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.min {
            $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
        }.map { ($0.key, $0.value) }
    }

    /// Where most of the `counted` people's notes are named as Denote names notes, the keyword that marks them, and
    /// the identifiers of the notes of people, entries and tasks.
    private mutating func denote(_ journal: Journal, counted: Int) {
        let keywords = journal.people.indices.compactMap { p -> String? in
            guard p != journal.owner else { return nil }
            return DenoteName(stem: journal.people[p].id)?.personKeyword
        }
        guard keywords.count * 2 > counted else { return }
        denoteKeyword = PersonNoteNaming.mostOf(keywords)?.value
        let paths =
            journal.people.map(\.path) + journal.entries.map(\.location.path) + journal.tasks.map(\.location.path)
        takenIdentifiers = DenoteName.identifiers(ofPaths: paths)
    }

    /// Stamps the next note made with `stamp`, or the first second after it whose identifier no note has; the one it
    /// gives is then taken.
    public mutating func stamp(_ stamp: DenoteStamp) {
        var free = stamp
        while takenIdentifiers.contains(free.identifier) { free = free.next() }
        takenIdentifiers.insert(free.identifier)
        created = free
    }

    /// The file name (without `.md`) of a new note for `name`: the name itself, without the characters a file or
    /// an Obsidian link cannot hold, or kizuna's id for it; Denote's name, with `tags` among its keywords, where the
    /// journal's people have such names.
    public func stem(for name: String, tags: [String] = []) -> String {
        if let denoteKeyword, let created {
            return created.identifier + "--" + NewNotes.id(for: name) + "__"
                + DenoteName.keywords([denoteKeyword] + tags).joined(separator: "_")
        }
        let words = name.split(whereSeparator: \.isWhitespace)
        if let kanjiJoiner, prefix.isEmpty, !words.isEmpty, words.allSatisfy(PersonName.isKanjiOrKana) {
            return words.joined(separator: kanjiJoiner)
        }
        guard byName else { return prefix + NewNotes.id(for: name) }
        let kept = name.unicodeScalars.filter { !"/\\:*?\"<>|#^[]".unicodeScalars.contains($0) && $0.value >= 0x20 }
        let stem = String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(
            separator: joiner)
        return stem.hasPrefix(".") || stem.isEmpty ? NewNotes.id(for: name) : stem
    }

    /// Where the note named `stem` goes in `peopleDir`: in a folder of its own, named by its id, when people have one;
    /// that folder's page, in a folder named `stem`, when people's notes are such pages.
    public func path(stem: String, peopleDir: String) -> String {
        if let folder { return (folder.isEmpty ? "" : folder + "/") + stem + ".md" }
        if ownFolder, let page { return peopleDir + "/" + stem + "/" + page }
        let folder = ownFolder ? "/" + NewNotes.id(for: stem) : ""
        return peopleDir + folder + "/" + stem + ".md"
    }
}
