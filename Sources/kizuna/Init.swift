import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna init`: a new journal.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new journal: kizuna.yaml with every default written out, people/, log/ and a README.")

    @Argument(help: "The folder (default: the current one); created when missing.")
    var path: String?

    @Option(help: "Your name, the centre of the relationship graph.")
    var owner: String?

    @Option(help: "The language of digests and messages: en or ja.")
    var language: Language = .en

    func run() throws {
        let root = JournalLoader.absolute(path ?? ".", cwd: FileManager.default.currentDirectoryPath)
        let say = Say(language: language)
        if FileManager.default.fileExists(atPath: root + "/" + Config.fileName) {
            throw refuse(
                say, "\(root)/\(Config.fileName) already exists; nothing was changed",
                "\(root)/\(Config.fileName) はすでにあります。何も変更していません")
        }
        // A folder the vault already keeps its people in is the people folder, not a second one beside it.
        let kept = JournalLoader.keptPeopleFolder(in: root)
        // A Dendron workspace keeps its people as user notes and its days in its journal: no folders of kizuna's.
        let dendron = FileManager.default.fileExists(atPath: root + "/" + DendronWorkspace.fileName)
        // A Denote folder's people are notes whose keywords say so, beside the others: no folders of kizuna's either.
        let denote = !dendron && JournalLoader.keepsDenoteNotes(in: root)
        let own = !dendron && !denote
        var made = [Config.fileName]
        do {
            try NoteWriter.create(
                root + "/" + Config.fileName,
                bytes: Array(
                    NewNotes.settings(
                        owner: owner, language: language, peopleDir: own ? kept ?? "people" : nil,
                        whereInstead: denote
                            ? "here a note whose keywords hold `person` is a person's"
                            : "here the workspace's user notes are its people"
                    )
                    .utf8))
            for folder in (kept == nil ? ["people"] : []) + ["log"]
            where own && !FileManager.default.fileExists(atPath: root + "/" + folder) {
                try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
                made.append(folder + "/")
            }
            // A vault's own README, whatever its case (`readme.md`), is kept as the only one.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            if own, !names.contains(where: { $0.lowercased() == "readme.md" }) {
                try NoteWriter.create(root + "/README.md", bytes: Array(NewNotes.readme(language: language).utf8))
                made.append("README.md")
            }
        } catch {
            printError("kizuna: \(error)")
            throw ExitCode(2)
        }
        say(
            "created a journal in \(root): \(made.joined(separator: ", "))"
                + (kept.map { " (people_dir: \($0), the folder already there)" } ?? "")
                + (dendron ? " (a Dendron workspace: its user notes are people, its daily journal your days)" : "")
                + (denote ? " (notes Denote names: those whose keywords hold `person` are people)" : ""),
            "\(root) にジャーナルを作りました: \(made.joined(separator: "、"))"
                + (kept.map { "(people_dir: \($0)、すでにあるフォルダー)" } ?? "")
                + (dendron ? "(Dendron のワークスペース: ユーザーノートが人物、デイリージャーナルが日々の記録です)" : "")
                + (denote ? "(Denote の名前のメモ: キーワードに `person` を持つメモが人物です)" : ""))
    }
}

extension Language: ExpressibleByArgument {}
