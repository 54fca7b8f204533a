/// The network as GraphML, which Gephi, yEd and networkx read.
public struct GraphML: Sendable {
    public let graph: NetworkGraph

    /// Prepares the renderer.
    public init(_ graph: NetworkGraph) { self.graph = graph }

    private static let nodeKeys: [(id: String, type: String)] = [
        ("name", "string"), ("circle", "string"), ("status", "string"), ("last_touch", "string"),
        ("next_due", "string"), ("due", "boolean"), ("cooling", "boolean"), ("you", "boolean"), ("file", "string"),
    ]
    private static let edgeKeys: [(id: String, type: String)] = [
        ("kinds", "string"), ("strength", "int"), ("last", "string"), ("warm", "boolean"),
    ]

    /// The whole document.
    public func render() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        for (kind, keys) in [("node", GraphML.nodeKeys), ("edge", GraphML.edgeKeys)] {
            for k in keys {
                out += "  <key id=\"\(k.id)\" for=\"\(kind)\" attr.name=\"\(k.id)\" attr.type=\"\(k.type)\"/>\n"
            }
        }
        out += "  <graph id=\"kizuna\" edgedefault=\"undirected\">\n"
        for n in graph.nodes {
            let data: [(String, String?)] = [
                ("name", n.name), ("circle", n.circle), ("status", n.status?.rawValue),
                ("last_touch", n.lastTouch?.description), ("next_due", n.nextDue?.description), ("due", "\(n.due)"),
                ("cooling", "\(n.cooling)"), ("you", "\(n.isYou)"), ("file", n.path),
            ]
            out += "    <node id=\"\(escape(n.id))\">\n" + lines(data) + "    </node>\n"
        }
        for e in graph.edges {
            let data: [(String, String?)] = [
                ("kinds", e.kinds.map(\.rawValue).joined(separator: ",")), ("strength", "\(e.strength)"),
                ("last", e.last?.description), ("warm", "\(e.warm)"),
            ]
            let (a, b) = (escape(graph.nodes[e.a].id), escape(graph.nodes[e.b].id))
            out += "    <edge source=\"\(a)\" target=\"\(b)\">\n" + lines(data) + "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private func lines(_ data: [(String, String?)]) -> String {
        data.compactMap { key, value in value.map { "      <data key=\"\(key)\">\(escape($0))</data>\n" } }.joined()
    }

    /// Text for XML content and attributes: markup characters as entities, control characters as spaces.
    private func escape(_ s: String) -> String {
        GraphStyle.replacing(
            GraphStyle.printable(s), ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"])
    }
}
