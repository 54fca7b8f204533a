import CYaml

/// Reads one YAML document straight from libyaml's events (libyaml as Yams bundles it) into `YAMLValue`s, with no
/// node tree in between. It gives exactly what composing a Yams node tree and converting it gives: the same values
/// and positions, and the same problem first. Composing problems (libyaml's own, an undefined alias, a duplicate
/// key, a second document) come before converting problems (the alias budget, a key that is not text), whatever
/// their places, because Yams composes the whole document before anything is converted.
enum YAMLEventReader {
    /// What a finished node leaves to its parent.
    private struct Built {
        var value: YAMLValue
        /// For a collection in a mapping key, its structure: equal keys are duplicates. Empty elsewhere.
        var identity: String
        /// The scalar's text, nil for a collection.
        var text: String?
        /// The scalar's resolved tag (nil for text, the usual case).
        var tag: String?
        /// Values it expands to (itself, items, mapping values, aliases expanded), at most the budget plus one.
        var size: Int
        var line: Int
        var column: Int
    }

    /// A collection being read.
    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var anchor: String?
        var tag: String
        /// Inside a mapping key: nothing here is converted, so nothing counts against the budget.
        var inKey: Bool
        var items: [YAMLValue] = []
        var pairs: [YAMLEntry] = []
        var key: Built? = nil
        var keys: [Built] = []
        var identities: [String] = []
        var size = 1
    }

    /// `leavingOut` holds lines of top-level keys whose entries are not read, nor their problems reported.
    static func read(_ text: String, firstLine: Int, budget: Int, leavingOut: Set<Int> = []) -> Result<
        YAMLValue?, YAMLProblem
    > {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLProblem(message: YAMLReader.invalid, line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return text.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { empty in
                withUnsafeMutablePointer(to: &parser) { p in
                    yaml_parser_set_input_string(p, bytes.baseAddress ?? UnsafePointer(empty.baseAddress!), bytes.count)
                    var reading = Reading(parser: p, firstLine: firstLine, budget: budget)
                    reading.leavingOut = leavingOut
                    return reading.run()
                }
            }
        }
    }

    /// One pass over the events.
    private struct Reading: ~Copyable {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let firstLine: Int
        let budget: Int
        var event = yaml_event_t()
        var hasEvent = false
        /// Values converted so far, in the order converting visits them.
        var counted = 0
        var convertProblem: YAMLProblem? = nil
        var anchors: [String: Built] = [:]
        var stack: [Frame] = []
        var leavingOut: Set<Int> = []
        /// Inside a top-level entry that `leavingOut` names.
        var leaving = false

        init(parser: UnsafeMutablePointer<yaml_parser_t>, firstLine: Int, budget: Int) {
            self.parser = parser
            self.firstLine = firstLine
            self.budget = budget
        }

        deinit {
            var last = event
            if hasEvent { yaml_event_delete(&last) }
        }

        /// The next event, or the problem libyaml reports.
        mutating func next() -> YAMLProblem? {
            if hasEvent { yaml_event_delete(&event); hasEvent = false }
            guard yaml_parser_parse(parser, &event) == 1 else { return libyamlProblem() }
            hasEvent = true
            return nil
        }

        var line: Int { Int(event.start_mark.line) + 1 }
        var column: Int { Int(event.start_mark.column) + 1 }

        func libyamlProblem() -> YAMLProblem {
            let p = parser.pointee
            let problem = p.problem.map { String(cString: $0) } ?? ""
            switch p.error {
            case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
                var detail = problem
                var opened: (line: Int, column: Int)? = nil
                if let context = p.context {
                    detail += " (\(String(cString: context)) at line \(Int(p.context_mark.line) + 1 + firstLine - 1))"
                    opened = (Int(p.context_mark.line) + 1, Int(p.context_mark.column) + 1)
                }
                return YAMLProblem(
                    message: YAMLReader.invalid(detail), line: Int(p.problem_mark.line) + 1,
                    column: Int(p.problem_mark.column) + 1, openedLine: opened?.line, openedColumn: opened?.column)
            case YAML_READER_ERROR:
                return YAMLProblem(message: YAMLReader.invalid(problem), line: 1, column: 1)
            default:
                return YAMLProblem(message: YAMLReader.invalid, line: 1, column: 1)
            }
        }

        mutating func run() -> Result<YAMLValue?, YAMLProblem> {
            if let p = next() { return .failure(p) }  // stream start
            if let p = next() { return .failure(p) }
            if event.type == YAML_STREAM_END_EVENT { return .success(nil) }
            // A document: read its root node.
            var root: Built? = nil
            while root == nil {
                if let p = next() { return .failure(p) }
                switch node() {
                case .failure(let p): return .failure(p)
                case .success(let built): root = built
                }
            }
            if let p = next() { return .failure(p) }  // document end
            if let p = next() { return .failure(p) }
            if event.type != YAML_STREAM_END_EVENT {
                let detail =
                    "but found another document (expected a single document in the stream at line \(1 + firstLine - 1))"
                return .failure(YAMLProblem(message: YAMLReader.invalid(detail), line: line, column: column))
            }
            if let convertProblem { return .failure(convertProblem) }
            return .success(root?.value)
        }

        /// Takes the current event into the tree; returns the root once it is complete.
        mutating func node() -> Result<Built?, YAMLProblem> {
            let inKey = stack.last.map { $0.inKey || ($0.isMapping && $0.key == nil) } ?? false
            var done: Built
            switch event.type {
            case YAML_SCALAR_EVENT:
                done = scalar(inKey: inKey)
            case YAML_ALIAS_EVENT:
                switch alias(inKey: inKey) {
                case .success(let target): done = target
                case .failure(let problem): return .failure(problem)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                let implicit = isMapping ? event.data.mapping_start.implicit : event.data.sequence_start.implicit
                // Yams reads a mapping's tag where a sequence keeps it; the two share their layout.
                let tag = implicit != 0 ? nil : Self.string(event.data.sequence_start.tag)
                count(1, inKey: inKey, line: line, column: column)
                stack.append(
                    Frame(
                        isMapping: isMapping, line: line, column: column, anchor: anchor,
                        tag: tag ?? "", inKey: inKey))
                return .success(nil)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                var frame = stack.removeLast()
                if frame.isMapping, let problem = Self.duplicates(frame) { return .failure(problem) }
                let identity =
                    frame.inKey
                    ? (frame.isMapping ? "m" : "q") + frame.tag + "\u{1}" + frame.identities.joined(separator: "\u{2}")
                        + "\u{3}" : ""
                let value: YAMLValue =
                    frame.isMapping
                    ? .mapping(frame.pairs, line: frame.line, column: frame.column)
                    : .sequence(frame.items, line: frame.line, column: frame.column)
                frame.pairs = []
                frame.items = []
                done = Built(
                    value: value, identity: identity, text: nil, tag: nil, size: frame.size, line: frame.line,
                    column: frame.column)
                remember(frame.anchor, done)
            default:
                return .failure(YAMLProblem(message: YAMLReader.invalid, line: line, column: column))
            }
            return .success(add(done))
        }

        /// The current event's scalar.
        private mutating func scalar(inKey: Bool) -> Built {
            let s = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let tag = s.quoted_implicit == 1 || s.tag == nil ? nil : Self.resolved(Self.string(s.tag))
            let isNull =
                s.style == YAML_PLAIN_SCALAR_STYLE
                && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
            count(1, inKey: inKey, line: line, column: column)
            let done = Built(
                value: isNull ? .null(line: line, column: column) : .scalar(value, line: line, column: column),
                identity: "", text: value, tag: tag, size: 1, line: line, column: column)
            remember(Self.string(s.anchor), done)
            return done
        }

        /// The value the current alias names, counted where it expands.
        private mutating func alias(inKey: Bool) -> Result<Built, YAMLProblem> {
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                return .failure(
                    YAMLProblem(message: YAMLReader.invalid("found undefined alias"), line: line, column: column))
            }
            if !inKey, convertProblem == nil, counted + target.size > budget {
                // The alias expands in place: the value that goes over the budget lies inside the aliased one.
                let p = Self.position(ofValue: budget - counted, in: target.value)
                convertProblem = YAMLReader.overBudget(line: p.line, column: p.column)
            }
            if !inKey { counted = min(counted + target.size, budget + 1) }
            return .success(target)
        }

        /// Counts a value converting visits, and notes the first one over the budget.
        mutating func count(_ n: Int, inKey: Bool, line: Int, column: Int) {
            guard !inKey else { return }
            counted = min(counted + n, budget + 1)
            if counted > budget, convertProblem == nil {
                convertProblem = YAMLReader.overBudget(line: line, column: column)
            }
        }

        mutating func remember(_ anchor: String?, _ built: Built) {
            if let anchor { anchors[anchor] = built }
        }

        /// Gives a finished node to the collection it stands in; returns it when it is the root.
        mutating func add(_ built: Built) -> Built? {
            guard !stack.isEmpty else { return built }
            let top = stack.count - 1
            if !stack[top].isMapping {
                stack[top].items.append(built.value)
                if stack[top].inKey { stack[top].identities.append(Self.identity(built)) }
                stack[top].size = min(stack[top].size + built.size, budget + 1)
            } else if let key = stack[top].key {
                if top == 0, leaving {
                    leaving = false
                } else {
                    stack[top].pairs.append(
                        YAMLEntry(key: key.text ?? "", keyLine: key.line, keyColumn: key.column, value: built.value))
                }
                if stack[top].inKey { stack[top].identities.append(Self.identity(built)) }
                stack[top].size = min(stack[top].size + built.size, budget + 1)
                stack[top].key = nil
            } else {
                if top == 0, leavingOut.contains(built.line) { leaving = true }
                if built.text == nil, !stack[top].inKey, convertProblem == nil, !leaving {
                    // The top-level entry it stands in: leaving that out, the rest may still be read.
                    let entry = top == 0 ? built.line : stack[0].isMapping ? stack[0].key?.line : nil
                    convertProblem = YAMLProblem(
                        message: YAMLReader.keyNotText, line: built.line, column: built.column, entryLine: entry)
                }
                stack[top].key = built
                stack[top].keys.append(built)
                if stack[top].inKey { stack[top].identities.append(Self.identity(built)) }
            }
            return nil
        }

        /// What makes two keys equal for Yams: text and resolved tag for a scalar, the structure for a collection.
        static func identity(_ b: Built) -> String {
            guard let text = b.text else { return b.identity }
            return "s" + (b.tag ?? "tag:yaml.org,2002:str") + "\u{0}" + text
        }

        static func equal(_ a: Built, _ b: Built) -> Bool {
            if let x = a.text, let y = b.text { return x == y && a.tag == b.tag }
            return a.text == nil && b.text == nil && a.identity == b.identity
        }

        /// Yams' check of a finished mapping: keys that are equal, listed in order, at the first one's place.
        static func duplicates(_ frame: Frame) -> YAMLProblem? {
            var repeated: [Int] = []
            let keys = frame.keys
            if keys.count <= 32 {
                for i in keys.indices where !repeated.contains(where: { equal(keys[$0], keys[i]) }) {
                    if keys[(i + 1)...].contains(where: { equal($0, keys[i]) }) { repeated.append(i) }
                }
            } else {
                var seen: [String: Int] = [:]
                for (i, key) in keys.enumerated() {
                    let id = identity(key)
                    if let first = seen[id] {
                        if !repeated.contains(first) { repeated.append(first) }
                    } else {
                        seen[id] = i
                    }
                }
            }
            guard !repeated.isEmpty else { return nil }
            let first = repeated.map { keys[$0] }.sorted { ($0.text ?? "") < ($1.text ?? "") }
            let names = first.map { $0.text ?? "<uncovertable>" }.sorted().joined(separator: ", ")
            return YAMLProblem(
                message: Message("duplicate key \(names) in front matter", ja: "フロントマターのキー \(names) が重複しています"),
                line: first[0].line, column: first[0].column)
        }

        /// Where the value at `index` (0 is the value itself) stands, counting as converting does: each value, then
        /// a sequence's items or a mapping's values in order.
        static func position(ofValue index: Int, in value: YAMLValue) -> (line: Int, column: Int) {
            var remaining = index
            var pending: [YAMLValue] = [value]
            while let v = pending.popLast() {
                if remaining == 0 { return v.position }
                remaining -= 1
                switch v {
                case .sequence(let items, _, _): pending.append(contentsOf: items.reversed())
                case .mapping(let pairs, _, _): pending.append(contentsOf: pairs.reversed().map(\.value))
                case .scalar, .null: break
                }
            }
            return value.position
        }

        static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
            pointer.map {
                String(
                    decoding: UnsafeBufferPointer(
                        start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))),
                    as: UTF8.self)
            }
        }

        /// The tag Yams' basic resolver settles on: nil (text) for an implicit or non-specific tag, or text's own tag.
        static func resolved(_ tag: String?) -> String? {
            guard let tag, tag != "", tag != "!", tag != "tag:yaml.org,2002:str" else { return nil }
            return tag
        }
    }
}
