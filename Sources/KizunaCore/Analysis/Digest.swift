import Dispatch

/// Everything the digest says for one date: a value, rendered to markdown or JSON.
public struct Digest: Sendable {
    /// A person as the digest shows them: their place in `journal.people` (people compare in that order, the order
    /// of their ids), id, name and note.
    public struct Who: Sendable, Hashable, Comparable {
        public let index: Int
        public let id: String
        public let name: String
        public let path: String

        public static func < (a: Who, b: Who) -> Bool { a.index < b.index }

        /// Person `p` of the journal. The three fields are read in place: a copy of the person (or of the journal)
        /// retains every string it holds. The journal is borrowed: an initializer takes its arguments as its own,
        /// which made a copy of the journal for every person shown.
        init(p: Int, in journal: borrowing Journal) {
            index = p
            id = journal.people[p].id
            name = journal.people[p].name
            path = journal.people[p].path
        }
    }

    public struct ReachOut: Sendable {
        public var person: Who
        public var circle: String
        public var cadenceDays: Int
        public var purpose: String?
        public var lastTouch: Day?
        public var daysSince: Int?
        public var due: Day
        public var urgency: Double
        public var suggestion: Suggestion
    }

    /// One concrete, small step for reaching out.
    public enum Suggestion: Sendable, Equatable {
        case task(String, due: Day?)
        case birthday(Day)
        case lastTopic(String)
        case firstFollowUp(String?)
        case hello
    }

    public struct FollowUp: Sendable {
        public var person: Who
        public var firstTouch: Day
        public var followUpBy: Day
        public var late: Bool
    }

    public enum TaskStatus: String, Sendable { case overdue, dueSoon = "due_soon", stale }

    public struct NextStep: Sendable {
        public var task: TaskItem
        public var status: TaskStatus
        /// The task's people.
        public var people: [Who]
    }

    public struct GiveBalance: Sendable {
        public var person: Who
        public var asks: Int
        public var gives: Int
    }

    public struct Pace: Sendable {
        public var person: Who
        public var touches14: Int
        public var cadenceDays: Int
    }

    public struct Introduction: Sendable {
        public var a: Who
        public var b: Who
        /// Shared tags and communities as the first person writes them.
        public var shared: [String]
    }

    public struct WarmPath: Sendable {
        public var target: Who
        /// From the first person after you to the target; nil when there is no chain.
        public var path: [Who]?
        /// The target's communities, where a way in may be found when there is no chain.
        public var communities: [String]
    }

    public struct BirthdayItem: Sendable {
        public var person: Who
        public var date: Day
        public var inDays: Int
    }

    public struct Stats: Sendable {
        public var people = 0
        public var byStatus: [PersonStatus: Int] = [:]
        public var inPlay = 0
        public var touched30 = 0
        public var touched90 = 0
        public var due = 0
        public var noHistory = 0
        public var openTasks = 0
        public var entries = 0
    }

    public var date: Day
    public var journal: Journal
    public var reachOut: [ReachOut] = []
    public var alsoOverdue: [ReachOut] = []
    public var followUp: [FollowUp] = []
    public var nextSteps: [NextStep] = []
    public var giveBalance: [GiveBalance] = []
    public var pace: [Pace] = []
    public var missingPurpose: [Who] = []
    public var introductions: [Introduction] = []
    public var warmPaths: [WarmPath] = []
    public var birthdays: [BirthdayItem] = []
    public var upcoming: [Plan] = []
    /// The birthdays and plans together, in the order they come.
    public var comingUp: [ComingUp] = []
    public var stats = Stats()
    /// The notes' mistakes as shown: past `DiagnosticLimit.perKind` of one kind in one note, a line counts the rest.
    public var notesToFix: [Diagnostic] = []

    /// Works out every section for `date`: a complete value. The graph is built on one core while the timeline and
    /// the next steps (which read only the open tasks) are worked out on the other; then introductions and warm
    /// paths, which search the graph, on one core, and the other sections on the other. A caller that has already
    /// limited the journal's diagnostics for showing (`DiagnosticLimit.shown`) hands them in as `notesToFix`.
    public init(journal: Journal, date: Day, notesToFix: [Diagnostic]? = nil) {
        self.date = date
        self.journal = journal
        // Each part below is a pure function of what came before it.
        // The graph first: on a journal of many meetings it takes longest, on one of many people the timeline and
        // the next steps do, and the core that ends first takes the next steps.
        var (graph, timeline, nextSteps) = inParallel(
            { RelationshipGraph(journal: journal, date: date) }, { Timeline(journal: journal, date: date) },
            { Digest.nextSteps(journal, on: date) })
        graph.addYours(timeline)
        let analysis = Analysis(timeline: timeline, graph: graph)
        let ((introductions, warmPaths), sections) = inParallel(
            { (analysis.introductions(limit: 5), analysis.warmPaths()) },
            { Digest.sections(analysis, dailyLimit: journal.config.dailyLimit, notesToFix: notesToFix) })
        self = sections
        self.introductions = introductions
        self.warmPaths = warmPaths
        self.nextSteps = nextSteps
    }

    /// Every section but introductions, warm paths and next steps.
    private static func sections(_ analysis: Analysis, dailyLimit: Int, notesToFix: [Diagnostic]?) -> Digest {
        var digest = Digest(date: analysis.date, journal: analysis.journal)
        let due = analysis.reachOut()
        digest.reachOut = Array(due.prefix(dailyLimit))
        digest.alsoOverdue = Array(due.dropFirst(dailyLimit))
        digest.followUp = analysis.followUps()
        digest.giveBalance = analysis.giveBalance()
        digest.pace = analysis.pace()
        digest.missingPurpose = analysis.missingPurpose()
        digest.birthdays = analysis.birthdays()
        digest.upcoming = analysis.upcoming()
        digest.comingUp = comingUp(birthdays: digest.birthdays, plans: digest.upcoming)
        digest.stats = analysis.stats(due: due.count)
        digest.notesToFix = notesToFix ?? DiagnosticLimit.shown(analysis.journal.diagnostics)
        return digest
    }

    private init(date: Day, journal: Journal) {
        self.date = date
        self.journal = journal
    }
}

/// The analyses behind the digest's sections, each a pure function of the timeline and graph.
struct Analysis {
    let timeline: Timeline
    let graph: RelationshipGraph
    /// The timeline's journal, held once: a computed property copied it, retaining its every table, at each use.
    let journal: Journal
    var date: Day { timeline.date }

    /// Person `p` as the digest shows them.
    func who(_ p: Int) -> Digest.Who { Digest.Who(p: p, in: journal) }

    init(timeline: Timeline, graph: RelationshipGraph) {
        self.timeline = timeline
        self.graph = graph
        journal = timeline.journal
    }
}
