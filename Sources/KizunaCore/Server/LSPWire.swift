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
        case .double, .lazyArray:
            // Not in the server's messages; written as the digest writes them, which is also JSON.
            out.append(contentsOf: value.serializedBytes().dropLast())
        }
    }

    /// The message's bytes, or nil when it holds a value of another type (a number the client sent, as Foundation
    /// read it), which `JSONSerialization` then writes.
    public static func encode(_ message: [String: Any]) -> [UInt8]? {
        if let bytes = message[encodedKey] as? [UInt8] { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        return write(message, into: &out) ? out : nil
    }

    private static func write(_ value: Any, into out: inout [UInt8]) -> Bool {
        // Exact types only: a Foundation number would also cast to `Int` and to `Bool`, and could not be told apart.
        let type = Swift.type(of: value)
        if type == String.self {
            JSON.escape(value as! String, into: &out)
        } else if type == Int.self {
            out.append(contentsOf: String(value as! Int).utf8)
        } else if type == Bool.self {
            out.append(contentsOf: ((value as! Bool) ? "true" : "false").utf8)
        } else if value is NSNull {
            out.append(contentsOf: "null".utf8)
        } else if let object = value as? [String: Any], type != NSDictionary.self {
            out.append(UInt8(ascii: "{"))
            for (k, key) in object.keys.sorted().enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                JSON.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                guard write(object[key]!, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        } else if let array = value as? [Any], type != NSArray.self {
            out.append(UInt8(ascii: "["))
            for (k, element) in array.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                guard write(element, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        } else {
            return false
        }
        return true
    }
}
