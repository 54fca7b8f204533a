import Foundation

/// Where a journal keeps the note of a day, so that an entry of several people (`kizuna log`) goes to the day's note
/// the journal already has, or to a new one where and as it keeps its others: beside its newest daily note, named as
/// that one is with the day moved (`Daily/2026/2026-12-06.md`, `journals/2026_12_06.md`,
/// `daily.journal.2026.12.06.md`); a Denote journal entry (`20261206T093000--2026-12-06__journal.md`) where people's
/// notes are named as Denote names them; else `log/<day>.md`.
public struct DayNotePlace: Sendable {
    /// The journal's daily notes that are no one's and stand outside the people folder: each one's path and day.
    let daily: [(path: String, day: Day)]
    /// Denote's journal entries (`__journal` among a Denote name's keywords) and the day each one's identifier gives.
    let denoteEntries: [(path: String, day: Day)]
    /// Where most people's notes are named as Denote names them, the folder a new journal entry goes to: that of the
    /// newest entry, else that of most people's notes; nil elsewhere.
    let denoteFolder: String?
    let format: DailyNoteFormat?
    /// The journal is a Logseq graph, whose journal pages Logseq reads from `journals/` alone.
    let logseq: Bool
    /// The vault makes its daily notes from a template (`Config.dailyNoteTemplate`).
    let template: Bool
    /// Where the vault makes a new daily note (`Config.newDailyNote`).
    let newDailyNote: String?
    /// The Denote identifiers the journal's notes already have.
    let takenIdentifiers: Set<String>

    /// The places of `journal`, whose notes are at `notes` (those of its entries when not given).
    public init(_ journal: Journal, notes: [String]? = nil) {
        format = journal.config.dailyNoteFormat
        logseq = journal.config.logseq != nil
        template = journal.config.dailyNoteTemplate
        newDailyNote = journal.config.newDailyNote
        let people = Set(journal.people.map(\.path))
        let paths = Set(notes ?? journal.entries.indices.map { journal.entries[$0].location.path }).subtracting(people)
        var daily: [(String, Day)] = [], entries: [(String, Day)] = []
        // A person's own folder, or one named as a person is, keeps their days (`People/Ken Ito/2025-12-19.md`): those
        // are theirs, not the journal's.
        let peopleDir = journal.config.peopleDir
        let owned = Set(
            journal.people.compactMap {
                JournalResolver.Directory.ownFolder(path: $0.path, stem: $0.id, peopleDir: peopleDir)
            })
        let names = Set(journal.people.flatMap { [$0.name.lowercased(), $0.id.lowercased()] })
        for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let stem = NoteName.stem(String(path.split(separator: "/").last ?? ""))
            if let name = DenoteName(stem: stem) {
                if let day = name.journalDay { entries.append((path, day)) }
            } else if !NoteName.lies(path, in: peopleDir), !owned.contains(DayNotePlace.folder(of: path)),
                !names.contains(path.split(separator: "/").dropLast().last.map { $0.lowercased() } ?? ""),
                let day = DateParser.dailyNoteDay(path: path, stem: stem, format: format)
            {
                daily.append((path, day))
            }
        }
        (self.daily, denoteEntries) = (daily, entries)
        takenIdentifiers = DenoteName.identifiers(ofPaths: paths.union(people))
        let naming = PersonNoteNaming(journal)
        let folders = journal.people.compactMap { person -> String? in
            DenoteName(stem: person.id)?.personKeyword == nil ? nil : DayNotePlace.folder(of: person.path)
        }
        let newest = entries.max { $0.1 < $1.1 }.map { DayNotePlace.folder(of: $0.0) }
        denoteFolder = naming.denoteKeyword == nil ? nil : newest ?? PersonNoteNaming.mostOf(folders)?.value ?? ""
    }

    /// A note an entry may go to: one the journal has (or `log/<day>.md`), or one to make, with the text it opens with.
    public struct Note: Sendable, Equatable {
        public var path: String
        /// The front matter a new Denote journal entry opens with; nil for a note that exists or opens empty.
        public var opening: String?

        public init(path: String, opening: String? = nil) {
            self.path = path
            self.opening = opening
        }
    }

    /// The notes an entry of `day` may go to, best first: `log/<day>.md` where the journal has it; the journal's
    /// other notes of that day; a new one, named as the newest daily note is, beside it (where people's notes are
    /// Denote's, a new journal entry made at `now`); and `log/<day>.md`.
    public func notes(for day: Day, now: Date, timeZone: TimeZone) -> [Note] {
        let log = "log/\(day).md"
        let existing = daily.filter { $0.day == day }.map(\.path) + denoteEntries.filter { $0.day == day }.map(\.path)
        var out = (existing.contains(log) ? [log] : []) + existing.filter { $0 != log }
        if let denote = denoteEntry(for: day, at: now, timeZone: timeZone) {
            return out.map { Note(path: $0) } + [denote] + (out.contains(log) ? [] : [Note(path: log)])
        }
        // A graph with no journal page yet gets one named as Logseq names them unless told otherwise.
        let first = Day(year: 2000, month: 1, day: 1).map { ("journals/2000_01_01.md", $0) }
        // A vault that makes its daily notes from a template gets none from kizuna, which would stand in its way.
        let newest = template ? nil : daily.max { $0.day < $1.day } ?? (logseq ? first : nil)
        if let newest, let path = moved(newest.path, from: newest.day, to: day), !out.contains(path) {
            out.append(path)
        } else if newest == nil, !template, let path = firstDailyNote(of: day), !out.contains(path) {
            out.append(path)
        }
        if !out.contains(log) { out.append(log) }
        return out.map { Note(path: $0) }
    }

    /// A new Denote journal entry for `day`, made at `time` of that day (or the first second after it that no note's
    /// identifier has), titled by the day, with the front matter Denote writes; nil where people's notes are not
    /// Denote's.
    func denoteEntry(for day: Day, at time: Date, timeZone: TimeZone) -> Note? {
        guard let denoteFolder else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (y, m, d) = day.components
        var parts = calendar.dateComponents([.hour, .minute, .second], from: time)
        (parts.year, parts.month, parts.day) = (y, m, d)
        var stamp = DenoteStamp(calendar.date(from: parts) ?? time, timeZone: timeZone)
        while takenIdentifiers.contains(stamp.identifier) { stamp = stamp.next() }
        let title = "\(day)"
        let path =
            (denoteFolder.isEmpty ? "" : denoteFolder + "/") + stamp.identifier + "--" + title + "__"
            + DenoteName.journalKeyword + ".md"
        let text = [
            "---", "title:      " + YAMLText.quoted(title), "date:       " + stamp.written,
            "tags:       [" + YAMLText.quoted(DenoteName.journalKeyword) + "]",
            "identifier: " + YAMLText.quoted(stamp.identifier), "---", "",
        ].joined(separator: "\n")
        return Note(path: path, opening: text + "\n")
    }

    /// The first daily note of a vault that has none yet, where and as its settings make them
    /// (`Config.newDailyNote`); nil where they make none, or the name would not read back as `day`.
    func firstDailyNote(of day: Day) -> String? {
        guard let pattern = newDailyNote, let stem = DailyNoteFormat.path(moment: pattern, of: day) else { return nil }
        let path = stem + ".md"
        let name = String(stem.split(separator: "/").last ?? "")
        return DateParser.dailyNoteDay(path: path, stem: name, format: format) == day ? path : nil
    }

    /// The folder a path stands in, "" for the root.
    static func folder(of path: String) -> String { path.split(separator: "/").dropLast().joined(separator: "/") }
}

extension DayNotePlace {
    /// `path`, the daily note of `old`, with its day moved to `day`: each number of its name that gives the year,
    /// the month or the day written anew at its width, a folder named by the year or its month (`2026/11`) moved
    /// too, a weekday's name in its name written for the new day. Nil unless the new name reads back as `day`, or
    /// when a folder's name holds the year or month in some other way (`11-November`).
    func moved(_ path: String, from old: Day, to day: Day) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let file = parts.popLast() else { return nil }
        let stem = NoteName.stem(file)
        let ext = String(file.dropFirst(stem.count))
        guard let folders = DayNotePlace.movedFolders(parts, from: old, to: day) else { return nil }
        let prefix = folders.isEmpty ? "" : folders.joined(separator: "/") + "/"
        for candidate in DayNotePlace.movedNames(stem, from: old, to: day) {
            let name = DayNotePlace.movedWords(candidate, from: old, to: day)
            if DateParser.dailyNoteDay(path: prefix + name + ext, stem: name, format: format) == day {
                return prefix + name + ext
            }
        }
        return nil
    }

    /// The folders with the year's (`2026`) and, after it, the month's (`11`) moved; nil when a folder holds the year
    /// or the month within other words.
    static func movedFolders(_ parts: [String], from old: Day, to day: Day) -> [String]? {
        let (oy, om, _) = old.components, (y, m, _) = day.components
        var out: [String] = [], afterYear = false
        for part in parts {
            let bytes = Array(part.utf8)
            let numbers = digitRuns(bytes).map { number(bytes[$0]) }
            let whole = numbers.count == 1 && digitRuns(bytes).first == bytes.indices
            if whole, numbers[0] == oy, bytes.count == 4 {
                out.append(pad(y, 4))
                afterYear = true
            } else if whole, afterYear, numbers[0] == om {
                out.append(bytes.count == 2 ? pad(m, 2) : "\(m)")
                afterYear = false
            } else if numbers.contains(where: { $0 == oy && oy != y || $0 == om && om != m }) {
                return nil
            } else {
                out.append(part)
                afterYear = false
            }
        }
        return out
    }

    /// Every way to write `day` into `stem` in place of `old`: one of its numbers the day's, another the month's and
    /// another the year's where it has them, each at its width (`05`, `5`, `2026`, `26`).
    static func movedNames(_ stem: String, from old: Day, to day: Day) -> [String] {
        let bytes = Array(stem.utf8)
        let runs = digitRuns(bytes)
        let numbers = runs.map { number(bytes[$0]) }
        let (oy, om, od) = old.components, (y, m, d) = day.components
        func written(_ n: Int, width: Int) -> String {
            width == 4 ? pad(n, 4) : width == 2 ? pad(n % 100, 2) : "\(n)"
        }
        var out: [String] = []
        let maybe = [nil] + runs.indices.map(Optional.some)
        for di in runs.indices where numbers[di] == od {
            for mi in maybe where mi != di && mi.map({ numbers[$0] == om }) ?? true {
                for yi in maybe where yi != di && (yi == nil || yi != mi) {
                    guard yi.map({ numbers[$0] == (runs[$0].count == 2 ? oy % 100 : oy) }) ?? true else { continue }
                    var name: [UInt8] = [], from = 0
                    for (k, run) in runs.enumerated() {
                        guard let value = k == di ? d : k == mi ? m : k == yi ? y : nil else { continue }
                        name += bytes[from..<run.lowerBound] + Array(written(value, width: run.count).utf8)
                        from = run.upperBound
                    }
                    out.append(String(decoding: name + bytes[from...], as: UTF8.self))
                }
            }
        }
        return out
    }

    /// `name` with the words of `old` written for `day`: its weekday in English, in full or short, as written or in
    /// lower case, or in Japanese (`(火)`, `火曜日`); its month's name in English; an English ordinal's ending
    /// (`6th` where `24th` stood).
    static func movedWords(_ name: String, from old: Day, to day: Day) -> String {
        var out = name
        let english = [
            (Day.englishWeekdays, old.weekday, day.weekday), (Day.englishShortWeekdays, old.weekday, day.weekday),
            (DailyNoteFormat.months, old.components.month - 1, day.components.month - 1),
            (DailyNoteFormat.shortMonths, old.components.month - 1, day.components.month - 1),
        ]
        var done = Set<String>()
        for (words, o, n) in english {
            for (was, now) in [(words[o], words[n]), (words[o].lowercased(), words[n].lowercased())]
            where out.contains(was) && !done.contains(where: { $0.contains(was) }) {
                out = out.replacingOccurrences(of: was, with: now)
                done.insert(was)
            }
        }
        for (open, close) in [("(", ")"), ("（", "）"), ("", "曜日")] {
            let was = open + Day.japaneseWeekdays[old.weekday] + close
            out = out.replacingOccurrences(of: was, with: open + Day.japaneseWeekdays[day.weekday] + close)
        }
        return ordinalsMoved(out)
    }

    /// `name` with each English ordinal's ending (`st`, `nd`, `rd`, `th` after a number) the one its number takes.
    static func ordinalsMoved(_ name: String) -> String {
        let bytes = Array(name.utf8)
        var out: [UInt8] = [], from = 0
        for run in digitRuns(bytes) where run.upperBound + 2 <= bytes.count {
            let ending = String(decoding: bytes[run.upperBound..<(run.upperBound + 2)], as: UTF8.self)
            guard ["st", "nd", "rd", "th"].contains(ending) else { continue }
            out += bytes[from..<run.upperBound] + Array(DailyNoteFormat.ordinalEnding(number(bytes[run])).utf8)
            from = run.upperBound + 2
        }
        return String(decoding: out + bytes[from...], as: UTF8.self)
    }

    /// The runs of ASCII digits in `bytes`.
    static func digitRuns(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard (0x30...0x39).contains(bytes[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            out.append(start..<i)
        }
        return out
    }

    /// The number ASCII digits write (at most 18 of them, as a run in a name is).
    static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.prefix(18).reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
