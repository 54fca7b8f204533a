import Foundation
import Testing
@testable import KizunaCore

#if canImport(Glibc)
    import Glibc
#endif

/// Puts the files at `paths` out of the system's memory, written to disk first (a page not yet written stays);
/// whether the system took every request.
@discardableResult func putOutOfMemory(_ paths: [String]) -> Bool {
    sync()
    var taken = true
    for path in paths {
        let fd = open(path, O_RDONLY)
        taken = fd >= 0 && posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && taken
        if fd >= 0 { close(fd) }
    }
    return taken
}

/// Whether this machine's temporary folder lets a file be put out of memory (a folder in memory does not), as the
/// system's count of a file's pages in memory says.
let temporaryFilesCanLeaveMemory: Bool = {
    let dir = TempDir()
    dir.write("probe.md", String(repeating: "probe\n", count: 2_000))
    guard putOutOfMemory([dir.path + "/probe.md"]) else { return false }
    let fd = open(dir.path + "/probe.md", O_RDONLY)
    defer { close(fd) }
    guard fd >= 0, let map = mmap(nil, 4096, PROT_READ, MAP_SHARED, fd, 0), map != MAP_FAILED else { return false }
    defer { munmap(map, 4096) }
    var resident: UInt8 = 1
    return mincore(map, 4096, &resident) == 0 && resident & 1 == 0
}()

/// A journal that must come from disk (as a nightly digest finds it) is read a window of notes at a time, the
/// system asked to read the whole window at once: the same journal as one read from memory.
@Suite struct ReadAheadTests {
    /// 150 notes: two windows of the first batch and a short one of the second; a FIFO among them, which opens but
    /// is no file to read.
    static func journal() -> (TempDir, [(String, String)]) {
        let dir = TempDir()
        var notes: [(String, String)] = []
        for k in 0..<100 {
            notes.append(
                ("people/p\(k).md", "---\nname: Person \(k)\n---\n## 2026-11-\(10 + k % 15) with [[p\(k + 1)]]\n"))
        }
        for k in 0..<50 {
            notes.append(
                ("log/2026-10-\(10 + k % 20)-\(k).md", "# Lunch\n\nwith [[Person \(k)]] and [[Nobody \(k)]]\n"))
        }
        for (path, text) in notes { dir.write(path, text) }
        mkfifo(dir.path + "/log/pipe.md", 0o600)
        return (dir, notes)
    }

    /// The file a descriptor has open, as its device and inode.
    static func identity(_ fd: Int32) -> [UInt64] {
        var st = stat()
        return fstat(fd, &st) == 0 ? [UInt64(st.st_dev), UInt64(st.st_ino)] : []
    }

    /// The file at `path`, as its device and inode.
    static func identity(_ path: String) -> [UInt64] {
        var st = stat()
        return stat(path, &st) == 0 ? [UInt64(st.st_dev), UInt64(st.st_ino)] : []
    }

    @Test func aWindowOnDiskIsOpenedTogetherNoteByNoteAndOneInMemoryIsNot() throws {
        let (dir, _) = Self.journal()
        let loaded = try JournalLoader.load(root: dir.path)
        let window = loaded.paths[0..<Kizuna.readAhead]
        let cold = loaded.openAhead(window) { _ in false }
        #expect(cold.count == window.count)
        #expect(cold.map { $0.map(Self.identity) ?? [] } == window.map { Self.identity(dir.path + "/" + $0) })
        for case let fd? in cold { close(fd) }
        let warm = loaded.openAhead(window) { _ in true }
        #expect(warm.count == 1 && warm[0].map(Self.identity) == Self.identity(dir.path + "/" + window.first!))
        for case let fd? in warm { close(fd) }
        // A window cut short by the end of the notes, and a note gone since the walk: opened again when read.
        try FileManager.default.removeItem(atPath: dir.path + "/" + loaded.paths[loaded.paths.count - 2])
        let last = loaded.openAhead(loaded.paths.suffix(3)) { _ in false }
        #expect(last.count == 3 && last[0] != nil && last[1] == nil && last[2] != nil)
        for case let fd? in last { close(fd) }
    }

    /// The system's own answer: a note put out of memory is not in it (asked again should the system keep a page,
    /// as it may while the note is being written out), one just read is, and an empty one has nothing to wait for.
    @Test(.enabled(if: temporaryFilesCanLeaveMemory, "the temporary folder's files cannot leave memory"))
    func theSystemSaysWhetherANoteIsInMemory() throws {
        let dir = TempDir()
        dir.write("people/a.md", String(repeating: "A line of a note.\n", count: 400))
        dir.write("people/empty.md", "")
        let path = dir.path + "/people/a.md"
        var answers: [Bool] = []
        for _ in 0..<5 where answers.last != false {
            putOutOfMemory([path, dir.path + "/people/empty.md"])
            let fd = open(path, O_RDONLY)
            try #require(fd >= 0)
            answers.append(LoadedJournal.isInMemory(fd))
            close(fd)
        }
        #expect(answers.last == false)
        _ = try String(contentsOfFile: path, encoding: .utf8)
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        #expect(LoadedJournal.isInMemory(fd))
        let empty = open(dir.path + "/people/empty.md", O_RDONLY)
        defer { close(empty) }
        #expect(LoadedJournal.isInMemory(empty))
    }

    @Test(arguments: [nil, 0, 70] as [Int?])
    func aJournalReadFromDiskIsTheJournalReadFromMemory(heldOpen: Int?) throws {
        let (dir, notes) = Self.journal()
        // Out of memory, so that the windows are opened together (as far as the system lets them go).
        putOutOfMemory(notes.map { dir.path + "/" + $0.0 })
        let fromDisk = try Kizuna.journal(root: dir.path, heldOpen: heldOpen)
        let inMemory = Kizuna.journal(files: notes.map { SourceFile(path: $0.0, text: $0.1) })
        // The FIFO is said to be no note where it stands, as the walk's reads say it.
        let fifo = printed(fromDisk).filter { $0.hasPrefix("log/pipe.md:1:1: ") }
        #expect(fifo.count == 1 && fifo[0].contains("FIFO"))
        #expect(fromDisk.people.count == 100 && fromDisk.entries.count == inMemory.entries.count)
        #expect(fromDisk.entries.count >= 100)
        #expect(printed(fromDisk).filter { !$0.hasPrefix("log/pipe.md") } == printed(inMemory))
        #expect(
            fromDisk.entries.map { "\($0.date) \(ids(fromDisk, $0.participants)) \($0.location)" }
                == inMemory.entries.map { "\($0.date) \(ids(inMemory, $0.participants)) \($0.location)" })
    }
}
