import Foundation
import Testing
@testable import KizunaCore

@Suite struct NoteWriterTests {
    @Test func aReplacedNoteKeepsItsModeAndANoteChangedMeanwhileIsNotWritten() throws {
        let dir = TempDir()
        dir.write("people/a.md", "old\n")
        let path = dir.path + "/people/a.md"
        chmod(path, 0o600)
        try NoteWriter.replace(path, expected: Array("old\n".utf8), with: Array("new\n".utf8))
        var st = stat()
        stat(path, &st)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(throws: JournalError.self) {
            try NoteWriter.replace(path, expected: Array("old\n".utf8), with: Array("newer\n".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/people")
        #expect(left == ["a.md"], "a temporary file was left behind")
    }

    @Test func aNewNoteNeverReplacesAFileThatAppearedMeanwhile() throws {
        let dir = TempDir()
        try NoteWriter.create(dir.path + "/people/b.md", bytes: Array("first\n".utf8))
        #expect(throws: JournalError.self) {
            try NoteWriter.create(dir.path + "/people/b.md", bytes: Array("second\n".utf8))
        }
        #expect(try String(contentsOfFile: dir.path + "/people/b.md", encoding: .utf8) == "first\n")
    }
}
