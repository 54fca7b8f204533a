/// Reads the values of a person's front matter, one key at a time, and what is wrong with them.
struct PersonReader {
    /// The journal's circles and how it names its daily notes: what of its settings a person's values are read by.
    /// (Kept apart, not the whole `Config`: a copy of that for every person retained each of its strings.)
    let circles: [Circle]
    let dailyNoteFormat: DailyNoteFormat?
    let language: Language
    let at: (Int, Int) -> SourceLocation
    var diagnostics: [Diagnostic] = []
    /// Ways to reach the person kept outside `contact:` (`email:`, `Company:`), which `contact:` adds to.
    var looseContact: [(key: String, value: String)] = []
    /// The name as a template keeps it (`名前:`, or in parts: `first_name:`, `姓:`), when `name:` is missing.
    var fullName: String?, givenName: String?, familyName: String?
    /// The reading of the name a Japanese template keeps (`ふりがな:`).
    var reading: String?
    /// An address kept in parts, as VCF Contacts keeps `ADR[HOME].STREET:`: each address's parts in order.
    var addressParts: [(key: String, parts: [String])] = []
    /// The tags a contact's `CATEGORIES:` holds, and the people its `friends:` names, when `tags:` and `knows:` do not.
    var categoryTags: [String] = [], friends: [PersonRef] = []
    /// The people a contact's vCard `RELATED` lists name, by name (`name:Hana Yamada`) or by their card's UID.
    var related: [PersonRef] = []
    /// The birthday and the day they met as a template names them (`BDAY:`, `birthdate:`, `first_met:`), when
    /// `birthday:` and `met:` are missing.
    var templateBirthday: Birthday?, templateMet: Day?
    /// How they met as a template names it (`how_we_met:`, `met_context:`, `出会い:`), when `how_met:` is missing.
    var templateHowMet: String?
    /// Whether a template says not to keep in touch (`follow_up: false`, `keep_in_touch: false`): paused, when
    /// `status:` is missing.
    var notFollowedUp = false
    /// A cadence a plugin keeps in its own words (Personal CRM's `prm-cadence:` in days, or its `prm-tier:`), and
    /// the day it snoozes the person until, when `cadence:` and `snooze_until:` are missing.
    var templateCadence: Int?, tierCadence: Int?, templateSnooze: Day?
    /// A circle a template names closeness with (`relationship_strength: close`), when `circle:` is missing.
    var templateCircle: String?

    init(config: Config, at: @escaping (Int, Int) -> SourceLocation) {
        circles = config.circles
        dailyNoteFormat = config.dailyNoteFormat
        language = config.language
        self.at = at
    }

    mutating func report(_ severity: Severity, _ message: Message, _ v: YAMLValue) {
        let p = v.position
        diagnostics.append(Diagnostic(severity, message, at: at(p.line, p.column)))
    }

    mutating func read(_ key: String, _ value: YAMLValue, into f: inout PersonFields) {
        switch key {
        case "name":
            // The Contacts plugin's template keeps the name in parts: `name: {first: Carl, last: Johnson}`.
            if case .mapping(let parts, _, _) = value {
                readNameParts(parts)
            } else if let name = text(value, key) {
                if NoteName.holdsPlaceholder(name.utf8) {
                    report(.warning, Self.placeholderName(name), value)
                } else {
                    f.name = name
                }
            }
        case "aliases": f.aliases = list(value, key, commas: false)
        case "circle": if let c = text(value, key).flatMap({ circle($0, value) }) { f.circle = c }
        case "cadence": if let d = text(value, key).flatMap({ cadence($0, value) }) { f.cadenceDays = d }
        case "purpose": f.purpose = text(value, key)
        case "tags":
            // `tags: [person]`, as many vaults mark a person's note, says nothing two people share; it is the note's
            // marker when no `type` says so (Orbit finds its contacts by it).
            let written = list(value, key, commas: true)
            if let tag = written.first(where: FrontMatter.isPersonTag) { f.marker = "tags: " + YAMLText.list([tag]) }
            // `contact`, beside `people` in CRM templates' `tags: [people, contact]`, says what kind of note it is
            // too: as a tag every person shared, it would count toward every introduction.
            f.tags = written.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }.filter {
                !$0.isEmpty && !FrontMatter.isPersonTag($0) && !PersonReader.isContactTag($0)
            }
            f.writesTags = true
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
        default:
            // Other keys are kept in the file and ignored, but for what a template names otherwise and a way to
            // reach the person.
            if readTemplateKey(key, value, into: &f) { return }
            if ContactKind.isLoose(key) {
                // `company: "[[companies/Acme]]"` links the company's note; the company is Acme. A template's
                // placeholder (`"[[undefined]]"`, `{{email}}`) is no way to reach anyone.
                let v = value.reachTexts.map { text in
                    text.soleWikiLinkTarget.map { String($0.lastPathPart ?? Substring($0)) } ?? text
                }.filter { !NameIndex.isPlaceholder($0) }.joined(separator: ", ")
                if !v.isEmpty { looseContact.append((key, v)) }
            }
        }
    }

    /// Whether a tag is `contact` or `contacts`, in any case: asked of every tag, so told by its length first.
    static func isContactTag(_ tag: String) -> Bool {
        let n = tag.utf8.count
        return (n == 7 || n == 8) && ["contact", "contacts"].contains(tag.lowercased())
    }

    mutating func text(_ v: YAMLValue, _ key: String) -> String? {
        switch v {
        case .scalar(let s, _, _):
            let t = s.trimmingSpaces()
            return t.isEmpty ? nil : t
        case .null: return nil
        case .sequence(let items, _, _) where key != "name" && items.count == 1:
            if case .scalar = items[0] { return text(items[0], key) }  // `status: [active]`, a list of one
            if case .sequence(let inner, _, _) = items[0], inner.count == 1, case .scalar(let s, _, _) = inner[0] {
                return "[[" + s + "]]"  // `purpose: [[Link]]`: YAML read a link as a list in a list
            }
            fallthrough
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
        if let d = FrontMatterDate.day(s, dailyNotes: dailyNoteFormat) { return d }
        report(
            .error,
            DateParser.eraDay(s).map { PersonReader.eraDate(key, s, write: $0.description) }
                ?? Message(
                    "invalid date '\(s)' for \(key) (write YYYY-MM-DD)",
                    ja: "\(key) の日付 '\(s)' が読めません(YYYY-MM-DD で書いてください)"), v)
        return nil
    }

    /// Friend Tracker's log of touches: a list of `{date, text}`, each a day and what happened. An item with no date
    /// it can read is reported and left out.
    mutating func interactions(_ v: YAMLValue, _ key: String) -> [PersonFields.Interaction] {
        guard case .sequence(let items, _, _) = v else {
            if case .null = v { return [] }
            report(
                .error,
                Message(
                    "\(key) must be a list of a date and a text each", ja: "\(key) には日付とテキストの組のリストを書いてください"),
                v)
            return []
        }
        return items.compactMap { item in
            guard case .mapping(let pairs, let line, let column) = item,
                let date = pairs.first(where: { $0.key.lowercased() == "date" })
            else {
                report(.error, Message("an item of \(key) needs a date:", ja: "\(key) の項目には date: が必要です"), item)
                return nil
            }
            guard let day = self.date(date.value, key + ".date") else { return nil }
            let text = pairs.first { ["text", "note", "notes"].contains($0.key.lowercased()) }?.value.string ?? ""
            let place = at(line, column)
            return PersonFields.Interaction(
                mark: PersonFields.Mark(
                    day: day, line: Int32(clamping: place.line), column: Int32(clamping: place.column)),
                text: text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces())
        }
    }

    /// A date in a Japanese era, which front matter does not read, and what to write instead.
    private static func eraDate(_ key: String, _ s: String, write: String) -> Message {
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
        if let circle = Config.circle(named: c, in: circles) { return circle }
        let names = circles.map(\.name).joined(separator: ", ")
        let jaNames = circles.map { circle in
            Config.japaneseCircleNames[circle.name].map { "\(circle.name)(\($0))" } ?? circle.name
        }
        report(
            .error,
            Message(
                "unknown circle '\(c)' (circles: \(names); one of your own goes under circles: in kizuna.yaml)",
                ja: "不明なサークル '\(c)' です(サークル: \(jaNames.joined(separator: "、"))。"
                    + "独自のサークルは kizuna.yaml の circles: に加えます)"), value)
        return nil
    }

    mutating func cadence(_ s: String, _ value: YAMLValue, key: String = "cadence") -> Int? {
        checked(
            DurationParser.days(s), value,
            Message(
                "invalid duration '\(s)' for \(key) (write e.g. 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月)",
                ja: "\(key) の期間 '\(s)' が読めません(例: 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月, 月1回)"))
    }

    mutating func birthday(_ s: String, _ value: YAMLValue) -> Birthday? {
        checked(
            Birthday(s), value,
            DateParser.eraDay(s).map { PersonReader.eraDate("birthday", s, write: $0.description) }
                ?? Message(
                    "invalid birthday '\(s)' (write YYYY-MM-DD or MM-DD)",
                    ja: "誕生日 '\(s)' が読めません(YYYY-MM-DD か MM-DD で書いてください)"))
    }

    mutating func status(_ s: String, _ value: YAMLValue) -> PersonStatus? {
        checked(
            PersonStatus(written: s), value,
            Message(
                "unknown status '\(s)' (use active, paused, archived or target)",
                ja: "不明な status '\(s)' です(\(PersonReader.statusChoices) のいずれか)"))
    }

    /// The statuses with their Japanese words, as the unknown status's message lists them.
    private static let statusChoices = PersonStatus.allCases.map { "\($0.rawValue)(\($0.japanese))" }.joined(
        separator: "、")

    /// `read`, or nil with the error `message` at `value`.
    private mutating func checked<T>(_ read: T?, _ value: YAMLValue, _ message: @autoclosure () -> Message) -> T? {
        if read == nil { report(.error, message(), value) }
        return read
    }

    /// Reads a key a person template or a contacts plugin names a field with, other than kizuna's own; false when
    /// `key` is none of them. VCF Contacts writes vCard's names: `FN`, `N.GN` (given), `N.FN` (family), `BDAY`,
    /// `ORG`, `ADR[HOME].STREET`, `CATEGORIES`.
    mutating func readTemplateKey(_ key: String, _ value: YAMLValue, into f: inout PersonFields) -> Bool {
        guard let kind = TemplateKey.byName[key] else { return readPrefixedKey(key, value, into: &f) }
        switch kind {
        case .givenName: givenName = value.string
        case .familyName: familyName = value.string
        case .fullName: fullName = value.string
        case .reading: reading = value.string?.trimmingSpaces()
        case .birthday:
            // Read in vCard's basic form too; a mistake is quoted as written.
            guard let t = text(value, key) else { return true }
            if let b = Birthday(PersonReader.extendedDate(t)) ?? birthday(t, value) { templateBirthday = b }
        case .met: templateMet = date(value, key)
        case .howMet:
            // The Japanese key holds the day or the occasion, as `show` labels both.
            guard let t = text(value, key) else { return true }
            if let day = FrontMatterDate.day(t, dailyNotes: dailyNoteFormat) {
                templateMet = day
            } else {
                templateHowMet = t
            }
        case .org:
            if let company = value.string?.trimmingSpaces(), !company.isEmpty {
                looseContact.append(("company", company))
            }
        case .uid:
            // The card's own UID, which an export keeps so that the address book knows the card again.
            if let uid = value.string?.trimmingSpaces(), !uid.isEmpty { looseContact.append(("uid", uid)) }
        case .categories:
            // vCard's categories are the contact's tags; a list is Obsidian's `categories:`, which marks a kind.
            guard case .scalar = value else { return true }
            categoryTags = list(value, key, commas: true).filter { !NoteParser.namesPersonKind($0) }
        case .friends: friends = refs(value, key)
        case .family:
            // Any shape a template gives them (`family: {spouse: Jo, kids: 2}`), read without a mistake to report.
            f.family += value.placedPeople.flatMap { FrontMatter.people(namedBy: $0.text, at: at($0.line, $0.column)) }
        case .interactions: f.interactions = interactions(value, key)
        case .closeness, .frequency, .cadenceDays, .followUp, .lastContact, .nextAction, .nextActionDate, .nextContact:
            readKeepingInTouchKey(kind, key, value, into: &f)
        }
        return true
    }

    /// Reads a key whose start tells what it holds: vCard's `RELATED`, Personal CRM's `prm-` keys, an address's
    /// parts (`ADR[HOME].STREET`); false when `key` is none of them.
    private mutating func readPrefixedKey(_ key: String, _ value: YAMLValue, into f: inout PersonFields) -> Bool {
        if key == "related" || key.hasPrefix("related[") || key.hasPrefix("related.") {
            for ref in refs(value, key) {
                // `name:Hana Yamada` names her; any other value is a card's UID.
                let text = ref.text.hasPrefix("name:") ? String(ref.text.dropFirst(5)) : ref.text
                related.append(PersonRef(text: text.trimmingSpaces(), location: ref.location))
            }
            return true
        }
        if key.hasPrefix("prm_") { return readPersonalCRMKey(key, value, into: &f) }
        guard key.hasPrefix("adr[") || key.hasPrefix("adr.") else { return false }
        addAddressPart(key, value)
        return true
    }

    /// A name left as the template wrote it: the note's own name is used.
    static func placeholderName(_ name: String) -> Message {
        Message(
            "'name' holds a template placeholder never filled in ('\(name)'); the note's file name is used",
            ja: "'name' にテンプレートのプレースホルダーが残っています('\(name)')。ファイル名を名前として使います")
    }

    /// Reads `name:` written in parts: `first` and `last`, or `given` and `family`.
    mutating func readNameParts(_ parts: [YAMLEntry]) {
        for part in parts {
            switch part.key.lowercased() {
            case "first", "given", "first_name", "given_name": givenName = part.value.string
            case "last", "family", "last_name", "family_name": familyName = part.value.string
            default: continue
            }
        }
    }

    /// Adds one part of an address kept in parts to the address it belongs to (`ADR[HOME]` or `ADR.HOME`).
    mutating func addAddressPart(_ key: String, _ value: YAMLValue) {
        guard let part = value.string?.trimmingSpaces(), !part.isEmpty else { return }
        let kind = key.dropFirst(4).split(whereSeparator: { $0 == "]" || $0 == "." }).first.map(String.init)
        let name = "address" + (kind.map { "[\($0)]" } ?? "")
        if let i = addressParts.firstIndex(where: { $0.key == name }) {
            addressParts[i].parts.append(part)
        } else {
            addressParts.append((name, [part]))
        }
    }

    /// A vCard date in its basic form written in the extended one, as the parse reads dates: `19900515` is
    /// `1990-05-15` and `--0810` is `--08-10`; any other text as it is.
    static func extendedDate(_ s: String) -> String {
        let digits = s.drop { $0 == "-" }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return s }
        switch (s.count - digits.count, digits.count) {
        case (0, 8): return "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"
        case (2, 4): return "--\(digits.prefix(2))-\(digits.suffix(2))"
        default: return s
        }
    }
}
