import Testing

@testable import KizunaCore

@Suite struct DiagnosticOrderTests {
    /// Sorting by numbers and then swapping gives the order the values' own sort gives, ties and all.
    @Test func sortingInPlaceGivesTheOrderOfTheValuesOwnSort() {
        var numbers = SeededNumbers(seed: 11)
        func next(_ n: Int) -> Int { numbers.next(n) }
        let paths = ["a.md", "b.md", "people/田中.md", "people/佐藤.md", "log/2026-11-24.md"]
        for size in [0, 1, 2, 7, 100, 1000] {
            let found = (0..<size).map { _ in
                Diagnostic(
                    next(2) == 0 ? .error : .warning, Message("m\(next(4))", ja: "x"),
                    at: SourceLocation(path: paths[next(paths.count)], line: 1 + next(5), column: 1 + next(3)))
            }
            var sorted = found
            sorted.sortByPlace()
            #expect(sorted == found.sorted(), "\(size)")
        }
    }

    /// Paths are ordered by their bytes: two names that are one text in Unicode but differ in bytes (a composed
    /// and a decomposed が) are two files, and each keeps its own place.
    @Test func pathsAreOrderedByTheirBytes() {
        let composed = "people/\u{304C}.md", decomposed = "people/\u{304B}\u{3099}.md"
        let a = SourceLocation(path: composed, line: 1, column: 1)
        let b = SourceLocation(path: decomposed, line: 2, column: 1)
        #expect(b < a && !(a < b))
        #expect(SourceLocation(path: "a.md", line: 9, column: 1) < SourceLocation(path: "a/b.md", line: 1, column: 1))
        var found = [a, b].map { Diagnostic(.warning, Message("m", ja: "m"), at: $0) }
        found.sortByPlace()
        #expect(found.map(\.location.path) == [decomposed, composed])
    }
}
