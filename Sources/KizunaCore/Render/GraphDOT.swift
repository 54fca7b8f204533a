import Foundation

/// The network in Graphviz's DOT language: nodes coloured by circle, dashed when due or cooling, warm paths bold.
public struct GraphDOT: Sendable {
    public let graph: NetworkGraph
    public let config: Config
    /// A link for a note path (relative to the root), or nil for none.
    public let href: @Sendable (String) -> String?
    /// No background, for a picture that stands on a page of its own colours.
    public let transparent: Bool

    /// Prepares the renderer; `href` turns a note's path into the link its node carries.
    public init(
        _ graph: NetworkGraph, config: Config, transparent: Bool = false,
        href: @escaping @Sendable (String) -> String? = { $0 }
    ) {
        self.graph = graph
        self.config = config
        self.transparent = transparent
        self.href = href
    }

    /// The whole DOT text.
    public func render() -> String {
        var out = "graph kizuna {\n"
        out += "  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"sans-serif\""
        out += (transparent ? ", bgcolor=transparent" : "") + "];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"sans-serif\"];\n"
        out += "  edge [color=\"#95a5a6\"];\n"
        for (i, n) in graph.nodes.enumerated() { out += "  n\(i) [\(attributes(n).joined(separator: ", "))];\n" }
        for e in graph.edges {
            var a = ["penwidth=\(e.warm ? "3" : format(GraphStyle.width(e.strength)))"]
            let separator = config.language == .ja ? "、" : ", "
            a.append("tooltip=" + quoted(e.kinds.map { $0.word(in: config.language) }.joined(separator: separator)))
            if e.warm { a += ["style=bold", "color=\"#b7950b\""] }
            out += "  n\(e.a) -- n\(e.b) [\(a.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    private func attributes(_ n: NetworkGraph.Node) -> [String] {
        var a = ["label=" + quoted(n.name)]
        if n.isYou {
            a += ["shape=ellipse", "style=filled", "fillcolor=\"#fdebd0\"", "penwidth=2"]
        } else {
            let colour = GraphStyle.colour(n.circle, config)
            a += ["color=\"\(colour)\"", "penwidth=2"]
            if n.due || n.cooling { a.append("style=\"rounded,filled,dashed\"") }
            if n.due { a.append("fillcolor=\"#fadbd8\"") }
            // The tooltip in the journal's language, as `show` and the digest say it.
            let ja = config.language == .ja
            var tip = [
                n.circle.map { Config.word(forCircle: $0, in: config.language) } ?? "",
                n.status?.word(in: config.language) ?? "",
            ]
            if let last = n.lastTouch { tip.append(ja ? "最後の接点 \(last)" : "last touch \(last)") }
            if let due = n.nextDue { tip.append(ja ? "次の連絡 \(due)" : "due \(due)") }
            a.append("tooltip=" + quoted(tip.filter { !$0.isEmpty }.joined(separator: " · ")))
        }
        if let path = n.path, let link = href(path) { a.append("URL=" + quoted(link)) }
        return a
    }

    private func format(_ x: Double) -> String { String(format: "%.2f", x) }

    /// A DOT string: quotes and backslashes escaped, control characters made spaces.
    private func quoted(_ s: String) -> String {
        var out = "\""
        for ch in GraphStyle.printable(s).unicodeScalars {
            if ch == "\"" || ch == "\\" { out += "\\" }
            out.unicodeScalars.append(ch)
        }
        return out + "\""
    }
}
