/// What a contact adds to a note that already describes the person: only what the note lacks, one line each.
enum ContactMerge {
    /// The note with what it lacks added, the names of what was added, and the values that differ.
    static func merge(_ c: Contact, into note: [UInt8], path: String, config: Config) -> (
        [UInt8], [String], [Diagnostic]
    ) {
        let fields =
            NoteParser.parse(SourceFile(path: path, bytes: note), config: config, body: false).fields ?? PersonFields()
        var bytes = note, added: [String] = [], conflicts: [Diagnostic] = []
        func conflict(_ what: String, here: String, there: String) {
            conflicts.append(
                Diagnostic(
                    .warning,
                    Message(
                        "\(path): \(what) is '\(here)' here but '\(there)' in \(c.source.path):\(c.source.line); "
                            + "left as it is",
                        ja: "\(path): \(what) はメモでは「\(here)」、\(c.source.path):\(c.source.line) では「\(there)」です。"
                            + "メモのままにしました"
                    ),
                    at: c.source))
        }
        func set(_ key: String, _ value: String) {
            if let b = try? NoteEdit.settingFrontMatter(key, to: value, in: bytes) { bytes = b; added.append(key) }
        }
        if let birthday = c.birthday, let incoming = Birthday(birthday) {
            if let have = fields.birthday {
                if have.month != incoming.month || have.day != incoming.day
                    || (have.year != nil && incoming.year != nil && have.year != incoming.year)
                {
                    conflict("birthday", here: have.written, there: birthday)
                }
            } else {
                set("birthday", YAMLText.scalar(birthday))
            }
        }
        if fields.met == nil, let connected = c.connected { set("met", connected.description) }
        let missingAliases = c.nicknames.filter { n in
            Normalize.key(n) != Normalize.key(fields.name ?? "")
                && !fields.aliases.contains { Normalize.key($0) == Normalize.key(n) }
        }
        if !missingAliases.isEmpty {
            if fields.aliases.isEmpty {
                set("aliases", YAMLText.list(missingAliases))
            } else {
                conflict(
                    "aliases", here: fields.aliases.joined(separator: ", "), there: c.nicknames.joined(separator: ", "))
            }
        }
        let missingTags = c.categories.filter { t in !fields.tags.contains { Normalize.tag($0) == Normalize.tag(t) } }
        if !missingTags.isEmpty {
            // A `tags:` that only marks the note as a person's is kept, not written over.
            if fields.tags.isEmpty, !fields.writesTags {
                set("tags", YAMLText.list(missingTags))
            } else {
                conflict("tags", here: fields.tags.joined(separator: ", "), there: c.categories.joined(separator: ", "))
            }
        }
        addContact(c, fields: fields, bytes: &bytes, added: &added, conflict: conflict)
        return (bytes, added, conflicts)
    }

    /// Emails, phones, addresses, URLs, handles, organization, title and UID the note's `contact:` lacks.
    private static func addContact(
        _ c: Contact, fields: PersonFields, bytes: inout [UInt8], added: inout [String],
        conflict: (String, String, String) -> Void
    ) {
        var have = fields.contact
        func value(_ key: String) -> String? { have.first { $0.key.lowercased() == key }?.value }
        func holds(_ kind: ContactKind, _ v: String, _ fold: (String) -> String) -> Bool {
            have.contains { ContactKind(key: $0.key) == kind && fold($0.value) == fold(v) }
        }
        func add(_ key: String, _ v: String) {
            guard let b = try? NoteEdit.addingContactLine(key, YAMLText.scalar(v), in: bytes) else {
                conflict("contact", "written on one line", "\(key): \(v)")
                return
            }
            bytes = b
            have.append((key, v))
            added.append(key)
        }
        func free(_ base: String) -> String { Reach.freeKey(base) { value($0) != nil } }
        for e in c.emails where !holds(.email, e.value, { $0.lowercased() }) { add(free(e.key(.email)), e.value) }
        for p in c.phones where !holds(.phone, p.value, ContactMatcher.digits) { add(free(p.key(.phone)), p.value) }
        for a in c.addresses where !holds(.address, a.value, { $0 }) { add(free(a.key(.address)), a.value) }
        for u in c.urls where !holds(.url, u, { $0 }) { add(free("url"), u) }
        for h in c.handles where !have.contains(where: { $0.value == h.value }) { add(free(h.service), h.value) }
        for (key, v) in [("organization", c.organization), ("title", c.title), ("uid", c.uid)] {
            guard let v, !(key == "uid" && v.hasPrefix(ContactMatcher.ownUID)) else { continue }
            if let existing = value(key) {
                if existing != v, key != "uid" { conflict(key, existing, v) }
            } else {
                add(key, v)
            }
        }
    }
}
