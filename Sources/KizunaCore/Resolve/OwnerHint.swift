extension JournalResolver {
    /// How many notes must name one person who has no note before `check` asks whether they are the owner.
    static let ownerHintNotes = 5

    /// When kizuna.yaml names no owner, the journal has people, and some name that no note has stands among those
    /// who take part in `ownerHintNotes` notes or more, or in every one of two meeting notes or more (as a vault's
    /// owner stands in every meeting's `people:`), a warning at kizuna.yaml that says how to make them the owner,
    /// for the name most notes give. A path or a file's name (a missing attachment, `clip.mp4`) is no one's, and a
    /// link outside entries (an index's `[[MOC - Projects]]`) names no one who took part. `meetings` counts the
    /// journal's meeting notes.
    static func ownerHint(_ lists: [[NameIndex.Unresolved]], config: Config, people: Int, meetings: Int)
        -> Diagnostic?
    {
        guard config.owner == nil, people > 0 else { return nil }
        var notes: [String: (target: String, paths: Set<String>, meetings: Set<String>)] = [:]
        for list in lists {
            for u in list where !u.outsideEntries && !namesAFile(u.target) {
                notes[u.key, default: (u.target, [], [])].paths.insert(u.location.path)
                if u.inMeeting { notes[u.key]?.meetings.insert(u.location.path) }
            }
        }
        guard let (_, top) = notes.max(by: { ($0.value.paths.count, $1.key) < ($1.value.paths.count, $0.key) }),
            top.paths.count >= ownerHintNotes || meetings >= 2 && top.meetings.count == meetings
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

    /// Whether a link's target is a path or a file's name with an extension (`a/b`, `clip.mp4`), not a name.
    static func namesAFile(_ target: String) -> Bool {
        if target.contains("/") { return true }
        guard let dot = target.lastIndex(of: ".") else { return false }
        let ext = target[target.index(after: dot)...]
        return (1...5).contains(ext.count) && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
