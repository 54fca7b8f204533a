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
        var f = PersonFields()
        guard let root else { return (f, []) }
        return withoutActuallyEscaping(at) { at in
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
            f.contact += reader.looseContact.filter { loose in !f.contact.contains { $0.key == loose.key } }
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

/// Reads the values of a person's front matter, one key at a time, and what is wrong with them.
private struct PersonReader {
    let config: Config
    let at: (Int, Int) -> SourceLocation
    var diagnostics: [Diagnostic] = []
    /// Ways to reach the person kept outside `contact:` (`email:`, `Company:`), which `contact:` adds to.
    var looseContact: [(key: String, value: String)] = []
    /// The name as a template keeps it (`名前:`, or in parts: `first_name:`, `姓:`), when `name:` is missing.
    var fullName: String?, givenName: String?, familyName: String?
    /// The reading of the name a Japanese template keeps (`ふりがな:`).
    var reading: String?

    mutating func report(_ severity: Severity, _ message: Message, _ v: YAMLValue) {
        let p = v.position
        diagnostics.append(Diagnostic(severity, message, at: at(p.line, p.column)))
    }

    mutating func read(_ key: String, _ value: YAMLValue, into f: inout PersonFields) {
        switch key {
        case "name": f.name = text(value, key)
        case "aliases": f.aliases = list(value, key, commas: false)
        case "circle": if let c = text(value, key).flatMap({ circle($0, value) }) { f.circle = c }
        case "cadence": if let d = text(value, key).flatMap({ cadence($0, value) }) { f.cadenceDays = d }
        case "purpose": f.purpose = text(value, key)
        case "tags":
            f.tags = list(value, key, commas: true).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }.filter {
                !$0.isEmpty
            }
        case "communities": f.communities = list(value, key, commas: true)
        case "met": f.met = date(value, key)
        case "how_met": f.howMet = text(value, key)
        case "introduced_by": f.introducedBy = refs(value, key)
        case "knows": f.knows = refs(value, key)
        case "birthday": if let b = text(value, key).flatMap({ birthday($0, value) }) { f.birthday = b }
        case "status": if let st = text(value, key).flatMap({ status($0, value) }) { f.status = st }
        case "snooze_until": f.snoozeUntil = date(value, key)
        case "contact":
            switch value {
            case .mapping(let items, _, _):
                f.contact = items.map { (key: $0.key, value: $0.value.flattened.joined(separator: ", ")) }
            case .null: break
            default: f.contact = [("", value.flattened.joined(separator: ", "))]
            }
        case "first_name", "firstname", "given_name", "名": givenName = value.string
        case "last_name", "lastname", "family_name", "surname", "姓": familyName = value.string
        case "名前", "氏名", "full_name": fullName = value.string
        case "ふりがな", "よみがな", "読み", "furigana", "reading": reading = value.string?.trimmingSpaces()
        default:
            // Other keys are kept in the file and ignored, but for a way to reach the person.
            if ContactKind.isLoose(key) {
                // `company: "[[companies/Acme]]"` links the company's note; the company is Acme.
                let v = value.flattened.map { text in
                    text.soleWikiLinkTarget.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? text
                }.joined(separator: ", ")
                if !v.isEmpty { looseContact.append((key, v)) }
            }
        }
    }

    mutating func text(_ v: YAMLValue, _ key: String) -> String? {
        switch v {
        case .scalar(let s, _, _):
            let t = s.trimmingSpaces()
            return t.isEmpty ? nil : t
        case .null: return nil
        case .sequence(let items, _, _) where key != "name" && items.count == 1 && items[0].flattened.count == 1:
            // `purpose: [[Link]]` and the like: YAML read a link as a list.
            return "[[" + items[0].flattened[0] + "]]"
        default:
            report(.error, Message("\(key) must be text", ja: "\(key) には文字列を書いてください"), v)
            return nil
        }
    }

    mutating func list(_ v: YAMLValue, _ key: String, commas: Bool) -> [String] {
        switch v {
        case .null: return []
        case .scalar(let s, _, _):
            let parts =
                commas ? s.split(whereSeparator: FrontMatter.isListComma).map(String.init) : [s]
            return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        case .sequence:
            // Gathered into one list in the order `flattened` gives, without a list for every item.
            var out: [String] = []
            func gather(_ v: YAMLValue) {
                switch v {
                case .scalar(let s, _, _):
                    let t = s.trimmingSpaces()
                    if !t.isEmpty { out.append(t) }
                case .null: break
                case .sequence(let items, _, _): items.forEach(gather)
                case .mapping(let pairs, _, _): pairs.forEach { gather($0.value) }
                }
            }
            gather(v)
            return out
        case .mapping:
            report(.error, Message("\(key) must be a list", ja: "\(key) にはリストを書いてください"), v)
            return []
        }
    }

    mutating func date(_ v: YAMLValue, _ key: String) -> Day? {
        guard let s = text(v, key) else { return nil }
        if let d = DateParser.value(s) { return d }
        report(
            .error,
            DateParser.eraDay(s).map { eraDate(key, s, write: $0.description) }
                ?? Message(
                    "invalid date '\(s)' for \(key) (write YYYY-MM-DD)",
                    ja: "\(key) の日付 '\(s)' が読めません(YYYY-MM-DD で書いてください)"), v)
        return nil
    }

    /// A date in a Japanese era, which front matter does not read, and what to write instead.
    private func eraDate(_ key: String, _ s: String, write: String) -> Message {
        Message(
            "\(key) '\(s)' is a Japanese era's date; write \(write)", ja: "\(key) の '\(s)' は和暦です。\(write) と書きます")
    }

    /// The people a value names: ids, names, aliases or `[[links]]`, one or a list.
    mutating func refs(_ v: YAMLValue, _ key: String) -> [PersonRef] {
        var out: [PersonRef] = []
        func add(_ item: YAMLValue) {
            switch item {
            case .scalar(let s, let l, let c): out += FrontMatter.people(namedBy: s, at: at(l, c))
            case .sequence(let items, _, _): items.forEach(add)
            case .null: break
            case .mapping:
                report(
                    .error,
                    Message(
                        "\(key) must name people: ids, names, aliases or [[links]]",
                        ja: "\(key) には人物(ID、名前、別名、[[リンク]])を書いてください"), item)
            }
        }
        add(v)
        return out
    }

    mutating func circle(_ c: String, _ value: YAMLValue) -> String? {
        if let circle = config.circle(named: c) { return circle }
        let names = config.circles.map(\.name).joined(separator: ", ")
        let jaNames = config.circles.map { circle in
            Config.japaneseCircleNames[circle.name].map { "\(circle.name)(\($0))" } ?? circle.name
        }
        report(
            .error,
            Message(
                "unknown circle '\(c)' (circles: \(names))",
                ja: "不明なサークル '\(c)' です(サークル: \(jaNames.joined(separator: "、")))"), value)
        return nil
    }

    mutating func cadence(_ s: String, _ value: YAMLValue) -> Int? {
        checked(
            DurationParser.days(s), value,
            Message(
                "invalid duration '\(s)' for cadence (write e.g. 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月)",
                ja: "cadence の期間 '\(s)' が読めません(例: 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月, 月1回)"))
    }

    mutating func birthday(_ s: String, _ value: YAMLValue) -> Birthday? {
        checked(
            Birthday(s), value,
            DateParser.eraDay(s).map { eraDate("birthday", s, write: $0.description) }
                ?? Message(
                    "invalid birthday '\(s)' (write YYYY-MM-DD or MM-DD)",
                    ja: "誕生日 '\(s)' が読めません(YYYY-MM-DD か MM-DD で書いてください)"))
    }

    mutating func status(_ s: String, _ value: YAMLValue) -> PersonStatus? {
        let jaChoices = PersonStatus.allCases.map { "\($0.rawValue)(\($0.japanese))" }.joined(separator: "、")
        return checked(
            PersonStatus(written: s), value,
            Message(
                "unknown status '\(s)' (use active, paused, archived or target)",
                ja: "不明な status '\(s)' です(\(jaChoices) のいずれか)"))
    }

    /// `read`, or nil with the error `message` at `value`.
    private mutating func checked<T>(_ read: T?, _ value: YAMLValue, _ message: Message) -> T? {
        if read == nil { report(.error, message, value) }
        return read
    }
}

extension YAMLValue {
    /// Every scalar below this value, in order.
    var flattened: [String] {
        switch self {
        case .scalar(let s, _, _): return [s]
        case .null: return []
        case .sequence(let items, _, _): return items.flatMap(\.flattened)
        case .mapping(let pairs, _, _): return pairs.flatMap(\.value.flattened)
        }
    }
}

extension FrontMatter {
    /// A comma that parts a text of tags or communities: `,`, or the Japanese `、` and full-width `，`.
    static func isListComma(_ c: Character) -> Bool { c == "," || c == "、" || c == "，" }

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
        text.split(whereSeparator: { FrontMatter.isListComma($0) || $0 == " " || $0 == "\u{3000}" }).contains { tag in
            var bare = Substring(tag)
            if bare.hasPrefix("#") { bare = bare.dropFirst() }
            if bare.hasPrefix("[["), bare.hasSuffix("]]") { bare = bare.dropFirst(2).dropLast(2) }
            let t = (bare.split(separator: "/").last ?? bare).lowercased()
            return t == "person" || t == "people" || t == "人物"
        }
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

    /// A meeting note's day and people, when its front matter has `date:` and `people:`, `attendees:`,
    /// `participants:` or `contacts:` (as CRM vaults list an activity's people); `at` places a value's line and
    /// column in the file.
    static func meeting(_ yaml: YAMLValue?, at: (Int, Int) -> SourceLocation) -> MeetingHead? {
        guard let yaml,
            let date = yaml["date"]?.string.flatMap({ DateParser.value(Normalize.nfkc($0).trimmingSpaces()) }),
            let value = ["people", "attendees", "participants", "contacts"].lazy.compactMap({ yaml[$0] }).first
        else { return nil }
        let place = at(value.position.line, value.position.column)
        let people = value.flattened.flatMap { FrontMatter.people(namedBy: $0, at: place) }
        guard !people.isEmpty else { return nil }
        let tags = (yaml["tags"]?.flattened ?? []).flatMap { $0.split(whereSeparator: isListComma) }.map {
            $0.trimmingSpaces()
        }
        .filter { !$0.isEmpty }.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        return MeetingHead(date: date, people: people, tags: tags)
    }
}

extension String {
    /// The target of the one wikilink the text is, `[[target]]` and nothing else, with nothing in it but the
    /// target (no `[`, `]`, `|`, `#`, `^`, line break or byte above ASCII's that could start a full-width bar):
    /// what the inline scanner finds in such a text, read without it. Nil for any other text, and for an empty
    /// target.
    var soleWikiLinkTarget: String? {
        var text = self
        return text.withUTF8 { u -> String? in
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
