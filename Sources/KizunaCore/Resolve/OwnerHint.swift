extension JournalResolver {
    /// How many notes must name one person who has no note before `check` asks whether they are the owner.
    static let ownerHintNotes = 5

    /// When kizuna.yaml names no owner and some name that no note has stands in `ownerHintNotes` notes or more (as a
    /// vault's owner stands in every meeting's `people:`), a warning at kizuna.yaml that says how to make them the
    /// owner, for the name most notes give.
    static func ownerHint(_ lists: [[NameIndex.Unresolved]], config: Config) -> Diagnostic? {
        guard config.owner == nil else { return nil }
        var notes: [String: (target: String, paths: Set<String>)] = [:]
        for list in lists {
            for u in list { notes[u.key, default: (u.target, [])].paths.insert(u.location.path) }
        }
        guard let (_, top) = notes.max(by: { ($0.value.paths.count, $1.key) < ($1.value.paths.count, $0.key) }),
            top.paths.count >= ownerHintNotes
        else { return nil }
        let (name, count) = (top.target, top.paths.count)
        return Diagnostic(
            .warning,
            Message(
                "'\(name)' is named in \(count) notes and has no note: if that is you, write owner: \(name) in "
                    + "kizuna.yaml; if not, make a note for them (kizuna add \"\(name)\")",
                ja: "'\(name)' は \(count) 個のメモに出てきますが、メモがありません。あなたのことなら kizuna.yaml に "
                    + "owner: \(name) と書き、そうでなければメモを作ってください(kizuna add \"\(name)\")"),
            at: SourceLocation(path: Config.fileName, line: 1, column: 1))
    }
}
