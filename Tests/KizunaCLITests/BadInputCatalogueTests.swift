import Foundation
import Testing

/// One bad input: a tiny journal, the command run on it, and exactly what kizuna must say and do.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var arguments: [String] = ["check"]
    var status: Int32
    var out: String? = nil
    var err: String? = nil
    /// Set up what text files cannot say (links, FIFOs, odd names), given the journal's path; what lies outside the
    /// journal goes in the path with `.outside` added, removed after the run.
    var prepare: @Sendable (String) throws -> Void = { _ in }
    /// Checks after the run, given the journal's path.
    var after: @Sendable (String) throws -> Void = { _ in }
    var testDescription: String { name }
}

func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

func shell(_ script: String) throws {
    let r = try run("/bin/sh", ["-c", script])
    if r.status != 0 { throw CLIError(message: "\(script): \(r.err)") }
}

let person = "---\nname: Tanaka Hanako\n---\n## 2026-11-20 Tea #meet\n"
let digestArgs = ["digest", "--date", "2026-11-24"]

let catalogue: [BadInput] = [
    BadInput(
        name: "a link to a name eight people share names five of them and counts the rest",
        files: Dictionary(uniqueKeysWithValues: (0..<8).map { ("people/s\($0).md", "---\nname: Sato\n---\n") })
            .merging(["log/a.md": "Met [[Sato]]\n"]) { a, _ in a }, status: 0,
        out: "log/a.md:1:5: warning: ambiguous link 'Sato': it matches Sato (s0), Sato (s1), Sato (s2), Sato (s3), "
            + "Sato (s4) and 3 more\n9 notes, 8 people, 0 entries, 0 tasks: 0 errors, 1 warning\n"),
    BadInput(
        name: "digest_dir is people_dir: an error, and the people are still read",
        files: ["kizuna.yaml": "digest_dir: people\n", "people/hanako.md": person], status: 1,
        out: "kizuna.yaml:1:13: error: digest_dir 'people' must not be, hold or lie inside people_dir 'people'; "
            + "using 'digests'\n1 note, 1 person, 1 entry, 0 tasks: 1 error, 0 warnings\n"),
    BadInput(
        name: "a digest folder holding a daily note is refused and the note kept",
        files: [
            "kizuna.yaml": "digest_dir: daily\n", "daily/2026-11-24.md": "Met [[hanako]].\n",
            "people/hanako.md": person,
        ],
        arguments: digestArgs, status: 2,
        err:
            "kizuna: digest_dir 'daily' holds a note kizuna did not write (daily/2026-11-24.md); choose a folder of "
            + "its own\n",
        after: { #expect(contents($0 + "/daily/2026-11-24.md") == "Met [[hanako]].\n") }),
    BadInput(
        name: "a digest folder linked to the log folder is refused",
        files: ["log/2026-11-24.md": "Met [[hanako]].\n", "people/hanako.md": person], arguments: digestArgs, status: 2,
        err:
            "kizuna: digest_dir 'digests' holds a note kizuna did not write (digests/2026-11-24.md); choose a "
            + "folder of its own\n",
        prepare: { try shell("ln -s log '\($0)/digests'") },
        after: { #expect(contents($0 + "/log/2026-11-24.md") == "Met [[hanako]].\n") }),
    BadInput(
        name: "a digest folder linked outside the journal is refused and nothing lands there",
        files: ["people/hanako.md": person], arguments: digestArgs, status: 2,
        err: "kizuna: digests is a symbolic link that leads outside the journal; the digest is not written there\n",
        prepare: { try shell("mkdir -p '\($0).outside' && ln -s '\($0).outside' '\($0)/digests'") },
        after: {
            #expect((try? FileManager.default.contentsOfDirectory(atPath: $0 + ".outside"))?.isEmpty == true)
        }),
    BadInput(
        name: "a digest folder that is a file is a plain message",
        files: ["digests": "mine\n", "people/hanako.md": person], arguments: digestArgs, status: 2,
        err: "kizuna: digests is a file, not a folder; move it or set digest_dir in kizuna.yaml\n"),
    BadInput(
        name: "a file kizuna did not write is never replaced",
        files: ["digests/2026-11-24.md": "my own plan\n", "people/hanako.md": person], arguments: digestArgs, status: 2,
        err:
            "kizuna: digest_dir 'digests' holds a note kizuna did not write (digests/2026-11-24.md); choose a "
            + "folder of its own\n",
        after: { #expect(contents($0 + "/digests/2026-11-24.md") == "my own plan\n") }),
    BadInput(
        name: "kizuna.yaml as a FIFO is an error, not a hang",
        files: ["people/hanako.md": person], status: 1,
        out: "kizuna.yaml:1:1: error: kizuna.yaml: is a FIFO (named pipe), not a file; not read\n"
            + "1 note, 1 person, 1 entry, 0 tasks: 1 error, 0 warnings\n",
        prepare: { try shell("mkfifo '\($0)/kizuna.yaml'") }),
    BadInput(
        name: "a FIFO named like a note is a warning",
        files: ["people/hanako.md": person], status: 0,
        out: "log/pipe.md:1:1: warning: is a FIFO (named pipe), not a file; not read\n"
            + "1 note, 1 person, 1 entry, 0 tasks: 0 errors, 1 warning\n",
        prepare: { try shell("mkdir -p '\($0)/log' && mkfifo '\($0)/log/pipe.md'") }),
    BadInput(
        name: "kizuna.yaml linked from outside is not applied",
        files: ["people/hanako.md": "---\nname: Tanaka Hanako\n---\n[[nobody]]\n"], status: 0,
        out: "kizuna.yaml:1:1: warning: symbolic link leads outside the journal or nowhere; not followed\n"
            + "people/hanako.md:4:1: warning: no person or note named 'nobody'\n"
            + "1 note, 1 person, 0 entries, 0 tasks: 0 errors, 2 warnings\n",
        prepare: {
            try shell("mkdir -p '\($0).outside' && printf 'language: ja\\n' > '\($0).outside/kizuna.yaml'")
            try shell("ln -s '\($0).outside/kizuna.yaml' '\($0)/kizuna.yaml'")
        }),
    BadInput(
        name: "100,000 unknown links on one line: quick, and 21 lines about them",
        files: ["log/a.md": (0..<100_000).map { "[[n\($0 % 7)]]" }.joined(separator: " ") + "\n"], status: 0,
        after: { _ in }),
    BadInput(
        name: "terminal escapes in a name are printed escaped",
        files: ["log/a.md": "# Met [[\u{1B}[2Jevil]]\n"], status: 0,
        out: "log/a.md:1:7: warning: no person or note named '\\u{1b}[2Jevil'\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 0 errors, 1 warning\n"),
    BadInput(
        name: "a file name with a line break cannot forge a line",
        files: ["log/a\n/x.md:1:1: error: forged.md": "[[nobody]]\n"], status: 0,
        out: "\"log/a\\u{a}/x.md:1:1: error: forged.md\":1:1: warning: no person or note named 'nobody'\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 0 errors, 1 warning\n"),
    BadInput(
        name: "a body made to cost cmark more memory than the limit is stopped there and not read",
        files: ["log/a.md": "---\ntags: x\n---\n" + String(repeating: "*a", count: 1_000_000)], status: 0,
        out: "log/a.md:4:1: warning: the body would take over 384 MiB to parse (brackets, emphasis marks and the "
            + "like by the hundred thousand), so it is not read\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 0 errors, 1 warning\n"),
    BadInput(
        name: "an ordinary note of 540,000 brackets is read: what cmark needs is measured, not guessed",
        files: ["people/p.md": "", "log/a.md": String(repeating: "- [ ] call [[p]]\n", count: 90_000)], status: 0,
        out: "2 notes, 1 person, 0 entries, 90000 tasks: 0 errors, 0 warnings\n"),
    BadInput(
        name: "a five-digit year is an error",
        files: ["log/a.md": "## 12026-01-01 Typo\n"], status: 1,
        out: "log/a.md:1:1: error: '12026-01-01' is not a real date; this heading is not read as an entry\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 1 error, 0 warnings\n"),
    BadInput(
        name: "a file name that is not UTF-8 is named as such",
        files: [:], status: 0,
        out: "log/caf\u{FFFD}.md:1:1: warning: the name is not valid UTF-8; rename it to read it\n"
            + "0 notes, 0 people, 0 entries, 0 tasks: 0 errors, 1 warning\n",
        prepare: { try shell("mkdir -p '\($0)/log' && printf '# x\\n' > \"$(printf '\($0)/log/caf\\351.md')\"") }),
    BadInput(
        name: "a folder linked into itself is read once",
        files: ["log/a.md": "## 2026-11-01 Tea\n"], status: 0,
        out: "1 note, 0 people, 1 entry, 0 tasks: 0 errors, 0 warnings\n",
        prepare: { try shell("ln -s .. '\($0)/log/loop'") }),
    BadInput(
        name: "a binary file named like a note is skipped with a warning",
        files: ["log/a.md": "abc\u{0}def"], status: 0,
        out: "log/a.md:1:1: warning: binary file (it holds NUL bytes); not read\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 0 errors, 1 warning\n"),
    BadInput(
        name: "a paragraph of 40,000 links written with entities and escapes is placed in one pass, not 40,000",
        files: [
            "log/a.md": "intro\n\n"
                + (Array(repeating: "[[a&amp;b]]", count: 20_000) + Array(repeating: #"[[c\|d]]"#, count: 20_000))
                .joined(separator: " ") + "\n"
        ], status: 0,
        out: String(repeating: "log/a.md:3:1: warning: no person or note named 'a&b'\n", count: 20)
            + "log/a.md:3:1: warning: 39980 more warnings like the one before in this note, not shown\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 0 errors, 40000 warnings\n"),
    BadInput(
        name: "an impossible date is an error at its heading",
        files: ["log/a.md": "intro\n\n### 2026-13-40 Lunch\n"], status: 1,
        out: "log/a.md:3:1: error: '2026-13-40' is not a real date; this heading is not read as an entry\n"
            + "1 note, 0 people, 0 entries, 0 tasks: 1 error, 0 warnings\n"),
]

@Suite(.serialized) struct BadInputCatalogueTests {
    @Test(arguments: catalogue)
    func eachBadInputGetsItsExactDiagnosticAndNothingElseBreaks(_ c: BadInput) throws {
        let dir = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: dir.path + ".outside") }
        for (path, text) in c.files { try dir.write(path, text) }
        try c.prepare(dir.path)
        let r = try run(
            "/usr/bin/timeout", ["60", packageRoot + "/.build/debug/kizuna"] + c.arguments + ["--journal", dir.path])
        #expect(r.status == c.status, "\(r.out)\(r.err)")
        if let out = c.out { #expect(r.out == out) }
        if let err = c.err { #expect(r.err == err) }
        try c.after(dir.path)
    }

    @Test func manyUnknownLinksOnOneLinePrintTwentyAndACount() throws {
        let dir = try Scratch()
        try dir.write("log/a.md", (0..<100_000).map { "[[n\($0 % 7)]]" }.joined(separator: " ") + "\n")
        let r = try kizuna(["check", "--journal", dir.path])
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 22)
        #expect(lines[20] == "log/a.md:1:141: warning: 99980 more warnings like the one before in this note, not shown")
        #expect(lines.allSatisfy { $0.count < 200 })
        let json = try kizuna(["check", "--format", "json", "--journal", dir.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["warnings"] as? Int == 100_000)
    }

    @Test func outputThatCannotBeWrittenExitsTwo() throws {
        for arguments in [["check"], ["digest", "--stdout"], ["graph"], ["list"]] {
            let r = try run(
                "/bin/sh",
                [
                    "-c",
                    "'\(packageRoot)/.build/debug/kizuna' \(arguments.joined(separator: " ")) "
                        + "--journal '\(samples)' > /dev/full",
                ])
            #expect(r.status == 2, "\(arguments)")
            #expect(r.err.contains("kizuna: cannot write to standard output"), "\(arguments)")
        }
    }

    @Test func staleTemporaryFilesAreRemovedAndFreshOnesKept() throws {
        let dir = try Scratch(copying: samples)
        try dir.write("digests/.2026-11-20.md.kizuna-AbC123", "half a digest")
        try dir.write("digests/.2026-11-21.md.kizuna-XyZ789", "a digest being written now")
        try shell("touch -d '10 minutes ago' '\(dir.path)/digests/.2026-11-20.md.kizuna-AbC123'")
        #expect(try kizuna(["digest", "--date", "2026-11-24", "--journal", dir.path]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/digests").sorted()
        #expect(left == [".2026-11-21.md.kizuna-XyZ789", "2026-11-24.md"])
    }

    @Test func commitRefusesAnIgnoredDigestFolderAndToleratesAStagedHandEdit() throws {
        let dir = try Scratch(copying: samples)
        _ = try git(["init", "-q"], in: dir.path)
        _ = try git(["add", "-A"], in: dir.path)
        _ = try git(["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "init"], in: dir.path)
        let env = [
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.com",
        ]
        #expect(try kizuna(digestArgs + ["--commit", "--journal", dir.path], environment: env).status == 0)
        try dir.write("digests/2026-11-24.md", try #require(dir.read("digests/2026-11-24.md")) + "hand edit\n")
        _ = try git(["add", "digests/2026-11-24.md"], in: dir.path)
        let again = try kizuna(digestArgs + ["--commit", "--journal", dir.path], environment: env)
        #expect(again.status == 0)
        #expect(again.err.hasSuffix("nothing to commit: digests/2026-11-24.md is as committed\n"))
        try dir.write(".gitignore", "digests/\n")
        let ignored = try kizuna(
            ["digest", "--date", "2026-11-25", "--commit", "--journal", dir.path], environment: env)
        #expect(ignored.status == 2)
        #expect(
            ignored.err.hasSuffix(
                "kizuna: --commit: digests/2026-11-25.md is ignored by git (see .gitignore); it was written but not "
                    + "committed\n"
            ))
    }
}
