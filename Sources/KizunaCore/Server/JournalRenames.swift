import Dispatch

/// How the editor's journal follows a change to who the people are or what they are called, without reading the
/// notes again.
extension JournalState {
    /// Resolves every note again after the people or their names changed. A link the parse matched by a name that
    /// now names someone else, or nobody, is found again: the notes holding such links are parsed anew. A change to
    /// the front matter of one person's note (`edited`) is worked into the directory instead, and only the notes
    /// it may touch are resolved again.
    func renamed(from old: JournalResolver.Directory, edited: Int? = nil) {
        if let edited, let index = suggestionIndex, resolved.count == parsed.count,
            let (new, changed) = old.updating(note: edited, in: parsed, config: config), old.owner == new.owner
        {
            renamedOne(edited, old: old, new: new, changed: changed, suggestions: index)
            return
        }
        let new = JournalResolver.Directory(parsed, config: config, linkTargets: linkTargets)
        var newIndexOfId: [String: Int] = [:]
        for (p, person) in new.people.enumerated() { newIndexOfId[person.id] = p }
        let moved = old.people.map { newIndexOfId[$0.id] ?? -1 }
        let stale = old.index.peopleWithChangedNames(in: new.index) { moved[$0] < 0 ? nil : moved[$0] }
        let same = moved.elementsEqual(moved.indices)
        var stalePaths: [Int] = []
        for k in parsed.indices {
            if same {
                if parsed[k].namesAny(of: stale) { stalePaths.append(k) }
            } else if parsed[k].renumberPeople(moved, unlessAny: stale) {
                stalePaths.append(k)
            }
        }
        parseAgain(stalePaths, names: new.index.personKeys)
        resolveAll(new)
    }

    /// The positions of the notes that satisfy `include`, in order, looked through on all cores.
    private func notes(where include: (ParsedNote) -> Bool) -> [Int] {
        let slices = 16
        var found = [[Int]](repeating: [], count: slices)
        withoutActuallyEscaping(include) { include in
            found.withUnsafeMutableBufferPointer { buffer in
                parsed.withUnsafeBufferPointer { notes in
                    // Each note lent in place: a copy would retain and release every field.
                    let out = UnsafeSendable(buffer), test = UnsafeSendable(include), all = UnsafeSendable(notes)
                    DispatchQueue.concurrentPerform(iterations: slices) { s in
                        let range = (s * all.value.count / slices)..<((s + 1) * all.value.count / slices)
                        out.value[s] = range.filter { test.value(all.value[$0]) }
                    }
                }
            }
        }
        return found.flatMap { $0 }
    }

    /// Parses the notes `again` anew, with `names` at hand.
    private func parseAgain(_ again: [Int], names: PersonKeys) {
        let (paths, config) = (self.paths, self.config)
        let texts = again.map { self.text(of: paths[$0]) ?? [] }
        let notes = parallelMap(again.count) { j in
            NoteParser.parse(SourceFile(path: paths[again[j]], bytes: texts[j]), config: config, names: names)
        }
        for (j, k) in again.enumerated() { parsed[k] = notes[j] }
    }

    /// After the front matter of person note `edited` changed the `changed` keys (names it dropped or took):
    /// parses again the notes whose matched links a changed key may have matched, resolves again those and the
    /// notes with a link the person's names may match, and words again the warnings those names may now suggest.
    private func renamedOne(
        _ edited: Int, old: JournalResolver.Directory, new: JournalResolver.Directory, changed: Set<String>,
        suggestions: SuggestionIndex
    ) {
        // The person's names before and after, in full: a new name changes their label wherever it is shown.
        let p = old.index.personByPath[paths[edited]]!
        var keys = Set<String>()
        for person in [old.people[p], new.people[p]] {
            for name in [person.id, person.name] + person.aliases { keys.insert(Normalize.key(name)) }
        }
        let names = keys.map { Array($0.unicodeScalars) }
        var near: [String: Bool] = [:]
        /// Whether the closest names to `key` may be others now: one of the names is near enough to be among them.
        func nearby(_ key: String) -> Bool {
            if let known = near[key] { return known }
            let k = Array(new.index.comparedKey(key).unicodeScalars)
            let limit = NameIndex.suggestionLimit(k.count)
            // A name with an honorific suggests the names it starts or ends (`NameIndex.calledByBareName`).
            let bare = Honorifics.stripped(key).map { Array($0.unicodeScalars) }
            let found = names.contains { name in
                abs(name.count - k.count) <= limit && Normalize.distance(k, name, limit: limit) <= limit
                    || bare.map { Honorifics.calls(name, by: $0) } == true
            }
            near[key] = found
            return found
        }
        // Built on the other core from the start: a link by a name the person no longer has needs it.
        let index = SuggestionIndex(new, remembering: suggestions, renamed: p, near: nearby)
        index.start()
        // People a changed key named alone, and names otherwise now: links matched by it are matched again.
        var stale = Set<Int>()
        for k in changed {
            let before = old.index.lookup(k)
            if before.count == 1, new.index.lookup(k) != before { stale.insert(before[0]) }
        }
        var marked = [Bool](repeating: false, count: new.people.count)
        for p in stale { marked[p] = true }
        let stalePaths = stale.isEmpty ? [] : notes { $0.namesAny(ofMarked: marked) }
        parseAgain(stalePaths, names: new.index.personKeys)
        let linkKeys = ParsedNote.KeySet(keys)
        let again = Set(stalePaths + [edited] + notes { $0.hasUnmatchedLink(keyIn: linkKeys) })
        directory = new
        suggestionIndex = index
        var toDiagnose = again
        for k in again { setResolved(JournalResolver.resolveNote(parsed[k], index: k, directory: new), at: k) }
        for k in resolved.indices
        where !toDiagnose.contains(k) && resolved[k].unresolved.contains(where: { nearby($0.key) }) {
            toDiagnose.insert(k)
        }
        // Front matter's links that name nobody (`knows: [[Persn 4]]`) suggest names too.
        for u in new.unresolved where nearby(u.key) { if let k = position[u.location.path] { toDiagnose.insert(k) } }
        // Notes whose front matter the directory now reads otherwise.
        for path in JournalState.pathsWithOtherFindings(old, new) { if let k = position[path] { toDiagnose.insert(k) } }
        for k in toDiagnose {
            diagnose(k, resolved: resolved[k])
            diagnosedSince.insert(paths[k])
        }
        peopleSince = true
        built = nil
    }

    /// The paths whose front matter findings differ between two directories.
    private static func pathsWithOtherFindings(_ a: JournalResolver.Directory, _ b: JournalResolver.Directory)
        -> Set<String>
    {
        func findings(_ d: JournalResolver.Directory) -> [String: ([Diagnostic], [String])] {
            var out: [String: ([Diagnostic], [String])] = [:]
            for x in d.diagnostics { out[x.location.path, default: ([], [])].0.append(x) }
            for u in d.unresolved {
                out[u.location.path, default: ([], [])].1.append("\(u.location) \(u.key) \(u.target)")
            }
            return out
        }
        let (x, y) = (findings(a), findings(b))
        return Set(x.keys).union(y.keys).filter { x[$0]?.0 != y[$0]?.0 || x[$0]?.1 != y[$0]?.1 }
    }

    /// Puts a note that is no one's among the notes without resolving the others again: the directory learns its
    /// name, and only the notes with a link that named nothing by that name are resolved again.
    func added(_ note: ParsedNote) {
        let i = paths.firstIndex { utf8Precedes(note.path, $0) } ?? paths.count
        setNotes(adding: note)
        resolved.insert(JournalResolver.Resolved(), at: i)
        changedSince = Dictionary(
            uniqueKeysWithValues: changedSince.map { ($0.key >= i ? $0.key + 1 : $0.key, $0.value) })
        var d = directory!
        d.isPersonNote.insert(false, at: i)
        // The notes are kept in path order, so each one's rank is its place.
        d.pathRank = Array(paths.indices)
        d.personNotes = d.personNotes.map { $0 >= i ? $0 + 1 : $0 }
        let key = Normalize.key(note.stem)
        d.index.noteKeys.insert(NameKey(key))
        if note.stem.holdsByte(UInt8(ascii: "_")) { d.index.underscoredStems[NameKey(key)] = underscoredStem(key) }
        // Front matter that named nothing by that name now names the note.
        let freed = Set(d.unresolved.filter { $0.key == key }.map(\.location.path))
        d.unresolved.removeAll { $0.key == key }
        directory = d
        if gathered != nil {
            changedSince[i] = JournalResolver.Resolved()
            addedSince.insert(note.path)
        }
        /// Whether an unmatched link may name the note now: by its key, or written with `.md`.
        func mayName(_ u: NameIndex.Unresolved) -> Bool {
            u.key == key || [".md", ".markdown"].contains { u.target.lowercased().hasSuffix($0) }
        }
        let again = resolved.indices.filter { $0 == i || resolved[$0].unresolved.contains(where: mayName) }
        for k in again { setResolved(JournalResolver.resolveNote(parsed[k], index: k, directory: d), at: k) }
        for k in again { diagnose(k, resolved: resolved[k]) }
        for path in freed {
            guard let k = position[path] else { continue }
            diagnose(k, resolved: resolved[k])
            diagnosedSince.insert(path)
        }
        built = nil
    }

    /// The name with `_` of the last note in path order whose name's key is `key`, as a full read keeps it
    /// (`NameIndex.underscoredStems`).
    private func underscoredStem(_ key: String) -> String? {
        parsed.last { $0.stem.holdsByte(UInt8(ascii: "_")) && Normalize.key($0.stem) == key }?.stem
    }

    /// Takes note `i`, no one's, out of the notes without resolving the others again, unless a person's front
    /// matter may name it or it has aliases or is a folder's own page (then nothing is done and false is returned).
    /// When no other note has its name, the notes with a link that named it are resolved again.
    func removed(_ i: Int) -> Bool {
        guard var d = directory, suggestionIndex != nil, resolved.count == parsed.count, !parsed[i].isPerson,
            !d.isPersonNote[i], parsed[i].noteAliases.isEmpty,
            NoteName.fileName(ofPath: parsed[i].path, goingBy: parsed[i].stem) == nil
        else { return false }
        let key = Normalize.key(parsed[i].stem)
        let keys = ParsedNote.KeySet([key])
        let stillNamed = !notes {
            $0.path != self.parsed[i].path
                && (Normalize.key($0.stem) == key || $0.hasAlias(key: key)
                    || NoteName.fileName(ofPath: $0.path, goingBy: $0.stem).map(Normalize.key) == key)
        }.isEmpty
        if !stillNamed {
            func names(_ refs: [PersonRef]) -> Bool {
                refs.contains { keys.contains(Normalize.key($0.text)) || keys.contains(fallback: $0.text) }
            }
            // Each note read in place: a copy would retain every field of its front matter.
            let refs = parsed.withUnsafeBufferPointer { notes in
                d.personNotes.contains { n in
                    names(notes[n].fields?.introducedBy ?? []) || names(notes[n].fields?.knows ?? [])
                }
            }
            if refs { return false }
        }
        takeOutOfGathered(i)
        let path = paths[i]
        setNotes(removing: i)
        resolved.remove(at: i)
        changedSince = Dictionary(
            uniqueKeysWithValues: changedSince.compactMap { k, v in k == i ? nil : (k > i ? k - 1 : k, v) })
        d.isPersonNote.remove(at: i)
        d.pathRank = Array(paths.indices)
        d.personNotes = d.personNotes.map { $0 > i ? $0 - 1 : $0 }
        if !stillNamed { d.index.noteKeys.remove(NameKey(key)) }
        if d.index.underscoredStems[NameKey(key)] != nil {
            d.index.underscoredStems[NameKey(key)] = underscoredStem(key)
        }
        directory = d
        diagnostics[path] = nil
        let again = stillNamed ? [] : notes { $0.hasUnmatchedLink(keyIn: keys) }
        for k in again {
            setResolved(JournalResolver.resolveNote(parsed[k], index: k, directory: d), at: k)
            diagnose(k, resolved: resolved[k])
        }
        built = nil
        return true
    }

    /// Takes note `i`'s entries, tasks and diagnostics out of the journal last gathered, and the note from its count.
    private func takeOutOfGathered(_ i: Int) {
        guard var journal = gathered else { return }
        gathered = nil
        built = nil
        // Where the note stands in it: the notes before it as they were when it was gathered.
        var storedEntries = 0, firstTask = 0
        for k in 0..<i {
            let then = changedSince[k] ?? resolved[k]
            if !then.entries.isEmpty { storedEntries += 1 }
            firstTask += then.tasks.count
        }
        let then = changedSince[i] ?? resolved[i]
        journal.entries = journal.entries.replacingNote(at: storedEntries, had: !then.entries.isEmpty, with: [])
        journal.tasks.removeSubrange(firstTask..<(firstTask + then.tasks.count))
        journal.diagnostics.replace(of: paths[i], with: [])
        // A note added since the journal was gathered is not in it.
        if addedSince.remove(paths[i]) == nil, then.wasRead { journal.noteCount -= 1 }
        gathered = journal
    }
}
