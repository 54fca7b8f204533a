import Foundation
import Testing

/// The shape docs/ARCHITECTURE.md promises a newcomer: no file in `Sources/` over 400 lines, no function over 60, and
/// no line of code or test over 120 characters.
@Suite struct SourceShapeTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every Swift file under `folder` (`Sources` unless told), by path from the package, with its text.
    static func files(in folder: String = "Sources") throws -> [(path: String, text: String)] {
        let paths = FileManager.default.subpaths(atPath: package.appendingPathComponent(folder).path) ?? []
        return try paths.filter { $0.hasSuffix(".swift") }.sorted().map {
            let path = folder + "/" + $0
            return (path, try String(contentsOf: package.appendingPathComponent(path), encoding: .utf8))
        }
    }

    @Test func theSourcesAreFound() throws {
        #expect(try SourceShapeTests.files().count > 50)
        #expect(try SourceShapeTests.files(in: "Tests").count > 20)
    }

    @Test func noLineIsOver120Characters() throws {
        for (path, text) in try SourceShapeTests.files() + SourceShapeTests.files(in: "Tests") {
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > 120 {
                Issue.record("\(path):\(i + 1): a line of \(line.count) characters")
            }
        }
    }

    @Test func noFileIsOver400Lines() throws {
        for (path, text) in try SourceShapeTests.files() {
            let lines = text.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            #expect(lines <= 400, "\(path) has \(lines) lines")
        }
    }

    @Test func noFunctionIsOver60Lines() throws {
        for (path, text) in try SourceShapeTests.files() {
            for function in SourceShape.functions(in: text) where function.lines > 60 {
                Issue.record("\(path):\(function.line): a function of \(function.lines) lines")
            }
        }
    }

    @Test func aFunctionIsCountedFromItsDeclarationToItsClosingBrace() {
        let body = String(repeating: "        call(\"{\") // {\n", count: 59)
        let text = "struct S {\n    private static func f(\n        a: Int\n    ) -> Int {\n" + body + "    }\n}\n"
        #expect(SourceShape.functions(in: text).map(\.line) == [2])
        #expect(SourceShape.functions(in: text).map(\.lines) == [63])
        let multiline = "func g() -> String { \"\"\"\n    }\n    \"\"\" }\nfunc h() {}\n"
        #expect(SourceShape.functions(in: multiline).map(\.lines) == [3, 1])
    }
}

/// Functions found by their braces, in code whose string literals and comments are set aside.
enum SourceShape {
    /// Each function's first line (from 1) and its length in lines, its declaration and closing brace included.
    static func functions(in text: String) -> [(line: Int, lines: Int)] {
        let lines = code(text)
        let declaration = try! Regex(
            #"^\s*(@\w+(\([^)]*\))?\s+)*((public|private|fileprivate|internal|static|final|override|mutating|"#
                + #"nonmutating|convenience|required|nonisolated|class)\s+)*(func|init|subscript|deinit)\b"#)
        var found: [(line: Int, lines: Int)] = []
        for (i, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil {
            var depth = 0, opened = false
            for j in i..<lines.count {
                for c in lines[j] {
                    if c == "{" { (depth, opened) = (depth + 1, true) } else if c == "}" { depth -= 1 }
                }
                if opened && depth <= 0 {
                    found.append((i + 1, j - i + 1))
                    break
                }
            }
        }
        return found
    }

    /// The lines with string literals emptied and comments cut; a multi-line string's lines are left blank.
    static func code(_ text: String) -> [String] {
        var inString = false
        let literal = try! Regex(#""(\\.|[^"\\])*""#)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { raw in
            var raw = String(raw)
            let quotes = raw.ranges(of: "\"\"\"")
            if quotes.count % 2 == 1 {
                // The code before a multi-line string opens, or after it closes.
                raw = inString ? String(raw[quotes[0].upperBound...]) : String(raw[..<quotes[0].lowerBound])
                inString.toggle()
            } else if inString {
                return ""
            }
            let line = raw.replacing(literal, with: "\"\"")
            return line.ranges(of: "//").first.map { String(line[..<$0.lowerBound]) } ?? line
        }
    }
}
