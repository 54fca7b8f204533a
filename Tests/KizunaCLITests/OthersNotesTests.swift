import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `setpriv`, which runs a command as another user, where this machine has it.
let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Notes kizuna reads while leaving their access time (which only a file's owner may ask) are read as well when
/// someone else owns them: a journal shared in a group's folder, or kept by root and read by a user.
@Suite struct OthersNotesTests {
    @Test(.enabled(if: getuid() == 0 && setpriv != nil)) func notesOwnedBySomeoneElseAreRead() throws {
        let journal = try Scratch()
        try journal.write("people/aiko.md", "---\nname: Aiko\n---\n## 2026-11-20 Coffee\n")
        try journal.write("2026-11-21.md", "- Lunch with [[Aiko]]\n")
        // A copy in a temporary folder, which any user may run: the package may sit where only its owner may go.
        let place = try Scratch()
        let binary = place.path + "/kizuna"
        try FileManager.default.copyItem(atPath: packageRoot + "/.build/debug/kizuna", toPath: binary)
        let asNobody = try run(
            setpriv!,
            ["--reuid=nobody", "--regid=nogroup", "--clear-groups"] + [binary, "check", "--journal", journal.path])
        #expect(asNobody.status == 0, "\(asNobody.err)")
        #expect(asNobody.out.hasPrefix("2 notes, 1 person, 2 entries, 0 tasks: 0 errors, 0 warnings"))
    }
}
