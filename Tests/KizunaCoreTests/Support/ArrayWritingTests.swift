import Testing

@testable import KizunaCore

@Suite struct ArrayWritingTests {
    /// The array holds what the fill wrote, and no more: fewer than the room, none, all of it, and no room at all.
    @Test func holdsWhatTheFillWrote() {
        let some = [UInt8](writing: 10) { room in
            #expect(room.count == 10)
            for i in 0..<3 { room[i] = UInt8(i + 7) }
            return 3
        }
        #expect(some == [7, 8, 9])
        #expect([Int](writing: 5) { _ in 0 }.isEmpty)
        #expect([Int](writing: 4) { room in room.initialize(fromContentsOf: [1, 2, 3, 4]) } == [1, 2, 3, 4])
        #expect([Int](writing: 0) { room in room.count }.isEmpty)
    }

    /// Elements that are counted references are kept alive by the array, as any array keeps them.
    @Test func keepsTheReferencesItWasGiven() {
        let words = ["one", String(repeating: "long ", count: 20)]
        let copy = [String](writing: 3) { room in room.initialize(fromContentsOf: words) }
        #expect(copy == words)
    }
}
