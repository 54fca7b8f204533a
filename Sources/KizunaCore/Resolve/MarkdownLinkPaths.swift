extension NameIndex {
    /// The person a markdown link's path (resolved from its note's folder) names: the one whose note is there, else,
    /// in a vault set to write markdown links, one Obsidian finds otherwise (`markdownLinkPerson`).
    func person(atLinkPath path: String, in note: String) -> Int? {
        personByPath[path] ?? (shortLinks.isEmpty ? nil : markdownLinkPerson(path, in: note))
    }

    /// The person a markdown link names that no note stands at relative to its note (`path`, resolved from `note`'s
    /// folder), as Obsidian finds one: written from the vault's root (`[Ken](People/Ken%20Ito.md)`), or by the file's
    /// name alone where one note has it (`[Ken](Ken%20Ito.md)`, its "shortest" links).
    func markdownLinkPerson(_ path: String, in note: String) -> Int? {
        if let slash = note.lastIndex(of: "/"), path.hasPrefix(note[...slash]),
            let p = personByPath[String(path.dropFirst(note.distance(from: note.startIndex, to: slash) + 1))]
        {
            return p
        }
        return shortLinks[NameIndex.fileName(path)]
    }

    /// A path's last part: its file's name.
    static func fileName(_ path: String) -> String { path.lastPathPart.map(String.init) ?? path }
}

extension JournalResolver.Directory {
    /// Each person by their note's file name (`Ken Ito.md`), where no other note of the journal has that name.
    static func shortLinks(of personNotes: [Int], in notes: UnsafeBufferPointer<ParsedNote>) -> [String: Int] {
        let fileName = NameIndex.fileName
        var byName: [String: Int] = [:]
        for (p, n) in personNotes.enumerated() {
            let name = fileName(notes[n].path)
            byName[name] = byName[name] == nil ? p : -1
        }
        let personNote = Set(personNotes)
        for i in notes.indices where !personNote.contains(i) && !notes[i].path.isEmpty {
            let name = fileName(notes[i].path)
            if byName[name] != nil { byName[name] = -1 }
        }
        return byName.filter { $0.value >= 0 }
    }
}
