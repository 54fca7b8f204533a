/// Renders a person's brief as text for the terminal (in the journal's language) or as JSON.
public struct BriefText: Sendable {
    public let brief: PersonBrief
    public let journal: Journal
    let w: Words

    /// Prepares the renderer.
    public init(_ brief: PersonBrief, journal: Journal) {
        self.brief = brief
        self.journal = journal
        w = Words(language: journal.config.language)
    }

    private func name(_ p: Int) -> String { GraphStyle.printable(journal.people[p].name) }
    private func names(_ ps: [Int]) -> String { ps.isEmpty ? "-" : ps.map(name).joined(separator: w.comma) }
    private var ja: Bool { w.ja }

    /// The brief as lines of text.
    public func text() -> String {
        let p = journal.people[brief.person], b = brief
        var lines = ["\(name(brief.person)) (\(p.id))", ""]
        func row(_ en: String, _ jaLabel: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("  \(ja ? jaLabel : en): \(GraphStyle.printable(value))")
        }
        row("circle", "サークル", w.cadence(p.circle, p.cadenceDays))
        row(
            "status", "状態",
            w.status(p.status)
                + (p.snoozeUntil.map { ja ? "(\($0) までスヌーズ)" : " (snoozed until \($0))" } ?? ""))
        row("purpose", "目的", p.purpose)
        row(
            "met", "出会い",
            [p.met.map { ja ? w.date($0) : $0.description }, p.howMet].compactMap { $0 }.joined(separator: " · "))
        row(
            "last touch", "最後の接点",
            b.lastTouch.map { w.date($0) + " (" + w.ago(b.daysSince ?? 0) + ")" } ?? w.lastTouch(nil, ago: nil))
        row("next due", "次の連絡", b.nextDue.map { w.date($0) + (b.due ? (ja ? "(期限切れ)" : " (due)") : "") })
        row(
            "birthday", "誕生日",
            p.birthday.map { b in ja ? (b.year.map { "\($0)年" } ?? "") + "\(b.month)月\(b.day)日" : b.written })
        // What a reach-out needs at hand: how to reach them, and what they care about.
        // A card's UID says nothing to a reader; the JSON keeps it.
        let reach = p.contact.filter { !ContactKind.isUID($0.key) }
        row("contact", "連絡先", reach.map { "\(w.contactLabel($0.key)) \($0.value)" }.joined(separator: " · "))
        row("tags", "タグ", p.tags.joined(separator: w.comma))
        row("communities", "コミュニティ", p.communities.joined(separator: w.comma))
        row("asks / gives (365 days)", "お願い / ギブ(365日)", "\(b.asks365) / \(b.gives365)")
        row("introduced by", "紹介者", p.introducedBy.isEmpty ? nil : names(p.introducedBy))
        row("knows", "知り合い", b.knows.isEmpty ? nil : names(b.knows))
        row("connected", "つながり", b.connected.isEmpty ? nil : names(b.connected))
        if p.status == .target {
            row(
                "warm path", "紹介ルート",
                b.warmPath.map { "\(w.you) → " + $0.map(name).joined(separator: " → ") }
                    ?? w.noPath(communities: p.communities))
        }
        row("note", "メモ", p.path)
        section(&lines, ja ? "接点" : "Touches", b.touches.reversed().map(touchLine))
        section(&lines, ja ? "予定" : "Plans", b.plans.map(touchLine))
        section(
            &lines, ja ? "未完了のタスク" : "Open tasks",
            b.openTasks.map { t in
                "[ ] \(GraphStyle.printable(t.text))" + (t.due.map { " · " + w.due($0) } ?? "")
                    + " · \(place(t.location))"
            })
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1985-12-02`, or `--12-02` without a year (as vCard writes it).
    private func birthday(_ b: Birthday) -> String { (b.year == nil ? "--" : "") + b.written }

    private func place(_ l: SourceLocation) -> String { "\(GraphStyle.printable(l.path)):\(l.line)" }

    private func touchLine(_ t: PersonBrief.Touch) -> String {
        let words = [GraphStyle.printable(t.title)] + t.kinds.map { "#" + w.kind($0) }
        return ([t.date.description] + words.filter { !$0.isEmpty }).joined(separator: " ") + " · \(place(t.location))"
    }

    private func section(_ lines: inout [String], _ title: String, _ items: [String]) {
        lines += ["", "\(title) (\(items.count))"]
        lines += items.map { "  " + $0 }
    }

    /// The brief as JSON.
    public var json: JSON {
        let p = journal.people[brief.person], b = brief
        func ids(_ ps: [Int]) -> JSON { .array(ps.map { .string(journal.people[$0].id) }) }
        func touches(_ ts: [PersonBrief.Touch]) -> JSON {
            .array(
                ts.map { t in
                    .object([
                        ("date", .day(t.date)), ("title", .string(t.title)),
                        ("kinds", .array(t.kinds.map { .string($0) })),
                        ("file", .string(t.location.path)), ("line", .int(t.location.line)),
                    ])
                })
        }
        return .object([
            ("id", .string(p.id)), ("name", .string(p.name)), ("aliases", .array(p.aliases.map { .string($0) })),
            ("circle", .string(p.circle)), ("cadence_days", .int(p.cadenceDays)),
            ("status", .string(p.status.rawValue)),
            ("snooze_until", .day(p.snoozeUntil)), ("purpose", .string(p.purpose)), ("met", .day(p.met)),
            ("how_met", .string(p.howMet)),
            ("birthday", .string(p.birthday.map(birthday))),
            ("contact", .object(p.contact.map { ($0.key, .string($0.value)) })),
            ("tags", .array(p.tags.map { .string($0) })), ("communities", .array(p.communities.map { .string($0) })),
            ("last_touch", .day(b.lastTouch)), ("days_since", .int(b.daysSince)), ("next_due", .day(b.nextDue)),
            ("due", .bool(b.due)), ("touches", touches(b.touches)), ("plans", touches(b.plans)),
            (
                "open_tasks",
                .array(
                    b.openTasks.map { t in
                        .object([
                            ("text", .string(t.text)), ("due", .day(t.due)), ("file", .string(t.location.path)),
                            ("line", .int(t.location.line)),
                        ])
                    })
            ),
            ("asks_365d", .int(b.asks365)), ("gives_365d", .int(b.gives365)), ("introduced_by", ids(p.introducedBy)),
            ("knows", ids(b.knows)), ("connected", ids(b.connected)),
            ("warm_path", p.status == .target ? (b.warmPath.map(ids) ?? .null) : .null), ("file", .string(p.path)),
        ])
    }
}
