/// The network as a Mermaid flowchart, which code-hosting sites draw from a fenced `mermaid` block.
public struct GraphMermaid: Sendable {
    public let graph: NetworkGraph
    public let config: Config

    /// Prepares the renderer.
    public init(_ graph: NetworkGraph, config: Config) {
        self.graph = graph
        self.config = config
    }

    /// The whole flowchart.
    public func render() -> String {
        var out = "flowchart LR\n"
        for (i, n) in graph.nodes.enumerated() {
            out += n.isYou ? "  n\(i)((\"\(label(n.name))\"))\n" : "  n\(i)[\"\(label(n.name))\"]\n"
        }
        for e in graph.edges { out += "  n\(e.a) \(e.warm ? "===" : "---") n\(e.b)\n" }
        var classes: [String: [Int]] = [:]
        for (i, n) in graph.nodes.enumerated() where !n.isYou {
            classes[className(n.circle), default: []].append(i)
            if n.due {
                classes["due", default: []].append(i)
            } else if n.cooling {
                classes["cooling", default: []].append(i)
            }
        }
        for (name, members) in classes.sorted(by: { $0.key < $1.key }) {
            out += "  classDef \(name) \(style(name))\n"
            out += "  class \(members.map { "n\($0)" }.joined(separator: ",")) \(name)\n"
        }
        return out
    }

    /// A class name Mermaid accepts for a circle: its rank.
    private func className(_ circle: String?) -> String {
        circle.flatMap { config.rank(ofCircle: $0) }.map { "circle\($0)" } ?? "circleOther"
    }

    private func style(_ name: String) -> String {
        switch name {
        case "due": return "stroke-dasharray:5 5,fill:#fadbd8"
        case "cooling": return "stroke-dasharray:5 5"
        default:
            let rank = Int(name.dropFirst("circle".count))
            let colour = rank.map { GraphStyle.palette[$0 % GraphStyle.palette.count] } ?? "#7f8c8d"
            return "stroke:\(colour),stroke-width:2px"
        }
    }

    /// A label inside `"…"`: Mermaid reads `#…;` as an entity, so quotes and the characters markup reads are written
    /// so.
    private func label(_ s: String) -> String {
        GraphStyle.replacing(
            GraphStyle.printable(s),
            [
                "\"": "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;",
            ])
    }
}
