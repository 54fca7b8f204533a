import Testing

@testable import KizunaCore

@Suite struct PathPartsTests {
    /// A path's last part is what `split(separator: "/").last` gives: empty parts are passed over.
    @Test func aPathsLastPartPassesOverEmptyParts() {
        for path in ["a/b/", "a//b", "b", "/b", "people/田中 花子", "/", "", "a/b//", "Ken/README"] {
            #expect(path.lastPathPart == path.split(separator: "/").last, "\(path)")
        }
        #expect("a/b/".lastPathPart == "b" && "/".lastPathPart == nil && "people/田中 花子".lastPathPart == "田中 花子")
    }

    /// A note's folders, nearest first, are those `split` gives, empty parts passed over.
    @Test func aNotesFoldersAreThePartsBeforeItsName() {
        #expect(
            JournalResolver.Directory.ancestors(of: "people/田中/notes/a.md") == [
                "people/田中/notes", "people/田中", "people",
            ])
        for path in ["a.md", "", "/", "a/b.md", "/a//b/c.md", "a/b/", "x/y/z"] {
            var parts = path.split(separator: "/").dropLast()
            var expected: [String] = []
            while !parts.isEmpty {
                expected.append(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
            #expect(JournalResolver.Directory.ancestors(of: path) == expected, "\(path)")
        }
    }
}
