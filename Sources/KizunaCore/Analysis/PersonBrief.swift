/// Where one person stands on a day: what `kizuna show` prints and the editor's hover shows.
public struct PersonBrief: Sendable {
    /// A dated entry with them: a touch, or a plan after the day.
    public struct Touch: Sendable {
        public var date: Day
        public var title: String
        /// English tag names of the entry's kinds.
        public var kinds: [String]
        public var location: SourceLocation
    }

    public var person: Int
    public var date: Day
    public var lastTouch: Day?
    public var daysSince: Int?
    /// The day they are due (last touch + cadence, or met + follow_up_within), for people in play.
    public var nextDue: Day?
    /// In the digest's reach-out list or also overdue.
    public var due: Bool
    public var touches: [Touch]
    public var plans: [Touch]
    public var openTasks: [TaskItem]
    public var asks365: Int
    public var gives365: Int
    /// People they know or who know them (`knows` either way), by id.
    public var knows: [Int]
    /// Everyone connected to them in the relationship graph, by id.
    public var connected: [Int]
    /// For a target: the warm path from you (first person after you to them); nil when none or not a target.
    public var warmPath: [Int]?

    /// The brief of person `p` from the day's digest.
    public init(_ p: Int, digest: Digest) {
        let journal = digest.journal, date = digest.date
        let timeline = Timeline(journal: journal, date: date)
        let history = timeline.histories[p], person = journal.people[p]
        self.person = p
        self.date = date
        lastTouch = history.last
        daysSince = history.last.map { date - $0 }
        if timeline.inPlay(p) {
            nextDue =
                history.last.map { $0 + person.cadenceDays }
                ?? person.met.map { $0 + max(1, journal.config.followUpWithinDays) }
        }
        due = (digest.reachOut + digest.alsoOverdue).contains { $0.person.index == p }
        touches = history.touches.map { PersonBrief.touch(journal.entries[$0]) }
        plans = history.plans.map { PersonBrief.touch(journal.entries[$0]) }
        openTasks = journal.tasks.filter { !$0.done && $0.people.contains(p) }
        asks365 = history.asks365
        gives365 = history.gives365
        let knownBy = journal.people.indices.filter { journal.people[$0].knows.contains(p) }
        knows = Array(Set(person.knows + knownBy)).filter { $0 != p }.sorted()
        let graph = RelationshipGraph(journal: journal, date: date)
        connected = graph.neighbours(of: p).map(\.to).filter { $0 != p }.sorted()
        warmPath = digest.warmPaths.first { $0.target.index == p }?.path?.map(\.index)
    }

    private static func touch(_ e: Entry) -> Touch {
        Touch(date: e.date, title: e.title, kinds: EntryKinds.englishNames(e.kinds), location: e.location)
    }
}

extension EntryKinds {
    /// The English tag names of `kinds`, in the order FORMAT.md lists them.
    static func englishNames(_ kinds: EntryKinds) -> [String] {
        let all: [(EntryKinds, String)] = [
            (.meet, "meet"), (.call, "call"), (.message, "message"), (.sns, "sns"), (.event, "event"), (.note, "note"),
            (.give, "give"), (.ask, "ask"), (.thanks, "thanks"), (.intro, "intro"),
        ]
        return all.filter { kinds.contains($0.0) }.map(\.1)
    }
}
