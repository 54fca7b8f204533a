/// Front matter as Logseq reads it in a graph: not YAML but a property a line, `key: value`, the value its text
/// (`authors: [[Kun He]], [[Yan Lu]]`, `tags: #zotero, [[reference]]`), a key written twice taking its last value.
enum LogseqProperties {
    /// The front matter's properties as a mapping of plain texts, placed as `YAMLReader` places values (lines of the
    /// front matter, columns in Unicode scalars, from 1); lines that are no `key: value` are passed over.
    static func read(_ text: String) -> YAMLValue? {
        var entries: [YAMLEntry] = []
        var place: [String: Int] = [:]
        for (i, line) in text.lines().enumerated() {
            guard YAMLReader.startsTopLevelEntry(line) else { continue }
            let s = Array(line.unicodeScalars)
            let isSpace = { (u: Unicode.Scalar) in u == " " || u == "\t" || u == "\r" }
            // The key ends at the first colon that a space or the line's end follows.
            guard let colon = s.indices.first(where: { s[$0] == ":" && ($0 + 1 == s.count || isSpace(s[$0 + 1])) })
            else { continue }
            let key = String(String.UnicodeScalarView(s[..<colon])).trimmingSpaces()
            var start = colon + 1
            while start < s.count, isSpace(s[start]) { start += 1 }
            let written = String(String.UnicodeScalarView(s[start...])).trimmingSpaces()
            guard !key.isEmpty else { continue }
            let value: YAMLValue =
                written.isEmpty
                ? .null(line: i + 1, column: start + 1) : .scalar(written, line: i + 1, column: start + 1)
            let entry = YAMLEntry(key: key, keyLine: i + 1, keyColumn: 1, value: value)
            if let k = place[key] {
                entries[k] = entry
            } else {
                place[key] = entries.count
                entries.append(entry)
            }
        }
        return entries.isEmpty ? nil : .mapping(entries, line: 1, column: 1)
    }
}

extension LogseqProperties {
    /// The keys whose values Logseq reads as lists: split at commas, each link or tag written as its name.
    private static let listKeys: Set<String> = ["aliases", "tags", "type", "categories"]

    /// A page's properties as Logseq writes them at its top, `key:: value` a line before its first block
    /// (`type:: [[Person]]`, `alias:: Ken, [[佐藤]]`): Logseq's front matter. Entries are placed as front matter's
    /// are, a line before the file's; `alias` is read as `aliases`, keys as FORMAT.md writes them.
    static func page(_ text: DecodedText, bodyLineOffset: Int) -> [YAMLEntry] {
        var entries: [YAMLEntry] = []
        var line = bodyLineOffset + 1
        while line <= text.lineStarts.count {
            let start = text.lineStarts[line - 1]
            let end = line < text.lineStarts.count ? text.lineStarts[line] : text.bytes.count
            let written = String(decoding: text.bytes[start..<end], as: UTF8.self)
            // A property line starts at the line's start: a block (`- `) or an indented line ends the page's.
            guard let first = written.unicodeScalars.first, first != "-", first != " ", first != "\t",
                let (keyColumn, key, value) = InlineFields.field(written), !key.isEmpty,
                !key.contains(where: { $0 == " " || $0 == "\t" })
            else { break }
            let name = YAMLValue.keyAsWritten(key == "alias" ? "aliases" : key)
            let valueText = value.trimmingSpaces()
            let valueByte =
                written.utf8.count - value.utf8.count + 1
                + (value.utf8.count - value.drop(while: { $0 == " " || $0 == "\t" }).utf8.count)
            let column = text.column(line: line, byteColumn: valueByte)
            let item = { (t: String) in YAMLValue.scalar(t, line: line - 1, column: column) }
            let parsed: YAMLValue =
                valueText.isEmpty
                ? .null(line: line - 1, column: column)
                : listKeys.contains(name)
                    ? .sequence(
                        valueText.split(separator: ",").map { unwrapped($0.trimmingSpaces()) }.filter { !$0.isEmpty }
                            .map(item), line: line - 1, column: column)
                    : item(valueText)
            entries.append(
                YAMLEntry(
                    key: name, keyLine: line - 1, keyColumn: text.column(line: line, byteColumn: keyColumn),
                    value: parsed))
            line += 1
        }
        return entries
    }

    /// A list item as Logseq names it: a link's or a tag's name (`[[Person]]`, `#[[Open problem]]`, `#work`).
    private static func unwrapped(_ item: String) -> String {
        var t = Substring(item)
        if t.hasPrefix("#") { t = t.dropFirst() }
        if t.hasPrefix("[["), t.hasSuffix("]]"), t.count >= 4 { t = t.dropFirst(2).dropLast(2) }
        return t.trimmingSpaces()
    }

    /// The front matter `yaml` with the page's `properties` beside its own keys, its own winning; the properties
    /// alone where there is none.
    static func merging(_ properties: [YAMLEntry], into yaml: YAMLValue?) -> YAMLValue? {
        guard let first = properties.first else { return yaml }
        switch yaml {
        case nil: return .mapping(properties, line: first.keyLine, column: 1)
        case .mapping(let entries, let line, let column)?:
            let own = Set(entries.map(\.key))
            return .mapping(entries + properties.filter { !own.contains($0.key) }, line: line, column: column)
        default: return yaml
        }
    }
}
