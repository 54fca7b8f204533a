import Foundation

/// A note named as Emacs's Denote names its files, `IDENTIFIER==SIGNATURE--TITLE__KEYWORDS`
/// (`20231015T093000--jane-doe__person_work.md`): its identifier is what `denote:` links name, its title is the
/// note's title in lower-case words joined by `-`, its keywords are its tags.
public struct DenoteName: Sendable, Equatable {
    public var identifier: String
    public var title: String
    public var keywords: [String]

    /// The parts of a note's name (without its extension); nil when it does not start with an identifier, a day and
    /// a time of day (`20231015T093000`), followed by nothing or by one of the parts' marks.
    public init?(stem: String) {
        let head = stem.utf8.prefix(15)
        guard head.count == 15,
            head.enumerated().allSatisfy({ $0 == 8 ? $1 == UInt8(ascii: "T") : (0x30...0x39).contains($1) })
        else { return nil }
        let rest = stem.utf8.dropFirst(15)
        guard rest.isEmpty || ["==", "--", "__"].contains(where: { rest.starts(with: $0.utf8) }) else { return nil }
        identifier = String(stem.prefix(15))
        /// The part after `mark`, up to the next part's mark.
        func part(after mark: String) -> String {
            guard let start = stem.range(of: mark, range: stem.index(stem.startIndex, offsetBy: 15)..<stem.endIndex)
            else { return "" }
            let tail = stem[start.upperBound...]
            let end = ["==", "--", "__"].filter { $0 != mark }.compactMap { tail.range(of: $0)?.lowerBound }.min()
            return String(tail[..<(end ?? tail.endIndex)])
        }
        title = part(after: "--")
        keywords = part(after: "__").split(separator: "_").map(String.init)
    }

    /// What a link to the note names: `denote:` and the identifier.
    public var linkKey: String { "denote:" + identifier }

    /// The identifiers the notes at `paths` have, as a new note's must not be.
    static func identifiers(ofPaths paths: some Sequence<String>) -> Set<String> {
        Set(
            paths.compactMap {
                DenoteName(stem: NoteName.stem(String($0.split(separator: "/").last ?? "")))?.identifier
            })
    }

    /// Whether a link's destination names a Denote note (`denote:20231015T093000`, with an Org search after `::` or
    /// not): the destination without the search.
    static func link(_ destination: String) -> String? {
        guard destination.hasPrefix("denote:") else { return nil }
        let target = destination.split(separator: ":", omittingEmptySubsequences: false).prefix(2).joined(
            separator: ":")
        let identifier = String(target.dropFirst(7))
        return DenoteName(stem: identifier)?.identifier == identifier ? target : nil
    }

    /// Tags as Denote's keywords: letters and digits alone, in lower case (`Design Team` → `designteam`), each once.
    static func keywords(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
    }

    /// The keyword Denote's journal marks its entries with.
    static let journalKeyword = "journal"

    /// The day an entry of Denote's journal (`__journal` among its keywords) is of: its identifier's.
    var journalDay: Day? {
        guard keywords.contains(DenoteName.journalKeyword) else { return nil }
        let digits = Array(identifier.utf8.prefix(8)).map { Int($0) - 0x30 }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        return Day(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }

    /// The keyword that says the note is a person's (`__person`, `__people`), as `type: person` does; nil for none.
    var personKeyword: String? { keywords.first { ["person", "people"].contains($0.lowercased()) } }
}

/// When a new Denote note is made, as its name and front matter write it: the identifier (`20261206T103000`) and
/// the date with its offset (`2026-12-06T10:30:00+09:00`), in the user's time zone.
public struct DenoteStamp: Sendable, Equatable {
    public let identifier: String
    public let written: String

    public init(_ date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
        let (day, time) = (String(c.year ?? 0) + two(c.month) + two(c.day), two(c.hour) + two(c.minute) + two(c.second))
        identifier = day + "T" + time
        let offset = timeZone.secondsFromGMT(for: date) / 60
        let zone = (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60)
        written =
            "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))" + zone
        self.date = date
        self.timeZone = timeZone
    }

    private let date: Date
    private let timeZone: TimeZone

    /// The stamp a second later: each note an import makes gets an identifier of its own.
    public func next() -> DenoteStamp { DenoteStamp(date.addingTimeInterval(1), timeZone: timeZone) }
}
