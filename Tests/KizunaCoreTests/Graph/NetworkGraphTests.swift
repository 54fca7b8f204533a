import Foundation
import Testing
@testable import KizunaCore

/// A small network: Hanako knows Ken, Ken was introduced by Yui, Hanako and Yui had lunch together, you introduced
/// Ken and Rin, Sho (whom you want to meet) knows Ken, Mei is archived and shares nothing with anyone.
private let network: [String: String] = [
    "people/hanako.md": "---\nname: Tanaka Hanako\ncircle: core\nknows: [[[ken]]]\n---\n"
        + "## 2026-11-01 Lunch with [[yui]] #meet\n## 2026-11-20 Coffee #meet\n",
    "people/ken.md": "---\nname: Ken\ncircle: close\nintroduced_by: [[yui]]\n---\n",
    "people/yui.md": "---\nname: Yui\ncircle: core\n---\n## 2026-11-03 Call #call\n",
    "people/rin.md": "---\nname: Rin\ncircle: close\nstatus: target\n---\n",
    "people/sho.md": "---\nname: Sho\nstatus: target\nknows: [[[ken]]]\n---\n",
    "people/mei.md": "---\nname: Mei\ncircle: network\nstatus: archived\n---\n## 2026-01-01 Old #meet\n",
    "log/2026-11-05.md": "# Intro [[ken]] and [[rin]] #intro\n",
]

private func graph(_ files: [String: String] = network, on date: String = "2026-11-24") -> NetworkGraph {
    NetworkGraph(digest: Digest(journal: journal(files), date: day(date)))
}

private func edge(_ g: NetworkGraph, _ a: String, _ b: String) -> NetworkGraph.Edge? {
    guard let x = g.node(ofId: a), let y = g.node(ofId: b) else { return nil }
    return g.edges.first { $0.a == min(x, y) && $0.b == max(x, y) }
}

@Suite struct NetworkGraphTests {
    @Test func youComeFirstAndThePeopleFollowById() {
        let g = graph()
        #expect(g.nodes.map(\.id) == ["you", "hanako", "ken", "mei", "rin", "sho", "yui"])
        #expect(g.nodes[0].isYou && g.nodes.dropFirst().allSatisfy { !$0.isYou })
    }

    @Test func everyPairOfPeopleHasAnEdgeExactlyWhenTheDigestCallsThemConnected() {
        let j = journal(network)
        let g = NetworkGraph(digest: Digest(journal: j, date: day("2026-11-24")))
        let r = RelationshipGraph(journal: j, date: day("2026-11-24"))
        for a in j.people.indices {
            for b in j.people.indices where a < b {
                let e = edge(g, j.people[a].id, j.people[b].id)
                let kinds = Set(e?.kinds ?? []).subtracting([.introduction])
                #expect(
                    (e != nil && !kinds.isEmpty || e?.kinds == [.introduction]) == r.connected(a, b),
                    "\(j.people[a].id)–\(j.people[b].id)")
            }
        }
    }

    @Test func edgesSayWhatTheyAreMadeOf() throws {
        let g = graph()
        #expect(try #require(edge(g, "hanako", "ken")).kinds == [.knows])
        #expect(try #require(edge(g, "ken", "yui")).kinds == [.introducedBy])
        let lunch = try #require(edge(g, "hanako", "yui"))
        #expect(lunch.kinds == [.sharedEntry])
        #expect(lunch.last == day("2026-11-01"))
        #expect(try #require(edge(g, "ken", "rin")).kinds == [.introduction])
        #expect(edge(g, "mei", "hanako") == nil)
    }

    @Test func youAreConnectedToThePeopleYouTouchedWithTheirCountAndLastDay() throws {
        let g = graph()
        let hanako = try #require(edge(g, "you", "hanako"))
        #expect(hanako.kinds == [.touch])
        #expect(hanako.strength == 2)
        #expect(hanako.last == day("2026-11-20"))
        #expect(edge(g, "you", "rin")?.kinds == [.touch])
        #expect(edge(g, "you", "mei") != nil)
        #expect(graph(on: "2026-11-02").edges.allSatisfy { $0.last.map { $0 <= day("2026-11-02") } ?? true })
    }

    @Test func theWarmPathToATargetIsMarked() {
        let g = graph()
        let warm = g.edges.filter(\.warm).map { [g.nodes[$0.a].id, g.nodes[$0.b].id] }
        // Rin took part in your #intro entry, so you reach her yourself; Sho through Ken, whom you touched then.
        #expect(warm == [["you", "ken"], ["you", "rin"], ["ken", "sho"]])
    }

    @Test func dueAndCoolingFollowTheCadence() throws {
        let g = graph(on: "2026-12-20")
        let hanako = try #require(g.node(ofId: "hanako"))
        #expect(g.nodes[hanako].due)
        #expect(g.nodes[hanako].nextDue == day("2026-12-04"))
        let ken = try #require(g.node(ofId: "ken"))
        // Ken (close, 30 days) was last touched on 2026-11-05: 45 days, so due; on 2026-11-29, 24 of 30: cooling.
        #expect(g.nodes[ken].due)
        let earlier = graph(on: "2026-11-29")
        #expect(earlier.nodes[ken].cooling && !earlier.nodes[ken].due)
        #expect(!earlier.nodes[try #require(earlier.node(ofId: "yui"))].cooling)
    }

    @Test func aroundKeepsThePeopleWithinTheDepthThroughPeopleNotThroughYou() throws {
        let g = graph()
        let one = g.around(try #require(g.node(ofId: "hanako")), depth: 1)
        #expect(one.nodes.map(\.id) == ["you", "hanako", "ken", "yui"])
        #expect(one.edges.allSatisfy { $0.a < one.nodes.count && $0.b < one.nodes.count })
        let two = g.around(try #require(g.node(ofId: "hanako")), depth: 2)
        #expect(two.nodes.map(\.id) == ["you", "hanako", "ken", "rin", "sho", "yui"])
        #expect(g.around(try #require(g.node(ofId: "mei")), depth: 3).nodes.map(\.id) == ["you", "mei"])
    }

    @Test func aCircleKeepsItsPeopleAndTheEdgesAmongThem() {
        let g = graph().inCircle("core")
        #expect(g.nodes.map(\.id) == ["you", "hanako", "yui"])
        #expect(g.edges.count == 3)
    }

    @Test func theOwnersNoteIsYou() {
        var files = network
        files["people/taro.md"] = "---\nname: Yamada Taro\n---\n"
        files["log/2026-11-06.md"] = "# Dinner with [[taro]] and [[hanako]] #meet\n"
        let cfg = "owner: Yamada Taro\n"
        let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
        let j = Kizuna.journal(files: sources, config: Config.parse(cfg).0)
        let g = NetworkGraph(digest: Digest(journal: j, date: day("2026-11-24")))
        #expect(g.nodes[0].id == "taro" && g.nodes[0].isYou && g.nodes[0].name == "Yamada Taro")
        #expect(g.nodes.filter { $0.id == "taro" }.count == 1)
        // The owner is no participant of their own entries: the dinner is a touch.
        #expect(edge(g, "taro", "hanako")?.kinds == [.touch])
    }

    @Test func graphJSONHasTheReadmeSchema() throws {
        let text = GraphJSON(graph()).value.serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(
            Set(nodes[1].keys) == [
                "id", "name", "circle", "status", "last_touch", "next_due", "due", "cooling",
                "you", "file",
            ])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(Set(edges[0].keys) == ["a", "b", "kinds", "strength", "last", "warm"])
        #expect(edges.contains { $0["a"] as? String == "hanako" && $0["b"] as? String == "ken" })
    }

    @Test func namesThatMeanSomethingInAFormatAreWrittenAsText() {
        let files = ["people/q.md": "---\nname: 'A \"quoted\" \\\\ <b>&amp; #1'\n---\n## 2026-11-01 Hi #meet\n"]
        let g = graph(files)
        let dot = GraphDOT(g, config: Config()).render()
        #expect(dot.contains(#"label="A \"quoted\" \\\\ <b>&amp; #1""#))
        let mermaid = GraphMermaid(g, config: Config()).render()
        #expect(mermaid.contains(#"n1["A #quot;quoted#quot; \\ #lt;b#gt;#amp;amp; #35;1"]"#))
        let xml = GraphML(g).render()
        #expect(xml.contains("<data key=\"name\">A &quot;quoted&quot; \\\\ &lt;b&gt;&amp;amp; #1</data>"))
    }
}
