/// Front matter as Logseq reads it in a graph: not YAML but a property a line, `key: value`, the value its text
/// (`authors: [[Kun He]], [[Yan Lu]]`, `tags: #zotero, [[reference]]`), a key written twice taking its last value.
enum LogseqProperties {
    /// The front matter's properties as a mapping of plain texts, placed as `YAMLReader` places values (lines of the
    /// front matter, columns in Unicode scalars, from 1); lines that are no `key: value` are passed over.
    static func read(_ text: String) -> YAMLValue? {
        var entries: [YAMLEntry] = []
        var place: [String: Int] = [:]
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
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
