import Testing

@testable import KizunaCore

/// The table of bigrams behind suggestions: each bigram one number, in the order first met, however far it grows.
@Suite struct GramRangesTests {
    @Test func bigramsAreNumberedInTheOrderFirstMetAndFoundAgain() {
        var table = GramRanges()
        // Grams that differ only in their high half, only in their low half, and zero, repeated out of order.
        let grams: [UInt64] = (0..<5_000).map { (i: Int) -> UInt64 in
            i % 3 == 0 ? UInt64(i) << 32 : UInt64((i * 7) % 5_000)
        }
        var first: [UInt64: Int32] = [:]
        for g in grams + grams.reversed() {
            let expected = first[g] ?? Int32(first.count)
            first[g] = expected
            #expect(table.number(g) == expected)
        }
        table.starts = (0...first.count).map { Int32(3 * $0) }
        for (g, n) in first { #expect(table[g] == (3 * n)..<(3 * n + 3)) }
        #expect(table[UInt64.max] == nil)
        #expect(table[1 << 40] == nil)
    }

    @Test func anEmptyTableFindsNothing() {
        #expect(GramRanges()[0] == nil)
        #expect(GramRanges(capacity: 100)[42] == nil)
    }
}
