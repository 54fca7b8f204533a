import Foundation
import Testing

/// The first executable called `name` on the search path, or a failed test saying how to get it.
func tool(_ name: String, from package: String) throws -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    if let found = path.split(separator: ":").map({ "\($0)/\(name)" }).first(
        where: FileManager.default.isExecutableFile)
    {
        return found
    }
    throw CLIError(message: "\(name) is missing: `make test` installs it (apt-get install \(package))")
}

/// The width and height a PNG file declares.
func pngSize(_ path: String) throws -> (width: Int, height: Int) {
    let data = try #require(FileManager.default.contents(atPath: path))
    try #require(data.count > 24 && data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    func number(_ at: Int) -> Int { data[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (number(16), number(20))
}

@Suite(.serialized) struct GraphCommandTests {
    let date = "2026-11-24"

    @Test(arguments: ["dot", "mermaid", "json", "graphml"])
    func theSampleJournalsGraphMatchesItsGoldenFile(format: String) throws {
        let r = try kizuna(["graph", "--journal", samples, "--date", date, "--format", format])
        #expect(r.status == 0, "\(r.err)")
        golden("graph-sample.\(format)", r.out)
    }

    @Test func graphvizReadsTheDOTOfTheSampleAndOfNamesFullOfItsSyntax() throws {
        let dot = try tool("dot", from: "graphviz")
        let dir = try Scratch()
        try dir.write("people/a.md", "---\nname: 'Ann \"the\" {tricky} -- [x]; \\\\ <b> & é 🙂'\nknows: [[[b]]]\n---\n")
        try dir.write("people/b.md", "---\nname: \"B\\\\\"\n---\n## 2026-11-01 Tea with [[a]] #meet\n")
        for journal in [samples, dir.path] {
            let graph = try kizuna(["graph", "--journal", journal, "--date", date, "--out", dir.path + "/g.dot"])
            #expect(graph.status == 0, "\(graph.err)")
            let svg = try run(dot, ["-Tsvg", dir.path + "/g.dot"])
            #expect(svg.status == 0, "dot failed: \(svg.err)")
            #expect(svg.out.contains("<svg") && svg.err.isEmpty, "\(svg.err)")
        }
        let svg = try run(dot, ["-Tsvg", dir.path + "/g.dot"]).out
        #expect(svg.contains("Ann &quot;the&quot; {tricky} &#45;&#45; [x]; \\\\ &lt;b&gt; &amp; é 🙂"))
    }

    /// In a Japanese journal a person's tooltip is in the words `show` uses, as Graphviz writes it into the SVG.
    @Test func theTooltipsOfAJapaneseJournalSpeakJapanese() throws {
        let dot = try tool("dot", from: "graphviz")
        let dir = try Scratch()
        try dir.write("kizuna.yaml", "owner: 山田 太郎\nlanguage: ja\n")
        try dir.write("people/hanako.md", "---\nname: 田中 花子\ncircle: 親しい人\n---\n## 2026-11-01 お茶 #会った\n")
        #expect(try kizuna(["graph", "--journal", dir.path, "--date", date, "--out", dir.path + "/g.dot"]).status == 0)
        let svg = try run(dot, ["-Tsvg", dir.path + "/g.dot"])
        #expect(svg.status == 0, "dot failed: \(svg.err)")
        #expect(svg.out.contains("親しい人 · アクティブ · 最後の接点 2026&#45;11&#45;01 · 次の連絡 2026&#45;12&#45;01"))
        // An edge's tooltip too: what the connection is made of.
        #expect(svg.out.contains("<a xlink:title=\"接点\">"), "\(svg.out)")
    }

    @Test func networkxReadsTheGraphMLWithEveryNodeAndEdge() throws {
        let dir = try Scratch()
        let json = try kizuna(["graph", "--journal", samples, "--date", date, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [Any]).count, edges = try #require(object["edges"] as? [Any]).count
        #expect(
            try kizuna([
                "graph", "--journal", samples, "--date", date, "--format", "graphml",
                "--out", dir.path + "/g.graphml",
            ]).status == 0)
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(g.number_of_nodes(), g.number_of_edges(), g.nodes['tanaka-hanako']['name'],
                  g.nodes['tanaka-hanako']['due'], g.edges['you', 'ito-mei']['warm'])
            """
        let r = try run(try tool("python3", from: "python3"), ["-c", script, dir.path + "/g.graphml"])
        #expect(r.status == 0, "networkx: \(r.err)")
        #expect(r.out == "\(nodes) \(edges) 田中 花子 True True\n")
    }

    @Test func aroundKeepsANeighbourhoodAndAnUnknownNameWritesNothing() throws {
        let r = try kizuna(["graph", "--journal", samples, "--date", date, "--around", "Hanako", "--format", "json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let ids = try #require(object["nodes"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == ["you", "sato-kenji", "suzuki-yui", "tanaka-hanako"])
        let dir = try Scratch()
        let unknown = try kizuna(["graph", "--journal", samples, "--around", "Hanakko", "--out", dir.path + "/g.dot"])
        #expect(unknown.status == 1)
        #expect(unknown.err == "kizuna: nobody is called 'Hanakko'; did you mean 田中 花子 (tanaka-hanako)?\n")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/g.dot"))
    }
}

@Suite(.serialized) struct DigestPageTests {
    let date = "2026-11-24"

    /// The page as Chromium parsed it, and a screenshot of it at a phone's width.
    func rendered(_ page: String, in dir: Scratch) throws -> (dom: String, png: String) {
        let chromium = try tool("chromium", from: "chromium")
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]
        let dom = try run("/usr/bin/timeout", ["120", chromium] + flags + ["--dump-dom", "file://" + page])
        #expect(dom.status == 0, "chromium: \(dom.err)")
        let png = dir.path + "/page.png"
        let shot = try run(
            "/usr/bin/timeout",
            ["120", chromium] + flags
                + ["--window-size=412,2000", "--screenshot=" + png, "file://" + page])
        #expect(shot.status == 0, "chromium: \(shot.err)")
        return (dom.out, png)
    }

    @Test func theHTMLDigestShowsEverySectionTheLinksAndThePictureInARealBrowser() throws {
        _ = try tool("dot", from: "graphviz")
        let dir = try Scratch(copying: samples)
        let r = try kizuna(["digest", "--journal", dir.path, "--date", date, "--format", "html"])
        #expect(r.status == 0, "\(r.err)")
        let page = dir.path + "/digests/\(date).html"
        let (dom, png) = try rendered(page, in: dir)
        let headings = dom.components(separatedBy: "<h2>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(
            headings == [
                "Reach out", "Follow up new connections", "Next steps", "Give and give", "Pace", "Purpose",
                "Introductions", "Warm paths", "Coming up", "Network", "Notes to fix",
            ])
        #expect(dom.contains(#"<a href="../people/tanaka-hanako.md">田中 花子</a>"#))
        #expect(dom.contains(#"<a href="../people/tanaka-hanako.md#L24">people/tanaka-hanako.md:24</a>"#))
        #expect(dom.contains("<svg") && dom.contains(#"xlink:href="../people/tanaka-hanako.md""#))
        #expect(!dom.contains("<script") && !dom.contains("http://") || dom.contains("http://www.w3.org"))
        let size = try pngSize(png)
        #expect(size.width == 412 && size.height == 2000)
        // An empty or unstyled page compresses to a few kilobytes; this one has text, colours and a picture.
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int)
        #expect(bytes > 60_000, "screenshot of \(bytes) bytes")
    }

    @Test func withoutGraphvizThePageSaysHowToGetThePictureAndShowsTheRest() throws {
        let dir = try Scratch(copying: samples)
        let r = try kizuna(
            ["digest", "--journal", dir.path, "--date", date, "--format", "html", "--stdout"],
            environment: ["PATH": "/nonexistent"])
        #expect(r.status == 0)
        #expect(r.out.contains("Install Graphviz to see a picture of your network here"))
        #expect(!r.out.contains("<svg"))
        #expect(r.out.components(separatedBy: "<h2>").count == 12)
        golden("digest-sample.html", r.out)
    }

    @Test func theJapaneseDigestHasJapaneseWordsAndDates() throws {
        let dir = try Scratch(copying: samples)
        let config = try #require(dir.read("kizuna.yaml")).replacingOccurrences(
            of: "language: en", with: "language: ja")
        try dir.write("kizuna.yaml", config)
        let r = try kizuna(["digest", "--journal", dir.path, "--date", date, "--format", "html", "--stdout"])
        #expect(r.status == 0)
        #expect(r.out.contains("<html lang=\"ja\">"))
        #expect(r.out.contains("<title>2026年11月24日(火)のダイジェスト</title>"))
        #expect(r.out.contains("<h2>連絡する</h2>"))
        // What the phrases write between backticks is code on the page, as in the markdown digest.
        #expect(r.out.contains("<p class=\"hint\">この関係がなぜ大切か、<code>purpose:</code> に一言書きましょう:</p>"))
        #expect(!r.out.contains("`"))
    }
}
