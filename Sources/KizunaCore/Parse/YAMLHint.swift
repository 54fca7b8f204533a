/// Advice for the YAML mistakes people make in front matter. libyaml names what it could not read ("mapping values
/// are not allowed in this context"); the advice says what to write instead, in the user's language.
enum YAMLHint {
    /// `problem` with a sentence of advice added, when its libyaml text and the line it points at show the cause.
    /// `firstLine` is the file line the text starts on, as the libyaml text counts lines. The problem names the
    /// line of the top-level entry the mistake stands in (`entryLine`), so that the rest can be read without it: a
    /// line indented with a tab is its own entry, and a bracket never closed ends where the next top-level key
    /// begins.
    static func advise(_ problem: YAMLProblem, in text: String, firstLine: Int = 1) -> YAMLProblem {
        guard var (advised, reach) = advice(problem, in: text, firstLine: firstLine) else { return problem }
        switch reach {
        case .entry: advised.entryLine = entryLine(of: advised.line, in: text)
        case .line: advised.entryLine = advised.line
        case .unknown: break
        }
        return advised
    }

    /// How far a mistake reaches: through the top-level entry it stands in, its own line, or no one can tell.
    private enum Reach { case entry, line, unknown }

    /// The problem advised, placed where the mistake is, and how far it reaches; nil when no advice fits.
    private static func advice(_ problem: YAMLProblem, in text: String, firstLine: Int) -> (YAMLProblem, Reach)? {
        let prefix = "invalid YAML: "
        guard problem.message.en.hasPrefix(prefix) else { return nil }
        let detail = problem.message.en.dropFirst(prefix.count)
        var advised = problem
        if let opened = unclosedQuote(detail, in: text, firstLine: firstLine) {
            // libyaml notices at the text's end; the mistake is where the quote opened.
            (advised.line, advised.column) = (opened.line, opened.column)
            advised.message = adding(opened.hint, to: problem.message)
            return (advised, .entry)
        }
        if let comment = commentInFlow(detail, in: text, firstLine: firstLine) {
            (advised.line, advised.column) = (comment.line, comment.column)
            advised.message = adding(comment.hint, to: problem.message)
            return (advised, .entry)
        }
        // A mistyped line is the cause wherever libyaml noticed it: on that line, or (more often) the next.
        if detail.hasPrefix("could not find expected ':'") || detail.hasPrefix("mapping values are not allowed")
            || detail.hasPrefix("did not find expected")
        {
            for number in [problem.line, problem.line - 1] where number >= 1 {
                guard let (column, hint) = mistyped(scalars(ofLine: number, in: text)) else { continue }
                advised.line = number
                advised.column = column + 1
                advised.message = adding(hint, to: problem.message)
                return (advised, .entry)
            }
        }
        // A line with no key where libyaml began to read one (a value's next lines not indented under its key): the
        // mistake is that line, and the lines with no key after it go with it.
        if detail.hasPrefix("could not find expected ':'"), detail.contains("while scanning a simple key"),
            let opened = problem.openedLine, opened >= 1, isText(scalars(ofLine: opened, in: text))
        {
            (advised.line, advised.column) = (opened, 1)
            advised.message = adding(noKey, to: problem.message)
            return (advised, .entry)
        }
        let line = scalars(ofLine: problem.line, in: text)
        guard let hint = hint(for: detail, line: line, column: problem.column - 1) else { return nil }
        advised.message = adding(hint, to: problem.message)
        if hint == tabs { return (advised, line.first == "\t" ? .line : .unknown) }
        guard detail.contains("while parsing a flow") else { return (advised, .entry) }
        // A bracket never closed: the mistake is where it opened, and it is taken to end where the next top-level
        // key begins. A bracket that opens no key's value (the whole front matter one list) costs everything.
        guard let opened = problem.openedLine, let column = problem.openedColumn,
            let entry = entryLine(of: opened, in: text), opensWithKey(scalars(ofLine: entry, in: text))
        else { return (advised, .unknown) }
        (advised.line, advised.column) = (opened, column)
        return (advised, .entry)
    }

    /// Whether a line is text with no key: no colon at all, and nothing YAML would start a value or a key with.
    static func isText(_ line: [Unicode.Scalar]) -> Bool {
        guard let first = line.first, !"[]{}\"'?&*!|>%@`#-".unicodeScalars.contains(first) else { return false }
        return !line.contains { $0 == ":" || $0 == "：" }
    }

    /// Whether a top-level entry's line opens with a key (`key:` before any bracket or quote).
    static func opensWithKey(_ line: [Unicode.Scalar]) -> Bool {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }), colon > 0 else { return false }
        return !line[..<colon].contains(where: { "[]{}\"'".unicodeScalars.contains($0) })
    }

    /// The line of the top-level entry that holds `line` of `text`: the nearest line at or above it that starts one.
    static func entryLine(of line: Int, in text: String) -> Int? {
        let lines = text.lines()
        return stride(from: min(line, lines.count), through: 1, by: -1).first {
            YAMLReader.startsTopLevelEntry(lines[$0 - 1])
        }
    }

    /// The problem of a value read without its top-level entry: what is wrong, which key is left out, and, for a
    /// value in `{{…}}`, that it is a template's placeholder never filled in.
    static func leavingOut(_ problem: YAMLProblem, in text: String, settings: Bool = false) -> Message {
        guard let entry = problem.entryLine else { return problem.message }
        func line(_ number: Int) -> String { String(String.UnicodeScalarView(scalars(ofLine: number, in: text))) }
        var key = line(entry).prefix { $0 != ":" && $0 != "：" }.trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            key = String(key.dropFirst().dropLast())
        }
        // Prettier writes `{{date}}` as `{ { date } }`.
        if line(problem.line).replacingOccurrences(of: " ", with: "").contains("{{") {
            return Message(
                "'\(key)' holds a template placeholder never filled in; it is left out and the rest of the front "
                    + "matter is read",
                ja: "'\(key)' にテンプレートのプレースホルダーが残っています。この値は読まず、フロントマターの残りは読みます")
        }
        let rest =
            settings
            ? Message(
                "'\(key)' is left out and the other settings are read", ja: "'\(key)' は読まず、ほかの設定は読みます")
            : Message(
                "'\(key)' is left out and the rest of the front matter is read",
                ja: "'\(key)' は読まず、フロントマターの残りは読みます")
        return adding(rest, to: problem.message)
    }

    /// `message` with `hint` after it, in both languages.
    static func adding(_ hint: Message, to message: Message) -> Message {
        Message(message.en + "; " + hint.en, ja: message.ja + "。" + hint.ja)
    }

    /// Where a line of front matter is mistyped as people often mistype it, and the advice: a full-width colon
    /// (`name：田中`), no space after a key's colon (`circle:core`), or none after a list item's dash (`-友人`).
    static func mistyped(_ line: [Unicode.Scalar]) -> (column: Int, hint: Message)? {
        var i = 0
        while i < line.count, line[i] == " " { i += 1 }
        guard i < line.count, line[i] != "#" else { return nil }
        if line[i] == "-" {
            guard i + 1 < line.count, !" \t-".unicodeScalars.contains(line[i + 1]) else { return nil }
            return (i, dashWithoutSpace)
        }
        // A key: what comes before the first colon, with no space, quote or bracket in it.
        var j = i
        while j < line.count, line[j] != ":", line[j] != "：" {
            if " \t\"'[{".unicodeScalars.contains(line[j]) { return nil }
            j += 1
        }
        guard j > i, j < line.count else { return nil }
        if line[j] == "：" { return (j, fullWidthColon) }
        guard j + 1 < line.count, !" \t/:".unicodeScalars.contains(line[j + 1]) else { return nil }
        return (j, colonWithoutSpace)
    }

    /// The advice for libyaml's `detail` about the character at `column` (0-based, in scalars) of `line`.
    static func hint(for detail: Substring, line: [Unicode.Scalar], column: Int) -> Message? {
        let here = line.indices.contains(column) ? line[column] : nil
        if detail.contains("tab") || here == "\t" { return tabs }
        if detail.hasPrefix("mapping values are not allowed") { return colonInValue }
        if detail.hasPrefix("found character that cannot start any token") || detail.hasPrefix("found undefined alias"),
            let here, "`@%*".unicodeScalars.contains(here)
        {
            return mustBeQuoted(startingWith: here)
        }
        if detail.contains("while scanning an alias") { return mustBeQuoted(startingWith: "*") }
        if detail.contains("while scanning an anchor") { return mustBeQuoted(startingWith: "&") }
        if detail.hasPrefix("found unknown escape character") || detail.hasPrefix("did not find expected hexdecimal") {
            return backslash
        }
        if detail.contains("while parsing a flow sequence") { return unclosed("[", "]", list) }
        if detail.contains("while parsing a flow mapping") { return unclosed("{", "}", mapping) }
        if detail.hasPrefix("did not find expected key") || detail.hasPrefix("did not find expected <document start>") {
            let before = line[..<min(max(column, 0), line.count)]
            if zip(before, before.dropFirst()).contains(where: { $0 == "]" && $1 == "]" }) { return linksInQuotes }
            if let last = before.last(where: { $0 != " " }), last == "\"" || last == "'" { return textAfterQuote }
        }
        if detail.hasPrefix("could not find expected ':'") { return notKeyValue }
        return nil
    }

    /// For a quoted value never closed, where its quote opened (line of `text`, column in scalars) and the advice.
    static func unclosedQuote(_ detail: Substring, in text: String, firstLine: Int) -> (
        line: Int, column: Int, hint: Message
    )? {
        let context = "(while scanning a quoted scalar at line "
        guard detail.hasPrefix("found unexpected end of stream"), let at = detail.range(of: context),
            let fileLine = Int(detail[at.upperBound...].prefix { $0.isASCII && $0.isNumber })
        else { return nil }
        let number = fileLine - firstLine + 1
        let line = scalars(ofLine: number, in: text)
        guard let quote = line.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        let escaped = line[quote] == "\"" && zip(line, line.dropFirst()).contains { $0 == "\\" && $1 == "\"" }
        return (number, quote + 1, escaped ? escapedQuote : quoteNeverClosed)
    }

    /// For a list or mapping in brackets never closed because a `#` on its line began a comment (`tags: [#person,
    /// #friend]`), where that `#` stands (line of `text`, column in scalars) and the advice.
    static func commentInFlow(_ detail: Substring, in text: String, firstLine: Int) -> (
        line: Int, column: Int, hint: Message
    )? {
        guard detail.contains("while parsing a flow"), let at = detail.range(of: " at line ", options: .backwards),
            let fileLine = Int(detail[at.upperBound...].prefix { $0.isASCII && $0.isNumber })
        else { return nil }
        // libyaml may name the line after the brackets' (the end of the text): the nearest line above that opens one.
        let lines = text.lines()
        for number in stride(from: min(fileLine - firstLine + 1, lines.count), through: 1, by: -1) {
            let line = Array(lines[number - 1].unicodeScalars)
            guard let open = line.firstIndex(where: { $0 == "[" || $0 == "{" }) else { continue }
            guard let hash = line[(open + 1)...].firstIndex(where: { $0 == "#" }) else { return nil }
            return (number, hash + 1, hashStartsComment)
        }
        return nil
    }

    static let hashStartsComment = Message(
        "'#' starts a YAML comment, so the list never closes: write tags without '#' or quote them (\"#person\")",
        ja: "YAML では「#」からがコメントになり、括弧が閉じません。タグは「#」なしで書くか引用符で囲みます(\"#person\")")

    /// The scalars of `text`'s 1-based line `number`; empty past its end.
    static func scalars(ofLine number: Int, in text: String) -> [Unicode.Scalar] {
        var line = 1
        var result: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if line == number { break }
                line += 1
            } else if line == number, scalar != "\r" {
                result.append(scalar)
            }
        }
        return result
    }

    static let tabs = Message(
        "indent with spaces: YAML does not allow tabs here",
        ja: "インデントにはタブではなくスペースを使います")
    static let colonInValue = Message(
        "a value that holds ': ' must be in quotes, as in title: \"Plan: next steps\"",
        ja: "「: 」を含む値は引用符で囲みます(例: title: \"計画: 次の一歩\")")
    static let backslash = Message(
        "inside double quotes a backslash starts an escape: write \\\\ or use single quotes",
        ja: "二重引用符の中では \\ がエスケープになります。\\\\ と書くか、一重引用符を使います")
    static let textAfterQuote = Message(
        "a value that starts with a quote ends at the closing quote: put the whole value in quotes",
        ja: "引用符で始まる値は閉じ引用符で終わります。値全体を引用符で囲みます")
    static let linksInQuotes = Message(
        "links in front matter go in quotes, one to an item: related: [\"[[A]]\", \"[[B]]\"]",
        ja: "フロントマターのリンクは一つずつ引用符で囲みます(例: related: [\"[[A]]\", \"[[B]]\"])")
    static let fullWidthColon = Message(
        "'：' is a full-width colon: a key ends with ':' and a space, as in name: 田中 花子",
        ja: "「：」は全角のコロンです。キーの後は半角の「:」と空白にします(例: name: 田中 花子)")
    static let colonWithoutSpace = Message(
        "a key's ':' needs a space after it, as in circle: core",
        ja: "キーの「:」の後には空白が要ります(例: circle: core)")
    static let dashWithoutSpace = Message(
        "a list item's '-' needs a space after it, as in - friend",
        ja: "リストの「-」の後には空白が要ります(例: - 友人)")
    static let quoteNeverClosed = Message(
        "the quoted value that starts here is never closed: end it with the same quote mark",
        ja: "ここで始まる引用符の値が閉じられていません。同じ引用符で閉じます")
    static let escapedQuote = Message(
        "the quoted value that starts here is never closed: inside double quotes, \\\" is a quote mark in the "
            + "value, not its end",
        ja: "ここで始まる引用符の値が閉じられていません。二重引用符の中の \\\" は値の中の引用符で、終わりにはなりません")
    static let notKeyValue = Message(
        "each line here is 'key: value'", ja: "ここは「キー: 値」の行です")
    static let noKey = Message(
        "this line holds no key: a value over several lines needs its next lines indented under its key, or the "
            + "value in quotes",
        ja: "この行にはキーがありません。複数行にわたる値は、続きの行をキーより字下げするか、値を引用符で囲みます")

    static let list = Message("a list", ja: "リスト")
    static let mapping = Message("a mapping", ja: "マッピング")

    static func mustBeQuoted(startingWith first: Unicode.Scalar) -> Message {
        Message(
            "a value that starts with '\(first)' must be in quotes", ja: "「\(first)」で始まる値は引用符で囲みます")
    }

    static func unclosed(_ open: String, _ close: String, _ what: Message) -> Message {
        Message(
            "a value that starts with '\(open)' is \(what.en): close it with '\(close)', or put the value in quotes",
            ja: "「\(open)」で始まる値は\(what.ja)です。「\(close)」で閉じるか、値を引用符で囲みます")
    }
}

extension YAMLHint {
    /// A mistyped line (`mistyped`) typed again, and what the edit does; nil for a line that is not mistyped.
    static func retyped(_ line: String) -> (title: Message, line: String)? {
        var scalars = Array(line.unicodeScalars)
        guard let (at, hint) = mistyped(scalars) else { return nil }
        let title: Message
        if hint == fullWidthColon {
            scalars[at] = ":"
            if at + 1 >= scalars.count || scalars[at + 1] != " " { scalars.insert(" ", at: at + 1) }
            title = Message("Write ':' and a space for '：'", ja: "「：」を半角の「:」と空白にする")
        } else {
            scalars.insert(" ", at: at + 1)
            title =
                hint == dashWithoutSpace
                ? Message("Put a space after '-'", ja: "「-」の後に空白を入れる")
                : Message("Put a space after ':'", ja: "「:」の後に空白を入れる")
        }
        return (title, String(String.UnicodeScalarView(scalars)))
    }

    /// A line whose list or mapping in brackets opens its items with `#` (`tags: [#person, #friend]`), those `#`s
    /// taken out, and what the edit does; nil when no item opens with one.
    static func withoutHashes(_ line: String) -> (title: Message, line: String)? {
        let scalars = Array(line.unicodeScalars)
        guard let open = scalars.firstIndex(where: { $0 == "[" || $0 == "{" }) else { return nil }
        var kept = Array(scalars[...open])
        var itemStarts = true
        for scalar in scalars[(open + 1)...] {
            if scalar == " " {
                kept.append(scalar)
                continue
            }
            if itemStarts, scalar == "#" { continue }
            itemStarts = scalar == ","
            kept.append(scalar)
        }
        guard kept.count < scalars.count else { return nil }
        return (Message("Write the tags without '#'", ja: "タグを「#」なしで書く"), String(String.UnicodeScalarView(kept)))
    }

    /// A line whose value opens brackets it never closes (`knows: ["[[Ben]]"`), closed at its end, and what the
    /// edit does; nil when each closes, or a quote never does. Text in quotes and a comment are passed over.
    static func closingBrackets(_ line: String) -> (title: Message, line: String)? {
        var open: [Unicode.Scalar] = []
        var quote: Unicode.Scalar? = nil
        var previous: Unicode.Scalar = " "
        var last: Unicode.Scalar = " "  // the last scalar that is no space, outside quotes
        var end = line.unicodeScalars.endIndex
        for i in line.unicodeScalars.indices {
            let c = line.unicodeScalars[i]
            if let q = quote {
                if c == q, !(q == "\"" && previous == "\\") { quote = nil }
            } else if c == "#", previous == " " || previous == "\t" {
                end = i
                break
            } else if c == "\"" || c == "'", "[{,: ".unicodeScalars.contains(last) || last == " " {
                quote = c
            } else if c == "[" || c == "{" {
                open.append(c)
            } else if c == "]" || c == "}" {
                guard let o = open.popLast(), (o == "[") == (c == "]") else { return nil }
            }
            previous = c
            if c != " ", c != "\t" { last = c }
        }
        guard quote == nil, !open.isEmpty, line.contains(":") else { return nil }
        let closers = String(String.UnicodeScalarView(open.reversed().map { $0 == "[" ? "]" : "}" }))
        var kept = String(line.unicodeScalars[..<end])
        while kept.last == " " || kept.last == "\t" { kept.removeLast() }
        let comment = String(line.unicodeScalars[end...])
        return (
            Message("Close it with '\(closers)'", ja: "「\(closers)」で閉じる"),
            kept + closers + (comment.isEmpty ? "" : " " + comment)
        )
    }

    /// Whether a front matter error's advice is to quote the value: the editor then offers to do it.
    static func asksForQuotes(_ message: Message) -> Bool {
        message.en.hasPrefix("invalid YAML: ") && message.en.contains(" in quotes")
    }

    /// A `key: value` line with its value quoted: links one to an item in a list (`["[[A]]", "[[B]]"]`), anything
    /// else in single quotes, which need no escape but a doubled `'`. Nil for a line that is not `key: value`.
    static func quotingValue(of line: String) -> String? {
        guard let colon = line.range(of: ": ") else { return nil }
        let key = line[..<colon.lowerBound]
        guard !key.trimmingCharacters(in: .whitespaces).isEmpty, !key.hasPrefix("#") else { return nil }
        let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        let head = key + ": "
        if let links = onlyLinks(value) {
            return head + "[" + links.map { "\"" + $0 + "\"" }.joined(separator: ", ") + "]"
        }
        return head + "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The `[[links]]` a value is made of, with nothing but commas and spaces between them; nil otherwise.
    private static func onlyLinks(_ value: String) -> [String]? {
        var links: [String] = []
        var rest = Substring(value)
        while !rest.isEmpty {
            guard rest.hasPrefix("[["), let close = rest.range(of: "]]"),
                !rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound].contains(where: {
                    "[]\"".contains($0)
                })
            else { return nil }
            links.append(String(rest[..<close.upperBound]))
            rest = rest[close.upperBound...].drop { $0 == "," || $0 == " " }
        }
        return links.isEmpty ? nil : links
    }
}
