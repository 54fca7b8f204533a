/// A person's fields written in the body above their first entry, as templates and agents write a profile
/// (`**Birthday:** 1990-05-01`, `- Email: ann@example.com`, `**会社**: Acme`): each read where the front matter
/// gives none. A value a template left unfilled (`[Email]`, `{{email}}`, `YYYY-MM-DD`) is no value.
public final class BodyProfile: Sendable {
    public let birthday: Birthday?
    public let met: Day?
    /// How they met, where the line that says when (`Met:`, `出会い:`) holds words rather than a day.
    public let howMet: String?
    public let purpose: String?
    public let contact: [(key: String, value: String)]
    /// Who introduced them and whom they know, as written (`[[佐藤 花子]]`, `Ken Ito`): the resolve stage finds them.
    public let introducedBy: [String]
    public let knows: [String]
    /// The day last in touch (`| Last chat | 2025-11-06 |`), where the front matter gives none: an entry.
    public let lastContact: PersonFields.Mark?
    /// Their tags (`Tags: friend, work`, as Notion's export writes a page's multi-select), where the front matter
    /// gives none.
    public let tags: [String]

    init(
        birthday: Birthday?, met: Day?, howMet: String?, purpose: String?, contact: [(key: String, value: String)],
        introducedBy: [String], knows: [String], lastContact: PersonFields.Mark?, tags: [String]
    ) {
        (self.birthday, self.met, self.howMet, self.purpose) = (birthday, met, howMet, purpose)
        (self.contact, self.introducedBy, self.knows, self.lastContact) = (contact, introducedBy, knows, lastContact)
        self.tags = tags
    }

    /// The fields of a profile line's label (lower-cased, its bold and list marks aside).
    enum Field: Equatable { case birthday, met, purpose, introducedBy, knows, lastContact, tags, contact(String) }

    /// The warning at a profile line's date kizuna cannot read: a birthday, the day met or the day last in touch.
    static func unreadDate(_ value: String, field: Field, at place: SourceLocation) -> Diagnostic {
        let birthday = field == .birthday
        let (what, whatJa) =
            birthday
            ? ("birthday", "誕生日") : field == .lastContact ? ("day last in touch", "最終連絡日") : ("day met", "出会った日")
        let write = birthday ? "YYYY-MM-DD or MM-DD" : "YYYY-MM-DD"
        return Diagnostic(
            .warning,
            Message(
                "the \(what) '\(value)' is not a date kizuna reads (write \(write)); it is left out",
                ja: "\(whatJa) '\(value)' は日付として読めません(\(write) で書きます)。読まずにおきます"),
            at: place)
    }

    static let labels: [String: Field] = [
        "birthday": .birthday, "born": .birthday, "bday": .birthday, "誕生日": .birthday,
        "met": .met, "first met": .met, "出会った日": .met, "how we met": .met, "how met": .met, "出会い": .met,
        "purpose": .purpose, "why": .purpose, "目的": .purpose, "introduced by": .introducedBy,
        "referred by": .introducedBy, "紹介者": .introducedBy, "紹介してくれた人": .introducedBy, "friends": .knows,
        "last chat": .lastContact, "last contact": .lastContact, "last contacted": .lastContact, "最終連絡": .lastContact,
        "最終連絡日": .lastContact,
        "tags": .tags, "タグ": .tags, "telegram": .contact("telegram"),
        "email": .contact("email"), "e-mail": .contact("email"), "メール": .contact("email"),
        "メールアドレス": .contact("email"), "phone": .contact("phone"), "電話": .contact("phone"),
        "電話番号": .contact("phone"), "mobile": .contact("mobile"), "携帯": .contact("mobile"),
        "携帯電話": .contact("mobile"), "company": .contact("company"), "会社": .contact("company"),
        "所属": .contact("company"), "role": .contact("role"), "position": .contact("role"),
        "job title": .contact("role"),
        "役職": .contact("role"), "肩書": .contact("role"), "address": .contact("address"), "住所": .contact("address"),
        "linkedin": .contact("linkedin"), "website": .contact("website"),
    ]
    /// The byte length of the longest of `labels`.
    static let longestLabel = labels.keys.map(\.utf8.count).max() ?? 0

    /// The label and value of a profile line (`label: value`, or a table's row) whose label is one of `labels`.
    static func labelled(_ bytes: ArraySlice<UInt8>) -> (label: String, value: String)? {
        BodyMeeting.labelled(bytes, known: { labels[$0] != nil }, longest: longestLabel, tables: true)
    }

    /// The fields gathered from a person's profile lines, one block at a time.
    struct Reading {
        var birthday: Birthday?
        var met: Day?
        var howMet: String?
        var purpose: String?
        var contact: [(key: String, value: String)] = []
        var introducedBy: [String] = []
        var knows: [String] = []
        /// The day last in touch, and where it is written.
        var lastContact: PersonFields.Mark? = nil
        var tags: [String] = []
        /// A birthday or a day met written as a date kizuna cannot read (`1990-02-30`): a mistake, where free text
        /// (`Met: at a conference`) is none.
        var diagnostics: [Diagnostic] = []

        /// Reads the block's lines (`label: value`, one a line); a field already read keeps its first value. `links`
        /// are the destinations of the block's markdown links, which name notes by their paths.
        mutating func read(
            _ block: MDBlock, text: DecodedText, lineOffset: Int, path: String, links: ArraySlice<String> = []
        ) {
            text.forEachLine(of: block, lineOffset: lineOffset) { line, bytes in
                // A label ends at a colon (`:`, `：`), or a table's row opens with a bar.
                guard bytes.contains(where: { $0 == 0x3A || $0 == 0xBC }) || BodyProfile.opensRow(bytes),
                    let (label, value) = BodyProfile.labelled(bytes),
                    let field = BodyProfile.labels[label],
                    // Links to people are read one by one (`[[Bob]] [[Sue]]`), each filled in or not.
                    let value = field == .knows || field == .introducedBy ? value : BodyProfile.filled(value)
                else { return }
                // Only digits and a date's marks: written as a date (`1990-02-30`), not as words (`2024年の勉強会`).
                let datelike =
                    value.first?.isNumber == true && value.allSatisfy { $0.isNumber || "-/. 年月日".contains($0) }
                /// Warns when a date's value is written as a date and is none (`1990-02-30`); free text is no mistake.
                func unread(_ read: Bool, _ field: Field) {
                    guard !read, datelike else { return }
                    let written = String(decoding: bytes, as: UTF8.self)
                    let column = written.range(of: value).map {
                        written.distance(from: written.startIndex, to: $0.lowerBound) + 1
                    }
                    diagnostics.append(
                        BodyProfile.unreadDate(
                            value, field: field, at: SourceLocation(path: path, line: line, column: column ?? 1)))
                }
                switch field {
                case .birthday:
                    let read = Birthday(value)
                    unread(read != nil, .birthday)
                    birthday = birthday ?? read
                case .met:
                    // A day, or else the words that say how (`Met: at the Swift meetup`).
                    let read = FrontMatterDate.leadingDay(value)
                    unread(read != nil, .met)
                    met = met ?? read
                    if read == nil, !datelike { howMet = howMet ?? value }
                case .purpose: purpose = purpose ?? value
                case .introducedBy, .knows:
                    // A markdown link names its note by its path (`[Ken](Ken%20Ito.md)`), as Notion's export links.
                    let written = String(decoding: bytes, as: UTF8.self)
                    let linked = links.filter { !$0.isEmpty && written.contains($0) }.compactMap(BodyProfile.noteName)
                    let people = linked.isEmpty ? BodyProfile.people(value) : linked
                    if field == .knows, knows.isEmpty { knows = people }
                    if field == .introducedBy, introducedBy.isEmpty { introducedBy = people }
                case .tags: if tags.isEmpty { tags = BodyProfile.tags(value) }
                case .lastContact:
                    let read = FrontMatterDate.leadingDay(value)
                    unread(read != nil, .lastContact)
                    if lastContact == nil, let read {
                        lastContact = PersonFields.Mark(day: read, line: Int32(line), column: 1)
                    }
                case .contact(let key):
                    guard !contact.contains(where: { $0.key == key }), key != "email" || value.contains("@"),
                        key != "phone" && key != "mobile" || value.contains(where: \.isNumber)
                    else { return }
                    contact.append((key, value))
                }
            }
        }

        /// What was read, nil when nothing was.
        var profile: BodyProfile? {
            birthday == nil && met == nil && howMet == nil && purpose == nil && contact.isEmpty && introducedBy.isEmpty
                && knows.isEmpty && lastContact == nil && tags.isEmpty
                ? nil
                : BodyProfile(
                    birthday: birthday, met: met, howMet: howMet, purpose: purpose, contact: contact,
                    introducedBy: introducedBy, knows: knows, lastContact: lastContact, tags: tags)
        }
    }

    /// Whether a line opens as a table's row does (`| Phone | … |`), its indent and quote marks aside.
    static func opensRow(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x3E } == 0x7C
    }

    /// The people a value names: each link's target (`[[Bob]] [[Sue]]`), else each name parted by commas.
    static func people(_ value: String) -> [String] {
        if value.holdsWikiLinkOpening {
            return InlineScanner.scan(text: value, display: false).wikiLinks.map(\.target).filter {
                !$0.isEmpty && !NameIndex.isPlaceholder($0)
            }
        }
        return value.split(whereSeparator: FrontMatter.isListComma).compactMap { filled(String($0).trimmingSpaces()) }
    }

    /// The name of the note a markdown link's destination names: its file's name without `.md` (`Ken%20Ito.md` →
    /// `Ken Ito`); nil for a web address or any other file.
    static func noteName(_ destination: String) -> String? {
        let path = destination.removingPercentEncoding ?? destination
        guard !path.contains(":"), NoteName.isNote(path), let file = path.split(separator: "/").last else { return nil }
        return NoteName.stem(String(file))
    }

    /// The tags a profile's line lists: parted by commas (`friend, Design Team`), or by spaces where each is written
    /// as a tag (`#friend #work`); their `#` aside, and the tags that only say a note is a person's left out.
    static func tags(_ value: String) -> [String] {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        let items =
            !value.contains(where: FrontMatter.isListComma) && words.allSatisfy({ $0.hasPrefix("#") })
            ? words : value.split(whereSeparator: FrontMatter.isListComma)
        return items.map { $0.trimmingSpaces() }.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }.filter {
            !$0.isEmpty && filled($0) != nil && !FrontMatter.isPersonTag($0) && !PersonReader.isContactTag($0)
        }
    }

    /// A value as written, a link's note named by its name (`[[Acme]]`); nil for a template's unfilled one, and
    /// for a Dataview query that shows a front matter's value (`= this.email`, `$= dv.current().email`).
    static func filled(_ value: String) -> String? {
        let v = value.linkedNoteName.map(String.init) ?? value
        let placeholder = v.isEmpty || v.contains("{{") || v.contains("YYYY") || v.hasPrefix("[") || v.hasPrefix("<")
        return placeholder || v.hasPrefix("=") || v.hasPrefix("$=") ? nil : v
    }
}
