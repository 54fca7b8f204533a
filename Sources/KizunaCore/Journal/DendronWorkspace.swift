import Foundation

/// What a Dendron workspace (a journal with `dendron.yml` at its root) says of its notes: links are written
/// `[[label|target]]`, people are the notes of the `user.` hierarchy, and a day's journal note is named
/// `daily.journal.2026.11.24` unless the workspace's `journal` settings say otherwise.
public struct DendronWorkspace: Sendable {
    public static let fileName = "dendron.yml"

    /// The name of the workspace's daily journal notes: `dailyDomain`, `name` and `dateFormat` (a Luxon pattern),
    /// joined with dots, as Dendron names them.
    public var dailyNoteFormat: DailyNoteFormat?
    /// The folder of the workspace's first vault (`fsPath`), where a new user note goes; the root when none is listed.
    public var vault = ""

    /// The settings of the workspace at `root`, or nil when it is not one; read from a settings file under `limit`
    /// bytes (one that cannot be read gives the defaults).
    static func read(root: String, limit: Int = 1_048_576) -> DendronWorkspace? {
        let path = root + "/" + fileName
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return nil
        }
        let text = JournalLoader.settingsFile(path, limit: limit).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return DendronWorkspace(settingsText: text)
    }

    /// What the text of a workspace's `dendron.yml` says.
    public init(settingsText: String) {
        let settings = (try? YAMLReader.read(settingsText).get()) ?? nil
        // Version 5 keeps the journal's settings under `workspace`; earlier versions at the top.
        let journal = settings?["workspace"]?["journal"] ?? settings?["journal"]
        let domain = journal?["dailyDomain"]?.string ?? "daily"
        let name = journal?["name"]?.string ?? "journal"
        let format = journal?["dateFormat"]?.string ?? "y.MM.dd"
        // The domain and name are text of the pattern, quoted as Luxon quotes it.
        let prefix = "\(domain).\(name).".replacingOccurrences(of: "'", with: "''")
        dailyNoteFormat = DailyNoteFormat(luxon: "'\(prefix)'" + format)
        let vaults = settings?["workspace"]?["vaults"] ?? settings?["vaults"]
        if case .sequence(let listed, _, _) = vaults, let path = listed.first?["fsPath"]?.string {
            vault = path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        }
    }

    /// Whether a note's name (without `.md`) is a person's: a note under `user.` (Dendron's user notes, which
    /// `@name` tags link to), not the hierarchy's own note.
    static func isUserNote(_ stem: String) -> Bool {
        stem.hasPrefix("user.") && stem.utf8.count > 5
    }
}
