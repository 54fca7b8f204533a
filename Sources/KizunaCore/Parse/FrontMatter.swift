import Foundation

/// Splits front matter from the body and reads person fields from it.
public enum FrontMatter {
    /// Where the front matter and body lie in a decoded file.
    public struct Split: Sendable {
        /// The YAML text (between the fences), or nil when the file has no front matter.
        public var yaml: String?
        /// Byte offset where the markdown body starts.
        public var bodyOffset: Int
        /// Lines before the body (the fences and the YAML).
        public var bodyLineOffset: Int
        /// The opening fence has no closing one.
        public var unclosed: Bool
    }

    /// Finds front matter: a first line `---`, up to the next `---` or `...` line. Without `yaml`, the split's
    /// `yaml` is left empty when there is front matter (a note read a second time needs only where its body starts).
    public static func split(_ text: DecodedText, yaml wantYAML: Bool = true) -> Split {
        let lines = text.lineStarts
        return text.bytes.withUnsafeBufferPointer { bytes in
            /// Whether line `i`, less its line break and trailing spaces and tabs, is `fence` (three bytes).
            func isFence(_ i: Int, _ fence: UInt8) -> Bool {
                let start = lines[i]
                var end = i + 1 < lines.count ? lines[i + 1] : bytes.count
                while end > start,
                    bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09
                { end -= 1 }
                return end - start == 3 && bytes[start] == fence && bytes[start + 1] == fence
                    && bytes[start + 2] == fence
            }
            let dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
            guard lines.count > 1, isFence(0, dash) else {
                return Split(yaml: nil, bodyOffset: 0, bodyLineOffset: 0, unclosed: false)
            }
            for i in 1..<lines.count where isFence(i, dash) || isFence(i, dot) {
                let yaml =
                    wantYAML
                    ? String(decoding: UnsafeBufferPointer(rebasing: bytes[lines[1]..<lines[i]]), as: UTF8.self) : ""
                let bodyOffset = i + 1 < lines.count ? lines[i + 1] : bytes.count
                return Split(yaml: yaml, bodyOffset: bodyOffset, bodyLineOffset: i + 1, unclosed: false)
            }
            return Split(yaml: nil, bodyOffset: 0, bodyLineOffset: 0, unclosed: true)
        }
    }

    /// Reads person fields from a front matter mapping. `at` turns a YAML position into a file location.
    public static func person(
        _ root: YAMLValue?, config: Config,
        at: (Int, Int) -> SourceLocation
    ) -> (PersonFields, [Diagnostic]) {
        guard let root else { return (PersonFields(), []) }
        return withoutActuallyEscaping(at) { at in
            // Made here, not outside: returned from the closure that holds it, it is moved, not copied.
            var f = PersonFields()
            var reader = PersonReader(config: config, at: at)
            guard case .mapping(let pairs, _, _) = root else {
                var message = Message(
                    "front matter must be a mapping of keys to values", ja: "フロントマターは「キー: 値」の形で書いてください")
                if case .scalar(let text, _, _) = root, let (_, hint) = YAMLHint.mistyped(Array(text.unicodeScalars)) {
                    message = YAMLHint.adding(hint, to: message)
                }
                reader.report(.error, message, root)
                return (f, reader.diagnostics)
            }
            for entry in pairs { reader.read(entry.key, entry.value, into: &f) }
            let loose = reader.looseContact + reader.addressParts.map { ($0.key, $0.parts.joined(separator: ", ")) }
            f.contact += loose.filter { loose in !f.contact.contains { $0.key == loose.key } }
            if f.tags.isEmpty { f.tags = reader.categoryTags }
            if f.knows.isEmpty { f.knows = reader.friends }
            f.birthday = f.birthday ?? reader.templateBirthday
            f.cadenceDays = f.cadenceDays ?? reader.templateCadence ?? reader.tierCadence
            f.circle = f.circle ?? reader.templateCircle
            f.snoozeUntil = f.snoozeUntil ?? reader.templateSnooze
            f.met = f.met ?? reader.templateMet
            f.howMet = f.howMet ?? reader.templateHowMet
            if reader.notFollowedUp, !pairs.contains(where: { $0.key == "status" }) { f.status = .paused }
            f.knows += reader.related
            if f.name == nil {
                f.name = reader.fullName ?? PersonName.joining(given: reader.givenName, family: reader.familyName)
            }
            // The reading of a name (ふりがな) finds the person as an alias does, as an address book's does.
            if let reading = reader.reading, !reading.isEmpty, !f.aliases.contains(reading) {
                f.aliases.append(reading)
            }
            return (f, reader.diagnostics)
        }
    }
}

extension YAMLValue {
    /// Every scalar below this value, in order.
    var flattened: [String] { texts { text, _, _ in text } }

    /// The texts of a way to reach someone: a list of mappings (`- email_label: Personal` with `email_address:`,
    /// as Metadata Menu's person class keeps several) by their values that are no label.
    var reachTexts: [String] {
        switch self {
        case .sequence(let items, _, _): return items.flatMap(\.reachTexts)
        case .mapping(let pairs, _, _):
            let values = pairs.filter { pair in
                let key = pair.key.lowercased()
                return !key.hasSuffix("label") && key != "type" && key != "kind"
            }
            return values.isEmpty ? flattened : values.flatMap(\.value.flattened)
        default: return flattened
        }
    }

    /// The texts `flattened` gives, each with its own line and column.
    var placedTexts: [(text: String, line: Int, column: Int)] { texts { ($0, $1, $2) } }

    /// The texts of a list of people: a mapping among them (`- name: Ann` with `role: host`) by its `name` (or
    /// `person`) alone, since its other values say what the person did, not who else was there.
    var placedPeople: [(text: String, line: Int, column: Int)] {
        var people: [(text: String, line: Int, column: Int)] = []
        appendPeople(to: &people)
        return people
    }

    private func appendPeople(to people: inout [(text: String, line: Int, column: Int)]) {
        switch self {
        case .sequence(let items, _, _): for item in items { item.appendPeople(to: &people) }
        case .mapping(let pairs, _, _):
            let named = pairs.first { ["name", "person"].contains($0.key.lowercased()) }
            (named?.value ?? self).appendTexts({ ($0, $1, $2) }, to: &people)
        default: appendTexts({ ($0, $1, $2) }, to: &people)
        }
    }

    /// Each text the value holds (a list's items at any depth, a mapping's values), made into a `T` with its line
    /// and column.
    private func texts<T>(_ make: (String, Int, Int) -> T) -> [T] {
        if case .scalar(let s, let line, let column) = self { return [make(s, line, column)] }
        var made: [T] = []
        appendTexts(make, to: &made)
        return made
    }

    /// `texts`, appended to `made`: one list for a whole nested value, not one for each item.
    private func appendTexts<T>(_ make: (String, Int, Int) -> T, to made: inout [T]) {
        switch self {
        case .scalar(let s, let line, let column): made.append(make(s, line, column))
        case .null: break
        case .sequence(let items, _, _): for item in items { item.appendTexts(make, to: &made) }
        case .mapping(let pairs, _, _): for pair in pairs { pair.value.appendTexts(make, to: &made) }
        }
    }
}

extension FrontMatter {
    /// A comma that parts a text of tags or communities: `,`, or the Japanese `、` and full-width `，`.
    static func isListComma(_ c: Character) -> Bool {
        // Compared as bytes: comparing Characters compares strings, for every character of every list.
        let u = c.utf8
        return u.count == 1 ? u.first == 0x2C : u.elementsEqual("、".utf8) || u.elementsEqual("，".utf8)
    }

    /// The other names of a note that is no one's (`aliases:`, one or a list): any text, as Obsidian takes it.
    static func noteAliases(_ yaml: YAMLValue?) -> [String] {
        (yaml?["aliases"]?.flattened ?? []).map { $0.soleWikiLinkTarget ?? $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Where `tags:` holds `person`, `people` or `人物` (with or without `#`, in any case, alone or as the last part
    /// of a nested tag such as `type/person`, in a list or a text of tags split by commas or spaces); nil when not.
    static func taggedPerson(_ yaml: YAMLValue?, at: (Int, Int) -> SourceLocation) -> SourceLocation? {
        guard let value = yaml?["tags"] else { return nil }
        let says = value.flattened.contains(where: holdsPersonTag)
        return says ? at(value.position.line, value.position.column) : nil
    }

    /// Whether a text of tags, split by commas or spaces, holds `person`, `people` or `人物`: with or without `#` or
    /// `[[…]]`, in any case, alone or as the last part of a nested tag such as `type/person`.
    static func holdsPersonTag<S: StringProtocol>(_ text: S) -> Bool {
        guard mayHoldPersonTag(text.utf8) else { return false }
        return text.split(whereSeparator: { FrontMatter.isListComma($0) || $0 == " " || $0 == "\u{3000}" }).contains(
            where: isPersonTag)
    }

    /// Whether `person` or `people` (in ASCII letters of any case) or `人物` stands in the bytes: no other text
    /// holds one of those tags, for no letter outside ASCII lowers to one of theirs.
    static func mayHoldPersonTag(_ u: some Collection<UInt8>) -> Bool {
        var window: UInt64 = 0
        for b in u {
            window = window << 8 | UInt64(b.asciiLowered)
            switch window & 0xFFFF_FFFF_FFFF {
            case 0x70_65_72_73_6F_6E, 0x70_65_6F_70_6C_65, 0xE4_BA_BA_E7_89_A9: return true
            default: continue
            }
        }
        return false
    }

    /// Whether one tag is `person`, `people` or `人物`, with or without `#` or `[[…]]`, in any case, alone or as the
    /// last part of a nested tag (`type/person`): it says what kind of note it is, not what the person cares about.
    static func isPersonTag<S: StringProtocol>(_ tag: S) -> Bool {
        // Read as bytes, and each of the three words is six: most tags are told apart by their length alone.
        var bare = Substring(tag).utf8
        guard bare.count >= 6 else { return false }
        if bare.first == UInt8(ascii: "#") { bare = bare.dropFirst() }
        if bare.starts(with: "[[".utf8), bare.count >= 4, bare.suffix(2).elementsEqual("]]".utf8) {
            bare = bare.dropFirst(2).dropLast(2)
        }
        if let slash = bare.lastIndex(of: UInt8(ascii: "/")) { bare = bare[bare.index(after: slash)...] }
        guard bare.count == 6 else { return false }
        let t = Substring(bare).lowercased()
        return t == "person" || t == "people" || t == "人物"
    }

    /// The people one text of front matter names: the target of each `[[link]]` in it (`"[[竹川 凛|凛]]"` names
    /// 竹川 凛), else the text itself.
    static func people(namedBy s: String, at location: SourceLocation) -> [PersonRef] {
        if let target = s.soleWikiLinkTarget { return [PersonRef(text: target, location: location)] }
        if s.holdsWikiLinkOpening {
            return InlineScanner.scan(text: s, display: false).wikiLinks.map {
                PersonRef(text: $0.target, location: location)
            }
        }
        let text = s.trimmingSpaces()
        return text.isEmpty ? [] : [PersonRef(text: text, location: location)]
    }

    /// The people a meeting's text names in a list of its own (`participants: "Ann Lee, Bo Chen"`), each placed
    /// where the text is: parted at `、` always, at commas when there are two or more or a part holds a space, so
    /// that a name kept family name first (`Kostolni, Scott`) stays one.
    static func parted(_ ref: PersonRef) -> [PersonRef] {
        let parts = ref.text.split(whereSeparator: isListComma).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard parts.count > 1,
            ref.text.contains("、") || parts.count > 2 || parts.contains(where: { $0.contains(" ") })
        else { return [ref] }
        return parts.map { PersonRef(text: $0, location: ref.location) }
    }

    /// Whether a meeting's participant is you (`Myself`, `me`, `You` as templates write the vault's keeper, `自分`,
    /// `私`) or a placeholder (`TBD`, `未定`): no one to look for.
    static func namesNoOneToFind(_ text: String) -> Bool {
        // Every such word is seven bytes or fewer: a longer name (most people's) is not lowered to be looked up.
        text.utf8.count <= 7 && noOneToFind.contains(text.lowercased())
    }

    static let noOneToFind: Set<String> = [
        "myself", "me", "i", "you", "self", "tbd", "tba", "n/a", "unknown", "自分", "私", "僕", "未定", "不明",
    ]

    /// A meeting note's day and people, when its front matter has `date:` and `people:`, `attendees:`, `participants:`
    /// or `contacts:` (as CRM vaults list an activity's people), or `person:` linking one (as 1:1 templates write
    /// `person: "[[Jane Smith]]"`), or naming one in plain text beside `date:` (`person: true` is no one); `at` places
    /// a value's line and column in the file. Without a `date:` text, a date the note's name (`stem`) starts with is
    /// the meeting's, as templates that keep `created:` name their notes; else, in a note Granola's importers wrote,
    /// the day Granola made it (`GranolaNote`), whose tags may be all that names the attendees. A date that names no
    /// day is a warning in `diagnostics`, and the note no meeting. With no date at all, `person:` linking one person
    /// names whom the note is about: a head with no day.
    static func meeting(
        _ yaml: YAMLValue?, stem: String, dailyNotes: DailyNoteFormat?, timeZone: TimeZone?,
        into diagnostics: inout [Diagnostic], at: (Int, Int) -> SourceLocation
    ) -> MeetingHead? {
        guard let yaml else { return nil }
        // The first list that names someone: an empty `participants: []` beside `person:` leaves the person.
        var texts: [(text: String, line: Int, column: Int)] = []
        var listed: YAMLValue? = nil
        for key in meetingListKeys {
            guard let list = yaml[key] else { continue }
            texts = list.placedPeople
            if !texts.isEmpty {
                listed = list
                break
            }
        }
        if listed == nil, let person = yaml["person"] { texts = person.placedPeople }
        let granola = GranolaNote.isOne(yaml)
        let byTags = texts.isEmpty && granola
        if byTags, let tags = yaml["tags"] {
            texts = GranolaNote.attendeeTags(yaml)
            listed = tags
        }
        guard !texts.isEmpty else { return nil }
        // A dated note's `person:` may name them in plain text, as the 1:1 Manager plugin writes it.
        let dated = yaml["date"] != nil
        if listed == nil { texts.removeAll { !$0.text.holdsWikiLinkOpening && !(dated && mayBeAName($0.text)) } }
        let named = texts.flatMap { text in
            FrontMatter.people(namedBy: text.text, at: at(text.line, text.column)).flatMap {
                listed == nil || text.text.holdsWikiLinkOpening ? [$0] : FrontMatter.parted($0)
            }
        }
        guard !named.isEmpty else { return nil }
        // A meeting whose list holds only you or a placeholder is still a meeting, with no one to look for.
        let people = listed == nil ? named : named.filter { !FrontMatter.namesNoOneToFind($0.text) }
        let date: Day
        if let dateValue = yaml["date"], let written = dateValue.textOrBareLink {
            guard let day = FrontMatterDate.day(written, dailyNotes: dailyNotes) else {
                diagnostics.append(
                    meetingDateUnread(written, at: at(dateValue.position.line, dateValue.position.column)))
                return nil
            }
            date = day
        } else if case .date(let day, _, _) = DateParser.heading(stem) {
            date = day
        } else if granola, let day = GranolaNote.day(yaml, timeZone: timeZone) {
            date = day
        } else {
            return listed == nil && people.count == 1 ? MeetingHead(date: nil, people: people, tags: []) : nil
        }
        let tags = (yaml["tags"]?.flattened ?? []).flatMap { $0.split(whereSeparator: isListComma) }.map {
            $0.trimmingSpaces()
        }
        .filter { !$0.isEmpty }.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        var head = MeetingHead(date: date, people: people, tags: tags + interactionKind(yaml))
        head.namedByTags = byTags
        return head
    }

    /// The keys a meeting's front matter lists its people under, in the order they are looked for.
    private static let meetingListKeys = ["people", "attendees", "participants", "contacts"]

    /// The kind of touch a CRM's interaction note names in front matter (`kind: call`, `interaction_type: Email`),
    /// as the tag that gives it; none for a word that is no kind.
    static func interactionKind(_ yaml: YAMLValue) -> [String] {
        for key in ["kind", "interaction_type", "medium"] {
            guard let word = yaml[key]?.string else { continue }
            return interactionKinds[word.trimmingSpaces().lowercased()].map { [$0] } ?? []
        }
        return []
    }

    /// The words a CRM's interaction note names its kind with, and the tag each is.
    private static let interactionKinds = [
        "call": "call", "phone": "call", "video": "call", "meeting": "meet", "meet": "meet", "in person": "meet",
        "email": "message", "message": "message", "text": "message", "sms": "message", "whatsapp": "message",
        "note": "note", "event": "event",
    ]

    /// Whether a plain text may name someone: not a word YAML reads as a truth or nothing (`true`, `yes`, `~`), not
    /// a number, and not you or a placeholder.
    static func mayBeAName(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        return !t.isEmpty && !t.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) && !YAMLText.isTruthOrNothing(t)
            && !namesNoOneToFind(t)
    }

    /// The warning at a meeting's date that names no day.
    static func meetingDateUnread(_ written: String, at place: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            Message(
                "the meeting's date '\(written)' is not a day kizuna reads (write YYYY-MM-DD), so the note is no touch "
                    + "with its people",
                ja: "会議の日付 '\(written)' が日付として読めないため(YYYY-MM-DD で書いてください)、参加者との接点になりません"),
            at: place)
    }
}

extension String {
    /// The target of the one wikilink the text is, `[[target]]` and nothing else, with nothing in it but the
    /// target (no `[`, `]`, `|`, `#`, `^`, line break or byte above ASCII's that could start a full-width bar):
    /// what the inline scanner finds in such a text, read without it. Nil for any other text, and for an empty
    /// target.
    var soleWikiLinkTarget: String? {
        withUTF8Bytes { u -> String? in
            let n = u.count
            guard n > 4, u[0] == UInt8(ascii: "["), u[1] == UInt8(ascii: "["), u[n - 2] == UInt8(ascii: "]"),
                u[n - 1] == UInt8(ascii: "]")
            else {
                return nil
            }
            for k in 2..<(n - 2) {
                switch u[k] {
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "^"),
                    0x0A, 0xEF:
                    return nil
                default: break
                }
            }
            let target = trimmedRange(u, 2..<(n - 2))
            return target.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: u[target]), as: UTF8.self)
        }
    }

    /// Whether the text holds `[[`, looked for in its bytes.
    var holdsWikiLinkOpening: Bool {
        var previous: UInt8 = 0
        for b in utf8 {
            if b == UInt8(ascii: "["), previous == b { return true }
            previous = b
        }
        return false
    }
}
