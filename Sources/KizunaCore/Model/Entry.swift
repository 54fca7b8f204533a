/// The kinds an entry's tags give it.
public struct EntryKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let meet = EntryKinds(rawValue: 1 << 0)
    public static let call = EntryKinds(rawValue: 1 << 1)
    public static let message = EntryKinds(rawValue: 1 << 2)
    public static let sns = EntryKinds(rawValue: 1 << 3)
    public static let event = EntryKinds(rawValue: 1 << 4)
    public static let note = EntryKinds(rawValue: 1 << 5)
    public static let give = EntryKinds(rawValue: 1 << 6)
    public static let ask = EntryKinds(rawValue: 1 << 7)
    public static let thanks = EntryKinds(rawValue: 1 << 8)
    public static let intro = EntryKinds(rawValue: 1 << 9)

    /// English and Japanese tag names (already folded) for each kind.
    static let byTag: [String: EntryKinds] = [
        "meet": .meet, "会った": .meet, "call": .call, "電話": .call, "message": .message, "メッセージ": .message,
        "sns": .sns, "event": .event, "イベント": .event, "note": .note, "メモ": .note, "give": .give, "ギブ": .give,
        "ask": .ask, "お願い": .ask, "thanks": .thanks, "感謝": .thanks, "intro": .intro, "紹介": .intro,
    ]

    /// The tag names of `byTag` (none is longer than 16 bytes) as their byte count and their bytes in two words,
    /// zero past the end: a tag is compared with each in a few integer comparisons.
    private static let tagWords: [(count: Int, words: (UInt64, UInt64), kinds: EntryKinds)] = byTag.map { name, kinds in
        let u = Array(name.utf8)
        return (u.count, u.withUnsafeBytes(ByteKeyTable.head), kinds)
    }

    /// `byTag[Normalize.tag(tag)] ?? []` worked out on the tag's bytes, when the tag is ASCII or in the Japanese
    /// scripts NFKC and folding leave as they are (folding then only lowers ASCII letters); nil for any other tag.
    static func fast(ofTag tag: String) -> EntryKinds? {
        tag.withUTF8Bytes { u -> EntryKinds? in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x80 { i += 1; continue }
                guard b >= 0xE3, b <= 0xE9, i + 2 < u.count else { return nil }
                let v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                guard Normalize.isStable(v) else { return nil }
                i += 3
            }
            guard u.count <= 16 else { return [] }
            // The tag's bytes, ASCII letters lowered, laid in two words as `ByteKeyTable.head` lays the names'.
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { w in
                for k in u.indices { w[k] = u[k] &- UInt8(ascii: "A") < 26 ? u[k] + 32 : u[k] }
            }
            for name in tagWords where name.count == u.count && name.words == words { return name.kinds }
            return []
        }
    }

    /// Gives: `#give`, `#thanks`, `#intro`.
    public var isGive: Bool { !intersection([.give, .thanks, .intro]).isEmpty }
}

/// What the entries of one note share: their titles one after another, their people one after another (each
/// entry's participants, then its mentions), and the note's path. Kept once a note, behind one reference: a
/// journal holds hundreds of thousands of entries, and a title string, a list of people and a path each were
/// that many objects to make, keep and free, and 24 bytes more an entry.
final class EntryNote: Sendable {
    let titles: [UInt8]
    let people: [Int32]
    let path: String

    init(titles: [UInt8], people: [Int32], path: String) {
        self.titles = titles
        self.people = people
        self.path = path
    }
}

/// A dated entry: a touch with its participants when dated on or before the digest date, a plan after it.
public struct Entry: Sendable {
    public var date: Day
    /// What the entries of this one's note share, and where this one's title and people stand in it.
    let note: EntryNote
    let titleStart: Int32
    let titleCount: Int32
    /// Tags as written, without `#`, in order, each once.
    public var tags: [String]
    let peopleStart: Int32
    let participantCount: Int32
    let mentionCount: Int32
    // Beside the counts, so that the entry takes 56 bytes, not 64.
    public var kinds: EntryKinds
    let line: Int32
    let column: Int32

    init(
        date: Day, note: EntryNote, title: Range<Int>, tags: [String], kinds: EntryKinds, participants: Range<Int>,
        mentions: Int, line: Int, column: Int
    ) {
        self.date = date
        self.note = note
        titleStart = Int32(clamping: title.lowerBound)
        titleCount = Int32(clamping: title.count)
        self.tags = tags
        self.kinds = kinds
        peopleStart = Int32(participants.lowerBound)
        participantCount = Int32(participants.count)
        mentionCount = Int32(mentions)
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    /// The heading (or for a daily note, the file's first line).
    public var location: SourceLocation { SourceLocation(path: note.path, line: Int(line), column: Int(column)) }

    /// Indexes into `Journal.people`, sorted.
    public var participants: [Int] {
        note.people[Int(peopleStart)..<Int(peopleStart + participantCount)].map { Int($0) }
    }

    /// People linked but not present, sorted.
    public var mentions: [Int] {
        let from = Int(peopleStart + participantCount)
        return note.people[from..<(from + Int(mentionCount))].map { Int($0) }
    }

    /// The heading's text after the date, links shown by name, tags removed.
    public var title: String {
        note.titles.withUnsafeBufferPointer {
            String(
                decoding: UnsafeBufferPointer(rebasing: $0[Int(titleStart)..<Int(titleStart + titleCount)]),
                as: UTF8.self)
        }
    }

    /// Whether this entry counts as a touch (not `#note`).
    public var isContact: Bool { !kinds.contains(.note) }
}

/// A next step: a task list item.
public struct TaskItem: Sendable {
    /// The task's text, links shown by name, date markers removed.
    public var text: String
    public var done: Bool
    public var due: Day?
    public var doneDate: Day?
    /// The date of the entry the task stands in.
    public var created: Day?
    /// Indexes into `Journal.people`, sorted.
    public var people: [Int]
    public var location: SourceLocation
}
