import Foundation

/// The language digests and messages are written in.
public enum Language: String, Sendable, Codable {
    case en
    case ja
}

/// A named circle of closeness and its default cadence.
public struct Circle: Sendable, Hashable {
    public var name: String
    public var cadenceDays: Int
}

/// Settings from `kizuna.yaml`; every key optional.
public struct Config: Sendable {
    public var owner: String? = nil
    public var language: Language = .en
    public var peopleDir: String = "people"
    /// Whether kizuna.yaml names `people_dir` (a folder it names ought to be there).
    public var peopleDirIsSet = false
    public var digestDir: String = "digests"
    /// Closest first.
    public var circles: [Circle] = [
        Circle(name: "core", cadenceDays: 14), Circle(name: "close", cadenceDays: 30),
        Circle(name: "network", cadenceDays: 90), Circle(name: "acquaintance", cadenceDays: 180),
    ]
    public var defaultCircle: String = "network"
    public var dailyLimit: Int = 7
    public var followUpWithinDays: Int = 7
    public var ignore: [String] = []
    /// The file name an Obsidian vault gives its daily notes, read from the vault's settings by the loader.
    public var dailyNoteFormat: DailyNoteFormat? = nil
    /// The zone a time written with its offset (`2025-06-06T23:30:00Z`) falls on a day in; nil for the machine's,
    /// looked up only when such a time is read (Foundation loads its zone data then).
    public var timeZone: TimeZone? = nil
    /// An Obsidian vault makes its daily notes from a template (the daily notes' or Periodic Notes' `template`), read
    /// by the loader: a day's note kizuna made would stand where the vault makes one from it.
    public var dailyNoteTemplate = false
    /// Where an Obsidian vault makes a new daily note, as a moment pattern of its path (`[Daily]/YYYY-MM-DD`), read by
    /// the loader; nil when the vault makes none.
    public var newDailyNote: String? = nil
    /// The front matter key that names a note's class as the Metadata Menu plugin reads it (`fileClass: person`), as
    /// kizuna reads keys; the plugin's `fileClassAlias` setting, read by the loader, may name another.
    public var classKey = "file_class"
    /// What the symbol in a task's box says of it: the standard ones, or those a vault's Tasks plugin defines, read by
    /// the loader.
    public var taskStatuses = TaskStatuses.standard
    /// Whether the notes kizuna writes link people as markdown links (`[Ken Ito](../people/Ken%20Ito.md)`), as the
    /// vault's Obsidian is set to write links; read by the loader.
    public var markdownLinks = false
    /// What a Logseq graph's settings say of its notes, read by the loader; nil when the journal is not one.
    public var logseq: LogseqGraph? = nil
    /// A Dendron workspace (`dendron.yml` at its root), read by the loader: a wikilink is written `[[label|target]]`,
    /// and `[[dendron://vault/target]]` names a note of a vault by that vault's name.
    public var dendron = false
    /// A Dendron workspace's first vault, where a new user note goes.
    public var dendronVault = ""

    /// The default settings.
    public init() {}

    /// Japanese names of the default circles, as the digest shows them; a circle the user named is shown as written.
    public static let japaneseCircleNames = [
        "core": "最も近い人", "close": "親しい人", "network": "ネットワーク", "acquaintance": "知り合い",
    ]

    /// A circle as `language` says it: a default circle by its Japanese name in Japanese, any other as written.
    public static func word(forCircle circle: String, in language: Language) -> String {
        language == .ja ? japaneseCircleNames[circle] ?? circle : circle
    }

    /// The circle `text` names: one of the journal's circles, or a default circle by its Japanese name (the word the
    /// digest shows) while the journal has it.
    public func circle(named text: String) -> String? { Config.circle(named: text, in: circles) }

    /// `circle(named:)` among `circles`.
    static func circle(named text: String, in circles: [Circle]) -> String? {
        if rank(ofCircle: text, in: circles) != nil { return text }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let (name, _) = Config.japaneseCircleNames.first(where: { $0.value == t }),
            rank(ofCircle: name, in: circles) != nil
        else { return nil }
        return name
    }

    /// Rank of a circle (0 = closest), or nil when unknown.
    public func rank(ofCircle name: String) -> Int? { Config.rank(ofCircle: name, in: circles) }

    /// `rank(ofCircle:)` among `circles`.
    static func rank(ofCircle name: String, in circles: [Circle]) -> Int? { circles.firstIndex { $0.name == name } }

    /// Cadence of a circle in days.
    public func cadence(ofCircle name: String) -> Int? { circles.first { $0.name == name }?.cadenceDays }

    /// The settings file's name.
    public static let fileName = "kizuna.yaml"
    static let knownKeys: Set<String> = [
        "owner", "language", "people_dir", "digest_dir", "circles", "default_circle", "daily_limit",
        "follow_up_within", "ignore",
    ]

    /// Reads `kizuna.yaml` text; problems come back beside the settings, which keep their defaults where a value is
    /// bad.
    public static func parse(_ source: String, path: String = fileName) -> (Config, [Diagnostic]) {
        var reader = SettingsReader(path: path)
        // A mistake within one setting (a bracket never closed) costs that setting, as in a note's front matter.
        let (result, leftOut) = YAMLReader.readLeavingOut(source)
        for p in leftOut {
            let at = SourceLocation(path: path, line: p.line, column: p.column)
            reader.diagnostics.append(Diagnostic(.error, YAMLHint.leavingOut(p, in: source, settings: true), at: at))
        }
        switch result {
        case .failure(let problem):
            let at = SourceLocation(path: path, line: problem.line, column: problem.column)
            return (reader.config, reader.diagnostics + [Diagnostic(.error, problem.message, at: at)])
        case .success(nil):
            return (reader.config, [])
        case .success(.mapping(let pairs, _, _)?):
            for entry in pairs { reader.read(entry) }
            reader.settle()
        case .success(let root?):
            reader.report(
                .error, Message("kizuna.yaml must be a mapping of settings", ja: "kizuna.yaml は「キー: 値」の形で書いてください"), root
            )
        }
        return (reader.config, reader.diagnostics)
    }
}

/// Reads the settings of `kizuna.yaml` one key at a time, and what is wrong with them.
private struct SettingsReader {
    let path: String
    var config = Config()
    var diagnostics: [Diagnostic] = []
    var digestValue: YAMLValue? = nil
    var defaultCircleValue: YAMLValue? = nil

    mutating func report(_ severity: Severity, _ message: Message, _ value: YAMLValue?) {
        let p = value?.position ?? (line: 1, column: 1)
        diagnostics.append(
            Diagnostic(severity, message, at: SourceLocation(path: path, line: p.line, column: p.column)))
    }

    mutating func text(_ value: YAMLValue, _ key: String) -> String? {
        if let s = value.string, !s.isEmpty { return s }
        report(.error, Message("\(key) must be text", ja: "\(key) には文字列を書いてください"), value)
        return nil
    }

    mutating func folder(_ value: YAMLValue, _ key: String) -> String? {
        guard let s = text(value, key) else { return nil }
        let trimmed = s.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if trimmed.isEmpty || trimmed.split(separator: "/").contains("..") || s.hasPrefix("/") {
            report(
                .error, Message("\(key) must be a folder inside the journal", ja: "\(key) にはジャーナル内のフォルダーを指定してください"),
                value)
            return nil
        }
        return trimmed
    }

    mutating func read(_ entry: YAMLEntry) {
        let key = entry.key, value = entry.value
        switch key {
        case "owner": config.owner = text(value, key)
        case "language":
            guard let s = text(value, key) else { break }
            if let l = Language(rawValue: s.lowercased()) {
                config.language = l
            } else {
                report(
                    .error, Message("unknown language '\(s)' (use en or ja)", ja: "不明な言語 '\(s)' です(en か ja を指定してください)"),
                    value)
            }
        case "people_dir":
            if let f = folder(value, key) {
                config.peopleDir = f
                config.peopleDirIsSet = true
            }
        case "digest_dir": if let f = folder(value, key) { config.digestDir = f; digestValue = value }
        case "circles": circles(value)
        case "default_circle":
            if let s = text(value, key) { config.defaultCircle = s; defaultCircleValue = value }
        case "daily_limit":
            if let s = value.string, let n = Int(s), n >= 0 {
                config.dailyLimit = n
            } else {
                report(
                    .error,
                    Message("daily_limit must be a whole number of 0 or more", ja: "daily_limit には0以上の整数を書いてください"),
                    value)
            }
        case "follow_up_within":
            if let s = value.string, let days = DurationParser.days(s) {
                config.followUpWithinDays = days
            } else {
                report(
                    .error,
                    Message(
                        "invalid duration '\(value.string ?? "")' for follow_up_within (write e.g. 7d, 1w)",
                        ja: "follow_up_within の期間 '\(value.string ?? "")' が読めません(例: 7d, 1w)"), value)
            }
        case "ignore": ignore(value)
        default:
            let known = Config.knownKeys.sorted().joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message("unknown setting '\(key)' (known: \(known))", ja: "不明な設定 '\(key)' です(使える設定: \(known))"),
                    at: SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn)))
        }
    }

    mutating func circles(_ value: YAMLValue) {
        guard case .mapping(let circlePairs, _, _) = value, !circlePairs.isEmpty else {
            report(
                .error,
                Message(
                    "circles must be a mapping of circle names to cadences, closest first",
                    ja: "circles は「サークル名: 連絡間隔」を近い順に並べて書いてください"), value)
            return
        }
        var circles: [Circle] = []
        for circleEntry in circlePairs {
            let name = circleEntry.key, cadence = circleEntry.value
            guard let s = cadence.string, let days = DurationParser.days(s) else {
                report(
                    .error,
                    Message(
                        "invalid duration '\(cadence.string ?? "")' for circle \(name) "
                            + "(write e.g. 30d, 2w, 3m, monthly, 毎月)",
                        ja: "サークル \(name) の期間 '\(cadence.string ?? "")' が読めません(例: 30d, 2w, 3m, monthly, 毎月)"),
                    cadence)
                continue
            }
            circles.append(Circle(name: name, cadenceDays: days))
        }
        if !circles.isEmpty { config.circles = circles }
    }

    mutating func ignore(_ value: YAMLValue) {
        let message = Message("ignore must be a list of glob patterns", ja: "ignore にはグロブパターンのリストを書いてください")
        switch value {
        case .scalar(let s, _, _): config.ignore = [s]
        case .sequence(let items, _, _):
            config.ignore = items.compactMap { item in
                if let s = item.string { return s }
                report(.error, message, item)
                return nil
            }
        default:
            report(.error, message, value)
        }
    }

    /// Checks what depends on several settings: the default circle is one of the circles, and the digest folder
    /// keeps clear of the people's.
    mutating func settle() {
        if let named = config.circle(named: config.defaultCircle) { config.defaultCircle = named }
        if config.rank(ofCircle: config.defaultCircle) == nil, defaultCircleValue == nil {
            // Custom circles without `network`: the most distant circle is the default.
            config.defaultCircle = config.circles[config.circles.count - 1].name
        } else if config.rank(ofCircle: config.defaultCircle) == nil {
            let names = config.circles.map(\.name).joined(separator: ", ")
            report(
                .error,
                Message(
                    "default_circle '\(config.defaultCircle)' is not one of the circles (\(names))",
                    ja: "default_circle '\(config.defaultCircle)' はサークル(\(names))にありません"), defaultCircleValue)
            config.defaultCircle = config.circles[config.circles.count - 1].name
        }
        let (d, p) = (config.digestDir, config.peopleDir)
        if d == p || d.hasPrefix(p + "/") || p.hasPrefix(d + "/") {
            report(
                .error,
                Message(
                    "digest_dir '\(d)' must not be, hold or lie inside people_dir '\(p)'; using 'digests'",
                    ja: "digest_dir '\(d)' を people_dir '\(p)' と同じ・その中・その親にはできません。'digests' を使います"),
                digestValue)
            config.digestDir = Config().digestDir == p ? "kizuna-digests" : Config().digestDir
        }
    }
}

extension Config {
    /// Whether a path from the root lies in a folder whose files are never notes: the digest folder, or a Logseq
    /// graph's own folder (its settings, and the copies of pages it keeps in `bak/`: read, each would count its
    /// touches again). The walk, the editor's journal and `log --to` all ask this.
    public func setsAside(_ rel: String) -> Bool {
        /// `rel` is `folder` or lies below it; compared as bytes, with no string made.
        func within(_ folder: String) -> Bool { rel.utf8.elementsEqual(folder.utf8) || NoteName.lies(rel, in: folder) }
        return within(digestDir) || (logseq != nil && within(LogseqGraph.folder))
    }

    /// Whether a path from the root lies where no note is read, whatever `ignore` says: it is hidden or below a
    /// hidden folder, or in a folder `setsAside` names.
    public func hidesOrSetsAside(_ rel: String) -> Bool {
        rel.split(separator: "/").contains(where: NoteName.isHidden) || setsAside(rel)
    }

    /// Whether the walk reads a file at `rel` (a path from the root) as a note: a note's name, not where
    /// `hidesOrSetsAside` says, and outside every `ignore` glob. The editor's journal and `log --to` ask this.
    public func readsAsNote(_ rel: String) -> Bool {
        let parts = rel.split(separator: "/").map(String.init)
        guard let name = parts.last, NoteName.isNote(name), !hidesOrSetsAside(rel) else { return false }
        let globs = ignore.map(Glob.init)
        return parts.indices.allSatisfy { k in
            let sub = parts[...k].joined(separator: "/")
            return !globs.contains { $0.matchesBelowUnmatchedFolders(sub, name: parts[k]) }
        }
    }
}
