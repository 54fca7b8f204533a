/// Minutes that say who took part in their text, not in front matter: `参加者: [[田中]]、[[佐藤]]`,
/// `- **Attendees:** [[Jane Doe]]`, a list under `## Participants` or under `**Attendees:**`, with
/// `日時: 2026-11-12 10:00`, a `date:` in front matter or a file name that starts with the day.
struct BodyMeeting {
    /// Where the links of the blocks that name who took part stand in the note's other links, and the day a date
    /// line names.
    var people: Range<Int>? = nil
    var day: Day? = nil
    /// The blocks being read name who took part, one after another: under a heading that names them, up to the
    /// next heading, or under a label with no value, up to the first block that stands in no list.
    var listing: Listing? = nil
    enum Listing { case heading, label }

    /// The blocks read for these lines: the first ones of a note, up to its third heading (a title, then a
    /// section of the meeting's details, `## 会議情報`).
    static let blocksRead = 12

    /// The labels of who took part and of the date, as minutes write them (lower-cased).
    static let peopleLabels = ["参加者", "出席者", "attendees", "participants"]
    /// The first byte of each of `peopleLabels` written in ASCII.
    static let peopleLabelFirstBytes = Set(peopleLabels.compactMap { $0.utf8.first }.filter { $0 < 0x80 })
    static let dateLabels = ["日時", "日付", "date"]
    /// The byte length of the longest of them.
    static let longestLabel = (peopleLabels + dateLabels).map(\.utf8.count).max() ?? 0
    /// Both, looked up at once.
    static let knownLabels = Set(peopleLabels + dateLabels)
    /// The bytes that may stand around a heading's label, as `stripped` takes them and as a set.
    static let headingMarkBytes: StaticString = "# \t*_:"
    static let headingMarks = headingMarkBytes.withUTF8Buffer { Set($0) }

    /// Reads `block` (a heading, a paragraph or a list item; `headings` of the note stand before it) for a label
    /// of who took part or of the date; true when the block names who took part.
    mutating func read(_ block: MDBlock, text: DecodedText, lineOffset: Int, headings: Int) -> Bool {
        if block.isHeading {
            listing = people == nil && BodyMeeting.namesPeople(heading: block, text: text, lineOffset) ? .heading : nil
            return false
        }
        if listing == .label, !block.opensItem, block.column == 1 { listing = nil }
        guard block.taskChecked == nil, block.taskOwner == nil else { return false }
        if listing != nil { return true }
        guard headings < 3 else { return false }
        var namesPeople = false
        let first = people == nil
        text.forEachLine(of: block, lineOffset: lineOffset) { _, bytes in
            guard let (label, value) = BodyMeeting.label(bytes) else { return }
            if BodyMeeting.peopleLabels.contains(label) {
                namesPeople = first
                if first, value.isEmpty { listing = .label }
            } else {
                if day == nil, case .date(let d, _, _) = DateParser.heading(value) { day = d }
                // In words, as Notion's export writes a date property (`Date: November 20, 2025`).
                if day == nil, BodyMeeting.dateLabels.contains(label) {
                    day = FrontMatterDate.leadingDay(value)
                }
            }
        }
        // The block's links are taken as who took part only when no other line of it may hold one (`**Account**:
        // [[Microsoft]]` above `**Attendees**:` in one paragraph). Asked only of a block that names them: most
        // blocks name no one.
        guard namesPeople else { return false }
        var linksElsewhere = false
        text.forEachLine(of: block, lineOffset: lineOffset) { _, bytes in
            if linksElsewhere { return }
            if let (label, _) = BodyMeeting.label(bytes), BodyMeeting.peopleLabels.contains(label) { return }
            linksElsewhere = BodyMeeting.mayLink(bytes)
        }
        return !linksElsewhere
    }

    /// The line's label and value, if it is labelled. Most lines hold no colon and are no table's row: no text is
    /// made of them.
    private static func label(_ bytes: ArraySlice<UInt8>) -> (label: String, value: String)? {
        guard bytes.contains(where: { $0 == 0x3A || $0 == 0xBC || $0 == 0x7C }) else { return nil }
        return labelled(bytes)
    }

    /// Takes `links`, those of a block `read` found to name who took part: its own, or added to those of the
    /// blocks before it in the same list.
    mutating func take(_ links: Range<Int>) {
        people = listing != nil ? (people?.lowerBound ?? links.lowerBound)..<links.upperBound : links
    }

    /// Whether a heading's text is a label of who took part (`## Participants`, `### 参加者：`).
    static func namesPeople(heading block: MDBlock, text: DecodedText, _ lineOffset: Int) -> Bool {
        var label: String? = nil
        text.forEachLine(of: block, lineOffset: lineOffset) { _, bytes in
            guard label == nil else { return }
            // Most headings (a dated one) open with an ASCII byte no label opens with: no text is made of them.
            let first = bytes.first { !BodyMeeting.headingMarks.contains($0) } ?? 0
            guard first >= 0x80 || BodyMeeting.peopleLabelFirstBytes.contains(first | 0x20),
                mayBeLabel(bytes, longest: longestLabel, marks: headingMarkBytes, known: peopleLabels.contains)
            else {
                label = ""
                return
            }
            label = Substring(String(decoding: bytes, as: UTF8.self).trimmingSpaces())
                .trimmingCharacters(in: "#*_:： ").lowercased()
        }
        return label.map { peopleLabels.contains($0) } ?? false
    }

    /// Whether a line may hold a link (`[[` or `](`): a line that surely holds none needs no closer reading.
    static func mayLink(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { u in
            let open = UInt8(ascii: "["), close = UInt8(ascii: "]"), paren = UInt8(ascii: "(")
            return u.indices.dropFirst().contains { i in
                (u[i - 1] == open && u[i] == open) || (u[i - 1] == close && u[i] == paren)
            }
        }
    }

    /// The lower-cased label and the value of a line `label: value` (a block quote's or callout's `>`, a list item's
    /// marker and bold or italic marks around the label aside, `：` and `::` as well as `:`, and a value in a code
    /// span as a template writes one), or of a table's row `| 日時 | 2026年4月9日 |`, as minutes keep their details,
    /// when the label is one of minutes' own.
    static func labelled(_ bytes: ArraySlice<UInt8>) -> (label: String, value: String)? {
        labelled(bytes, known: { knownLabels.contains($0) }, longest: longestLabel, tables: true)
    }

    /// `labelled(_:)` for the labels `known` takes, none longer than `longest` bytes; with `tables`, a table's row
    /// `| label | value |` too, as the Contacts plugin keeps a contact.
    static func labelled(_ bytes: ArraySlice<UInt8>, known: (String) -> Bool, longest: Int, tables: Bool = false)
        -> (label: String, value: String)?
    {
        // Most lines of prose have no label before their first colon: they are measured, not read as text.
        guard mayOpenWithLabel(bytes, longest: longest, tables: tables, known: known) else { return nil }
        var s = Substring(String(decoding: bytes, as: UTF8.self).trimmingSpaces())
        // The lines of a block cmark read as quoted start with the quote's marks; no other line of a block can.
        s = s.drop { $0 == ">" || $0 == " " || $0 == "\t" }
        if tables, s.first == "|" {
            let cells = LogSection.cells(ofRow: s.utf8).map { Substring(String(decoding: $0, as: UTF8.self)) }
            guard cells.count >= 2 else { return nil }
            let label = cells[0].trimmingCharacters(in: "*_ ").lowercased()
            return known(label) ? (label, unquoted(cells[1].trimmingCharacters(in: "*_ "))) : nil
        }
        for marker in ["- ", "* ", "+ "] where s.hasPrefix(marker) { s = s.dropFirst(2) }
        s = s.drop { $0 == "*" || $0 == "_" || $0 == " " }
        guard let colon = s.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = s[..<colon].trimmingCharacters(in: "*_ ").lowercased()
        guard known(label) else { return nil }
        // `Attendees::`, a Dataview field, is such a line too.
        var rest = s[s.index(after: colon)...]
        if rest.first == ":" { rest = rest.dropFirst() }
        return (label, unquoted(rest.trimmingCharacters(in: "*_ ")))
    }

    /// Whether the text before the first colon of `bytes` (`:` or `：`), or in its first cell when it is a table's
    /// row, may be a label `known` takes, of at most `longest` bytes, once `labelled` has dropped its marks and
    /// lower-cased it. A label `labelled` keeps that `known` takes stands alone between those marks, so the text
    /// they leave is that label.
    static func mayOpenWithLabel(
        _ bytes: ArraySlice<UInt8>, longest: Int, tables: Bool, known: (String) -> Bool
    ) -> Bool {
        bytes.withUnsafeBufferPointer { u in
            let start = stripped(u, 0..<u.count, marks: "> \t-+*_").lowerBound
            let label: Range<Int>
            if tables, start < u.count, u[start] == UInt8(ascii: "|") {
                label = (start + 1)..<(u[(start + 1)...].firstIndex(of: UInt8(ascii: "|")) ?? u.count)
            } else {
                guard let colon = (start..<u.count).first(where: { u[$0] == 0x3A || isFullWidthColon(u, at: $0) })
                else { return false }
                label = start..<colon
            }
            return loweredLabel(u, label, longest: longest, marks: "*_ \t").map(known) ?? false
        }
    }

    /// Whether `bytes`, its marks and white space at either end dropped, may be a label `known` takes, of at most
    /// `longest` bytes, once lower-cased.
    static func mayBeLabel(_ bytes: ArraySlice<UInt8>, longest: Int, marks: StaticString, known: (String) -> Bool)
        -> Bool
    {
        bytes.withUnsafeBufferPointer { loweredLabel($0, 0..<$0.count, longest: longest, marks: marks).map(known) }
            ?? false
    }

    /// `range`, its marks dropped, lower-cased; nil when that would be longer than `longest` bytes: lowered, a
    /// character of one or two bytes keeps as many, and one of three or four keeps at least one (`K`, the Kelvin
    /// sign, is `k`), so most text is measured, not made.
    private static func loweredLabel(
        _ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, longest: Int, marks: StaticString
    ) -> String? {
        let r = stripped(u, range, marks: marks)
        var least = 0
        for i in r {
            let b = u[i]
            least += b < 0x80 ? 1 : b < 0xC0 ? 0 : b < 0xE0 ? 2 : 1
            if least > longest { return nil }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: u[r]), as: UTF8.self).lowercasedText()
    }

    /// `range` without white space, the ASCII `marks` or a full-width colon at either end: never longer than what
    /// `labelled` and `namesPeople` keep of it.
    private static func stripped(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, marks: StaticString)
        -> Range<Int>
    {
        marks.withUTF8Buffer { marks in
            var r = range
            while true {
                let before = r
                r = trimmedRange(u, r)
                if let b = r.first, marks.contains(u[b]) { r = (b + 1)..<r.upperBound }
                if r.count >= 3, isFullWidthColon(u, at: r.lowerBound) { r = (r.lowerBound + 3)..<r.upperBound }
                if let e = r.last, marks.contains(u[e]) { r = r.lowerBound..<e }
                if r.count >= 3, isFullWidthColon(u, at: r.upperBound - 3) { r = r.lowerBound..<(r.upperBound - 3) }
                if r == before { return r }
            }
        }
    }

    /// A value that is one code span (`` `mia@example.com` ``, as a template writes one) as the text inside.
    private static func unquoted(_ value: String) -> String {
        guard value.count > 2, value.first == "`", value.last == "`",
            value.dropFirst().dropLast().allSatisfy({ $0 != "`" })
        else { return value }
        return String(value.dropFirst().dropLast())
    }
}

extension Substring {
    /// The text without the characters of `set` (each one scalar) at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        // A character is one of them when it is one scalar that is: told without comparing it with each in turn.
        func isKept(_ c: Character) -> Bool {
            if let ascii = c.asciiValue { return !set.utf8.contains(ascii) }
            let scalars = c.unicodeScalars
            return scalars.count != 1 || !set.unicodeScalars.contains(scalars[scalars.startIndex])
        }
        guard let first = firstIndex(where: isKept), let last = lastIndex(where: isKept) else { return "" }
        return String(self[first...last])
    }
}
