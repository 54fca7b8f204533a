#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BodyReader {
    /// Appends the block's links, with their places in the file, to `out`.
    func appendLinks(_ scan: InlineScan, block: MDBlock, to out: inout [RawLink]) {
        if scan.wikiLinks.isEmpty && scan.destinations.isEmpty { return }
        // Room for a note's first sixteen links at once: grown from nothing one doubling at a time, the list was
        // copied five times in a note of twenty links.
        let needed = out.count + scan.wikiLinks.count + scan.destinations.count
        if out.capacity < needed { out.reserveCapacity(Swift.max(needed, 2 * out.capacity, 16)) }
        let startLine = block.line + lineOffset
        let endLine = block.endLine + lineOffset
        guard startLine >= 1, startLine <= text.lineStarts.count else { return }
        let from = text.lineStarts[startLine - 1]
        let to = endLine < text.lineStarts.count ? text.lineStarts[endLine] : text.bytes.count
        var placer = LinkPlacer(cursor: from, to: to)
        body.text.withUnsafeBufferPointer { inline in
            // The targets stand in the block's text; their list lives on the stack, as a block's links are few.
            withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt8>.self, capacity: scan.wikiLinks.count) {
                targets in
                for (k, link) in scan.wikiLinks.enumerated() {
                    let start = block.text.lowerBound
                    targets.initializeElement(
                        at: k,
                        to: UnsafeBufferPointer(
                            rebasing: inline[
                                (start + link.targetRange.lowerBound)..<(start + link.targetRange.upperBound)]))
                }
                appendWikiLinks(scan, UnsafeBufferPointer(targets), block: block, inline, &placer, to: &out)
            }
        }
        for destination in scan.destinations {
            if let target = resolveRelative(destination) {
                out.append(RawLink(target: .path(target), location: self.location(block)))
            } else if let target = DenoteName.link(destination) {
                var link = RawLink(target: .name(target), location: self.location(block))
                if let person = names?.person(named: link.key) {
                    out.append(RawLink(person: person))
                    continue
                }
                link.location = place(destination, from: from, to: to) ?? link.location
                out.append(link)
            }
        }
    }

    /// Appends the block's wikilinks, whose targets are `targets`: a link that names one person as that person,
    /// any other with its place in the file.
    private func appendWikiLinks(
        _ scan: InlineScan, _ targets: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>, block: MDBlock,
        _ inline: UnsafeBufferPointer<UInt8>, _ placer: inout LinkPlacer, to out: inout [RawLink]
    ) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: targets.count) { people in
            lookUp(targets, into: people)
            for k in targets.indices {
                if inLogseqGraph, isTag(scan.wikiLinks[k], in: block, inline) { continue }
                if scan.wikiLinks[k].userTag {
                    out.append(userTag(k, targets[k], of: scan, in: block, &placer))
                    continue
                }
                let open = block.text.lowerBound + scan.wikiLinks[k].inner.lowerBound - 2
                let embed = open > block.text.lowerBound && inline[open - 1] == UInt8(ascii: "!")
                if people[k] >= 0 {
                    out.append(RawLink(person: people[k], embed: embed))
                    continue
                }
                let blockStart = location(block)
                var unmatched = RawLink(
                    target: .name(String(decoding: targets[k], as: UTF8.self)), location: blockStart)
                unmatched.embed = embed
                // A key the fast path cannot fold is the one the link worked out as a string.
                if people[k] == BodyReader.needsCarefulKey, let person = names?.person(named: unmatched.key) {
                    out.append(RawLink(person: person, embed: embed))
                    continue
                }
                // Left to the resolve stage, with its place (the block's start when its characters are not found).
                unmatched.location = place(k, of: scan, in: block, &placer) ?? blockStart
                out.append(unmatched)
            }
        }
    }

    /// The place of a link's destination as written in the block's lines `from..<to`: its first occurrence.
    private func place(_ destination: String, from: Int, to: Int) -> SourceLocation? {
        guard let found = text.bytes[from..<to].firstRange(of: Array(destination.utf8)) else { return nil }
        let p = text.position(ofOffset: found.lowerBound, after: nil)
        return SourceLocation(path: path, line: p.line, column: p.column)
    }

    /// The link a Dendron user tag (`@name`) makes: to `user.name`, matched here when the names are at hand.
    private func userTag(
        _ k: Int, _ name: UnsafeBufferPointer<UInt8>, of scan: InlineScan, in block: MDBlock,
        _ placer: inout LinkPlacer
    ) -> RawLink {
        var link = RawLink(target: .name("user." + String(decoding: name, as: UTF8.self)), location: location(block))
        if let person = names?.person(named: link.key) { return RawLink(person: person) }
        link.location = place(k, of: scan, in: block, &placer) ?? link.location
        return link
    }

    /// A link whose key the fast path cannot fold: looked up by the key worked out as a string.
    private static let needsCarefulKey = -2
    /// A link with a folder in it, which may be a path to a note: left to the resolve stage, which knows the paths.
    private static let byPath = -3

    /// Whether a wikilink is written `#[[…]]`, with `#` right before its brackets.
    private func isTag(_ link: WikiLink, in block: MDBlock, _ inline: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = block.text.lowerBound + link.inner.lowerBound - 3
        return hash >= block.text.lowerBound && inline[hash] == UInt8(ascii: "#")
    }

    /// The one person each target names, by its key folded straight from the bytes (so a link that names one person
    /// makes no string): -1 when it names none or the journal's names are not at hand, `needsCarefulKey` when the
    /// fast path cannot fold it. Every key's slot is asked for before any is looked up: a large journal's table is
    /// larger than the caches, and so the block's reads of it are waited for together, not one after another.
    private func lookUp(
        _ targets: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>, into people: UnsafeMutableBufferPointer<Int>
    ) {
        guard let names else {
            people.initialize(repeating: -1)
            return
        }
        let room = targets.reduce(1) { $0 + $1.count }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            withUnsafeTemporaryAllocation(of: (key: Range<Int>, hash: Int).self, capacity: targets.count) { keys in
                var end = 0
                for (k, target) in targets.enumerated() {
                    var key = 0..<0, hash = 0, slash = false
                    let length = Normalize.fastKey(utf8: target, into: scratch.baseAddress! + end, slash: &slash)
                    if slash || (length == nil && target.contains(UInt8(ascii: "/"))) {
                        people[k] = BodyReader.byPath
                    } else if let length {
                        key = end..<(end + length)
                        hash = names.hash(keyBytes: UnsafeBufferPointer(rebasing: scratch[key]))
                        names.prefetch(hash: hash)
                        end += length
                        people[k] = -1
                    } else {
                        people[k] = BodyReader.needsCarefulKey
                    }
                    keys[k] = (key, hash)
                }
                for k in targets.indices where people[k] == -1 {
                    let key = UnsafeBufferPointer(rebasing: scratch[keys[k].key])
                    people[k] = names.person(keyBytes: key, hash: keys[k].hash) ?? -1
                }
            }
        }
    }

    /// Where the block's links are found in the file: in order, each after the one before. A link matched while
    /// parsing is not looked for, unless a later link of the block needs its place: then the ones before it are
    /// found first, so that every place is the same.
    struct LinkPlacer {
        var cursor: Int
        let to: Int
        var located = 0
        var lastPlace: (offset: Int, line: Int, column: Int)? = nil
        /// Bytes left to look through: a link not found costs a pass over the rest of the block, so a block of
        /// thousands of such links would cost passes without end. Once it is spent, links take the block's place.
        var budget: Int

        init(cursor: Int, to: Int) {
            self.cursor = cursor
            self.to = to
            budget = 8 * (to - cursor) + 65_536
        }
    }

    /// The place of the block's link `k` in the file; cmark gives no positions for inline text, so the link's own
    /// characters are found in the block's lines.
    private func place(_ k: Int, of scan: InlineScan, in block: MDBlock, _ placer: inout LinkPlacer)
        -> SourceLocation?
    {
        var found: SourceLocation? = nil
        while placer.located <= k, placer.budget > 0 {
            let link = scan.wikiLinks[placer.located]
            let inner =
                (block.text.lowerBound + link.inner.lowerBound)..<(block.text.lowerBound + link.inner.upperBound)
            if let hit = find(wikiLink: inner, userTag: link.userTag, from: placer.cursor, to: placer.to, block: block)
            {
                if placer.located == k {
                    let p = text.position(ofOffset: hit.lowerBound, after: placer.lastPlace)
                    placer.lastPlace = (hit.lowerBound, p.line, p.column)
                    found = SourceLocation(path: path, line: p.line, column: p.column)
                }
                placer.budget -= hit.upperBound - placer.cursor
                placer.cursor = hit.upperBound
            } else {
                // Up to three passes over the rest of the block (`find(wikiLink:from:to:block:)`).
                placer.budget -= 3 * (placer.to - placer.cursor)
            }
            placer.located += 1
        }
        return found
    }

    /// Where the link whose text is `inner` (a range of the body's inline text) stands in the note's bytes, at or after
    /// `from` and before `to`: looked for from the start of the text node it stands in, so that a code span, raw HTML
    /// or a link destination before it in the block, holding the same characters, is passed over.
    ///
    /// cmark counts a text node's column from the block's first line's indent, which is too far right on a lazy line
    /// of a quote or list item by at most that indent: then the link is looked for from that far back. When cmark's
    /// place is wrong in some other way, the link is looked for from `from`, as if there were no anchor.
    private func find(wikiLink inner: Range<Int>, userTag: Bool, from: Int, to: Int, block: MDBlock) -> Range<Int>? {
        let opening = inner.lowerBound - (userTag ? 1 : 2)
        let anchors = body.anchors
        // The last anchor at or before the link's `[[`, if it lies within the block.
        var low = 0, high = anchors.count
        while low < high {
            let mid = (low + high) / 2
            if Int(anchors[mid].offset) <= opening { low = mid + 1 } else { high = mid }
        }
        if low > 0, Int(anchors[low - 1].offset) >= block.text.lowerBound {
            let anchor = anchors[low - 1]
            let line = Int(anchor.line) + lineOffset
            if line >= 1, line <= text.lineStarts.count {
                let lineStart = text.lineStarts[line - 1]
                let exact = lineStart + max(0, Int(anchor.column) - 1)
                if exact > from, let hit = find(wikiLink: inner, userTag: userTag, from: min(exact, to), to: to) {
                    return hit
                }
                let loose = max(lineStart, exact - max(0, block.column - 1))
                if loose > from, let hit = find(wikiLink: inner, userTag: userTag, from: min(loose, to), to: to) {
                    return hit
                }
            }
        }
        return find(wikiLink: inner, userTag: userTag, from: from, to: to)
    }

    /// Where `[[` + the link's text (`inner`, a range of the body's inline text) + `]]` first stands in the note's
    /// bytes between `from` and `to`; for a user tag, `@` + its name.
    private func find(wikiLink inner: Range<Int>, userTag: Bool, from: Int, to: Int) -> Range<Int>? {
        body.text.withUnsafeBufferPointer { inline in
            text.bytes.withUnsafeBufferPointer { bytes -> Range<Int>? in
                let want = UnsafeBufferPointer(rebasing: inline[inner])
                var i = from
                if userTag {
                    while i + want.count < to {
                        if bytes[i] == UInt8(ascii: "@"), bytes[(i + 1)..<(i + 1 + want.count)].elementsEqual(want) {
                            return i..<(i + 1 + want.count)
                        }
                        i += 1
                    }
                    return nil
                }
                while i + want.count + 4 <= to {
                    if bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "["),
                        let end = BodyReader.linkEnd(want, in: bytes, at: i + 2, to: to)
                    {
                        return i..<end
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Where `inner` followed by `]]` ends when it stands at `start`: byte for byte, or with a backslash before some
    /// of its characters (`[[Note\|shown]]` in a table) or emphasis marks among them, which cmark's text holds
    /// without.
    private static func linkEnd(
        _ inner: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at start: Int, to: Int
    ) -> Int? {
        func closes(_ i: Int) -> Bool {
            i + 2 <= to && bytes[i] == UInt8(ascii: "]") && bytes[i + 1] == UInt8(ascii: "]")
        }
        let exact = start + inner.count
        if exact <= to, inner.isEmpty || memcmp(inner.baseAddress!, bytes.baseAddress! + start, inner.count) == 0 {
            return closes(exact) ? exact + 2 : nil
        }
        // Emphasis marks cmark read as such (`[[Nobody _z_ w]]`) are not in its text either.
        func skipMarks(_ i: inout Int, unless c: UInt8?) {
            while i < to, bytes[i] != c, bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "*") { i += 1 }
        }
        var i = start
        for c in inner {
            skipMarks(&i, unless: c)
            if i + 1 < to, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == c, InlineScanner.isASCIIPunctuation(c) {
                i += 2
            } else if i < to, bytes[i] == c {
                i += 1
            } else {
                return nil
            }
        }
        skipMarks(&i, unless: nil)
        return closes(i) ? i + 2 : nil
    }

    /// A relative link destination to a markdown note, as a path from the root; nil for anything else.
    func resolveRelative(_ destination: String) -> String? { Self.resolveRelative(destination, from: path) }

    /// A relative link destination to a markdown note in the note at `path`, as a path from the root; nil for
    /// anything else.
    static func resolveRelative(_ destination: String, from path: String) -> String? {
        // Read on bytes: most destinations are web addresses, which a colon rules out at once.
        let u = destination.utf8
        let end = u.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? u.endIndex
        guard end > u.startIndex, u.first != UInt8(ascii: "/"), !u[..<end].contains(UInt8(ascii: ":")) else {
            return nil
        }
        let d = String(destination[..<end])
        let decoded = d.removingPercentEncoding ?? d
        guard NoteName.isNote(decoded) else { return nil }
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
