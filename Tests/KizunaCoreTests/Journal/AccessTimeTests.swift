import Foundation
import Testing
@testable import KizunaCore

#if canImport(Glibc)
    import Glibc
#endif

/// Sets a file's access time to the start of 2020, leaving its modification time.
private func ageAccessTime(_ path: String) {
    var st = stat()
    precondition(stat(path, &st) == 0, "no file at \(path)")
    var times = [timespec(tv_sec: 1_577_836_800, tv_nsec: 0), st.st_mtim]
    let done = utimensat(AT_FDCWD, path, &times, 0)
    precondition(done == 0, "could not set the access time of \(path)")
}

/// A file's access time, in seconds.
private func accessTime(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? st.st_atim.tv_sec : -1
}

/// Whether reading a file in this machine's temporary folder writes its access time: a folder mounted `noatime`
/// never does, and there the test below would pass with or without what it tests.
let readsWriteAccessTimes: Bool = {
    let dir = TempDir()
    dir.write("probe.md", "probe\n")
    let path = dir.path + "/probe.md"
    ageAccessTime(path)
    let fd = open(path, O_RDONLY)
    var byte: UInt8 = 0
    _ = read(fd, &byte, 1)
    close(fd)
    return accessTime(path) != 1_577_836_800
}()

/// Reading the journal leaves each note's access time as it was: a nightly digest reads every note, and the system
/// would otherwise write every note's access time back to the disk once a day.
@Suite struct AccessTimeTests {
    @Test(.enabled(if: readsWriteAccessTimes)) func aDigestLeavesAccessTimes() throws {
        let dir = TempDir()
        dir.write("people/aiko.md", "---\nname: Aiko\n---\n## 2026-11-20 Coffee\n")
        dir.write("log/2026-11-21.md", "- Lunch with [[Aiko]]\n")
        let paths = ["people/aiko.md", "log/2026-11-21.md"].map { dir.path + "/" + $0 }
        paths.forEach(ageAccessTime)
        let journal = try Kizuna.journal(root: dir.path)
        #expect(journal.people.map(\.id) == ["aiko"])
        #expect(journal.entries.count == 2)
        #expect(paths.map(accessTime) == [1_577_836_800, 1_577_836_800])
    }
}
