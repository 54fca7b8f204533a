extension JournalResolver {
    /// How many notes must name one person who has no note before `check` asks whether they are the owner.
    static let ownerHintNotes = 5

    /// When kizuna.yaml names no owner and the journal has people, a warning at kizuna.yaml that says how to make the
    /// one most likely the owner so: a person with a note who takes part in most meeting notes (`ownerWithANote`),
    /// else a name that no note has standing among those who take part in `ownerHintNotes` notes or more, or in
    /// every one of two meeting notes or more (as a vault's owner stands in every meeting's `people:`), the one most
    /// notes give. A path or a file's name (a missing attachment, `clip.mp4`) is no one's, and a link outside
    /// entries (an index's `[[MOC - Projects]]`) names no one who took part. `meetings`: each meeting note's people,
    /// by number.
    static func ownerHint(_ lists: [[NameIndex.Unresolved]], config: Config, people: [Person], meetings: [[Int]])
        -> Diagnostic?
    {
        guard config.owner == nil, !people.isEmpty else { return nil }
        return ownerWithANote(people, meetings: meetings) ?? unknownOwnerHint(lists, meetings: meetings.count)
    }

    /// The name with no note most notes give, when `ownerHint` asks about one and no person with a note is asked
    /// about.
    private static func unknownOwnerHint(_ lists: [[NameIndex.Unresolved]], meetings: Int) -> Diagnostic? {
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

    /// How many meeting notes a journal must have before `check` asks whether a person with a note is its owner.
    static let ownerHintMeetings = 3

    /// How many other people the owner must have met in the meeting notes: one who takes part in every meeting of a
    /// few with the same people (a series of 1:1s with them, a team's weekly) is no more the owner than the others.
    static let ownerHintCompany = 3

    /// A warning at kizuna.yaml for the person with a note who takes part in more than half of `ownerHintMeetings`
    /// meeting notes or more (each note's people, by number), more than anyone else, alongside `ownerHintCompany`
    /// other people or more, as a vault's owner stands in every meeting they keep notes of.
    static func ownerWithANote(_ people: [Person], meetings: [[Int]]) -> Diagnostic? {
        guard meetings.count >= ownerHintMeetings else { return nil }
        var count = [Int](repeating: 0, count: people.count)
        // The last meeting each person was counted in: one named twice in a meeting counts once.
        var counted = [Int](repeating: -1, count: people.count)
        for (m, meeting) in meetings.enumerated() {
            for p in meeting where p >= 0 && p < people.count && counted[p] != m {
                counted[p] = m
                count[p] += 1
            }
        }
        let ranked = count.indices.sorted { (count[$0], $1) > (count[$1], $0) }
        guard let top = ranked.first, count[top] * 2 > meetings.count,
            ranked.count < 2 || count[ranked[1]] < count[top]
        else { return nil }
        let company = Set(meetings.filter { $0.contains(top) }.joined()).subtracting([top])
        guard company.count >= ownerHintCompany else { return nil }
        let (id, n, m) = (people[top].id, count[top], meetings.count)
        return Diagnostic(
            .warning,
            Message(
                "'\(id)' takes part in \(n) of \(m) meeting notes: if that is you, write owner: \(id) in kizuna.yaml",
                ja: "'\(id)' は \(m) 件の会議メモのうち \(n) 件に出ています。あなたのことなら kizuna.yaml に owner: \(id) "
                    + "と書いてください"),
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
