extension JournalResolver.Directory {
    /// The folder a person's note makes their own: the folder it is the page of (`People/Ken/README.md`), or the
    /// folder named as they are that holds it (`People/ken-ito/Ken Ito.md`). Nil for a note that stands among
    /// others' (`people/ken.md`): the people folder (`peopleDir`) is no one's.
    static func ownFolder(path notePath: String, stem noteStem: String, peopleDir: String) -> String? {
        // Read in the strings' own bytes: a person's path is asked once a run, and most are in Japanese.
        notePath.withUTF8Bytes { path -> String? in
            guard let slash = path.lastIndex(of: UInt8(ascii: "/")),
                !peopleDir.withUTF8Bytes({ path[..<slash].elementsEqual($0) })
            else { return nil }
            let start = path[..<slash].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
            let folder = path[start..<slash]
            let owns = noteStem.withUTF8Bytes { stem -> Bool in
                // A name that opens with two ASCII bytes, the first a letter or digit, has an id that opens with
                // that letter lowered: a folder that does not is no one's, with no id worked out.
                guard let first = folder.first, let initial = stem.first else { return false }
                let lower = initial.asciiLowered
                let plain =
                    (initial.isASCIILetter || initial >= 0x30 && initial <= 0x39)
                    && stem.dropFirst().first.map { $0 < 0x80 } ?? true
                if plain, first != initial, first != lower { return false }
                return folder.elementsEqual(stem)
                    || NewNotes.id(for: noteStem).withUTF8Bytes { folder.elementsEqual($0) }
            }
            return owns ? String(decoding: UnsafeBufferPointer(rebasing: path[..<slash]), as: UTF8.self) : nil
        }
    }

    /// The folders that are people's own, among the notes read as people (`candidates`, positions in `notes`), and
    /// those candidates that stand in another's own folder (a page beside Ken's `README.md`): they are no one.
    static func ownedFolders(
        _ candidates: [Int], in notes: UnsafeBufferPointer<ParsedNote>, peopleDir: String
    ) -> (
        owned: Set<String>, inOthers: Set<Int>
    ) {
        var owned: Set<String> = []
        var owns: [Int: String] = [:]
        for i in candidates {
            if let folder = ownFolder(path: notes[i].path, stem: notes[i].stem, peopleDir: peopleDir) {
                owned.insert(folder)
                owns[i] = folder
            }
        }
        guard !owned.isEmpty else { return ([], []) }
        let inOthers = candidates.filter { i in
            owns[i] == nil && ancestors(of: notes[i].path).contains { owned.contains($0) }
        }
        return (owned, Set(inOthers))
    }

    /// The folders above `path`, nearest first.
    static func ancestors(of path: String) -> [String] {
        // The parts that are not empty, as `split(separator: "/")` gives them, found on the bytes.
        var parts: [Substring] = []
        let u = path.utf8
        var start = u.startIndex
        for i in u.indices where u[i] == UInt8(ascii: "/") {
            if i > start { parts.append(path[start..<i]) }
            start = u.index(after: i)
        }
        if start < u.endIndex { parts.append(path[start...]) }
        return (0..<max(parts.count - 1, 0)).reversed().map { parts[...$0].joined(separator: "/") }
    }

    /// The person whose own folder holds the note at `path` (the nearest such folder); nil when none does.
    func folderOwner(of path: String) -> Int? {
        guard !folderOwners.isEmpty else { return nil }
        for folder in Self.ancestors(of: path) {
            if let p = folderOwners[folder] { return p }
        }
        return nil
    }
}
