import Testing

@testable import KizunaCore

/// Objects written field by field (`.lazyObjects`) give the bytes of the same objects made as values.
@Suite struct JSONFieldsTests {
    /// Every kind of field: text (escaped, Japanese, null), lists of texts (none, one, several), numbers; and an
    /// object with no field at all.
    @Sendable static func fields(_ i: Int, _ f: inout JSON.Fields) {
        if i % 5 == 4 { return }
        f.string("text", i % 2 == 0 ? "田中さんに \"返事\"\n\(i)" : "plain \(i)")
        f.string("due", i % 3 == 0 ? nil : "2026-11-\(10 + i % 20)")
        f.strings("people", (0..<(i % 4)).map { "p\($0)\\\(i)" })
        f.int("line", i % 7 == 0 ? -i : i)
    }

    static func object(_ i: Int) -> JSON {
        if i % 5 == 4 { return .object([]) }
        return .object([
            ("text", .string(i % 2 == 0 ? "田中さんに \"返事\"\n\(i)" : "plain \(i)")),
            ("due", .string(i % 3 == 0 ? nil : "2026-11-\(10 + i % 20)")),
            ("people", .array((0..<(i % 4)).map { .string("p\($0)\\\(i)") })),
            ("line", .int(i % 7 == 0 ? -i : i)),
        ])
    }

    /// Short and long lists (written in halves on two cores from `parallelItems` on), nested in an object, whole
    /// and in pieces of every size.
    @Test(arguments: [0, 1, 9, JSON.parallelItems, 2 * JSON.parallelItems + 3])
    func writtenAsTheObjectsTheyMake(count: Int) {
        let lazy = JSON.object([
            ("before", .int(1)), ("items", .lazyObjects(count: count, fields: JSONFieldsTests.fields)),
            ("after", .string("end")),
        ])
        let whole = JSON.object([
            ("before", .int(1)), ("items", .array((0..<count).map(JSONFieldsTests.object))),
            ("after", .string("end")),
        ])
        let expected = whole.serialized()
        #expect(lazy.serialized() == expected)
        for chunk in [1, 999, 1 << 16] {
            var pieces: [UInt8] = []
            lazy.serialize(chunk: chunk) { pieces += $0 }
            #expect(String(decoding: pieces, as: UTF8.self) == expected, "\(chunk)")
        }
    }

    /// A value asked of the list is the list of the objects its fields make.
    @Test func eagerMakesTheObjects() {
        let lazy = JSON.lazyObjects(count: 12, fields: JSONFieldsTests.fields)
        #expect(lazy.eager == .array((0..<12).map(JSONFieldsTests.object)))
        guard case .lazyArray(let count, let element) = lazy.eager else {
            Issue.record("not made item by item")
            return
        }
        #expect(count == 12)
        #expect(element(4) == .object([]))
    }
}
