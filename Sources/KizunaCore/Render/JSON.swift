/// A JSON value whose objects keep their key order, so output follows the schema and is byte-for-byte stable.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array whose elements are made one at a time as it is written, so a long list never exists as a whole
    /// tree. It reads and writes exactly as `.array` of the same elements.
    case lazyArray(count: Int, element: @Sendable (Int) -> JSON)
    /// An array of objects whose fields are written one at a time as it is written (`JSON.Fields`), with no value
    /// made for any item. It reads and writes exactly as `.array` of the objects the fields make (`eager`).
    case lazyObjects(count: Int, fields: @Sendable (Int, inout Fields) -> Void)

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

    /// Text or null.
    public static func string(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
    /// A date as `YYYY-MM-DD`, or null.
    public static func day(_ d: Day?) -> JSON { d.map { .string($0.description) } ?? .null }
    /// A number or null.
    public static func int(_ n: Int?) -> JSON { n.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String { String(decoding: serializedBytes(), as: UTF8.self) }

    /// The same text as UTF-8 bytes.
    public func serializedBytes() -> [UInt8] {
        var out = Output(limit: Int.max, sink: nil)
        write(into: &out, indent: 0)
        out.bytes.append(0x0A)
        return out.bytes
    }

    /// The same bytes, handed to `sink` a piece at a time (each about `chunk` bytes, cut between the items of an
    /// array or an object), so a long document never exists whole in memory.
    public func serialize(chunk: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = Output(limit: chunk, sink: sink)
            out.bytes.reserveCapacity(chunk + chunk / 2)
            write(into: &out, indent: 0)
            out.bytes.append(0x0A)
            out.flush()
        }
    }

    /// Where the writer puts bytes: a buffer, handed on whenever it grows past `limit` at an item's end.
    private struct Output {
        var bytes: [UInt8] = []
        let limit: Int
        let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

        mutating func itemEnded() {
            if bytes.count >= limit { flush() }
        }

        /// `bytes` added in pieces of about the writer's size, so that no piece handed on is larger than it would
        /// have been.
        mutating func append(inPieces more: [UInt8]) {
            var start = 0
            while start < more.count {
                let end = start + min(max(limit - bytes.count, 1), more.count - start)
                bytes.append(contentsOf: more[start..<end])
                itemEnded()
                start = end
            }
        }

        mutating func flush() {
            guard let sink, !bytes.isEmpty else { return }
            bytes.withUnsafeBufferPointer(sink)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Two spaces a level; a deeper value than the run of spaces below takes it more than once.
    static func pad(_ out: inout [UInt8], _ depth: Int) {
        var left = 2 * depth
        while left > 0 {
            let n = min(left, spaces.utf8CodeUnitCount)
            spaces.withUTF8Buffer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0.prefix(n))) }
            left -= n
        }
    }

    private static let spaces: StaticString = "                                                                "

    /// Appends the bytes of a literal: a copy of bytes at a fixed address, where a `String`'s UTF-8 view is a
    /// generic sequence to walk.
    static func put(_ literal: StaticString, into out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// A whole number in decimal, written without making a String.
    static func writeInt(_ n: Int, into out: inout [UInt8]) {
        if n < 0 {
            out.append(UInt8(ascii: "-"))
            if n == Int.min { out.append(contentsOf: String(n).utf8.dropFirst()); return }
        }
        var v = n.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                count += 1
            } while v > 0
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(d[k]) }
        }
    }

    private func write(into output: inout Output, indent: Int) {
        switch self {
        case .null: JSON.put("null", into: &output.bytes)
        case .bool(let b): JSON.put(b ? "true" : "false", into: &output.bytes)
        case .int(let n): JSON.writeInt(n, into: &output.bytes)
        case .double(let d):
            if d.isFinite {
                let s = String(d)
                output.bytes.append(contentsOf: s.utf8)
                if !s.contains(".") && !s.contains("e") { JSON.put(".0", into: &output.bytes) }
            } else {
                JSON.put("null", into: &output.bytes)
            }
        case .string(let s): JSON.escape(s, into: &output.bytes)
        case .array(let items):
            JSON.writeArray(items.count, { items[$0] }, into: &output, indent: indent)
        case .lazyArray(let count, let element):
            if count >= JSON.parallelItems, !JSON.isString(element(0)) {
                JSON.writeArrayInHalves(
                    count, { element($0).write(into: &$1, indent: $2) }, into: &output, indent: indent)
            } else {
                JSON.writeArray(count, element, into: &output, indent: indent)
            }
        case .lazyObjects(let count, let fields): JSON.writeObjects(count, fields, into: &output, indent: indent)
        case .object(let pairs):
            if pairs.isEmpty { JSON.put("{}", into: &output.bytes); return }
            JSON.put("{\n", into: &output.bytes)
            // Read in place: a pair taken out of the array is a copy that retains its key and value.
            pairs.withUnsafeBufferPointer { pairs in
                for i in pairs.indices {
                    JSON.pad(&output.bytes, indent + 1)
                    JSON.escape(pairs[i].0, into: &output.bytes)
                    JSON.put(": ", into: &output.bytes)
                    pairs[i].1.write(into: &output, indent: indent + 1)
                    JSON.put(i + 1 < pairs.count ? ",\n" : "\n", into: &output.bytes)
                    output.itemEnded()
                }
            }
            JSON.pad(&output.bytes, indent)
            output.bytes.append(UInt8(ascii: "}"))
        }
    }

    /// The objects of `.lazyObjects`, each written by its fields straight into the output.
    private static func writeObjects(
        _ count: Int, _ fields: @escaping @Sendable (Int, inout Fields) -> Void, into output: inout Output, indent: Int
    ) {
        if count == 0 { return JSON.put("[]", into: &output.bytes) }
        let item: @Sendable (Int, inout Output, Int) -> Void = { i, out, indent in
            var f = Fields(bytes: [], indent: indent, pairs: nil)
            swap(&f.bytes, &out.bytes)
            fields(i, &f)
            f.finish()
            swap(&f.bytes, &out.bytes)
        }
        if count >= JSON.parallelItems { return JSON.writeArrayInHalves(count, item, into: &output, indent: indent) }
        JSON.put("[\n", into: &output.bytes)
        JSON.writeItems(0..<count, of: count, item, into: &output, indent: indent)
        JSON.pad(&output.bytes, indent)
        output.bytes.append(UInt8(ascii: "]"))
    }

    private static func isString(_ j: JSON) -> Bool { if case .string = j { return true } else { return false } }

    /// Lazy arrays of at least this many items that are not strings are written in halves on two cores.
    static let parallelItems = 4096

    /// Items written a block at a time, each block's halves on the two cores: a block's bytes are all that stand in
    /// memory at once (the whole second half of a long array, kept until the first was written, stood at the run's
    /// peak).
    static let parallelBlock = 2048

    /// `writeArray` of items that are not strings, one per line, each block's two halves made and written into
    /// buffers of their own on the two cores: a large journal's next steps are most of its JSON (BENCHMARKS.md,
    /// seventh round). The bytes are the same.
    private static func writeArrayInHalves(
        _ count: Int, _ item: @Sendable (Int, inout Output, Int) -> Void, into output: inout Output, indent: Int
    ) {
        func items(_ range: Range<Int>) -> [UInt8] {
            var out = Output(limit: Int.max, sink: nil)
            writeItems(range, of: count, item, into: &out, indent: indent)
            return out.bytes
        }
        JSON.put("[\n", into: &output.bytes)
        var from = 0
        while from < count {
            let to = min(count, from + parallelBlock), mid = (from + to) / 2
            let (first, second) = inParallel({ items(from..<mid) }, { items(mid..<to) })
            output.append(inPieces: first)
            output.append(inPieces: second)
            from = to
        }
        JSON.pad(&output.bytes, indent)
        output.bytes.append(UInt8(ascii: "]"))
    }

    /// An array: on one line when every item is a string, else one item per line. Each item is made once, unless
    /// the first is a string (then all are made first, to tell).
    private static func writeArray(_ count: Int, _ element: (Int) -> JSON, into output: inout Output, indent: Int) {
        if count == 0 { JSON.put("[]", into: &output.bytes); return }
        if isString(element(0)), (0..<count).allSatisfy({ isString(element($0)) }) {
            output.bytes.append(UInt8(ascii: "["))
            for i in 0..<count {
                if i > 0 { JSON.put(", ", into: &output.bytes) }
                element(i).write(into: &output, indent: indent)
            }
            output.bytes.append(UInt8(ascii: "]"))
            return
        }
        JSON.put("[\n", into: &output.bytes)
        writeItems(0..<count, of: count, { element($0).write(into: &$1, indent: $2) }, into: &output, indent: indent)
        JSON.pad(&output.bytes, indent)
        output.bytes.append(UInt8(ascii: "]"))
    }

    /// The items `range` of an array of `count`, one per line, each followed by its comma (the last by none).
    private static func writeItems(
        _ range: Range<Int>, of count: Int, _ item: (Int, inout Output, Int) -> Void, into output: inout Output,
        indent: Int
    ) {
        for i in range {
            JSON.pad(&output.bytes, indent + 1)
            item(i, &output, indent + 1)
            JSON.put(i + 1 < count ? ",\n" : "\n", into: &output.bytes)
            output.itemEnded()
        }
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        s.withUTF8Bytes { escape(bytes: $0, into: &out) }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the bytes, escaped. Runs of bytes that need no escaping are appended whole; only quotes,
    /// backslashes, control characters and the two line separators JavaScript does not allow in strings (U+2028,
    /// U+2029) are escaped.
    private static func escape(bytes u: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0, i = 0
        let n = u.count
        while i < n {
            let b = u[i]
            let escape: String
            var length = 1
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0..<0x20: escape = hex(UInt32(b))
            case 0xE2 where i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                escape = hex(u[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                length = 3
            default:
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
            out.append(contentsOf: escape.utf8)
            i += length
            start = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<n]))
    }

    /// `\u` and four lower-case hex digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}

extension Diagnostic {
    /// The diagnostic as in the JSON schemas, its message in `language`.
    public func json(_ language: Language) -> JSON {
        .object([
            ("file", .string(location.path)), ("line", .int(location.line)), ("column", .int(location.column)),
            ("severity", .string(severity.rawValue)), ("message", .string(text.text(language))),
        ])
    }
}
