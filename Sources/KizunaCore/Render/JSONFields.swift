extension JSON {
    /// An object's fields, handed one at a time by `.lazyObjects`: written as bytes where the JSON is written, or
    /// gathered into the `.object` they make where a value is asked for (`eager`). The bytes are those the object
    /// would write.
    public struct Fields {
        var bytes: [UInt8]
        let indent: Int
        var written = 0
        /// The fields gathered, when a value is made rather than bytes written.
        var pairs: [(String, JSON)]?

        /// Text, or null.
        public mutating func string(_ key: StaticString, _ value: String?) {
            if pairs != nil { return gather(key, .string(value)) }
            open(key)
            if let value { JSON.escape(value, into: &bytes) } else { JSON.put("null", into: &bytes) }
        }

        /// A whole number.
        public mutating func int(_ key: StaticString, _ value: Int) {
            if pairs != nil { return gather(key, .int(value)) }
            open(key)
            JSON.writeInt(value, into: &bytes)
        }

        /// Texts, on one line as an array of strings is written.
        public mutating func strings(_ key: StaticString, _ values: [String]) {
            if pairs != nil { return gather(key, .array(values.map { .string($0) })) }
            open(key)
            bytes.append(UInt8(ascii: "["))
            for (k, value) in values.enumerated() {
                if k > 0 { JSON.put(", ", into: &bytes) }
                JSON.escape(value, into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        private mutating func gather(_ key: StaticString, _ value: JSON) {
            pairs!.append((key.description, value))
        }

        /// The comma before a field but the first, its line's indent and its key, which needs no escaping: made
        /// on the stack and appended at once, as each append costs more than the bytes it copies.
        private mutating func open(_ key: StaticString) {
            let spaces = 2 * (indent + 1), length = 2 + spaces + 1 + key.utf8CodeUnitCount + 3
            let first = written == 0
            written += 1
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { line in
                line[0] = first ? UInt8(ascii: "{") : UInt8(ascii: ",")
                line[1] = 0x0A
                for k in 2..<(2 + spaces) { line[k] = 0x20 }
                line[2 + spaces] = UInt8(ascii: "\"")
                key.withUTF8Buffer { k in
                    for j in 0..<k.count { line[3 + spaces + j] = k[j] }
                }
                let end = 3 + spaces + key.utf8CodeUnitCount
                (line[end], line[end + 1], line[end + 2]) = (UInt8(ascii: "\""), UInt8(ascii: ":"), 0x20)
                bytes.append(contentsOf: UnsafeBufferPointer(line))
            }
        }

        /// The end of the object.
        mutating func finish() {
            if written == 0 { return JSON.put("{}", into: &bytes) }
            bytes.append(0x0A)
            JSON.pad(&bytes, indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// The same value with an array of `.lazyObjects` made as the `.lazyArray` of the objects its fields make: for
    /// readers that look at the values rather than write them.
    public var eager: JSON {
        guard case .lazyObjects(let count, let fields) = self else { return self }
        return .lazyArray(count: count) { i in
            var f = Fields(bytes: [], indent: 0, pairs: [])
            fields(i, &f)
            return .object(f.pairs ?? [])
        }
    }
}
