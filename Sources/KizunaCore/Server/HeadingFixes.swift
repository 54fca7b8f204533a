/// The editor's fixes to an entry's heading.
extension LanguageServer {
    /// The heading line mended, when a warning stands on it that a fix answers: a date written as entries' dates
    /// are (`令和8年11月4日` → `2026年11月4日`, `2026.11.03` → `2026-11-03`, `2026-11-07T10:00` → `2026-11-07 10:00`),
    /// a would-be tag's full-width `＃` written as `#`, or a would-be link's full-width brackets as `[[ ]]`.
    func fixedHeadingLine(_ path: String, _ text: LSPText, _ line: Int) -> (Message, String)? {
        let here = (state?.diagnostics[path] ?? []).filter { $0.location.line == line + 1 && $0.severity == .warning }
        let written = text.line(line)
        if let dated = redated(written), here.contains(where: { $0.text == dated.warning }) {
            return (Message("Write the date as \(dated.date)", ja: "日付を \(dated.date) と書く"), dated.line)
        }
        if here.contains(where: { $0.text.en.contains("starts with a full-width '＃'") }) {
            return (Message("Write the tags with #", ja: "タグを半角の # で書く"), halfWidthHashes(written))
        }
        if here.contains(where: { $0.text.en.contains("is written with full-width brackets") }) {
            let fixed = BodyReader.fullWidthLinks(in: written).reduce(written) {
                $0.replacingOccurrences(of: $1.written, with: $1.link)
            }
            return (Message("Write the links with [[ ]]", ja: "リンクを半角の [[ ]] で書く"), fixed)
        }
        return nil
    }

    /// A heading or a log's item whose date is written in a form that tells the day, with its warning, and with
    /// that date written as entries' dates are.
    private func redated(_ line: String) -> (warning: Message, date: String, line: String)? {
        var marks = Substring(line.prefix { $0 == "#" || $0 == " " })
        let item = !marks.contains("#")
        if item {
            let bytes = Array(line.utf8)
            guard let text = NoteEdit.itemText(in: bytes) else { return nil }
            marks = Substring(decoding: bytes[..<text], as: UTF8.self)
        }
        var heading = String(line.dropFirst(marks.count))
        let match = heading.withUTF8 { DateParser.headingMatch(bytes: $0) }
        guard case .misdated(let written, let form) = match, let date = form.rewritten, heading.hasPrefix(written)
        else { return nil }
        return (form.message(written, item: item), date, marks + date + heading.dropFirst(written.count))
    }

    /// The line with each `＃` that starts a word before a letter written as `#`.
    private func halfWidthHashes(_ line: String) -> String {
        var out = ""
        var previous: Character? = nil
        var rest = line[...]
        while let c = rest.first {
            rest = rest.dropFirst()
            let startsWord = previous == nil || previous == " " || previous == "\t" || previous == "\u{3000}"
            if c == "＃", startsWord, let next = rest.unicodeScalars.first, next.properties.isAlphabetic {
                out.append("#")
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }
}
