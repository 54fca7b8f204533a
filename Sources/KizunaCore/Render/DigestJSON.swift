/// Renders a digest as JSON, schema 1 of DIGEST.md.
public struct DigestJSON: Sendable {
    public let digest: Digest

    /// Prepares the renderer.
    public init(_ digest: Digest) {
        self.digest = digest
    }

    /// The JSON value.
    public var value: JSON {
        let d = digest
        let j = d.journal
        let w = Words(language: j.config.language)
        let shown = DiagnosticLimit.shown(j.diagnostics)
        @Sendable func id(_ p: Int) -> JSON { .string(j.people[p].id) }
        func name(_ p: Int) -> JSON { .string(j.people[p].name) }
        let reach: [JSON] = d.reachOut.map { r in
            let p = j.people[r.person]
            return .object([
                ("id", id(r.person)), ("name", name(r.person)), ("circle", .string(p.circle)),
                ("cadence_days", .int(p.cadenceDays)),
                ("last_touch", .day(r.lastTouch)), ("days_since", .int(r.daysSince)), ("due", .day(r.due)),
                ("urgency", .double((r.urgency * 1000).rounded() / 1000)), ("purpose", .string(p.purpose)),
                ("suggestion", .string(w.suggestion(r.suggestion))), ("file", .string(p.path)),
            ])
        }
        return .object([
            ("schema", .int(1)),
            ("as_of", .day(d.date)),
            ("owner", .string(j.config.owner)),
            ("reach_out", .array(reach)),
            (
                "also_overdue",
                .array(
                    d.alsoOverdue.map {
                        .object([("id", id($0.person)), ("name", name($0.person)), ("due", .day($0.due))])
                    })
            ),
            (
                "follow_up",
                .array(
                    d.followUp.map {
                        .object([
                            ("id", id($0.person)), ("name", name($0.person)), ("first_touch", .day($0.firstTouch)),
                            ("follow_up_by", .day($0.followUpBy)), ("late", .bool($0.late)),
                        ])
                    })
            ),
            // The two longest lists are made item by item as they are written.
            (
                "next_steps",
                .lazyArray(count: d.nextSteps.count) { i in
                    let step = d.nextSteps[i]
                    return .object([
                        ("text", .string(step.task.text)), ("status", .string(step.status.rawValue)),
                        ("due", .day(step.task.due)),
                        ("people", .array(step.task.people.map { .string(j.people[$0].id) })),
                        ("file", .string(step.task.location.path)),
                        ("line", .int(step.task.location.line)),
                    ])
                }
            ),
            (
                "give_balance",
                .array(
                    d.giveBalance.map {
                        .object([
                            ("id", id($0.person)), ("name", name($0.person)), ("asks", .int($0.asks)),
                            ("gives", .int($0.gives)),
                        ])
                    })
            ),
            (
                "pace",
                .array(
                    d.pace.map {
                        .object([
                            ("id", id($0.person)), ("name", name($0.person)), ("touches_14d", .int($0.touches14)),
                            ("cadence_days", .int(j.people[$0.person].cadenceDays)),
                        ])
                    })
            ),
            ("missing_purpose", .array(d.missingPurpose.map { .object([("id", id($0)), ("name", name($0))]) })),
            (
                "introductions",
                .array(
                    d.introductions.map {
                        .object([
                            ("a", id($0.a)), ("b", id($0.b)), ("shared", .array($0.shared.map { .string($0) })),
                        ])
                    })
            ),
            (
                "warm_paths",
                .array(
                    d.warmPaths.map {
                        .object([("target", id($0.target)), ("path", $0.path.map { .array($0.map(id)) } ?? .null)])
                    })
            ),
            (
                "birthdays",
                .array(
                    d.birthdays.map {
                        .object([
                            ("id", id($0.person)), ("name", name($0.person)), ("date", .day($0.date)),
                            ("in_days", .int($0.inDays)),
                        ])
                    })
            ),
            (
                "upcoming",
                .array(
                    d.upcoming.map { i in
                        let e = j.entries[i]
                        return .object([
                            ("date", .day(e.date)), ("title", .string(e.title)),
                            ("people", .array(e.participants.map(id))),
                            ("file", .string(e.location.path)), ("line", .int(e.location.line)),
                        ])
                    })
            ),
            (
                "stats",
                .object([
                    ("people", .int(d.stats.people)), ("in_play", .int(d.stats.inPlay)),
                    ("touched_30d", .int(d.stats.touched30)),
                    ("touched_90d", .int(d.stats.touched90)), ("due", .int(d.stats.due)),
                    ("no_history", .int(d.stats.noHistory)),
                    ("open_tasks", .int(d.stats.openTasks)), ("entries", .int(d.stats.entries)),
                ])
            ),
            ("diagnostics", .lazyArray(count: shown.count) { shown[$0].json(j.config.language) }),
        ])
    }

    /// Serialized text.
    public func render() -> String { value.serialized() }

    /// Serialized text as UTF-8 bytes, handed to `sink` a piece at a time: a large digest is never held whole.
    public func render(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        value.serialize(to: sink)
    }
}
