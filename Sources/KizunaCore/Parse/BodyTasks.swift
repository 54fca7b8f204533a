#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BodyReader {
    /// The date a marker gives.
    fileprivate enum DateKind { case due, done, scheduled, created }

    /// The date markers a task may hold, and the date each gives: the Tasks plugin's emoji and its Dataview fields
    /// (`[due:: 2026-11-30]`, in brackets or parentheses), todo.txt's `due:`, `期限:`.
    fileprivate static let dateMarkers: [(marker: String, kind: DateKind)] =
        [("📅", .due), ("due:", .due), ("期限:", .due), ("期限：", .due), ("✅", .done), ("⏳", .scheduled), ("➕", .created)]
        + [("due", DateKind.due), ("completion", .done), ("scheduled", .scheduled), ("created", .created)].flatMap {
            [("[\($0.0)::", $0.1), ("(\($0.0)::", $0.1)]
        }

    func task(
        _ block: MDBlock, scan: InlineScan, links: [RawLink], checked: Bool, created: Day?,
        into diagnostics: inout [Diagnostic]
    ) -> RawTask {
        let location = self.location(block)
        var dates = TaskDates()
        var logseq = LogseqDates()
        var unread: [Diagnostic] = []
        /// Reads the date markers out of the words and returns the other words, joined by single spaces.
        func read(_ words: some TaskWords) -> String {
            var kept: [Int] = []
            kept.reserveCapacity(words.count)
            var i = 0
            while i < words.count {
                if inLogseqGraph, let next = logseqWords(words, at: i, location: location, into: &logseq) {
                    i = next
                    continue
                }
                if let consumed = dateMarker(words, at: i, checked: checked, at: location, &dates, &unread) {
                    i += consumed
                } else {
                    kept.append(i)
                    i += 1
                }
            }
            return words.joined(kept)
        }
        let text: String
        if Self.isSimple(scan.display) {
            // Every character is one scalar that composes with nothing: words and markers compare as bytes.
            var display = scan.display
            text = display.withUTF8 { read(ByteWords($0)) }
        } else {
            text = read(StringWords(Self.words(scan.display).0))
        }
        // A scheduled day is the day to do it by when no due date is given, as Logseq's SCHEDULED is; a deadline in
        // the task's words (`by 2026-12-10`) comes before it.
        let due = dates.due ?? logseq.deadline ?? TaskDeadline.day(in: text) ?? dates.scheduled ?? logseq.scheduled
        if !checked { unread += logseq.unreadable }  // a done task's due date no longer matters
        // A template's blank dates (`期限:` with none yet) are for the notes made from it to fill.
        if !unread.isEmpty, !isTemplate { diagnostics += unread }
        return RawTask(
            text: text, done: checked, due: due, doneDate: dates.done,
            created: dates.created ?? created, links: links, location: location)
    }

    /// The dates a task's markers give.
    fileprivate struct TaskDates {
        var due: Day?, done: Day?, scheduled: Day?, created: Day?
    }

    /// Reads the date marker at word `i` and its date into `dates`, or warns that the date cannot be read; returns
    /// how many words it took, or nil when no marker is there.
    fileprivate func dateMarker(
        _ words: some TaskWords, at i: Int, checked: Bool, at location: SourceLocation, _ dates: inout TaskDates,
        _ diagnostics: inout [Diagnostic]
    ) -> Int? {
        // Markers are compared by number; a marker's text is read only once it matched (each read of it retains it,
        // for every word of every task). Most words start with a byte no marker starts with.
        guard let first = words.firstByte(i) else { return nil }
        for m in Self.markersStarting[Int(first)] {
            var value: String, consumed: Int
            if words.word(i, is: m) {
                (value, consumed) = i + 1 < words.count ? (words.word(i + 1), 2) : ("", 1)
                // An emoji standing alone before no date is a picture in the text (`✅ PASSING`, `✅ 6 docs`), as the
                // Tasks plugin reads it; a key (`due:`) always announces a date.
                if Self.markerIsEmoji[m], !Self.triesADate(value) { continue }
            } else if let rest = words.word(i, after: m) {
                (value, consumed) = (rest, 1)
            } else {
                continue
            }
            let (marker, kind) = Self.dateMarkers[m]
            // A Dataview field's closing bracket, on its date or alone after it.
            if let closer = Self.markerCloser[m] {
                if value.hasSuffix(closer) {
                    value.removeLast()
                } else if i + consumed < words.count, words.word(i + consumed) == closer {
                    consumed += 1
                }
            }
            if let d = Day(iso: Normalize.nfkc(value)) {
                switch kind {
                case .due: dates.due = d
                case .done: dates.done = d
                case .scheduled: dates.scheduled = d
                case .created: dates.created = d
                }
            } else if kind == .done || !checked {  // a done task's other dates no longer matter
                diagnostics.append(Self.unreadableDate(value, marker: marker, kind: kind, at: location))
            }
            return consumed
        }
        return nil
    }

    /// Whether each marker is an emoji (`📅`, `✅`) rather than a key ending in a colon; worked out once, as a string's
    /// suffix is compared by characters.
    fileprivate static let markerIsEmoji: [Bool] = dateMarkers.map {
        !($0.marker.hasSuffix(":") || $0.marker.hasSuffix("："))
    }

    /// Each marker's closing bracket (`closer(of:)`), worked out once.
    fileprivate static let markerCloser: [String?] = dateMarkers.map { closer(of: $0.marker) }

    /// The bracket that closes a Dataview field's marker (`[due::` → `]`), nil for another marker.
    fileprivate static func closer(of marker: String) -> String? {
        marker.hasPrefix("[") ? "]" : marker.hasPrefix("(") ? ")" : nil
    }

    /// Whether a word is written as a date may be, rightly or not: a digit, then four digits in a row (a year) or
    /// a `-`, `/`, `年` or `月` after a digit, or two dots (`28.06.2024`); ASCII or full-width. A count (`6`, `0.21s`)
    /// is not.
    fileprivate static func triesADate(_ word: String) -> Bool {
        func digit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || ("０"..."９").contains(c) }
        guard let first = word.unicodeScalars.first, digit(first) else { return false }
        var run = 0, dots = 0
        var afterDigit = false
        for c in word.unicodeScalars {
            if digit(c) {
                run += 1
                if run >= 4 { return true }
                afterDigit = true
                continue
            }
            if c == "." || c == "．" { dots += 1 }
            if afterDigit, "-/／－年月".unicodeScalars.contains(c) || dots >= 2 { return true }
            (run, afterDigit) = (0, false)
        }
        return false
    }

    /// What a Logseq task says of its dates, beside its text.
    fileprivate struct LogseqDates {
        var deadline: Day?
        var scheduled: Day?
        var unreadable: [Diagnostic] = []
    }

    /// Reads Logseq's words at `i` out of a task's text: a `:LOGBOOK:` drawer to its `:END:`, or a `DEADLINE:` or
    /// `SCHEDULED:` date written `<2026-12-01 Tue>`; returns where the text goes on, or nil when none is at `i`.
    fileprivate func logseqWords(
        _ words: some TaskWords, at i: Int, location: SourceLocation, into dates: inout LogseqDates
    ) -> Int? {
        let word = words.word(i)
        if word == ":LOGBOOK:" {
            var j = i + 1
            while j < words.count, words.word(j) != ":END:" { j += 1 }
            return min(j + 1, words.count)
        }
        guard word == "DEADLINE:" || word == "SCHEDULED:", i + 1 < words.count, words.word(i + 1).hasPrefix("<")
        else { return nil }
        let value = words.word(i + 1).dropFirst().prefix { $0 != ">" }
        if let day = Day(iso: String(value)) {
            if word == "DEADLINE:" { dates.deadline = day } else { dates.scheduled = day }
        } else {
            dates.unreadable.append(
                Self.unreadableDate(value, kind: .due, example: "\(word) <YYYY-MM-DD>", at: location))
        }
        // The date runs to its closing '>', past its weekday, time or repeater.
        var j = i + 1
        while j < words.count, !words.word(j).hasSuffix(">") { j += 1 }
        return min(j + 1, words.count)
    }

    /// The warning for a date after `marker` that is not one, showing how to write it.
    fileprivate static func unreadableDate(
        _ value: String, marker: String, kind: DateKind, at location: SourceLocation
    ) -> Diagnostic {
        let space = (marker.hasSuffix(":") || marker.hasSuffix("：")) && !marker.hasSuffix("::") ? "" : " "
        return unreadableDate(
            value, kind: kind, example: "\(marker)\(space)YYYY-MM-DD\(closer(of: marker) ?? "")", at: location)
    }

    /// The warning for a date that is not one, with `example` saying how to write it.
    fileprivate static func unreadableDate(
        _ value: some StringProtocol, kind: DateKind, example: String, at location: SourceLocation
    ) -> Diagnostic {
        let (en, ja) =
            switch kind {
            case .due: ("due", "期限")
            case .done: ("done", "完了日")
            case .scheduled: ("scheduled", "予定日")
            case .created: ("created", "作成日")
            }
        return Diagnostic(
            .warning,
            Message(
                "invalid \(en) date '\(value)' in task (write \(example))",
                ja: "タスクの\(ja) '\(value)' が読めません(\(example) で書いてください)"),
            at: location)
    }

    /// The markers' bytes, in `dateMarkers`' order.
    fileprivate static let dateMarkerBytes: [[UInt8]] = dateMarkers.map { Array($0.marker.utf8) }

    /// For each byte, the markers that start with it.
    fileprivate static let markersStarting: [[Int]] = (0..<256).map { b in
        dateMarkerBytes.indices.filter { dateMarkerBytes[$0].first == UInt8(b) }
    }

    /// A task's text split at spaces (empty words left out), and whether every character in it is a single scalar
    /// that no neighbour can join and that has no other canonical form. Then the split is made on bytes, as
    /// `ByteWords` makes it for `task`; otherwise on characters, where a space followed by a combining mark is not
    /// a space.
    static func words(_ text: String) -> ([String], oneScalarEach: Bool) {
        guard isSimple(text) else {
            return (text.split(separator: " ", omittingEmptySubsequences: true).map(String.init), false)
        }
        var text = text
        return (
            text.withUTF8 { u in
                let words = ByteWords(u)
                return (0..<words.count).map(words.word)
            }, true
        )
    }

    /// Whether every character of the text is a single scalar that no neighbour can join and that has no other
    /// canonical form.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { u in
            let v = u.value
            switch v {
            case 0..<0x80, 0xA0...0xFF, 0x3000, 0x2010...0x2027, 0xFF01...0xFF5E: return true
            // The Tasks plugin's signs (priorities, dates, recurrence, ids), each one scalar of one form.
            case 0x23EB, 0x23EC, 0x1F53A, 0x1F53C, 0x1F53D, 0x1F4C5, 0x23F3, 0x1F6EB, 0x2795, 0x2705, 0x274C, 0x1F501,
                0x1F194, 0x26D4, 0x1F3C1:
                return true
            default: return Normalize.isStable(v)
            }
        }
    }
}

/// A task's words as the date markers read them: word `i` is marker `m`, or starts with it.
private protocol TaskWords {
    var count: Int { get }
    func word(_ i: Int) -> String
    /// Word `i`'s first byte.
    func firstByte(_ i: Int) -> UInt8?
    func word(_ i: Int, is marker: Int) -> Bool
    /// The rest of word `i` after marker `m`, when it starts with it.
    func word(_ i: Int, after marker: Int) -> String?
    /// The words at `kept`, joined by single spaces.
    func joined(_ kept: [Int]) -> String
}

/// Words split at spaces as characters (a space followed by a combining mark is not a space).
private struct StringWords: TaskWords {
    let words: [String]
    init(_ words: [String]) { self.words = words }
    var count: Int { words.count }
    func word(_ i: Int) -> String { words[i] }
    func firstByte(_ i: Int) -> UInt8? { words[i].utf8.first }
    func word(_ i: Int, is marker: Int) -> Bool { words[i] == BodyReader.dateMarkers[marker].marker }
    func word(_ i: Int, after marker: Int) -> String? {
        let m = BodyReader.dateMarkers[marker].marker
        return words[i].hasPrefix(m) ? String(words[i].dropFirst(m.count)) : nil
    }
    func joined(_ kept: [Int]) -> String { kept.map { words[$0] }.joined(separator: " ") }
}

/// Words split at space bytes, over text where a character is a scalar that composes with nothing: comparing
/// characters is comparing bytes.
private struct ByteWords: TaskWords {
    let bytes: UnsafeBufferPointer<UInt8>
    let ranges: [Range<Int>]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        // Room for words of six bytes with their spaces at once: a task's words grown one doubling at a time cost.
        ranges.reserveCapacity(bytes.count / 6 + 2)
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20 { i += 1 }
            if i > start { ranges.append(start..<i) }
        }
        self.ranges = ranges
    }
    var count: Int { ranges.count }
    func word(_ i: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[i]]), as: UTF8.self) }
    func firstByte(_ i: Int) -> UInt8? { ranges[i].isEmpty ? nil : bytes[ranges[i].lowerBound] }
    func word(_ i: Int, is marker: Int) -> Bool { bytes[ranges[i]].elementsEqual(BodyReader.dateMarkerBytes[marker]) }
    func word(_ i: Int, after marker: Int) -> String? {
        let m = BodyReader.dateMarkerBytes[marker], r = ranges[i]
        guard r.count >= m.count, bytes[r.lowerBound..<(r.lowerBound + m.count)].elementsEqual(m) else { return nil }
        return String(
            decoding: UnsafeBufferPointer(rebasing: bytes[(r.lowerBound + m.count)..<r.upperBound]), as: UTF8.self)
    }
    func joined(_ kept: [Int]) -> String {
        let length = kept.reduce(max(kept.count - 1, 0)) { $0 + ranges[$1].count }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for (k, i) in kept.enumerated() {
                if k > 0 { out[n] = 0x20; n += 1 }
                for b in bytes[ranges[i]] { out[n] = b; n += 1 }
            }
            return n
        }
    }
}
