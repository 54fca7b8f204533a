import Mustache

/// Renders a digest as one self-contained HTML page: the markdown's sections, links to the notes, and an optional
/// picture of the network near you (SVG laid out by Graphviz, made by the caller). No scripts, nothing fetched.
public struct DigestHTML: Sendable {
    public let digest: Digest
    /// Inline SVG of `DigestHTML.neighbourhood`, or nil when it could not be drawn.
    public let picture: String?
    let w: Words
    let link: NoteLink

    /// Prepares the renderer; `language` defaults to the journal's.
    public init(_ digest: Digest, picture: String?, language: Language? = nil) {
        self.digest = digest
        self.picture = picture.map(DigestHTML.inlineSVG)
        self.w = Words(language: language ?? digest.journal.config.language)
        self.link = NoteLink(digestDir: digest.journal.config.digestDir)
    }

    var journal: Journal { digest.journal }

    /// The whole page.
    public func render() throws -> String {
        let library = MustacheLibrary(templates: [
            "page": try MustacheTemplate(string: DigestHTML.template),
            "run": try MustacheTemplate(string: DigestHTML.runTemplate),
        ])
        let sections: [[String: Any]] = [
            reachOut(), followUp(), nextSteps(), simple(w.give, w.noGive, giveItems()),
            simple(w.pace, w.noPace, paceItems()),
            purpose(), simple(w.introductions, w.noIntroductions, introductionItems()),
            simple(w.warmPaths, w.noTargets, warmPathItems()), simple(w.comingUp, w.noComingUp, comingUpItems()),
            network(), simple(w.notesToFix, w.noNotes, diagnosticItems()),
        ]
        let context: [String: Any] = [
            "lang": w.language.rawValue, "title": w.title(digest.date),
            "intro": w.intro(
                owner: journal.config.owner, reach: digest.stats.due,
                follow: digest.followUp.count, steps: digest.nextSteps.count),
            "picture": picture ?? false, "pictureMissing": w.pictureMissing, "caption": w.pictureCaption,
            "sections": sections.enumerated().map { i, s in s.merging(["id": "s\(i + 1)"]) { a, _ in a } },
        ]
        return library.render(context, withTemplate: "page") ?? ""
    }

    /// The part of the network the picture shows: you, the people to reach out to and to follow up, the warm paths,
    /// and the people connected to those you are to reach out to, at most `pictureLimit` people in all.
    public static func neighbourhood(_ graph: NetworkGraph, digest: Digest) -> NetworkGraph {
        var keep = Set<Int>()
        func add(_ who: Digest.Who) {
            if keep.count < pictureLimit, let n = graph.node(ofId: who.id) { keep.insert(n) }
        }
        digest.reachOut.forEach { add($0.person) }
        digest.followUp.forEach { add($0.person) }
        for path in digest.warmPaths { (path.path ?? [path.target]).forEach(add) }
        let centres = keep
        for e in graph.edges where e.a != 0 && keep.count < pictureLimit {
            if centres.contains(e.a) { keep.insert(e.b) } else if centres.contains(e.b) { keep.insert(e.a) }
        }
        return graph.keeping { keep.contains($0) }
    }

    /// The DOT text of the picture: the neighbourhood, its nodes linked to their notes from the digest folder.
    public static func pictureDOT(_ digest: Digest) -> String {
        let link = NoteLink(digestDir: digest.journal.config.digestDir)
        let graph = neighbourhood(NetworkGraph(digest: digest), digest: digest)
        return GraphDOT(graph, config: digest.journal.config, transparent: true, href: { link.href($0) }).render()
    }

    /// The most people the picture shows: more is no longer readable on a phone.
    public static let pictureLimit = 40

    /// Graphviz's SVG without its XML prologue, document type and comments, ready to stand inside the page.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        while let open = body.range(of: "<!--"),
            let close = body.range(of: "-->", range: open.upperBound..<body.endIndex)
        {
            body.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return body
    }

    // MARK: Sections as values for the template: a title, an empty line or items of runs of text and links.

    private func run(_ text: String, href: String? = nil, strong: Bool = false, code: Bool = false) -> [String: Any] {
        ["text": text, "href": href ?? false, "strong": strong, "code": code]
    }

    /// A line of the phrase table as runs: what it writes between backticks (`` `purpose:` ``) is code, as the
    /// markdown digest shows it.
    private func line(_ phrase: String) -> [String: Any] {
        let parts = phrase.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return ["runs": [run(phrase)]] }
        return ["runs": parts.enumerated().filter { !$0.element.isEmpty }.map { run(String($1), code: $0 % 2 == 1) }]
    }

    private func person(_ who: Digest.Who, strong: Bool = false) -> [String: Any] {
        run(who.name, href: link.href(who.path), strong: strong)
    }

    private func place(_ l: SourceLocation) -> [String: Any] {
        run("\(l.path):\(l.line)", href: link.href(l.path, line: l.line))
    }

    private func people(_ ps: [Digest.Who]) -> [[String: Any]] {
        ps.enumerated().flatMap { i, p in i == 0 ? [person(p)] : [run(w.comma), person(p)] }
    }

    private func item(_ runs: [[String: Any]], details: [String] = []) -> [String: Any] {
        ["runs": runs, "details": details.isEmpty ? false : ["lines": details]]
    }

    private func simple(_ title: String, _ empty: String, _ items: [[String: Any]], ordered: Bool = false) -> [String:
        Any]
    {
        var s: [String: Any] = ["title": title]
        if items.isEmpty { s["empty"] = line(empty) } else { s["groups"] = [["items": items, "ordered": ordered]] }
        return s
    }

    private func reachOut() -> [String: Any] {
        let items = digest.reachOut.map { r -> [String: Any] in
            item(
                [
                    person(r.person, strong: true),
                    run(
                        ": " + w.cadence(r.circle, r.cadenceDays) + w.clause
                            + w.lastTouch(r.lastTouch, ago: r.daysSince)),
                ],
                details: [w.why(r.purpose), w.suggestion(r.suggestion)])
        }
        var s = simple(w.reachOut, w.noReachOut, items, ordered: true)
        if !digest.alsoOverdue.isEmpty {
            let runs = digest.alsoOverdue.enumerated().flatMap { i, r in
                (i == 0 ? [] : [run(w.comma)]) + [person(r.person), run(" (\(w.dueSince(r.due)))")]
            }
            s["after"] = ["runs": [run(w.alsoOverdue + ": ")] + runs]
        }
        return s
    }

    private func followUp() -> [String: Any] {
        simple(
            w.followUp, w.noFollowUp,
            digest.followUp.map { f in
                item([
                    person(f.person),
                    run(
                        ": "
                            + w.followUp(
                                first: f.firstTouch, by: f.followUpBy, late: f.late,
                                lateDays: digest.date - f.followUpBy)),
                ])
            })
    }

    private func nextSteps() -> [String: Any] {
        var groups: [[String: Any]] = []
        for (status, steps) in digest.nextStepsByStatus {
            let items = steps.map { s -> [String: Any] in
                var runs = [run("☐ " + s.task.text)]
                if let due = s.task.due {
                    runs.append(run(" · " + w.due(due)))
                } else if let c = s.task.created {
                    runs.append(run(" · " + w.created(c)))
                }
                if !s.people.isEmpty { runs += [run(" · ")] + people(s.people) }
                return item(runs + [run(" · "), place(s.task.location)])
            }
            groups.append(["label": w.taskStatus(status), "items": items, "ordered": false])
        }
        var s: [String: Any] = ["title": w.nextSteps]
        if groups.isEmpty { s["empty"] = line(w.noNextSteps) } else { s["groups"] = groups }
        return s
    }

    private func giveItems() -> [[String: Any]] {
        digest.giveBalance.map { item([person($0.person), run(": " + w.giveLine(asks: $0.asks, gives: $0.gives))]) }
    }

    private func paceItems() -> [[String: Any]] {
        digest.pace.map { p in
            item([
                person(p.person),
                run(": " + w.paceLine(touches: p.touches14, cadence: p.cadenceDays)),
            ])
        }
    }

    private func purpose() -> [String: Any] {
        var s = simple(w.purpose, w.noPurpose, digest.missingPurpose.map { item([person($0)]) })
        if !digest.missingPurpose.isEmpty { s["hint"] = line(w.purposeHint) }
        return s
    }

    private func introductionItems() -> [[String: Any]] {
        digest.introductions.map { i in
            item([person(i.a), run(" \(w.and) "), person(i.b), run(": " + w.introLine(shared: i.shared))])
        }
    }

    private func warmPathItems() -> [[String: Any]] {
        digest.warmPaths.map { wp in
            guard let path = wp.path else {
                return item([person(wp.target), run(": " + w.noPath(communities: wp.communities))])
            }
            return item([person(wp.target), run(": \(w.you)")] + path.flatMap { [run(" → "), person($0)] })
        }
    }

    private func comingUpItems() -> [[String: Any]] {
        digest.comingUp.map { coming in
            switch coming {
            case .birthday(let b):
                return item([run(w.date(b.date) + ": "), person(b.person), run(w.comma + w.birthday(inDays: b.inDays))])
            case .plan(let plan):
                var runs = [run(w.date(plan.date) + ": " + w.plan + (plan.title.isEmpty ? "" : " “\(plan.title)”"))]
                if !plan.people.isEmpty { runs += [run(" \(w.with) ")] + people(plan.people) }
                return item(runs + [run(" · "), place(plan.location)])
            }
        }
    }

    private func network() -> [String: Any] {
        let s = digest.stats
        let values = [
            s.people, s.byStatus[.active] ?? 0, s.byStatus[.paused] ?? 0, s.byStatus[.archived] ?? 0,
            s.byStatus[.target] ?? 0, s.inPlay, s.touched30, s.touched90, s.due, s.noHistory, s.openTasks, s.entries,
        ]
        let rows = zip(w.statLabels(), values).map { ["label": $0, "value": "\($1)"] }
        return ["title": w.network, "table": ["header": [w.statsHeader.0, w.statsHeader.1], "rows": rows]]
    }

    private func diagnosticItems() -> [[String: Any]] {
        digest.notesToFix.map { d in
            item([
                run(d.location.description, href: link.href(d.location.path, line: d.location.line)),
                run(": \(d.severity.rawValue): \(d.text.text(w.language))"),
            ])
        }
    }
}
