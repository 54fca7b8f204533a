import Foundation

/// Messages as they go over the wire: compact JSON, keys in order. Foundation's `JSONSerialization` took most of a
/// large journal's start after the read (BENCHMARKS.md); the server's own messages hold only Swift strings,
/// integers, booleans, arrays and dictionaries, and those are written here.
public enum LSPWire {
    /// The key of a message that is already its bytes (`[UInt8]`, the whole body): the diagnostics the server
    /// publishes are written as they are worked out, on all cores.
    public static let encodedKey = "kizuna.encoded"

    /// A message whose body is already written.
    static func encoded(_ value: JSON) -> [String: Any] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(value, into: &out)
        return [encodedKey: out]
    }

    /// Compact JSON of a value built as `JSON`: no casts of `Any` to find what each value is.
    static func write(_ value: JSON, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (k, (key, item)) in pairs.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                JSON.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .double, .lazyArray, .lazyObjects:
            // Not in the server's messages; written as the digest writes them, which is also JSON.
            out.append(contentsOf: value.serializedBytes().dropLast())
        }
    }

    /// Each message with its `Content-Length` header, ready to send in order; they are encoded on all cores (the
    /// start sends one for every note with a diagnostic). A message that cannot be encoded is left out.
    public static func frames(_ messages: [[String: Any]]) -> [[UInt8]] {
        var bodies = [[UInt8]](repeating: [], count: messages.count)
        bodies.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer), all = UnsafeSendable(messages)
            DispatchQueue.concurrentPerform(iterations: messages.count) { i in
                guard
                    let body = encode(all.value[i])
                        ?? (try? JSONSerialization.data(
                            withJSONObject: all.value[i], options: [.withoutEscapingSlashes]))
                        .map({ [UInt8]($0) })
                else { return }
                out.value[i] = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
            }
        }
        return bodies.filter { !$0.isEmpty }
    }

    /// The message's bytes, or nil when it holds a value of another type (a number the client sent, as Foundation
    /// read it), which `JSONSerialization` then writes.
    public static func encode(_ message: [String: Any]) -> [UInt8]? {
        if let bytes = message[encodedKey] as? [UInt8] { return bytes }
        guard let value = json(message) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out)
        return out
    }

    /// The `JSON` of a value built from Swift strings, integers, booleans, `NSNull`, arrays and dictionaries (keys in
    /// order); nil for anything else.
    private static func json(_ value: Any) -> JSON? {
        // Exact types only: a Foundation number would also cast to `Int` and to `Bool`, and could not be told apart.
        let type = Swift.type(of: value)
        if type == String.self { return .string(value as! String) }
        if type == Int.self { return .int(value as! Int) }
        if type == Bool.self { return .bool(value as! Bool) }
        if value is NSNull { return .null }
        if let object = value as? [String: Any], type != NSDictionary.self {
            var pairs: [(String, JSON)] = []
            for key in object.keys.sorted() {
                guard let item = json(object[key]!) else { return nil }
                pairs.append((key, item))
            }
            return .object(pairs)
        }
        if let array = value as? [Any], type != NSArray.self {
            var items: [JSON] = []
            for element in array {
                guard let item = json(element) else { return nil }
                items.append(item)
            }
            return .array(items)
        }
        return nil
    }
}
