/// The one entry of a note with no dated heading: a daily note's, a meeting note's, minutes', or that of a note
/// named by a day in its person's own folder; and the entries a person's front matter gives.
extension BodyReader {
    /// The one entry of a daily or meeting note with no dated heading. No entry has links yet: the note's other
    /// links are its body. A meeting's people take part, as a heading's links do; its body's links are mentions.
    /// Its title is the first heading or the file's name.
    func addDailyEntry(_ day: Day, _ r: inout Reading, into note: inout ParsedNote) {
        let people = (meeting?.people ?? []).map {
            var link = RawLink(target: .name($0.text), location: $0.location)
            link.quiet = meeting?.namedByTags == true
            return link
        }
        var title = r.dailyTitle ?? r.titles.count..<r.titles.count
        if meeting != nil, r.dailyTitle == nil { title = fileTitle(on: day, &r) }
        let body = note.otherLinks
        addWholeEntry(
            day, title: title, tags: (meeting?.tags ?? []) + r.dailyTags, people: people, body: body, &r, into: &note)
    }

    /// The one entry of a note with no dated heading, at its first line: `people` take part as a heading's links
    /// do, `body`'s are mentioned; the note's other links are given to it, and its tasks are made that day.
    func addWholeEntry(
        _ day: Day, title: Range<Int>, tags: [String], people: [RawLink], body: [RawLink], _ r: inout Reading,
        into note: inout ParsedNote
    ) {
        var entry = RawEntry(
            date: day, title: title, tags: tags, linkStart: 0, headingLinkCount: Int32(people.count),
            location: SourceLocation(path: path, line: lineOffset + 1, column: 1))
        entry.bodyLinkCount = Int32(body.count)
        note.entryLinks = people + body
        note.otherLinks = []
        for i in r.tasks.indices where r.tasks[i].created == nil { r.tasks[i].created = day }
        r.entries.append(entry)
    }

    /// The file's name without the day it starts with, added to the titles (`meetingTitle`).
    func fileTitle(on day: Day, _ r: inout Reading) -> Range<Int> {
        let start = r.titles.count
        r.titles += BodyReader.meetingTitle(stem, on: day).utf8
        return start..<r.titles.count
    }

    /// The one entry of a note with no dated heading: a daily or meeting note's, minutes', or the entry a note
    /// named by a day is in its person's own folder.
    func addWholeNoteEntry(
        daily: Day?, named: Day?, minutes: BodyMeeting?, _ r: inout Reading, into note: inout ParsedNote
    ) {
        if let day = daily {
            addDailyEntry(day, &r, into: &note)
        } else if let people = minutes?.people, let day = minutes?.day ?? frontMatterDay ?? named {
            addMinutesEntry(day, people: people, &r, into: &note)
        } else if let day = named {
            note.namedEntry = [namedEntry(day, &r)]
        }
    }

    /// The one entry of minutes that name who took part in their text (`BodyMeeting`): the people of that block
    /// take part, as a meeting's front matter people do; the note's other links are mentions. Titled by the file's
    /// name without the day it starts with.
    func addMinutesEntry(_ day: Day, people: Range<Int>, _ r: inout Reading, into note: inout ParsedNote) {
        let others = Array(note.otherLinks[..<people.lowerBound]) + Array(note.otherLinks[people.upperBound...])
        addWholeEntry(
            day, title: fileTitle(on: day, &r), tags: [], people: Array(note.otherLinks[people]), body: others, &r,
            into: &note)
    }

    /// The entry a note named by a day is in its person's own folder (`namedEntry`): titled by its name without the
    /// day, with the tags of its blocks, its links the note's.
    func namedEntry(_ day: Day, _ r: inout Reading) -> RawEntry {
        var entry = RawEntry(
            date: day, title: fileTitle(on: day, &r), tags: [], linkStart: 0, headingLinkCount: 0,
            location: SourceLocation(path: path, line: lineOffset + 1, column: 1))
        (entry.tags, entry.kinds) = uniqueTags(r.dailyTags)
        return entry
    }

    /// The day a note's name starts with (`2025-10-24 - Intro`), when it is one.
    static func leadingDay(of stem: String) -> Day? {
        guard let first = stem.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
            case .date(let day, _, _) = DateParser.heading(stem)
        else { return nil }
        return day
    }

    /// A meeting note's name as its title, without the meeting's date it starts with and the dashes after that,
    /// as a heading's title is without its date: `2026-11-10 Pilot kickoff` is Pilot kickoff. A number alone left
    /// counts the day's notes (`2026-11-10 - 2`), and is no title.
    static func meetingTitle(_ name: String, on day: Day) -> String {
        let stem = NoteName.notionTitle(name) ?? name
        guard case .date(let d, let rest, _) = DateParser.heading(stem), d == day else { return stem }
        let title = rest.drop { " -–—_·:".contains($0) }
        return title.allSatisfy { $0.isASCII && $0.isNumber } ? "" : String(title)
    }

    /// The entries a person's note gives besides its dated headings and log: the touches its front matter logs,
    /// and the day last in touch its front matter or profile keeps; and the next steps its front matter keeps.
    func addPersonsOwnEntries(_ r: inout Reading, _ fields: PersonFields?, linkStart: Int) {
        if let logged = fields?.interactions, !logged.isEmpty { addInteractions(logged, &r, linkStart: linkStart) }
        if let last = fields?.lastContact ?? r.profile.lastContact { addLastContact(last, &r, linkStart: linkStart) }
        for next in [fields?.nextAction, fields?.nextContact].compactMap({ $0 }) where !next.text.isEmpty {
            r.tasks.append(
                RawTask(
                    text: next.text, done: false, due: next.due, doneDate: nil, created: nil, links: [],
                    location: SourceLocation(path: path, line: Int(next.line), column: Int(next.column))))
        }
    }

    /// A template's `last_contact:` is a touch that day, when no entry of the note is as late. It has no title and
    /// no links.
    func addLastContact(_ last: PersonFields.Mark, _ r: inout Reading, linkStart: Int) {
        guard !r.entries.contains(where: { $0.date >= last.day }) else { return }
        r.entries.append(entry(at: last, title: r.titles.count..<r.titles.count, linkStart: linkStart))
    }

    /// An entry with no links of its own that the front matter gives, on the day `mark` names, placed there.
    func entry(at mark: PersonFields.Mark, title: Range<Int>, linkStart: Int) -> RawEntry {
        RawEntry(
            date: mark.day, title: title, tags: [], linkStart: Int32(linkStart), headingLinkCount: 0,
            location: SourceLocation(path: path, line: Int(mark.line), column: Int(mark.column)))
    }

    /// An entry for each touch the front matter logs, titled by its text.
    func addInteractions(_ logged: [PersonFields.Interaction], _ r: inout Reading, linkStart: Int) {
        for touch in logged {
            let start = r.titles.count
            r.titles += Array(touch.text.utf8)
            r.entries.append(entry(at: touch.mark, title: start..<r.titles.count, linkStart: linkStart))
        }
    }
}
