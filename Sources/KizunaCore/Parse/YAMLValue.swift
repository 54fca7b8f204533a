import Yams

/// A YAML value as kizuna reads it: every scalar stays text (no timestamps, no booleans),
/// with the 1-based line and column where it starts, relative to the YAML text.
public enum YAMLValue: Sendable, Equatable {
    case scalar(String, line: Int, column: Int)
    /// An empty value, `~` or `null`.
    case null(line: Int, column: Int)
    case sequence([YAMLValue], line: Int, column: Int)
    case mapping([YAMLEntry], line: Int, column: Int)

    /// Where the value starts.
    public var position: (line: Int, column: Int) {
        switch self {
        case .scalar(_, let l, let c), .sequence(_, let l, let c), .mapping(_, let l, let c), .null(let l, let c):
            return (l, c)
        }
    }

    /// The text of a scalar.
    public var string: String? {
        if case .scalar(let s, _, _) = self { return s }
        return nil
    }

    /// The value under `key` in a mapping (first occurrence).
    public subscript(key: String) -> YAMLValue? {
        guard case .mapping(let pairs, _, _) = self else { return nil }
        // Keys of another length are passed over without comparing strings, which costs a call each.
        let length = key.utf8.count
        for i in pairs.indices where pairs[i].key.utf8.count == length && pairs[i].key == key { return pairs[i].value }
        return nil
    }

    public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
        switch (a, b) {
        case let (.scalar(x, l1, c1), .scalar(y, l2, c2)): return x == y && l1 == l2 && c1 == c2
        case let (.null(l1, c1), .null(l2, c2)): return l1 == l2 && c1 == c2
        case let (.sequence(x, l1, c1), .sequence(y, l2, c2)): return x == y && l1 == l2 && c1 == c2
        case let (.mapping(x, l1, c1), .mapping(y, l2, c2)): return x == y && l1 == l2 && c1 == c2
        default: return false
        }
    }
}

extension YAMLValue {
    /// A mapping whose keys are read as FORMAT.md writes them: in lower case, with `_` for a space or a hyphen
    /// (`Birthday`, `How Met`, `last-contact`, as Obsidian's properties and person templates name them), or in
    /// Japanese as `show` labels them (`誕生日`), and the keys left unread: a key the note writes so itself wins over
    /// its variants. Any other value is itself.
    var withKeysAsWritten: (value: YAMLValue, unread: [YAMLEntry]) {
        guard case .mapping(let entries, let line, let column) = self,
            entries.contains(where: {
                $0.key.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 || $0 == 0x2D || $0 >= 0x80 }
            })
        else { return (self, []) }
        let written = Set(entries.map(\.key))
        var read: [YAMLEntry] = [], unread: [YAMLEntry] = []
        for entry in entries {
            var e = entry
            e.key = YAMLValue.keyAsWritten(entry.key)
            if e.key != entry.key, written.contains(e.key) { unread.append(entry) } else { read.append(e) }
        }
        return (.mapping(read, line: line, column: column), unread)
    }

    /// A key in lower case, with `_` for a space or a hyphen, and between the words of camelCase (`lastContact`,
    /// `FileClass`) unless the key whole is a way to reach someone (`LinkedIn`); a Japanese one as FORMAT.md writes
    /// it.
    static func keyAsWritten(_ key: String) -> String {
        if let english = japaneseKeys[key] { return english }
        let bytes = key.utf8.map { $0 == 0x20 || $0 == 0x2D ? 0x5F : $0.asciiLowered }
        let lowered = String(decoding: bytes, as: UTF8.self)
        guard !ContactKind.isLoose(lowered) else { return lowered }
        var snake: [UInt8] = []
        var previous: UInt8 = 0
        for (c, lower) in zip(key.utf8, bytes) {
            let startsWord =
                c >= 0x41 && c <= 0x5A && (previous >= 0x61 && previous <= 0x7A || previous >= 0x30 && previous <= 0x39)
            if startsWord { snake.append(0x5F) }
            snake.append(lower)
            previous = c
        }
        return snake.count == bytes.count ? lowered : String(decoding: snake, as: UTF8.self)
    }

    /// A person's keys in the Japanese words `show` labels them with (and `頻度`, `別名`), and a meeting's as
    /// minutes write them (`日付`, `参加者`).
    static let japaneseKeys = [
        "サークル": "circle", "頻度": "cadence", "状態": "status", "目的": "purpose", "誕生日": "birthday",
        "連絡先": "contact", "タグ": "tags", "コミュニティ": "communities", "紹介者": "introduced_by",
        "知り合い": "knows", "別名": "aliases", "日付": "date", "日時": "date", "参加者": "participants",
        "出席者": "attendees",
    ]
}

extension Diagnostic {
    /// A front matter key that is not read: its variant as FORMAT.md writes it (`Name` of `name`) is there too.
    static func unreadKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        let written = YAMLValue.keyAsWritten(key)
        return Diagnostic(
            .warning,
            Message(
                "'\(key)' is read as '\(written)', which this note also has: only '\(written)' is read",
                ja: "'\(key)' は '\(written)' として読みますが、このメモには '\(written)' もあるため読みません"),
            at: location)
    }
}

/// One key of a mapping, with the place the key itself stands, and its value.
public struct YAMLEntry: Sendable, Equatable {
    public var key: String
    public var keyLine: Int
    public var keyColumn: Int
    public var value: YAMLValue
}

/// A YAML problem with its position relative to the YAML text.
public struct YAMLProblem: Error, Sendable, Equatable {
    public var message: Message
    public var line: Int
    public var column: Int
    /// For a value that cannot be read in a document that can, the line of the top-level key whose entry holds it:
    /// the rest is read without that entry. Nil when the document as a whole cannot be read.
    public var entryLine: Int? = nil
    /// Where the construct libyaml was reading when it failed opened (a bracket, a quote), when it says.
    public var openedLine: Int? = nil
    public var openedColumn: Int? = nil
}

/// Turns YAML text into `YAMLValue`s with libyaml, with a bound on alias expansion.
public enum YAMLReader {
    /// The most nodes one document may expand to; an alias bomb stops here.
    public static let nodeBudget = 20_000

    /// Reads one YAML document. Empty text gives nil. `firstLine` is the file line the text starts on, for messages.
    /// Front matter in the plain form most notes use is read without libyaml (`PlainYAML`); anything else from
    /// libyaml's events directly (`YAMLEventReader`).
    /// `leavingOut` holds lines of top-level keys not to read (problems' `entryLine`s).
    public static func read(_ text: String, firstLine: Int = 1, leavingOut: Set<Int> = []) -> Result<
        YAMLValue?, YAMLProblem
    > {
        if leavingOut.isEmpty, let plain = PlainYAML.read(text) { return .success(plain) }
        // An entry libyaml cannot read at all is taken out of the text; one it can, out of its events.
        let read = leavingOut.isEmpty ? text : blanking(entriesAt: leavingOut, in: text)
        return YAMLEventReader.read(read, firstLine: firstLine, budget: nodeBudget, leavingOut: leavingOut).mapError {
            YAMLHint.advise($0, in: read, firstLine: firstLine)
        }
    }

    /// `read`, and again without each top-level entry a mistake stands within (a bracket never closed, `title:
    /// Plan: next`), up to eight: the last result, and the problems whose entries were left out, in order.
    static func readLeavingOut(_ text: String, firstLine: Int = 1) -> (
        result: Result<YAMLValue?, YAMLProblem>, leftOut: [YAMLProblem]
    ) {
        var result = read(text, firstLine: firstLine)
        var lines: Set<Int> = []
        var leftOut: [YAMLProblem] = []
        while case .failure(let p) = result, let entry = p.entryLine, lines.count < 8, lines.insert(entry).inserted {
            leftOut.append(p)
            result = read(text, firstLine: firstLine, leavingOut: lines)
        }
        return (result, leftOut)
    }

    /// Whether a line of front matter starts a top-level entry: it starts with neither a space, a tab, a list's
    /// dash nor a comment, and is not blank. The lines under an entry's key that do not are its own.
    static func startsTopLevelEntry(_ line: some StringProtocol) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return !" \t-#\r".unicodeScalars.contains(first)
    }

    /// `text` without the top-level entries whose keys stand on `lines` (a key's line and the lines under it, and
    /// the lines of text with no key after those), each line break kept so that the rest keeps its place.
    static func blanking(entriesAt lines: Set<Int>, in text: String) -> String {
        var kept: [Substring] = []
        var inEntry = false
        for (i, line) in text.lines().enumerated() {
            if lines.contains(i + 1) {
                inEntry = true
            } else if inEntry, startsTopLevelEntry(line), !YAMLHint.isText(Array(line.unicodeScalars)) {
                inEntry = false
            }
            kept.append(inEntry ? "" : line)
        }
        return kept.joined(separator: "\n")
    }

    static let keyNotText = Message("a mapping key must be plain text", ja: "キーは文字列で書いてください")

    /// The same through a Yams node tree, converted afterwards: slower, and the reference the tests hold `read` to.
    static func readThroughYams(_ text: String, firstLine: Int = 1, budget nodeBudget: Int = nodeBudget) -> Result<
        YAMLValue?, YAMLProblem
    > {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let error as YamlError {
            return .failure(problem(from: error, firstLine: firstLine))
        } catch {
            return .failure(YAMLProblem(message: invalid, line: 1, column: 1))
        }
        guard let node else { return .success(nil) }
        var budget = nodeBudget
        do {
            return .success(try convert(node, budget: &budget, isRoot: true))
        } catch let p as YAMLProblem {
            return .failure(p)
        } catch {
            return .failure(YAMLProblem(message: invalid, line: 1, column: 1))
        }
    }

    static let invalid = Message("invalid YAML", ja: "YAMLとして読めません")

    static func invalid(_ problem: String) -> Message {
        Message("invalid YAML: \(problem)", ja: "YAMLとして読めません: \(problem)")
    }

    /// The problem of a document that expands to more values than the budget, at the first value over it.
    static func overBudget(line: Int, column: Int) -> YAMLProblem {
        YAMLProblem(
            message: Message(
                "front matter expands to more than \(nodeBudget) values (an alias bomb?); ignored",
                ja: "フロントマターが \(nodeBudget) 個を超える値に展開されます(エイリアス爆弾?)。無視します"),
            line: line, column: column)
    }

    private static func convert(_ node: Node, budget: inout Int, isRoot: Bool = false) throws -> YAMLValue {
        budget -= 1
        if budget < 0 {
            let m = node.mark
            throw overBudget(line: m?.line ?? 1, column: m?.column ?? 1)
        }
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let s):
            if s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) {
                return .null(line: line, column: column)
            }
            return .scalar(s.string, line: line, column: column)
        case .sequence(let seq):
            var items: [YAMLValue] = []
            items.reserveCapacity(seq.count)
            for child in seq { items.append(try convert(child, budget: &budget)) }
            return .sequence(items, line: line, column: column)
        case .mapping(let map):
            var pairs: [YAMLEntry] = []
            for (k, v) in map {
                let key: String
                let keyLine = k.mark?.line ?? line
                switch k {
                case .scalar(let s): key = s.string
                default:
                    throw YAMLProblem(
                        message: keyNotText, line: keyLine, column: k.mark?.column ?? column,
                        entryLine: isRoot ? keyLine : nil)
                }
                let value: YAMLValue
                do {
                    value = try convert(v, budget: &budget)
                } catch var p as YAMLProblem where isRoot && p.message == keyNotText {
                    p.entryLine = keyLine
                    throw p
                }
                pairs.append(
                    YAMLEntry(key: key, keyLine: keyLine, keyColumn: k.mark?.column ?? column, value: value))
            }
            return .mapping(pairs, line: line, column: column)
        case .alias(let a):
            throw YAMLProblem(
                message: Message(
                    "unresolved YAML alias *\(a.anchor.rawValue)", ja: "YAMLのエイリアス *\(a.anchor.rawValue) を解決できません"),
                line: line, column: column)
        }
    }

    private static func problem(from error: YamlError, firstLine: Int) -> YAMLProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            var detail = problem
            if let context { detail += " (\(context.text) at line \(context.mark.line + firstLine - 1))" }
            return YAMLProblem(
                message: invalid(detail), line: mark.line, column: mark.column, openedLine: context?.mark.line,
                openedColumn: context?.mark.column)
        case .composer(let context, let problem, let mark, _):
            var detail = problem
            if let context { detail += " (\(context.text) at line \(context.mark.line + firstLine - 1))" }
            return YAMLProblem(message: invalid(detail), line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().joined(separator: ", ")
            return YAMLProblem(
                message: Message("duplicate key \(keys) in front matter", ja: "フロントマターのキー \(keys) が重複しています"),
                line: context.mark.line, column: context.mark.column)
        case .reader(let problem, _, _, _):
            return YAMLProblem(message: invalid(problem), line: 1, column: 1)
        default:
            return YAMLProblem(message: invalid, line: 1, column: 1)
        }
    }
}
