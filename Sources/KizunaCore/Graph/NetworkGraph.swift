/// The network as a picture sees it: you and every person as nodes, and each connection of DIGEST.md as one edge
/// with what it is made of. A value built from a digest; the renderers in `Render/Graph*` only format it.
public struct NetworkGraph: Sendable {
    /// What an edge is made of.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case knows
        case introducedBy = "introduced_by"
        /// Both took part in the same entry (not `#note`, not `#intro`).
        case sharedEntry = "shared_entry"
        /// Both took part in an `#intro` entry: you introduced them.
        case introduction
        /// You touched them.
        case touch

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        /// The kind as a picture's tooltip says it in `language`; data (JSON, GraphML) keeps the raw value.
        public func word(in language: Language) -> String {
            switch self {
            case .knows: language == .ja ? "知り合い" : "knows"
            case .introducedBy: language == .ja ? "紹介で知り合った" : "introduced by"
            case .sharedEntry: language == .ja ? "同じエントリー" : "in the same entry"
            case .introduction: language == .ja ? "あなたが紹介" : "introduction"
            case .touch: language == .ja ? "接点" : "touch"
            }
        }
    }

    /// You or a person.
    public struct Node: Sendable, Equatable {
        public var id: String
        public var name: String
        public var circle: String?
        public var status: PersonStatus?
        public var lastTouch: Day?
        public var nextDue: Day?
        /// In the digest's reach-out list (or also overdue).
        public var due: Bool
        /// In play, not yet due, and more than `coolingShare` of the cadence has passed since the last touch.
        public var cooling: Bool
        public var isYou: Bool
        /// The note's path relative to the root; nil for you without a note.
        public var path: String?
    }

    /// An undirected edge between `nodes[a]` and `nodes[b]`, `a < b`.
    public struct Edge: Sendable, Equatable {
        public var a: Int
        public var b: Int
        /// Sorted.
        public var kinds: [Kind]
        /// How many pieces of evidence: entries shared, `knows` and `introduced_by` lines, your touches.
        public var strength: Int
        /// The latest entry behind it, if any.
        public var last: Day?
        /// On a warm path of the digest.
        public var warm: Bool
    }

    /// A person counts as cooling once this share of their cadence has passed since the last touch.
    public static let coolingShare = 0.75

    /// `nodes[0]` is you; the people follow by id.
    public var nodes: [Node]
    /// Sorted by `a`, then `b`.
    public var edges: [Edge]
    public var date: Day

    /// The whole network as of the digest's date.
    public init(digest: Digest) {
        let journal = digest.journal
        let timeline = Timeline(journal: journal, date: digest.date)
        let you = journal.owner
        // Person p is node p + 1, but the owner's note, which is you.
        func node(_ p: Int) -> Int { p == you ? 0 : p + 1 }
        var nodes = [NetworkGraph.youNode(journal)]
        let due = Set((digest.reachOut + digest.alsoOverdue).map(\.person.index))
        for (p, person) in journal.people.enumerated() {
            let history = timeline.histories[p]
            if p == you {
                nodes[0].id = person.id
                nodes[0].path = person.path
                continue
            }
            var n = Node(
                id: person.id, name: person.name, circle: person.circle, status: person.status,
                lastTouch: history.last, nextDue: nil, due: due.contains(p), cooling: false, isYou: false,
                path: person.path)
            if timeline.inPlay(p) {
                n.nextDue =
                    history.last.map { $0 + person.cadenceDays }
                    ?? person.met.map { $0 + max(1, journal.config.followUpWithinDays) }
                if let last = history.last, !n.due {
                    n.cooling = Double(digest.date - last) > NetworkGraph.coolingShare * Double(person.cadenceDays)
                }
            }
            nodes.append(n)
        }
        var evidence = EdgeEvidence()
        for (p, person) in journal.people.enumerated() {
            for q in person.knows { evidence.add(node(p), node(q), .knows, nil) }
            for q in person.introducedBy { evidence.add(node(p), node(q), .introducedBy, nil) }
        }
        for entry in journal.entries where entry.date <= digest.date && entry.isContact {
            let people = entry.participants
            let kind: Kind = entry.kinds.contains(.intro) ? .introduction : .sharedEntry
            for (i, p) in people.enumerated() {
                evidence.add(0, node(p), .touch, entry.date)
                for q in people[(i + 1)...] { evidence.add(node(p), node(q), kind, entry.date) }
            }
        }
        var warm = Set<[Int]>()
        for path in digest.warmPaths.compactMap(\.path) {
            for (a, b) in zip([0] + path.map { node($0.index) }, path.map { node($0.index) }) {
                warm.insert([min(a, b), max(a, b)])
            }
        }
        // A person whose note is called `you` keeps the id; you then go by `(you)`.
        if you == nil, journal.index(ofId: nodes[0].id) != nil { nodes[0].id = "(you)" }
        self.nodes = nodes
        self.edges = evidence.edges(warm: warm)
        self.date = digest.date
    }

    /// The node for you: the owner's name as `kizuna.yaml` gives it.
    private static func youNode(_ journal: Journal) -> Node {
        let name = journal.config.owner ?? (journal.config.language == .ja ? "あなた" : "you")
        return Node(
            id: "you", name: name, circle: nil, status: nil, lastTouch: nil, nextDue: nil, due: false,
            cooling: false, isYou: true, path: nil)
    }

    /// The same graph with only the nodes `keep` accepts (you always stay), renumbered in the same order.
    public func keeping(_ keep: (Int) -> Bool) -> NetworkGraph {
        var renumbered = [Int?](repeating: nil, count: nodes.count)
        var copy = self
        copy.nodes = []
        for i in nodes.indices where i == 0 || keep(i) {
            renumbered[i] = copy.nodes.count
            copy.nodes.append(nodes[i])
        }
        copy.edges = edges.compactMap { e in
            guard let a = renumbered[e.a], let b = renumbered[e.b] else { return nil }
            var kept = e
            (kept.a, kept.b) = (a, b)
            return kept
        }
        return copy
    }

    /// The people within `depth` steps of `center` through connections between people (you are not a step).
    public func around(_ center: Int, depth: Int) -> NetworkGraph {
        var neighbours = [[Int]](repeating: [], count: nodes.count)
        for e in edges where e.a != 0 {
            neighbours[e.a].append(e.b)
            neighbours[e.b].append(e.a)
        }
        var distance = [Int?](repeating: nil, count: nodes.count)
        distance[center] = 0
        var frontier = [center]
        for step in 0..<max(0, depth) {
            frontier = frontier.flatMap { neighbours[$0] }.filter { v in
                guard distance[v] == nil else { return false }
                distance[v] = step + 1
                return true
            }
        }
        return keeping { distance[$0] != nil }
    }

    /// The people of one circle.
    public func inCircle(_ circle: String) -> NetworkGraph {
        keeping { nodes[$0].circle == circle }
    }

    /// The node with this id.
    public func node(ofId id: String) -> Int? {
        nodes.firstIndex { $0.id == id }
    }
}

/// Edges gathered one piece of evidence at a time.
private struct EdgeEvidence {
    /// Each pair's evidence in flat arrays, found through `slot`, its kinds as bits: a dictionary of tuples holding a
    /// set of kinds each was slower (BENCHMARKS.md, eighth round).
    private var slot: [UInt64: Int32] = [:]
    private var pairs: [(a: Int32, b: Int32)] = []
    private var kinds: [UInt8] = []
    private var strength: [Int32] = []
    private var last: [Int32] = []

    private static let allKinds = NetworkGraph.Kind.allCases

    mutating func add(_ x: Int, _ y: Int, _ kind: NetworkGraph.Kind, _ day: Day?) {
        guard x != y else { return }
        let (a, b) = (min(x, y), max(x, y))
        let key = UInt64(a) << 32 | UInt64(b)
        let i: Int
        if let found = slot[key] {
            i = Int(found)
        } else {
            i = pairs.count
            slot[key] = Int32(i)
            pairs.append((Int32(a), Int32(b)))
            kinds.append(0)
            strength.append(0)
            last.append(Int32.min)
        }
        kinds[i] |= 1 << UInt8(EdgeEvidence.allKinds.firstIndex(of: kind)!)
        strength[i] += 1
        if let day { last[i] = max(last[i], Int32(clamping: day.ordinal)) }
    }

    func edges(warm: Set<[Int]>) -> [NetworkGraph.Edge] {
        pairs.indices.sorted { (pairs[$0].a, pairs[$0].b) < (pairs[$1].a, pairs[$1].b) }.map { i in
            let (a, b) = (Int(pairs[i].a), Int(pairs[i].b))
            let set = EdgeEvidence.allKinds.enumerated().filter { kinds[i] & (1 << UInt8($0.offset)) != 0 }.map(
                \.element)
            return NetworkGraph.Edge(
                a: a, b: b, kinds: set.sorted(), strength: Int(strength[i]),
                last: last[i] == Int32.min ? nil : Day(ordinal: Int(last[i])), warm: warm.contains([a, b]))
        }
    }
}
