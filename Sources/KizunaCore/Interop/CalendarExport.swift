/// The journal as an iCalendar feed (RFC 5545): birthdays as yearly all-day events, plans as all-day events, next
/// steps with a due date as to-dos. UIDs stay the same from one export to the next, so a calendar that subscribes
/// updates its copies instead of adding new ones; the bytes depend only on the journal and the day.
public struct CalendarExport: Sendable {
    public let journal: Journal
    public let date: Day

    public init(journal: Journal, date: Day) {
        self.journal = journal
        self.date = date
    }

    private var ja: Bool { journal.config.language == .ja }

    /// The whole feed.
    public func render() -> String {
        var out = ContentLines()
        out.add("BEGIN", "VCALENDAR")
        out.add("VERSION", "2.0")
        out.add("PRODID", "-//kizuna//kizuna \(Kizuna.version)//EN")
        out.add("CALSCALE", "GREGORIAN")
        out.add("X-WR-CALNAME", ContentLines.escape(ja ? "kizuna: 誕生日と予定" : "kizuna: birthdays and plans"))
        for p in journal.people.indices where p != journal.owner && journal.people[p].status != .archived {
            birthday(p, &out)
        }
        plans(&out)
        tasks(&out)
        out.add("END", "VCALENDAR")
        return out.text
    }

    /// Every component is stamped with the export's day, not the clock, so the same journal gives the same bytes.
    private var stamp: String { compact(date) + "T000000Z" }

    private func compact(_ d: Day) -> String { d.description.replacingOccurrences(of: "-", with: "") }

    private func birthday(_ p: Int, _ out: inout ContentLines) {
        let person = journal.people[p]
        guard let b = person.birthday else { return }
        let year = date.components.year
        // 29 February: the last day of February, every year.
        let leapDay = b.month == 2 && b.day == 29
        guard let first = leapDay ? Day(year: year, month: 2, day: Day.isLeap(year) ? 29 : 28) : b.date(inYear: year)
        else { return }
        out.add("BEGIN", "VEVENT")
        out.add("UID", "birthday-\(uidPart(person.id))@kizuna")
        out.add("DTSTAMP", stamp)
        out.add("DTSTART;VALUE=DATE", compact(first))
        out.add("DTEND;VALUE=DATE", compact(first + 1))
        out.add("RRULE", leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY")
        out.add("SUMMARY", ContentLines.escape(ja ? "\(person.name)さんの誕生日" : "\(person.name)’s birthday"))
        if let y = b.year {
            out.add("DESCRIPTION", ContentLines.escape(ja ? "\(y)年生まれ · \(person.path)" : "born \(y) · \(person.path)"))
        }
        out.add("CATEGORIES", ContentLines.escape(ja ? "誕生日" : "Birthday"))
        out.add("TRANSP", "TRANSPARENT")
        out.add("END", "VEVENT")
    }

    private func plans(_ out: inout ContentLines) {
        var seen: [String: Int] = [:]
        for e in journal.entries where e.date > date {
            let key = "\(e.location.path)|\(e.date)"
            let n = seen[key, default: 0]
            seen[key] = n + 1
            let people = e.participants.map { journal.people[$0].name }
            let title =
                e.title.isEmpty
                ? (ja ? "予定" : "Plan") + (people.isEmpty ? "" : ": " + people.joined(separator: ", ")) : e.title
            out.add("BEGIN", "VEVENT")
            out.add("UID", "plan-\(uidPart(e.location.path))-\(compact(e.date))-\(n)@kizuna")
            out.add("DTSTAMP", stamp)
            out.add("DTSTART;VALUE=DATE", compact(e.date))
            out.add("DTEND;VALUE=DATE", compact(e.date + 1))
            out.add("SUMMARY", ContentLines.escape(title))
            let with = people.isEmpty ? "" : (ja ? "参加: " : "with ") + people.joined(separator: ", ") + "\n"
            out.add("DESCRIPTION", ContentLines.escape(with + "\(e.location.path):\(e.location.line)"))
            out.add("END", "VEVENT")
        }
    }

    private func tasks(_ out: inout ContentLines) {
        var seen: [String: Int] = [:]
        for t in journal.tasks where !t.done {
            guard let due = t.due else { continue }
            let key = "\(t.location.path)|\(t.text)"
            let n = seen[key, default: 0]
            seen[key] = n + 1
            out.add("BEGIN", "VTODO")
            out.add("UID", "task-\(uidPart(t.location.path))-\(hash(t.text))-\(n)@kizuna")
            out.add("DTSTAMP", stamp)
            out.add("DUE;VALUE=DATE", compact(due))
            out.add("SUMMARY", ContentLines.escape(t.text))
            let people = t.people.map { journal.people[$0].name }
            let with = people.isEmpty ? "" : (ja ? "関係者: " : "with ") + people.joined(separator: ", ") + "\n"
            out.add("DESCRIPTION", ContentLines.escape(with + "\(t.location.path):\(t.location.line)"))
            out.add("STATUS", "NEEDS-ACTION")
            out.add("END", "VTODO")
        }
    }

    /// A path or id as UID characters: ASCII letters, digits and `-` kept, anything else as its hex code.
    private func uidPart(_ s: String) -> String {
        s.unicodeScalars.map { u in
            (u.isASCII && (Character(u).isLetter || Character(u).isNumber)) || u == "-"
                ? String(u) : "_" + String(u.value, radix: 16)
        }.joined()
    }

    /// FNV-1a of the text, so that a task's UID survives lines added above it.
    private func hash(_ s: String) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return String(h, radix: 16)
    }
}
