/// The text of the notes and files kizuna creates: a person note, a new journal's settings and README.
public enum NewNotes {
    /// What a new person note says; nil fields are left out.
    public struct Person: Sendable {
        public var name: String
        public var circle: String?
        public var tags: [String] = []
        public var met: Day?
        public var howMet: String?
        public var purpose: String?
        /// Ids of the people who introduced them.
        public var introducedBy: [String] = []
        public var aliases: [String] = []
        public var birthday: String?
        public var snoozeUntil: Day?
        /// Lines of `contact:` as key and value.
        public var contact: [(key: String, value: String)] = []
        public var profile: String?
        /// The line that marks the note a person's where the journal's people are marked so
        /// (`PersonNoteNaming.marker`).
        public var marker: String?
        /// When the note is made, where it is named as Denote names notes (`PersonNoteNaming.created`): it opens with
        /// Denote's front matter, the keyword that marks people first among its tags.
        public var denote: (stamp: DenoteStamp, keyword: String)?

        public init(name: String) { self.name = name }
    }

    /// The items of a list typed as one text, parted as front matter parts a text of tags: by `,`, `、` or `，`.
    public static func listItems(_ text: String) -> [String] {
        text.split(whereSeparator: FrontMatter.isListComma).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// An id for a name: ASCII letters and digits lowered, spaces and `_` `.` as `-`, other ASCII punctuation left
    /// out; any other letter (a Japanese name) kept as written. Empty when nothing is left.
    public static func id(for name: String) -> String {
        var out = ""
        for u in Normalize.nfkc(name).unicodeScalars {
            if u.properties.isWhitespace || u == "_" || u == "." || u == "-" || u == "・" || u == "\u{3000}" {
                if !out.isEmpty, out.last != "-" { out += "-" }
            } else if u.isASCII {
                let c = Character(u)
                if c.isLetter || c.isNumber { out += c.lowercased() }
            } else if u.value >= 0xA0, !u.properties.isNoncharacterCodePoint, u.properties.generalCategory != .control {
                out.unicodeScalars.append(u)
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// The person note's text, LF line endings.
    public static func personNote(_ p: Person) -> String {
        var lines = ["---", "name: " + YAMLText.scalar(p.name)]
        // A marker that is a person tag (`tags: [people]`) joins the person's own tags on one line.
        var tags = p.tags
        if let (stamp, keyword) = p.denote {
            // Denote's own lines, aligned as it writes them; its file name's keywords mark the person.
            let all = DenoteName.keywords([keyword] + tags)
            lines = [
                "---", "title:      " + YAMLText.quoted(p.name), "date:       " + stamp.written,
                "tags:       [" + all.map(YAMLText.quoted).joined(separator: ", ") + "]",
                "identifier: " + YAMLText.quoted(stamp.identifier),
            ]
            tags = []
        } else if let marker = p.marker {
            if let tag = NewNotes.markerTag(marker) {
                if !tags.contains(tag) { tags.insert(tag, at: 0) }
            } else {
                lines.append(marker)
            }
        }
        if !p.aliases.isEmpty { lines.append("aliases: " + YAMLText.list(p.aliases)) }
        if let circle = p.circle { lines.append("circle: " + YAMLText.scalar(circle)) }
        if !tags.isEmpty { lines.append("tags: " + YAMLText.list(tags)) }
        if let met = p.met { lines.append("met: \(met)") }
        if let how = p.howMet { lines.append("how_met: " + YAMLText.scalar(how)) }
        if let purpose = p.purpose { lines.append("purpose: " + YAMLText.scalar(purpose)) }
        if !p.introducedBy.isEmpty {
            lines.append("introduced_by: " + YAMLText.list(p.introducedBy.map { "[[\($0)]]" }))
        }
        if let birthday = p.birthday { lines.append("birthday: " + YAMLText.scalar(birthday)) }
        if let snooze = p.snoozeUntil { lines.append("snooze_until: \(snooze)") }
        if !p.contact.isEmpty {
            lines.append("contact:")
            lines += p.contact.map { "  \($0.key): " + YAMLText.scalar($0.value) }
        }
        lines += p.denote == nil ? ["---", "# " + p.name.replacingOccurrences(of: "\n", with: " "), ""] : ["---", ""]
        if let profile = p.profile { lines += [Printable.text(profile, keepingLineBreaks: true), ""] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The person tag a `tags:` marker holds (`tags: [people]`, as the parse keeps it); nil for any other marker.
    static func markerTag(_ marker: String) -> String? {
        guard marker.hasPrefix("tags: "), case .success(let yaml?) = YAMLReader.read(marker) else { return nil }
        return yaml["tags"]?.flattened.first
    }

    /// `kizuna.yaml` for a new journal: every default written out, with a comment saying what it does; with no
    /// `peopleDir` (a Dendron workspace, whose people are its user notes, or a Denote folder, whose people its
    /// keywords mark) that setting is left as a comment saying `whereInstead` the people are.
    public static func settings(
        owner: String?, language: Language, peopleDir: String? = Config().peopleDir,
        whereInstead: String = "here the workspace's user notes are its people"
    ) -> String {
        let d = Config()
        let circles = d.circles.map { "  \($0.name): \($0.cadenceDays)d" }.joined(separator: "\n")
        let ownerLine = owner.map { "owner: " + YAMLText.scalar($0) } ?? "# owner: Your Name"
        // Each comment starts in one column, a wide name in `owner` counted as it shows.
        func line(_ setting: String, _ comment: String) -> String { TextWidth.padded(setting, to: 29) + "# " + comment }
        return [
            "# kizuna settings. Every key is optional; these are the defaults.",
            line(ownerLine, "you: the centre of the relationship graph"),
            line("language: \(language.rawValue)", "en | ja: the language of digests and messages"),
            peopleDir.map { line("people_dir: " + YAMLText.scalar($0), "one note per person, at any depth") }
                ?? line("# people_dir: \(d.peopleDir)", whereInstead),
            line("digest_dir: \(d.digestDir)", "where `kizuna digest` writes; kizuna's alone"),
            line("circles:", "closeness, closest first, with the default cadence of each"),
            circles,
            line("default_circle: \(d.defaultCircle)", "for people whose note names no circle"),
            line("daily_limit: \(d.dailyLimit)", "most people the digest lists in full each day"),
            line("follow_up_within: \(d.followUpWithinDays)d", "a new connection deserves a second touch within this"),
            line("ignore: []", "globs of notes not to read, e.g. [\"templates/**\"]"),
        ].joined(separator: "\n") + "\n"
    }

    /// The README of a new journal.
    public static func readme(language: Language) -> String {
        if language == .ja {
            return """
                # 人のつながりのノート

                kizuna で管理するジャーナルです。`people/` に一人一つのメモ、`log/` に日々の記録を書きます。

                - `kizuna add "田中 花子" --circle close` 人を追加
                - `kizuna log "カフェで近況報告 #会った" --with 花子` 接点を記録
                - `kizuna show 花子` / `kizuna list --due` 確認
                - `kizuna digest` 今日のダイジェストを `digests/` に書き出す

                """
        }
        return """
            # My network

            A kizuna journal: one note per person in `people/`, everything else (daily notes, events) in `log/`.

            - `kizuna add "Tanaka Hanako" --circle close` adds a person
            - `kizuna log "Coffee in Shibuya #meet" --with Hanako` records a touch
            - `kizuna show Hanako`, `kizuna list --due` show where things stand
            - `kizuna digest` writes today's digest to `digests/`

            """
    }
}
