#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BodyReader {
    /// Appends the block's links, with their places in the file, to `out`.
    func appendLinks(_ scan: InlineScan, block: MDBlock, to out: inout [RawLink]) {
        if scan.wikiLinks.isEmpty && scan.destinations.isEmpty { return }
        let startLine = block.line + lineOffset
        let endLine = block.endLine + lineOffset
        guard startLine >= 1, startLine <= text.lineStarts.count else { return }
        let from = text.lineStarts[startLine - 1]
        let to = endLine < text.lineStarts.count ? text.lineStarts[endLine] : text.bytes.count
        var placer = LinkPlacer(cursor: from, to: to)
        body.text.withUnsafeBufferPointer { inline in
            let targets = scan.wikiLinks.map { link in
                UnsafeBufferPointer(
                    rebasing: inline[
                        (block.text.lowerBound + link.targetRange.lowerBound)..<(block.text.lowerBound
                            + link.targetRange.upperBound)])
            }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: targets.count) { people in
                lookUp(targets, into: people)
                for k in targets.indices {
                    if people[k] >= 0 {
                        out.append(RawLink(person: people[k]))
                        continue
                    }
                    let blockStart = location(block)
                    var unmatched = RawLink(
                        target: .name(String(decoding: targets[k], as: UTF8.self)), location: blockStart)
                    // A key the fast path cannot fold is the one the link worked out as a string.
                    if people[k] == BodyReader.needsCarefulKey, let person = names?.person(named: unmatched.key) {
                        out.append(RawLink(person: person))
                        continue
                    }
                    // Left to the resolve stage, with its place (the block's start when its characters are not found).
                    unmatched.location = place(k, of: scan, in: block, &placer) ?? blockStart
                    out.append(unmatched)
                }
            }
        }
        for destination in scan.destinations {
            if let target = resolveRelative(destination) {
                out.append(RawLink(target: .path(target), location: self.location(block)))
            }
        }
    }

    /// A link whose key the fast path cannot fold: looked up by the key worked out as a string.
    private static let needsCarefulKey = -2

    /// The one person each target names, by its key folded straight from the bytes (so a link that names one person
    /// makes no string): -1 when it names none or the journal's names are not at hand, `needsCarefulKey` when the
    /// fast path cannot fold it. Every key's slot is asked for before any is looked up: a large journal's table is
    /// larger than the caches, and so the block's reads of it are waited for together, not one after another.
    private func lookUp(_ targets: [UnsafeBufferPointer<UInt8>], into people: UnsafeMutableBufferPointer<Int>) {
        guard let names else {
            people.initialize(repeating: -1)
            return
        }
        let room = targets.reduce(1) { $0 + $1.count }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            withUnsafeTemporaryAllocation(of: (key: Range<Int>, hash: Int).self, capacity: targets.count) { keys in
                var end = 0
                for (k, target) in targets.enumerated() {
                    var key = 0..<0, hash = 0
                    if let length = Normalize.fastKey(utf8: target, into: scratch.baseAddress! + end) {
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
    }

    /// The place of the block's link `k` in the file; cmark gives no positions for inline text, so the link's own
    /// characters are found in the block's lines.
    private func place(_ k: Int, of scan: InlineScan, in block: MDBlock, _ placer: inout LinkPlacer)
        -> SourceLocation?
    {
        var found: SourceLocation? = nil
        while placer.located <= k {
            let innerStart = block.text.lowerBound + scan.wikiLinks[placer.located].inner.lowerBound
            let inner = innerStart..<(block.text.lowerBound + scan.wikiLinks[placer.located].inner.upperBound)
            if let hit = find(wikiLink: inner, from: placer.cursor, to: placer.to, block: block) {
                if placer.located == k {
                    let p = text.position(ofOffset: hit.lowerBound, after: placer.lastPlace)
                    placer.lastPlace = (hit.lowerBound, p.line, p.column)
                    found = SourceLocation(path: path, line: p.line, column: p.column)
                }
                placer.cursor = hit.upperBound
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
    private func find(wikiLink inner: Range<Int>, from: Int, to: Int, block: MDBlock) -> Range<Int>? {
        let opening = inner.lowerBound - 2
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
                if exact > from, let hit = find(wikiLink: inner, from: min(exact, to), to: to) { return hit }
                let loose = max(lineStart, exact - max(0, block.column - 1))
                if loose > from, let hit = find(wikiLink: inner, from: min(loose, to), to: to) { return hit }
            }
        }
        return find(wikiLink: inner, from: from, to: to)
    }

    /// Where `[[` + the link's text (`inner`, a range of the body's inline text) + `]]` first stands in the note's
    /// bytes between `from` and `to`.
    private func find(wikiLink inner: Range<Int>, from: Int, to: Int) -> Range<Int>? {
        body.text.withUnsafeBufferPointer { inline in
            text.bytes.withUnsafeBufferPointer { bytes -> Range<Int>? in
                let length = inner.count + 4
                guard to - from >= length else { return nil }
                let raw = inline.baseAddress! + inner.lowerBound
                var i = from
                while i + length <= to {
                    if bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "["),
                        bytes[i + length - 2] == UInt8(ascii: "]"), bytes[i + length - 1] == UInt8(ascii: "]"),
                        inner.isEmpty || memcmp(raw, bytes.baseAddress! + i + 2, inner.count) == 0
                    {
                        return i..<(i + length)
                    }
                    i += 1
                }
                return BodyReader.findEscaped(
                    UnsafeBufferPointer(rebasing: inline[inner]), in: UnsafeBufferPointer(rebasing: bytes[from..<to])
                )
                .map { ($0.lowerBound + from)..<($0.upperBound + from) }
            }
        }
    }

    /// Where `[[` + `inner` + `]]` stands in `bytes` when the note wrote some of its characters with a backslash
    /// before them (`[[Note\|shown]]` in a table): cmark's text holds the character alone.
    private static func findEscaped(_ inner: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Range<Int>?
    {
        guard bytes.contains(UInt8(ascii: "\\")) else { return nil }
        var start = 0
        while start + 4 <= bytes.count {
            defer { start += 1 }
            guard bytes[start] == UInt8(ascii: "["), bytes[start + 1] == UInt8(ascii: "[") else { continue }
            var i = start + 2
            var k = 0
            while k < inner.count, i < bytes.count {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == inner[k],
                    InlineScanner.isASCIIPunctuation(inner[k])
                {
                    i += 2
                } else if bytes[i] == inner[k] {
                    i += 1
                } else {
                    break
                }
                k += 1
            }
            if k == inner.count, i + 2 <= bytes.count, bytes[i] == UInt8(ascii: "]"), bytes[i + 1] == UInt8(ascii: "]")
            {
                return start..<(i + 2)
            }
        }
        return nil
    }

    /// A relative link destination to a markdown note, as a path from the root; nil for anything else.
    func resolveRelative(_ destination: String) -> String? {
        var d = Substring(destination)
        if let cut = d.firstIndex(where: { $0 == "#" || $0 == "?" }) { d = d[..<cut] }
        guard !d.isEmpty, !d.hasPrefix("/"), !d.contains(":") else { return nil }
        let decoded = String(d).removingPercentEncoding ?? String(d)
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
