import Synchronization
import Testing

@testable import KizunaCore

@Suite struct ParallelTests {
    /// Three pieces of work each run once, and each result comes back in its own place, whichever core ran it.
    @Test func threePiecesOfWorkEachRunOnceAndComeBackInPlace() {
        for _ in 0..<50 {
            let runs = Atomic<Int>(0)
            let (a, b, c) = inParallel(
                { () -> Int in
                    runs.add(1, ordering: .relaxed)
                    return (1...1_000).reduce(0, +)
                },
                { () -> String in
                    runs.add(1, ordering: .relaxed)
                    return "timeline"
                },
                { () -> [Int] in
                    runs.add(1, ordering: .relaxed)
                    return [3, 2, 1].sorted()
                })
            #expect(a == 500_500 && b == "timeline" && c == [1, 2, 3])
            #expect(runs.load(ordering: .relaxed) == 3)
        }
    }
}
