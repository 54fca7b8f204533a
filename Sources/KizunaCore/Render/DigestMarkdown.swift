/// Renders a digest as markdown, in the journal's language, with every person linked to their note
/// by a path relative to the digest folder.
public struct DigestMarkdown: Sendable {
    public let digest: Digest
    let w: Words
    let links: NoteLink

    /// Prepares the renderer; `language` defaults to the journal's.
    public init(_ digest: Digest, language: Language? = nil) {
        self.digest = digest
        self.w = Words(language: language ?? digest.journal.config.language)
        links = NoteLink(digestDir: digest.journal.config.digestDir)
    }

    var journal: Journal { digest.journal }

    /// A link from the digest folder to a note path (relative to the root), optionally to a line.
    func href(_ path: String, line: Int? = nil) -> String {
        links.href(path, line: line)
    }

    /// Escapes text so that markdown shows it as written.
    func text(_ s: String) -> String {
        // Markdown's special characters, line breaks and control characters; most names and titles hold none.
        func special(_ b: UInt8) -> Bool {
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0..<0x20, 0x7F: return true
            default: return false
            }
        }
        if !s.utf8.contains(where: special) && !Printable.hasControl(s) {
            return s
        }
        let s = Printable.escaped(s.replacingOccurrences(of: "\n", with: " "))
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|": out += "\\" + String(ch)
            case "\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    func person(_ who: Digest.Who) -> String {
        "[\(text(who.name))](\(href(who.path)))"
    }

    func place(_ location: SourceLocation) -> String {
        "[\(text(location.path)):\(location.line)](\(href(location.path, line: location.line)))"
    }

    /// The whole digest.
    public func render() -> String {
        let out = Lines()
        let d = digest
        out.append("# \(w.title(d.date))")
        out.append("")
        out.append(
            w.intro(
                owner: journal.config.owner.map(text), reach: d.stats.due,
                follow: d.followUp.count, steps: d.nextSteps.count))
        section(out, w.reachOut, empty: d.reachOut.isEmpty ? w.noReachOut : nil) { reachOut(out) }
        section(out, w.followUp, empty: d.followUp.isEmpty ? w.noFollowUp : nil) {
            for f in d.followUp {
                let late = d.date - f.followUpBy
                let when = w.followUp(first: f.firstTouch, by: f.followUpBy, late: f.late, lateDays: late)
                out.append("- \(person(f.person)): \(when)")
            }
        }
        section(out, w.nextSteps, empty: d.nextSteps.isEmpty ? w.noNextSteps : nil) { nextSteps(out) }
        section(out, w.give, empty: d.giveBalance.isEmpty ? w.noGive : nil) {
            for g in d.giveBalance { out.append("- \(person(g.person)): \(w.giveLine(asks: g.asks, gives: g.gives))") }
        }
        section(out, w.pace, empty: d.pace.isEmpty ? w.noPace : nil) {
            for p in d.pace {
                out.append("- \(person(p.person)): \(w.paceLine(touches: p.touches14, cadence: p.cadenceDays))")
            }
        }
        section(out, w.purpose, empty: d.missingPurpose.isEmpty ? w.noPurpose : nil) {
            out.append(w.purposeHint)
            out.append("")
            for p in d.missingPurpose { out.append("- \(person(p))") }
        }
        section(out, w.introductions, empty: d.introductions.isEmpty ? w.noIntroductions : nil) {
            for i in d.introductions {
                out.append("- \(person(i.a)) \(w.and) \(person(i.b)): \(text(w.introLine(shared: i.shared)))")
            }
        }
        section(out, w.warmPaths, empty: d.warmPaths.isEmpty ? w.noTargets : nil) { warmPaths(out) }
        section(out, w.comingUp, empty: d.comingUp.isEmpty ? w.noComingUp : nil) {
            comingUp(out)
        }
        section(out, w.network, empty: nil) { stats(out) }
        section(out, w.notesToFix, empty: journal.diagnostics.isEmpty ? w.noNotes : nil) {
            for diag in digest.notesToFix {
                let link = "[\(text(diag.location.description))](\(href(diag.location.path, line: diag.location.line)))"
                out.append("- \(link): \(diag.severity.rawValue): \(text(diag.text.text(w.language)))")
            }
        }
        return out.lines.joined(separator: "\n") + "\n"
    }

    private func reachOut(_ out: Lines) {
        for (i, r) in digest.reachOut.enumerated() {
            let cadence = text(w.cadence(r.circle, r.cadenceDays))
            out.append(
                "\(i + 1). **\(person(r.person))**: \(cadence)\(w.clause)\(w.lastTouch(r.lastTouch, ago: r.daysSince))")
            out.append("   - \(text(w.why(r.purpose)))")
            out.append("   - \(text(w.suggestion(r.suggestion)))")
        }
        if !digest.alsoOverdue.isEmpty {
            out.append("")
            out.append(
                "\(w.alsoOverdue): "
                    + digest.alsoOverdue.map { "\(person($0.person)) (\(w.dueSince($0.due)))" }
                    .joined(separator: w.comma))
        }
    }

    private func nextSteps(_ out: Lines) {
        for (status, items) in digest.nextStepsByStatus {
            if out.lines.last != "" { out.append("") }
            out.append("### \(w.taskStatus(status))")
            out.append("")
            for s in items {
                var parts = ["- [ ] \(text(s.task.text))"]
                if let due = s.task.due {
                    parts.append(w.due(due))
                } else if let c = s.task.created {
                    parts.append(w.created(c))
                }
                if !s.people.isEmpty { parts.append(s.people.map(person).joined(separator: w.comma)) }
                parts.append(place(s.task.location))
                out.append(parts.joined(separator: " · "))
            }
        }
    }

    private func warmPaths(_ out: Lines) {
        for wp in digest.warmPaths {
            if let path = wp.path {
                out.append("- \(person(wp.target)): \(w.you) → " + path.map(person).joined(separator: " → "))
            } else {
                out.append("- \(person(wp.target)): \(text(w.noPath(communities: wp.communities)))")
            }
        }
    }

    private func comingUp(_ out: Lines) {
        for item in digest.comingUp {
            switch item {
            case .birthday(let b):
                out.append("- \(w.date(b.date)): \(person(b.person))\(w.comma)\(w.birthday(inDays: b.inDays))")
            case .plan(let plan):
                var line = "- \(w.date(plan.date)): \(w.plan)"
                if !plan.title.isEmpty { line += " “\(text(plan.title))”" }
                if !plan.people.isEmpty { line += " \(w.with) " + plan.people.map(person).joined(separator: w.comma) }
                out.append(line + " · \(place(plan.location))")
            }
        }
    }

    private func stats(_ out: Lines) {
        let s = digest.stats
        let values = [
            s.people, s.byStatus[.active] ?? 0, s.byStatus[.paused] ?? 0, s.byStatus[.archived] ?? 0,
            s.byStatus[.target] ?? 0, s.inPlay, s.touched30, s.touched90, s.due, s.noHistory, s.openTasks,
            s.entries,
        ]
        out.append("| \(w.statsHeader.0) | \(w.statsHeader.1) |")
        out.append("|---|---:|")
        for (label, value) in zip(w.statLabels(), values) { out.append("| \(label) | \(value) |") }
    }

    private func section(_ out: Lines, _ title: String, empty: String?, _ body: () -> Void) {
        out.append("")
        out.append("## \(title)")
        out.append("")
        if let empty { out.append(empty) } else { body() }
    }
}

/// Lines of output being built.
final class Lines {
    var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
}
