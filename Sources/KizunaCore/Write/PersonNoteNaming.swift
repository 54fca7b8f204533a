/// How a journal names its people's notes, so that a note kizuna makes reads as the others do: by id
/// (`people/hanako-tanaka.md`, kizuna's own way), or by name as Obsidian vaults do (`People/Hanako Tanaka.md`, which
/// Obsidian's `[[Hanako Tanaka]]` opens), and each in a folder of its own when most people have one
/// (`People/hanako-tanaka/Hanako Tanaka.md`).
public struct PersonNoteNaming: Sendable, Equatable {
    public var byName = false
    public var ownFolder = false

    public init(byName: Bool = false, ownFolder: Bool = false) {
        self.byName = byName
        self.ownFolder = ownFolder
    }

    /// The way most of the journal's person notes are named; kizuna's own when they are as many, or there are none.
    public init(_ journal: Journal) {
        var named = 0, slugged = 0, folders = 0, counted = 0
        for (p, person) in journal.people.enumerated() where p != journal.owner {
            let slug = NewNotes.id(for: person.name)
            if person.id == person.name, person.id != slug { named += 1 }
            if person.id == slug, person.id != person.name { slugged += 1 }
            let folder = person.path.split(separator: "/").dropLast().last.map(String.init)
            if person.path.hasPrefix(journal.config.peopleDir + "/"), let folder,
                folder == person.id || folder == NewNotes.id(for: person.id)
            {
                folders += 1
            }
            counted += 1
        }
        self.init(byName: named > slugged, ownFolder: counted > 0 && folders * 2 > counted)
    }

    /// The file name (without `.md`) of a new note for `name`: the name itself, without the characters a file or
    /// an Obsidian link cannot hold, or kizuna's id for it.
    public func stem(for name: String) -> String {
        guard byName else { return NewNotes.id(for: name) }
        let kept = name.unicodeScalars.filter { !"/\\:*?\"<>|#^[]".unicodeScalars.contains($0) && $0.value >= 0x20 }
        let stem = String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return stem.hasPrefix(".") || stem.isEmpty ? NewNotes.id(for: name) : stem
    }

    /// Where the note named `stem` goes in `peopleDir`: in a folder of its own, named by its id, when people have one.
    public func path(stem: String, peopleDir: String) -> String {
        let folder = ownFolder ? "/" + NewNotes.id(for: stem) : ""
        return peopleDir + folder + "/" + stem + ".md"
    }
}
