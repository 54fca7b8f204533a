import ArgumentParser
import KizunaCore

/// `kizuna graph`: the network as DOT, Mermaid, JSON or GraphML.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the relationship graph: you, every person, and who is connected to whom.",
        discussion: """
            Nodes are coloured by circle and dashed when due or cooling; warm paths are bold. \
            Example: kizuna graph --around Hanako | dot -Tpng > hanako.png
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid, json, graphml }

    @OptionGroup var options: JournalOption

    @Option(help: "Output format: dot, mermaid, json or graphml.")
    var format: Format = .dot

    @Option(help: ArgumentHelp("Keep only the people within --depth steps of this person.", valueName: "person"))
    var around: String?

    @Option(help: "Steps from --around (default 1).")
    var depth = 1

    @Option(help: ArgumentHelp("Keep only the people of this circle.", valueName: "circle"))
    var circle: String?

    @Option(help: ArgumentHelp("The day the graph is drawn for (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        _ = try commandDate(date)
    }

    func run() throws {
        let day = try commandDate(date)
        let (_, journal) = try readJournal(options)
        var graph = NetworkGraph(digest: KizunaCore.Digest(journal: journal, date: day))
        if let around {
            let p = try findPerson(around, in: journal)
            if let center = graph.node(ofId: journal.people[p].id) { graph = graph.around(center, depth: depth) }
        }
        if let circle { graph = graph.inCircle(journal.config.circle(named: circle) ?? circle) }
        keepUntilExit(journal)
        let text: String
        switch format {
        case .dot: text = GraphDOT(graph, config: journal.config).render()
        case .mermaid: text = GraphMermaid(graph, config: journal.config).render()
        case .graphml: text = GraphML(graph).render()
        case .json:
            // Written as it is made: the whole network of a large journal runs to tens of megabytes.
            let value = GraphJSON(graph).value
            try emit(to: out) { put in value.serialize(to: put) }
            return
        }
        try emit(text, to: out)
    }
}
