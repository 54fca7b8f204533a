/// A `[[wikilink]]` found in a block's text.
public struct WikiLink: Sendable, Equatable {
    /// Where what stands between the brackets lies in the bytes that were scanned (for a block, its range of
    /// `MDBody.text` taken from 0).
    public var inner: Range<Int>
    /// The target, without `|label` and `#heading` (empty when the scan was asked not to make it: then only
    /// `targetRange` says what it is).
    public var target: String
    /// Where the target stands in the bytes that were scanned.
    public var targetRange: Range<Int> = 0..<0
    /// The label after `|`, if any.
    public var label: String?
    /// Dendron's user tag, `@name`: a link to the user note `user.name`; `inner` and `targetRange` hold the name.
    public var userTag = false
}

/// What one block's inline text holds for kizuna.
public struct InlineScan: Sendable, Equatable {
    public var wikiLinks: [WikiLink] = []
    /// Destinations of ordinary markdown links (not images).
    public var destinations: [String] = []
    /// Tags as written, without `#`.
    public var tags: [String] = []
    /// Readable text: wikilinks shown by label or target, white space folded.
    public var display: String = ""
    /// The same without tags.
    public var displayWithoutTags: String = ""

    /// Empty again, keeping the wikilinks' storage (they are read before the next scan; tags are often kept by the
    /// entry they belong to, and then a list of their own is made anyway).
    mutating func reset() {
        if !wikiLinks.isEmpty { wikiLinks.removeAll(keepingCapacity: true) }
        if !tags.isEmpty { tags = [] }
        if !destinations.isEmpty { destinations = [] }
        display = ""
        displayWithoutTags = ""
    }
}

/// Finds wikilinks and tags in cmark's inline text. cmark does not know `[[...]]`, so this small scanner
/// reads the text cmark produced, as UTF-8 bytes; code spans and raw HTML are barriers it never looks inside
/// (see `MDBody` for how they are written).
public enum InlineScanner {
    /// Which readable texts a scan makes.
    public struct Displays: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `InlineScan.display`: what a task's words are read from.
        public static let withTags = Displays(rawValue: 1)
        /// `InlineScan.displayWithoutTags`: what a heading's date and title are read from.
        public static let withoutTags = Displays(rawValue: 2)
        public static let both: Displays = [.withTags, .withoutTags]
    }

    /// How a scan reads a `[[wikilink]]`.
    public struct LinkReading: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The target is made into a string; without it only its range is kept.
        public static let targets = LinkReading(rawValue: 1)
        /// Dendron's syntax: `[[label|target]]`, the target perhaps `dendron://vault/target`, and user tags, `@name`
        /// standing for `[[user.name]]`.
        public static let dendron = LinkReading(rawValue: 2)
    }

    /// Scans one block of a parsed body. `display` asks for the readable text too (titles and tasks need it;
    /// paragraphs do not).
    public static func scan(_ block: MDBlock, in body: MDBody, display wantDisplay: Bool = true) -> InlineScan {
        scan(block, in: body, displays: wantDisplay ? .both : [])
    }

    /// Scans one block, making only the readable texts asked for.
    /// Without `.targets`, a wikilink's target is left as its `targetRange`, not made into a string.
    public static func scan(_ block: MDBlock, in body: MDBody, displays: Displays) -> InlineScan {
        scan(block, in: body, displays: displays, links: .targets)
    }

    static func scan(_ block: MDBlock, in body: MDBody, displays: Displays, links: LinkReading) -> InlineScan {
        var result = InlineScan()
        scan(block, in: body, displays: displays, links: links, into: &result)
        return result
    }

    /// `scan(_:in:displays:links:)` into `result`, whose wikilinks' storage is kept for the next block: a note's
    /// reader scans all its blocks into one.
    static func scan(
        _ block: MDBlock, in body: MDBody, displays: Displays, links: LinkReading, into result: inout InlineScan
    ) {
        result.reset()
        body.text.withUnsafeBufferPointer { all in
            scan(
                UnsafeBufferPointer(rebasing: all[block.text]), displays: displays, barriers: true, links: links,
                into: &result)
        }
        if !block.destinations.isEmpty { result.destinations = Array(body.destinations[block.destinations]) }
    }

    /// Scans one block, with its readable text without tags (`displayWithoutTags`, trimmed) appended to `plain` as
    /// bytes instead of made into a string; returns where in `plain` it stands. What a heading is read for (its date,
    /// and its title) is then read from those bytes, and a title is kept in its note's buffer of titles.
    static func scan(_ block: MDBlock, in body: MDBody, plainInto plain: inout [UInt8], links: LinkReading = .targets)
        -> (
            InlineScan, Range<Int>
        )
    {
        var result = InlineScan()
        let range = scan(block, in: body, plainInto: &plain, links: links, into: &result)
        return (result, range)
    }

    /// `scan(_:in:plainInto:links:)` into `result`, as `scan(_:in:displays:links:into:)` does.
    static func scan(
        _ block: MDBlock, in body: MDBody, plainInto plain: inout [UInt8], links: LinkReading,
        into result: inout InlineScan
    ) -> Range<Int> {
        result.reset()
        var range = plain.count..<plain.count
        body.text.withUnsafeBufferPointer { all in
            let s = UnsafeBufferPointer(rebasing: all[block.text])
            guard s.count > 0 else { return }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: s.count) { buffer in
                var text = PlainText(plain: buffer.baseAddress!)
                scan(s, barriers: true, links: links, into: &text, result: &result)
                let shown = UnsafeBufferPointer(start: text.plain, count: text.plainCount)
                let trimmed = trimmedRange(shown, 0..<text.plainCount)
                plain.append(contentsOf: UnsafeBufferPointer(rebasing: shown[trimmed]))
                range = range.lowerBound..<plain.count
            }
        }
        if !block.destinations.isEmpty { result.destinations = Array(body.destinations[block.destinations]) }
        return range
    }

    /// Scans plain text that holds no barriers (a front matter value): a NUL in it is an ordinary character.
    public static func scan(text: String, display wantDisplay: Bool = true) -> InlineScan {
        text.withUTF8Bytes { scan($0, displays: wantDisplay ? .both : [], barriers: false) }
    }

    /// The scanner proper, over one block's bytes. With `barriers`, a NUL starts a barrier (NUL and a kind byte;
    /// after a code span's opening barrier its content runs to the next NUL, shown but never scanned).
    static func scan(_ s: UnsafeBufferPointer<UInt8>, displays: Displays, barriers: Bool, links: LinkReading = .targets)
        -> InlineScan
    {
        var result = InlineScan()
        scan(s, displays: displays, barriers: barriers, links: links, into: &result)
        return result
    }

    /// `scan(_:displays:barriers:links:)` into `result`, which is empty.
    private static func scan(
        _ s: UnsafeBufferPointer<UInt8>, displays: Displays, barriers: Bool, links: LinkReading,
        into result: inout InlineScan
    ) {
        guard !displays.isEmpty, s.count > 0 else {
            var none = NoDisplay()
            scan(s, barriers: barriers, links: links, into: &none, result: &result)
            return
        }
        // Every byte shown stands for at least one byte read, so neither text outgrows the block.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * s.count) { buffer in
            var text = DisplayText(display: buffer.baseAddress!, plain: buffer.baseAddress! + s.count)
            scan(s, barriers: barriers, links: links, into: &text, result: &result)
            if displays.contains(.withTags) { result.display = text.string(text.display, text.displayCount) }
            if displays.contains(.withoutTags) { result.displayWithoutTags = text.string(text.plain, text.plainCount) }
        }
    }

    /// Where the readable text goes, or nowhere: the scan is compiled once for each.
    private protocol DisplaySink {
        static var wanted: Bool { get }
        /// Whether tags are shown at all.
        static var showsTags: Bool { get }
        mutating func emit(_ b: UInt8, tag: Bool)
        /// Bytes that are neither white space nor special, shown as they are.
        mutating func emitRun(_ bytes: Slice<UnsafeBufferPointer<UInt8>>)
    }

    private struct NoDisplay: DisplaySink {
        static var wanted: Bool { false }
        static var showsTags: Bool { false }
        func emit(_ b: UInt8, tag: Bool) {}
        func emitRun(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {}
    }

    /// One readable text being written: white space folded to single spaces, none leading.
    private struct FoldedText {
        let start: UnsafeMutablePointer<UInt8>
        var count = 0

        mutating func emit(_ b: UInt8) {
            if b == 0x0A || b == 0x09 || b == 0x20 {
                if count > 0, start[count - 1] != 0x20 { start[count] = 0x20; count += 1 }
            } else {
                start[count] = b
                count += 1
            }
        }

        /// Bytes that are neither white space nor special, copied at once.
        mutating func emitRun(_ run: UnsafeBufferPointer<UInt8>) {
            guard let base = run.baseAddress, run.count > 0 else { return }
            (start + count).update(from: base, count: run.count)
            count += run.count
        }
    }

    /// The readable text without tags alone (`DisplayText`'s `plain`): what a heading is read for.
    private struct PlainText: DisplaySink {
        static var wanted: Bool { true }
        static var showsTags: Bool { false }
        var text: FoldedText
        var plain: UnsafeMutablePointer<UInt8> { text.start }
        var plainCount: Int { text.count }

        init(plain: UnsafeMutablePointer<UInt8>) { text = FoldedText(start: plain) }

        mutating func emit(_ b: UInt8, tag: Bool) { if !tag { text.emit(b) } }

        mutating func emitRun(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            text.emitRun(UnsafeBufferPointer(rebasing: bytes))
        }
    }

    /// The readable text with and without tags.
    private struct DisplayText: DisplaySink {
        static var wanted: Bool { true }
        static var showsTags: Bool { true }
        var withTags: FoldedText
        var withoutTags: FoldedText
        var display: UnsafeMutablePointer<UInt8> { withTags.start }
        var displayCount: Int { withTags.count }
        var plain: UnsafeMutablePointer<UInt8> { withoutTags.start }
        var plainCount: Int { withoutTags.count }

        init(display: UnsafeMutablePointer<UInt8>, plain: UnsafeMutablePointer<UInt8>) {
            withTags = FoldedText(start: display)
            withoutTags = FoldedText(start: plain)
        }

        mutating func emit(_ b: UInt8, tag: Bool) {
            withTags.emit(b)
            if !tag { withoutTags.emit(b) }
        }

        mutating func emitRun(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            let run = UnsafeBufferPointer(rebasing: bytes)
            withTags.emitRun(run)
            withoutTags.emitRun(run)
        }

        func string(_ start: UnsafeMutablePointer<UInt8>, _ count: Int) -> String {
            let bytes = UnsafeBufferPointer(start: start, count: count)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmedRange(bytes, 0..<count)]), as: UTF8.self)
        }
    }

    private static func scan<Sink: DisplaySink>(
        _ s: UnsafeBufferPointer<UInt8>, barriers: Bool, links: LinkReading, into sink: inout Sink,
        result: inout InlineScan
    ) {
        let n = s.count
        let userTags = links.contains(.dendron)
        var i = 0
        while i < n {
            if !Sink.wanted, !userTags {
                // Without display text only links, tags and barriers matter: go straight to the next one.
                i = nextSpecial(s, from: i)
                if i >= n { break }
            }
            let b = s[i]
            if Sink.wanted, InlineScanner.isPlain(b), !(userTags && b == UInt8(ascii: "@")) {
                // A run of bytes that are shown as they are: copied at once.
                var j = i + 1
                while j < n, InlineScanner.isPlain(s[j]), !(userTags && s[j] == UInt8(ascii: "@")) { j += 1 }
                sink.emitRun(s[i..<j])
                i = j
                continue
            }
            if userTags, b == UInt8(ascii: "@"), let end = userTag(s, at: i, links: links, &sink, &result) {
                i = end
                continue
            }
            if b == MDBody.barrier && barriers {
                let kind = i + 1 < n ? s[i + 1] : MDBody.plain
                i += 2
                if kind == MDBody.codeStart {
                    while i < n, s[i] != MDBody.barrier {
                        sink.emit(s[i], tag: false)
                        i += 1
                    }
                }
                continue
            }
            if b == UInt8(ascii: "["),
                let end = wikiLink(s, at: i, barriers: barriers, links: links, &sink, &result)
            {
                i = end
                continue
            }
            if b == UInt8(ascii: "#"), i + 1 < n, isTagStart(s, i + 1), i == 0 || endsWithSpace(s, before: i) {
                i = tag(s, at: i, &sink, &result)
                continue
            }
            sink.emit(b, tag: false)
            i += 1
        }
    }

    /// Takes the `[[link]]` that opens at `i`, if one does; returns where it ends.
    @inline(__always) private static func wikiLink<Sink: DisplaySink>(
        _ s: UnsafeBufferPointer<UInt8>, at i: Int, barriers: Bool, links: LinkReading, _ sink: inout Sink,
        _ result: inout InlineScan
    ) -> Int? {
        guard i + 1 < s.count, s[i + 1] == UInt8(ascii: "["), let close = closing(s, from: i + 2, barriers: barriers)
        else { return nil }
        let link = parseWikiLink(s, (i + 2)..<close, reading: links)
        guard !link.targetRange.isEmpty else { return nil }
        if Sink.wanted {
            if let label = link.label {
                for v in label.utf8 { sink.emit(v, tag: false) }
            } else {
                for k in link.targetRange { sink.emit(s[k], tag: false) }
            }
        }
        // Moved into the list, not copied: a copy and the original's end each cost a call through the type.
        result.wikiLinks.append(consume link)
        return close + 2
    }

    /// Takes Dendron's user tag, `@name`, that starts at `i`, if one does: after white space, the name's letters,
    /// digits, `-`, `_` and `.` (not a sentence's closing dot); returns where it ends. `ann@example.com` is no tag.
    private static func userTag<Sink: DisplaySink>(
        _ s: UnsafeBufferPointer<UInt8>, at i: Int, links: LinkReading, _ sink: inout Sink, _ result: inout InlineScan
    ) -> Int? {
        guard i == 0 || endsWithSpace(s, before: i) else { return nil }
        var j = i + 1
        while j < s.count, let (u, length) = decode(s, j), u == "." || (isTagBody(u) && u != "/") { j += length }
        while j > i + 1, s[j - 1] == UInt8(ascii: ".") { j -= 1 }
        guard j > i + 1 else { return nil }
        let name = (i + 1)..<j
        let target =
            links.contains(.targets)
            ? "user." + String(decoding: UnsafeBufferPointer(rebasing: s[name]), as: UTF8.self) : ""
        result.wikiLinks.append(WikiLink(inner: name, target: target, targetRange: name, label: nil, userTag: true))
        if Sink.wanted { for k in i..<j { sink.emit(s[k], tag: false) } }
        return j
    }

    /// Takes the `#tag` that starts at `i`; returns where it ends.
    @inline(__always) private static func tag<Sink: DisplaySink>(
        _ s: UnsafeBufferPointer<UInt8>, at i: Int, _ sink: inout Sink, _ result: inout InlineScan
    ) -> Int {
        var j = i + 1
        while j < s.count {
            if s[j] < 0x80, isTagByte(s[j]) {
                j += 1
            } else if s[j] >= 0x80, let (u, len) = decode(s, j), isTagBody(u) {
                j += len
            } else {
                break
            }
        }
        result.tags.append(String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<j]), as: UTF8.self))
        if Sink.showsTags { for k in i..<j { sink.emit(s[k], tag: true) } }
        return j
    }

    /// A byte the display text copies as it is: not white space, not `[`, `#` or NUL.
    @inline(__always) static func isPlain(_ b: UInt8) -> Bool {
        b > 0x20 ? b != UInt8(ascii: "[") && b != UInt8(ascii: "#") : b != 0x20 && b != 0x0A && b != 0x09 && b != 0
    }
}
