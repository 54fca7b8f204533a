/// The network as JSON for scripts; the schema is in README.md.
public struct GraphJSON: Sendable {
    public let graph: NetworkGraph

    /// Prepares the renderer.
    public init(_ graph: NetworkGraph) { self.graph = graph }

    /// The JSON value.
    public var value: JSON {
        let nodes = graph.nodes
        let nodeValues: [JSON] = nodes.map { n in
            .object([
                ("id", .string(n.id)), ("name", .string(n.name)), ("circle", .string(n.circle)),
                ("status", .string(n.status?.rawValue)), ("last_touch", .day(n.lastTouch)),
                ("next_due", .day(n.nextDue)),
                ("due", .bool(n.due)), ("cooling", .bool(n.cooling)), ("you", .bool(n.isYou)),
                ("file", .string(n.path)),
            ])
        }
        let edgeValues: [JSON] = graph.edges.map { e in
            .object([
                ("a", .string(nodes[e.a].id)), ("b", .string(nodes[e.b].id)),
                ("kinds", .array(e.kinds.map { .string($0.rawValue) })), ("strength", .int(e.strength)),
                ("last", .day(e.last)), ("warm", .bool(e.warm)),
            ])
        }
        return .object([
            ("schema", .int(1)), ("as_of", .day(graph.date)), ("nodes", .array(nodeValues)),
            ("edges", .array(edgeValues)),
        ])
    }
}
