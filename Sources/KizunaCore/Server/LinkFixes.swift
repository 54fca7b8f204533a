import Foundation

/// The editor's fixes of a link: create the person it names, take a close name, or link one of the people it names.
extension LanguageServer {
    /// The fixes of a link that names nobody (create the person, or take a close name) or several people (link it to
    /// one of them).
    func linkFixes(_ link: FoundLink, uri: String) -> [(Message, [String: Any])] {
        guard let state else { return [] }
        let journal = state.journal
        func replacing(_ newText: String) -> [String: Any] {
            ["changes": [uri: [["range": link.targetRange, "newText": newText]]]]
        }
        switch state.people.find(link.target) {
        case .none:
            var fixes: [(Message, [String: Any])] = []
            // With an honorific (`[[花子さん]]`), the new person is named without it, and a replaced link keeps
            // showing it: `[[田中 花子|花子さん]]`.
            let bare = Honorifics.strippedText(link.target)
            let dendron = journal.config.dendron
            // A Dendron workspace keeps people as user notes in its vault: a link to one (`[[user.bo-chen]]`, the tag
            // `@bo-chen`) may make it, named by what follows `user.`; a link to any other note names no one to make.
            let user = dendron && link.target.hasPrefix("user.") ? String(link.target.dropFirst(5)) : nil
            if !dendron || user?.isEmpty == false, let create = createPersonEdit(user ?? bare ?? link.target, journal) {
                let name = user ?? bare ?? link.target
                let title = Message(
                    "Create a person note for \(name) (\(create.path))", ja: "\(name) の人物メモを作る(\(create.path))")
                fixes.append((title, create.edit))
            }
            for p in state.people.closest(to: link.target) {
                let name = journal.people[p].name
                let obsidian = bare != nil && link.bare ? name + "|" + link.target : name
                guard let newText = dendron ? LanguageServer.dendronFix(journal.people[p].id, for: link) : obsidian
                else { continue }
                fixes.append((Message("Replace with \(name)", ja: "\(name) に置き換える"), replacing(newText)))
            }
            return fixes
        case .many(let people):
            return choices(people).compactMap { label, target, _ in
                // A bare link keeps what it shows: [[達也]] becomes [[谷南 達也 (Globex 3)|達也]].
                let obsidian = link.bare ? target + "|" + link.target : target
                guard let newText = journal.config.dendron ? LanguageServer.dendronFix(target, for: link) : obsidian
                else { return nil }
                return (Message("Link to \(label)", ja: "\(label) へのリンクにする"), replacing(newText))
            }
        case .one: return []
        }
    }

    /// The edit that creates the note `kizuna add` would write for a person named `name`, unless it exists.
    private func createPersonEdit(_ name: String, _ journal: Journal) -> (path: String, edit: [String: Any])? {
        var naming = PersonNoteNaming(journal)
        // A Denote journal's new note is named by when it is made: none without a clock.
        if naming.denoteKeyword != nil {
            guard let stamp else { return nil }
            naming.stamp(stamp())
        }
        let id = naming.stem(for: name)
        let notePath = naming.path(stem: id.isEmpty ? "person" : id, peopleDir: journal.config.peopleDir)
        guard !id.isEmpty, journal.people.allSatisfy({ $0.path != notePath }),
            !NoteName.namesNoOne(id, path: notePath, folder: journal.config.peopleDir)
        else { return nil }
        let newURI = self.uri(of: notePath)
        var person = NewNotes.Person(name: name)
        person.marker = naming.marker
        person.denote = naming.denoteHead
        let edits: [[String: Any]] = [["range": LSPText.range(0, 0, 0, 0), "newText": NewNotes.personNote(person)]]
        return (
            notePath,
            [
                "documentChanges": [
                    ["kind": "create", "uri": newURI, "options": ["ignoreIfExists": true]],
                    ["textDocument": ["uri": newURI, "version": NSNull()] as [String: Any], "edits": edits],
                ] as [Any]
            ]
        )
    }
}
