import Testing

@testable import KizunaCore

@Suite struct TextBytesTests {
    /// A path's last part is what `split(separator: "/").last` gives: empty parts are passed over.
    @Test func aPathsLastPartPassesOverEmptyParts() {
        for path in ["a/b/", "a//b", "b", "/b", "people/田中 花子", "/", "", "a/b//", "Ken/README"] {
            #expect(path.lastPathPart == path.split(separator: "/").last, "\(path)")
        }
        #expect("a/b/".lastPathPart == "b" && "/".lastPathPart == nil && "people/田中 花子".lastPathPart == "田中 花子")
    }
}
