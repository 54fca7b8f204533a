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
}
