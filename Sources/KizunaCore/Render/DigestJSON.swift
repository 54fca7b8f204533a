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
        let shown = d.notesToFix
        return .object(
            [
                ("schema", .int(1)),
                ("as_of", .day(d.date)),
                ("owner", .string(j.config.owner)),
            ] + people() + [
                ("introductions", .array(d.introductions.map(DigestJSON.introduction))),
                ("warm_paths", .array(d.warmPaths.map(DigestJSON.warmPath))),
                ("birthdays", .array(d.birthdays.map(DigestJSON.birthday))),
                ("upcoming", .array(d.upcoming.map(DigestJSON.plan))),
                ("stats", stats),
                ("diagnostics", .lazyArray(count: shown.count) { shown[$0].json(j.config.language) }),
            ])
    }

    /// The sections that list people, from reaching out to purpose.
    private func people() -> [(String, JSON)] {
        let d = digest
        let w = Words(language: d.journal.config.language)
        let who = DigestJSON.who
        let reach: [JSON] = d.reachOut.map { r in
            .object(
                who(r.person) + [
                    ("circle", .string(r.circle)), ("cadence_days", .int(r.cadenceDays)),
                    ("last_touch", .day(r.lastTouch)), ("days_since", .int(r.daysSince)), ("due", .day(r.due)),
                    ("urgency", .double((r.urgency * 1000).rounded() / 1000)), ("purpose", .string(r.purpose)),
                    ("suggestion", .string(w.suggestion(r.suggestion))), ("file", .string(r.person.path)),
                ])
        }
        return [
            ("reach_out", .array(reach)),
            ("also_overdue", .array(d.alsoOverdue.map { .object(who($0.person) + [("due", .day($0.due))]) })),
            (
                "follow_up",
                .array(
                    d.followUp.map {
                        .object(
                            who($0.person) + [
                                ("first_touch", .day($0.firstTouch)), ("follow_up_by", .day($0.followUpBy)),
                                ("late", .bool($0.late)),
                            ])
                    })
            ),
            // The longest list is made item by item as it is written.
            (
                "next_steps",
                .lazyObjects(count: d.nextSteps.count) { i, fields in
                    d.nextSteps.withUnsafeBufferPointer { DigestJSON.nextStep($0.baseAddress! + i, &fields) }
                }
            ),
            (
                "give_balance",
                .array(
                    d.giveBalance.map {
                        .object(who($0.person) + [("asks", .int($0.asks)), ("gives", .int($0.gives))])
                    })
            ),
            (
                "pace",
                .array(
                    d.pace.map {
                        .object(
                            who($0.person) + [
                                ("touches_14d", .int($0.touches14)), ("cadence_days", .int($0.cadenceDays)),
                            ])
                    })
            ),
            ("missing_purpose", .array(d.missingPurpose.map { .object(who($0)) })),
        ]
    }

    /// A person's id and name, as most sections list them.
    private static func who(_ w: Digest.Who) -> [(String, JSON)] {
        [("id", .string(w.id)), ("name", .string(w.name))]
    }

    /// A next step, read in place through `step`: a copy retains every field of its task.
    private static func nextStep(_ step: UnsafePointer<Digest.NextStep>, _ fields: inout JSON.Fields) {
        fields.string("text", step.pointee.task.text)
        fields.string("status", step.pointee.status.rawValue)
        fields.string("due", step.pointee.task.due?.description)
        fields.strings("people", step.pointee.people.map(\.id))
        fields.string("file", step.pointee.task.location.path)
        fields.int("line", step.pointee.task.location.line)
    }

    private static func introduction(_ i: Digest.Introduction) -> JSON {
        .object([("a", .string(i.a.id)), ("b", .string(i.b.id)), ("shared", .array(i.shared.map { .string($0) }))])
    }

    private static func warmPath(_ w: Digest.WarmPath) -> JSON {
        .object([("target", .string(w.target.id)), ("path", w.path.map { .array($0.map { .string($0.id) }) } ?? .null)])
    }

    private static func birthday(_ b: Digest.BirthdayItem) -> JSON {
        .object(who(b.person) + [("date", .day(b.date)), ("in_days", .int(b.inDays))])
    }

    private static func plan(_ p: Digest.Plan) -> JSON {
        .object([
            ("date", .day(p.date)), ("title", .string(p.title)), ("people", .array(p.people.map { .string($0.id) })),
            ("file", .string(p.location.path)), ("line", .int(p.location.line)),
        ])
    }

    private var stats: JSON {
        let s = digest.stats
        return .object([
            ("people", .int(s.people)), ("in_play", .int(s.inPlay)), ("touched_30d", .int(s.touched30)),
            ("touched_90d", .int(s.touched90)), ("due", .int(s.due)), ("no_history", .int(s.noHistory)),
            ("open_tasks", .int(s.openTasks)), ("entries", .int(s.entries)),
        ])
    }

    /// Serialized text.
    public func render() -> String { value.serialized() }

    /// Serialized text as UTF-8 bytes, handed to `sink` a piece at a time: a large digest is never held whole.
    public func render(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        value.serialize(to: sink)
    }
}
