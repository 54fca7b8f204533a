import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna digest`: the nightly job.
struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Write the digest for a day: whom to reach out to and why, next steps, introductions, warm paths.",
        discussion: """
            Writes <digest_dir>/<date>.md (or .json, .html) atomically. Exit status: 0 when the digest was produced \
            (even if notes have mistakes), 2 when the journal cannot be read or the digest cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json, html }

    @OptionGroup var options: JournalOption

    @Option(
        help: ArgumentHelp("The digest date, YYYY-MM-DD (default: today in the local time zone).", valueName: "date"))
    var date: String?

    @Option(help: "Output format: md, json or html (one page with a picture of the network, drawn by Graphviz).")
    var format: Format = .md

    @Flag(help: "Print the digest instead of writing it.")
    var stdout = false

    @Flag(help: "Commit the digest file (and nothing else) with the message 'digest YYYY-MM-DD' when it changed.")
    var commit = false

    func validate() throws {
        if let date, Day(iso: date) == nil {
            throw ValidationError("--date must be a real date as YYYY-MM-DD, not '\(date)'")
        }
        if stdout && commit { throw ValidationError("--commit writes a file; it cannot be used with --stdout") }
    }

    func run() throws {
        let day = date.flatMap { Day(iso: $0) } ?? localToday()
        let (root, journal) = try readJournal(options)
        let clock = stageClock()
        // The notes' mistakes go to standard error while the digest is worked out and written: they need only the
        // journal, and on a journal with thousands of them the two take about as long. Both show the same list.
        let shown = DiagnosticLimit.shown(journal.diagnostics)
        let warnings = DispatchGroup()
        if !shown.isEmpty {
            DispatchQueue.global().async(group: warnings) { printDiagnostics(shown, journal.config.language) }
        }
        let digest = KizunaCore.Digest(journal: journal, date: day, notesToFix: shown)
        clock.lap("analyze (2 cores)")
        keepUntilExit(journal, digest)
        /// Says why the digest cannot be made, after the notes' mistakes, and stops.
        func fail(_ message: String) -> ExitCode {
            warnings.wait()
            printError("kizuna: " + message)
            return ExitCode(2)
        }
        var html = ""
        if format == .html {
            do { html = try page(digest) } catch { throw fail("cannot render the page: \(error)") }
        }
        /// The digest, handed to `put` a piece at a time: JSON is written as it is made, so the whole text is never
        /// held (on a large journal it runs to megabytes).
        func render(_ put: (UnsafeBufferPointer<UInt8>) -> Void) {
            switch format {
            case .md: Array(DigestMarkdown(digest).render().utf8).withUnsafeBufferPointer(put)
            case .json: DigestJSON(digest).render(to: put)
            case .html: Array(html.utf8).withUnsafeBufferPointer(put)
            }
        }
        if stdout {
            render { writeStandardOutput($0) }
            warnings.wait()
            clock.lap("render")
            return
        }
        let relative = journal.config.digestDir + "/" + day.description + "." + format.rawValue
        let path = root + "/" + relative
        if let problem = DigestTarget.problem(root: root, config: journal.config, file: relative) {
            throw fail(problem.text(journal.config.language))
        }
        let outcome: AtomicWriter.Outcome
        do {
            outcome = try AtomicWriter.write(to: path, render)
        } catch {
            throw fail("\(error)")
        }
        warnings.wait()
        clock.lap("render")
        printSummary(relative, outcome, digest, journal)
        if commit {
            try commitDigest(root: root, relative: relative, day: day, japanese: journal.config.language == .ja)
        }
    }

    /// The line that says what was written, after the notes' mistakes.
    func printSummary(
        _ relative: String, _ outcome: AtomicWriter.Outcome, _ digest: KizunaCore.Digest, _ journal: Journal
    ) {
        let reach = digest.stats.due
        if journal.config.language == .ja {
            printError(
                "\(relative) を\(outcome == .written ? "書き出しました" : "変更しませんでした(内容が同じ)"): 連絡 \(reach) 人、"
                    + "フォローアップ \(digest.followUp.count) 人、次の一歩 \(digest.nextSteps.count) 件。"
                    + "メモのエラー \(journal.errorCount) 件、警告 \(journal.warningCount) 件")
        } else {
            printError(
                "\(outcome == .written ? "wrote" : "unchanged") \(relative): \(reach) to reach out to, "
                    + "\(digest.followUp.count) to follow up, \(digest.nextSteps.count) next steps; "
                    + "\(journal.errorCount) errors and \(journal.warningCount) warnings in notes")
        }
    }

    /// The HTML page, with the picture when Graphviz can draw it.
    func page(_ digest: KizunaCore.Digest) throws -> String {
        try DigestHTML(digest, picture: Graphviz.svg(DigestHTML.pictureDOT(digest))).render()
    }

    /// Commits only the digest file, leaving anything else staged as it was.
    func commitDigest(root: String, relative: String, day: Day, japanese: Bool) throws {
        func say(_ en: String, _ ja: String) { printError(japanese ? ja : en) }
        guard git(["rev-parse", "--is-inside-work-tree"], in: root).status == 0 else {
            say("kizuna: --commit: \(root) is not in a git repository", "kizuna: --commit: \(root) は git リポジトリではありません")
            throw ExitCode(2)
        }
        if git(["check-ignore", "-q", "--", relative], in: root).status == 0 {
            say(
                "kizuna: --commit: \(relative) is ignored by git (see .gitignore); it was written but not committed",
                "kizuna: --commit: \(relative) は git で無視されています(.gitignore)。書き出しましたがコミットしていません")
            throw ExitCode(2)
        }
        let status = git(["status", "--porcelain", "--", relative], in: root)
        guard !status.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            say("nothing to commit: \(relative) is unchanged", "コミットするものはありません: \(relative) は変わっていません")
            return
        }
        let add = git(["add", "--", relative], in: root)
        // A hand edit staged earlier is replaced by the digest; the file may then be as committed.
        if add.status == 0, git(["diff", "--cached", "--quiet", "--", relative], in: root).status == 0 {
            say("nothing to commit: \(relative) is as committed", "コミットするものはありません: \(relative) はコミット済みの内容と同じです")
            return
        }
        let result =
            add.status == 0
            ? git(["commit", "--quiet", "--only", "-m", "digest \(day)", "--", relative], in: root) : add
        guard result.status == 0 else {
            say("kizuna: --commit: git failed: \(result.output)", "kizuna: --commit: git が失敗しました: \(result.output)")
            throw ExitCode(2)
        }
        say("committed \(relative)", "\(relative) をコミットしました")
    }

    func git(_ arguments: [String], in dir: String) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", dir] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "cannot run git: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
