import Foundation

/// Completion, hover, definition, references, symbols and code actions: each reads the journal and the document.
extension LanguageServer {
    // MARK: Links under the cursor

    /// A link under the cursor: its target, where it stands, where its target stands, whether it is bare
    /// (`[[target]]`, showing its target), and whether it is a Dendron user tag (`@name`, its target `user.name`).
    typealias FoundLink = (
        target: String, range: [String: Any], targetRange: [String: Any], bare: Bool, userTag: Bool
    )

    /// The `[[link]]` around a character offset of a line: its target (before `|` or `#`) and its LSP range; in the
    /// note at `path`, a markdown link to a person's note too (`pathLink`).
    func link(in text: LSPText, line: Int, character: Int, from path: String? = nil) -> FoundLink? {
        let (lineText, index) = text.characterIndex(line: line, offset: character)
        var search = lineText.startIndex
        while let open = lineText.range(of: "[[", range: search..<lineText.endIndex),
            let close = lineText.range(of: "]]", range: open.upperBound..<lineText.endIndex)
        {
            if open.lowerBound <= index, index <= close.upperBound {
                let inner = lineText[open.upperBound..<close.lowerBound]
                var target = inner.prefix { $0 != "|" && $0 != "#" }
                // In a table the label's bar is written `\|`: the backslash is not the target's.
                if target.last == "\\", target.endIndex < inner.endIndex, inner[target.endIndex] == "|" {
                    target = target.dropLast()
                }
                if state?.config.dendron == true { target = LanguageServer.dendronTarget(inner) }
                let whole = LSPText.range(
                    line, text.offset(line: line, index: open.lowerBound), line,
                    text.offset(line: line, index: close.upperBound))
                let targetRange = LSPText.range(
                    line, text.offset(line: line, index: target.startIndex), line,
                    text.offset(line: line, index: target.endIndex))
                return (
                    String(target).trimmingCharacters(in: .whitespaces), whole, targetRange,
                    target.startIndex == inner.startIndex && target.endIndex == inner.endIndex, false
                )
            }
            search = close.upperBound
        }
        if let path, let found = pathLink(in: text, line: line, character: character, from: path) { return found }
        if let found = denoteLink(in: text, line: line, character: character) { return found }
        return state?.config.dendron == true ? userTag(in: text, line: line, character: character) : nil
    }

    /// The person a link's target names, as links find them.
    func person(named target: String) -> Int? {
        guard let state, case .one(let p) = state.people.find(target) else { return nil }
        return p
    }

    // MARK: Completion

    func completion(_ params: [String: Any]) -> Any? {
        guard let state, let (path, text, line, character) = at(params) else { return nil }
        let (lineText, index) = text.characterIndex(line: line, offset: character)
        let before = lineText[..<index]
        if let items = denoteItems(before, closing: !lineText[index...].hasPrefix(")")) {
            return ["isIncomplete": false, "items": items]
        }
        if let open = before.range(of: "[[", options: .backwards), !before[open.upperBound...].contains("]]") {
            let closing = !lineText[index...].hasPrefix("]]")
            let (items, complete) = linkItems(closing: closing, typed: before[open.upperBound...])
            guard state.config.markdownLinks else { return ["isIncomplete": !complete, "items": items] }
            let end = closing ? character : character + text.units("]]")
            let range = LSPText.range(line, character - text.units(before[open.lowerBound...]), line, end)
            return ["isIncomplete": !complete, "items": markdownLinkItems(items, range: range, from: path)]
        }
        if let (open, close) = fullWidthOpening(before) {
            // `「「` or `［［`, as an input method types `[[`: each choice writes the link itself, brackets and all.
            let end = lineText[index...].hasPrefix(close) ? character + text.units(close) : character
            let range = LSPText.range(line, character - text.units(before[open.lowerBound...]), line, end)
            let (items, complete) = linkItems(closing: false, typed: before[open.upperBound...])
            let opener = String(before[open])
            return [
                "isIncomplete": !complete,
                "items": items.map { item in
                    var item = item
                    item["textEdit"] = ["range": range, "newText": "[[" + (item["insertText"] as? String ?? "") + "]]"]
                    item["filterText"] = opener + (item["filterText"] as? String ?? item["label"] as? String ?? "")
                    item["insertText"] = nil
                    return item
                },
            ]
        }
        if let hash = before.lastIndex(of: "#"), !before[hash...].contains(where: \.isWhitespace),
            hash == before.startIndex || before[before.index(before: hash)].isWhitespace
        {
            return ["isIncomplete": false, "items": tagItems()]
        }
        if inFrontMatter(text, line: line) {
            return ["isIncomplete": false, "items": frontMatterItems(String(before))]
        }
        return ["isIncomplete": false, "items": []]
    }

    /// The last `「「` or `［［` before the cursor that nothing has closed yet, and the brackets that would close it.
    private func fullWidthOpening(_ before: Substring) -> (Range<Substring.Index>, close: String)? {
        BodyReader.fullWidthBrackets.compactMap { open, close -> (Range<Substring.Index>, close: String)? in
            guard let o = before.range(of: open, options: .backwards), !before[o.upperBound...].contains(close)
            else { return nil }
            return (o, close)
        }.max { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// The most people and notes one answer offers: past it the answer says it is incomplete, and the editor asks
    /// again as more is typed. A journal of ten thousand people is otherwise ten thousand items on every `[[`.
    static let linkItemLimit = 200

    /// People, then other notes, whose names hold what was typed after `[[` (folded as links are), the people in
    /// play first; at most `linkItemLimit`, and whether that is all of them.
    private func linkItems(closing: Bool, typed: Substring) -> (items: [[String: Any]], complete: Bool) {
        guard let state else { return ([], true) }
        let journal = state.journal
        let query = Normalize.key(String(typed))
        func matches(_ name: String) -> Bool { query.isEmpty || Normalize.key(name).contains(query) }
        let timeline = state.timeline(on: today)
        var found: [(sort: String, person: Int?, note: Int)] = []
        let keys = state.people.keys
        for p in journal.people.indices where p != journal.owner {
            guard query.isEmpty || keys[p].contains(where: { $0.contains(query) }) else { continue }
            found.append(("\(timeline.inPlay(p) ? 0 : 1)-\(journal.people[p].name)", p, -1))
        }
        let people = state.directory?.index.personByPath ?? [:]
        for i in state.parsed.indices where people[state.parsed[i].path] == nil {
            let stem = state.parsed[i].stem
            if matches(stem) || state.parsed[i].noteAliases.contains(where: matches) {
                found.append(("2-\(stem)", nil, i))
            }
        }
        found.sort { $0.sort < $1.sort }
        let items = found.prefix(LanguageServer.linkItemLimit).map { chosen -> [String: Any] in
            if let p = chosen.person {
                let person = journal.people[p]
                let w = Words(language: journal.config.language)
                let circle = Config.word(forCircle: person.circle, in: journal.config.language)
                let last = timeline.histories[p].last.map { (w.ja ? " · 最後の接点 " : " · last touch ") + "\($0)" } ?? ""
                return [
                    "label": person.name, "kind": 18, "detail": circle + last,
                    "filterText": ([person.name, person.id] + person.aliases).joined(separator: " "),
                    "sortText": chosen.sort, "insertText": person.name + (closing ? "]]" : ""),
                    "data": ["path": person.path],
                    "labelDetails": ["description": person.aliases.joined(separator: ", ")],
                ]
            }
            let (path, stem) = (state.parsed[chosen.note].path, state.parsed[chosen.note].stem)
            var item: [String: Any] = [
                "label": stem, "kind": 17, "detail": path, "sortText": chosen.sort,
                "insertText": stem + (closing ? "]]" : ""), "data": ["path": path],
            ]
            // A note's aliases find it too, as a person's do.
            let aliases = state.parsed[chosen.note].noteAliases
            if !aliases.isEmpty {
                item["filterText"] = ([stem] + aliases).joined(separator: " ")
                item["labelDetails"] = ["description": aliases.joined(separator: ", ")]
            }
            return item
        }
        return (items, found.count <= LanguageServer.linkItemLimit)
    }

    private func tagItems() -> [[String: Any]] {
        guard let state else { return [] }
        let kinds = [
            "meet", "call", "message", "sns", "event", "note", "give", "ask", "thanks", "intro",
            "会った", "電話", "メッセージ", "イベント", "メモ", "ギブ", "お願い", "感謝", "紹介",
        ]
        var seen = Set(kinds)
        let detail = state.config.language == .ja ? "記録の種類" : "kind"
        var items = kinds.map { ["label": $0, "kind": 14, "detail": detail, "sortText": "0-\($0)"] as [String: Any] }
        for entry in state.journal.entries {
            for tag in entry.tags where seen.insert(tag).inserted {
                items.append(["label": tag, "kind": 1, "sortText": "1-\(tag)"])
            }
        }
        return items
    }

    private static let keys = [
        "name", "aliases", "circle", "cadence", "purpose", "tags", "communities", "met", "how_met",
        "introduced_by", "knows", "birthday", "status", "snooze_until", "contact",
    ]

    private func frontMatterItems(_ before: String) -> [[String: Any]] {
        guard let state else { return [] }
        // The key as the parse reads it: `Circle:` and `サークル:` are `circle:`.
        let key = before.firstIndex(of: ":").map { YAMLValue.keyAsWritten(String(before[..<$0])) }
        if key == "circle" {
            let w = Words(language: state.config.language)
            return state.config.circles.map {
                [
                    "label": $0.name, "kind": 12,
                    "detail": w.ja ? "\(w.days($0.cadenceDays))ごと" : "every \(w.days($0.cadenceDays))",
                ]
            }
        }
        if key == "status" {
            return PersonStatus.allCases.map { ["label": $0.rawValue, "kind": 12] }
        }
        guard !before.contains(":") else { return [] }
        return LanguageServer.keys.map { ["label": $0, "kind": 10, "insertText": $0 + ": "] }
    }

    private func inFrontMatter(_ text: LSPText, line: Int) -> Bool {
        guard text.line(0).trimmingCharacters(in: .whitespaces).hasSuffix("---"), line > 0 else { return false }
        for n in 1..<min(line + 1, text.lineCount)
        where ["---", "..."].contains(text.line(n).trimmingCharacters(in: .whitespaces)) {
            return n > line
        }
        return true
    }

    // MARK: Hover and definition

    func hover(_ params: [String: Any]) -> Any? {
        guard let state, let (path, text, line, character) = at(params),
            let link = link(in: text, line: line, character: character, from: path)
        else { return nil }
        let found = state.people.find(link.target)
        if case .many(let people) = found {
            return ["contents": ["kind": "markdown", "value": ambiguity(link.target, people)], "range": link.range]
        }
        guard case .one(let p) = found else { return nil }
        let journal = state.journal
        let person = journal.people[p]
        let timeline = state.timeline(on: today)
        let history = timeline.histories[p]
        let w = Words(language: journal.config.language)
        var lines = ["**\(person.name)** · " + w.cadence(person.circle, person.cadenceDays)]
        lines.append(
            history.last.map { (w.ja ? "最後の接点: " : "Last touch: ") + w.date($0) + " (" + w.ago(today - $0) + ")" }
                ?? w.lastTouch(nil, ago: nil))
        if timeline.inPlay(p),
            let due = history.last.map({ $0 + person.cadenceDays })
                ?? person.met.map({ $0 + max(1, journal.config.followUpWithinDays) })
        {
            let late = due <= today ? (w.ja ? "(期限切れ)" : " (due)") : ""
            lines.append((w.ja ? "次の連絡: " : "Next due: ") + w.date(due) + late)
        }
        if person.status != .active { lines.append((w.ja ? "状態: " : "Status: ") + w.status(person.status)) }
        if let purpose = person.purpose { lines.append(w.why(purpose)) }
        // How to reach them, beside why: a hover is where one reaches out from.
        let reach = person.contact.filter { !ContactKind.isUID($0.key) }.map {
            "\(w.contactLabel($0.key)) `\($0.value)`"
        }
        if !reach.isEmpty { lines.append((w.ja ? "連絡先: " : "Contact: ") + reach.joined(separator: " · ")) }
        let open = journal.tasks.filter { !$0.done && $0.people.contains(p) }
        if !open.isEmpty {
            lines.append(w.ja ? "未完了のタスク:" : "Open tasks:")
            lines += open.prefix(5).map { "- \($0.text)" + ($0.due.map { " · " + w.due($0) } ?? "") }
        }
        return ["contents": ["kind": "markdown", "value": lines.joined(separator: "\n\n")], "range": link.range]
    }

    /// What a hover says of a link several people share: who they are, and that a code action picks one.
    private func ambiguity(_ target: String, _ people: [Int]) -> String {
        let w = Words(language: state?.journal.config.language ?? .en)
        let timeline = state?.timeline(on: today)
        let shown = choices(people).prefix(10).map { choice -> String in
            let last = timeline?.histories[choice.person].last.map { " · " + w.date($0) } ?? ""
            return "- " + choice.label + last
        }
        let head =
            w.ja
            ? "**'\(target)'** に当てはまる人が \(people.count) 人います:" : "**'\(target)'** matches \(people.count) people:"
        let tail = w.ja ? "コードアクションで一人を選べます。" : "A code action links it to one of them."
        return ([head] + shown + [tail]).joined(separator: "\n\n")
    }

    func definition(_ params: [String: Any]) -> Any? {
        guard let state, let (path, text, line, character) = at(params),
            let link = link(in: text, line: line, character: character, from: path)
        else { return nil }
        let target: String?
        if let p = person(named: link.target) {
            target = state.journal.people[p].path
        } else {
            let key = Normalize.key(link.target)
            let paths = NoteName.notePaths(link.target)
            target =
                state.parsed.first { Normalize.key($0.stem) == key || paths.contains($0.path) }?.path
                ?? state.note(aliased: key)
                ?? state.parsed.first { note in
                    NoteName.fileName(ofPath: note.path, goingBy: note.stem).map(Normalize.key) == key
                }?.path
        }
        guard let target else { return nil }
        return ["uri": uri(of: target), "range": LSPText.range(0, 0, 0, 0)]
    }

    // MARK: References and symbols

    func references(_ params: [String: Any]) -> Any? {
        guard let state, let (path, text, line, character) = at(params) else { return nil }
        let journal = state.journal
        var p = link(in: text, line: line, character: character, from: path).flatMap { person(named: $0.target) }
        if p == nil { p = journal.people.firstIndex { $0.path == path } }
        guard let p else { return nil }
        var places: [SourceLocation] = []
        for e in journal.entries where e.participants.contains(p) || e.mentions.contains(p) {
            places.append(e.location)
        }
        for t in journal.tasks where t.people.contains(p) { places.append(t.location) }
        return places.sorted().map { l in
            ["uri": uri(of: l.path), "range": LSPText.range(l.line - 1, 0, l.line - 1, 0)]
        }
    }

    func documentSymbols(_ params: [String: Any]) -> Any? {
        guard let state, let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
            let path = relativePath(uri)
        else { return nil }
        let note = NoteParser.parse(SourceFile(path: path, bytes: state.text(of: path) ?? []), config: state.config)
        let text = LSPText(state.text(of: path) ?? [], encoding: encoding)
        return note.entries.map { e -> [String: Any] in
            let title = String(decoding: note.titles[e.title], as: UTF8.self)
            let n = e.location.line - 1
            let range = LSPText.range(n, 0, n, text.offset(line: n, column: text.line(n).count + 1))
            return [
                "name": title.isEmpty ? "\(e.date)" : "\(e.date) \(title)", "kind": 24, "range": range,
                "selectionRange": range,
            ]
        }
    }

    func workspaceSymbols(_ params: [String: Any]) -> Any? {
        guard let state else { return nil }
        let query = Normalize.key(params["query"] as? String ?? "")
        return state.journal.people.filter { person in
            query.isEmpty || ([person.name, person.id] + person.aliases).contains { Normalize.key($0).contains(query) }
        }.map { person -> [String: Any] in
            [
                "name": person.name, "kind": 19, "containerName": person.circle,
                "location": ["uri": uri(of: person.path), "range": LSPText.range(0, 0, 0, 0)] as [String: Any],
            ]
        }
    }

    // MARK: Code actions

    func codeActions(_ params: [String: Any]) -> Any? {
        guard let state, let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
            let path = relativePath(uri),
            let range = params["range"] as? [String: Any], let start = range["start"] as? [String: Any],
            let line = start["line"] as? Int, let character = start["character"] as? Int
        else { return nil }
        let bytes = state.text(of: path) ?? []
        let text = LSPText(bytes, encoding: encoding)
        var fixes: [(Message, [String: Any])] = []
        if let link = link(in: text, line: line, character: character) { fixes += linkFixes(link, uri: uri) }
        let logseq = state.config.logseq != nil
        if let ticked = try? NoteEdit.tickingTask(
            onLine: 1, date: today, in: Array(text.line(line).utf8), logseq: logseq, statuses: state.config.taskStatuses
        ) {
            let newText = String(decoding: ticked, as: UTF8.self)
            fixes.append((Message("Mark the task done", ja: "タスクを完了にする"), lineEdit(uri, text, line, newText)))
        }
        if let (title, fixed) = fixedFrontMatterLine(path, text, line) ?? fixedHeadingLine(path, text, line) {
            fixes.append((title, lineEdit(uri, text, line, fixed)))
        }
        if let fix = logTableFix(path, bytes, text, line, uri: uri) { fixes.append(fix) }
        if let edit = markingAsPerson(path, bytes, line, uri: uri) {
            fixes.append((Message("Mark as a person (type: person)", ja: "人物にする(type: person)"), edit))
        }
        // Each fix is a Command the client sends back, and the server then asks the client to apply its edit
        // (workspace/applyEdit): the server never writes a file itself. Titles are in the journal's language, as its
        // diagnostics are.
        return fixes.map { message, edit -> [String: Any] in
            let title = message.text(state.config.language)
            return [
                "title": title, "command": LanguageServer.applyCommand, "arguments": [["label": title, "edit": edit]],
            ]
        }
    }

    /// The edit that writes `newText` over the whole of `line`.
    private func lineEdit(_ uri: String, _ text: LSPText, _ line: Int, _ newText: String) -> [String: Any] {
        let end = text.offset(line: line, column: text.line(line).count + 1)
        return ["changes": [uri: [["range": LSPText.range(line, 0, line, end), "newText": newText]]]]
    }

    /// For each of the people an ambiguous link matches, how the warning names them and a target that names them
    /// alone: their id, else the path of their note.
    func choices(_ people: [Int]) -> [(label: String, target: String, person: Int)] {
        guard let state else { return [] }
        let (journal, lookup) = (state.journal, state.people)
        return people.map { p in
            let person = journal.people[p]
            let target = lookup.find(person.id) == .one(p) ? person.id : (person.path as NSString).deletingPathExtension
            return (NameIndex.label(name: person.name, stem: person.id), target, p)
        }.sorted { $0.label < $1.label }
    }
}
