import Foundation

/// What an Obsidian vault's settings (`.obsidian/`) tell the loader: folders that hold no notes, excluded files, the
/// contacts plugin's folder, the daily notes' names and template, the attachment folder, Metadata Menu's class key, the
/// Tasks plugin's statuses.
extension JournalLoader {
    /// The folders of notes that are not notes an Obsidian vault names, each inside it: the template folders of the
    /// core plugin (`.obsidian/templates.json`) and of Templater (`templates_folder` in its `data.json`), and
    /// Excalidraw's scripts, JavaScript kept in `.md` files (`scriptFolderPath`).
    static func obsidianSkippedFolders(_ root: String) -> [String] {
        let core = obsidianFolder(root, "templates.json", "folder", limit: 65_536)?.path
        let templater = obsidianFolder(
            root, "plugins/templater-obsidian/data.json", "templates_folder", limit: 1_048_576)?.path
        let scripts = obsidianFolder(
            root, "plugins/obsidian-excalidraw-plugin/data.json", "scriptFolderPath", limit: 8_388_608)?.path
        return [core, templater, scripts].compactMap { $0 }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The files an Obsidian vault excludes (Excluded files, `userIgnoreFilters` in `.obsidian/app.json`) as
    /// `ignore` globs: Obsidian excludes each path that starts with a filter (`Archive/`, `_old`, `README.md`); a
    /// filter written as a regular expression (`/^work\/C-/`) or holding a glob's wildcards is not read.
    static func obsidianExcludedFiles(_ root: String) -> [String] {
        let filters = obsidianSettings(root, "app.json")?["userIgnoreFilters"] as? [Any] ?? []
        return filters.compactMap { $0 as? String }.compactMap { filter in
            guard !filter.isEmpty, !filter.hasPrefix("/"), !filter.contains(where: { "*?[]{}\\".contains($0) }),
                !filter.split(separator: "/").contains("..")
            else { return nil }
            // Anchored at the root, and `*` for "starts with".
            return "/" + filter + "*"
        }
    }

    /// The folder an Obsidian contacts plugin keeps its contacts in (`contactsFolder` of VCF Contacts, else of
    /// Contacts, else of Friend Tracker); nil when none names one below the vault's root.
    static func obsidianContactsFolder(_ root: String) -> String? {
        for plugin in ["vcf-contacts", "obsidian-contacts", "friend-tracker"] {
            if let (path, _) = obsidianFolder(root, "plugins/\(plugin)/data.json", "contactsFolder", limit: 1_048_576) {
                return path
            }
        }
        return nil
    }

    /// The key the Metadata Menu plugin names a note's class with (`fileClassAlias`), as kizuna reads keys; nil when
    /// the vault does not set one.
    static func obsidianClassKey(_ root: String) -> String? {
        let alias = (obsidianSettings(root, "plugins/metadata-menu/data.json")?["fileClassAlias"] as? String)?
            .trimmingSpaces()
        return alias.flatMap { $0.isEmpty ? nil : YAMLValue.keyAsWritten($0) }
    }

    /// What an Obsidian vault's daily notes settings say, each file read once: the Periodic Notes plugin's when it
    /// makes daily notes, else the core plugin's (`.obsidian/daily-notes.json`).
    /// - `format`: the daily notes' file name: the Periodic Notes plugin's when it sets one, else the core plugin's;
    ///   nil when neither sets one kizuna can read.
    /// - `template`: whether the daily notes are made from a template.
    /// - `newNote`: where and how Obsidian makes a new daily note, as a moment pattern of its path from the vault's
    ///   root (`[Journal]/YYYY/MM/YYYY-MM-DD`), the core plugin's only while it is on (the format `YYYY-MM-DD` when
    ///   not set, the folder the vault's root); nil when neither makes daily notes, or the folder leads outside the
    ///   vault.
    static func obsidianDailyNotes(_ root: String) -> (format: DailyNoteFormat?, template: Bool, newNote: String?) {
        let daily = obsidianSettings(root, "plugins/periodic-notes/data.json")?["daily"] as? [String: Any]
        let periodic = daily?["enabled"] as? Bool == true ? daily : nil
        let core = obsidianSettings(root, "daily-notes.json")
        let template = ((periodic ?? core)?["template"] as? String).map { !$0.trimmingSpaces().isEmpty } ?? false
        let making = periodic ?? core.flatMap { obsidianCorePluginIsOn(root, "daily-notes") ? $0 : nil }
        return (
            (dailyFormat(periodic) ?? dailyFormat(core)).flatMap { DailyNoteFormat(moment: $0) }, template,
            making.flatMap { newDailyNote($0) }
        )
    }

    /// A new daily note's path as a moment pattern, from the settings that make daily notes: their folder quoted,
    /// then their format (`YYYY-MM-DD` when not set); nil when the folder leads outside the vault.
    private static func newDailyNote(_ settings: [String: Any]) -> String? {
        // A folder is quoted in the pattern, which a bracket in its name would end.
        guard let folder = folderParts(settings["folder"] as? String ?? ""),
            !folder.contains(where: { $0.contains("[") || $0.contains("]") })
        else { return nil }
        return (folder.map { "[" + $0 + "]" } + [dailyFormat(settings) ?? "YYYY-MM-DD"]).joined(separator: "/")
    }

    /// The daily notes' format the settings write, nil when they write none.
    private static func dailyFormat(_ settings: [String: Any]?) -> String? {
        (settings?["format"] as? String).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What the symbols in task boxes say in a vault whose Tasks plugin is on (`.obsidian/community-plugins.json`
    /// lists it): the statuses its `data.json` defines (`statusSettings`), and the plugin's reading of any other
    /// symbol; nil when the plugin is not on.
    static func obsidianTaskStatuses(_ root: String) -> TaskStatuses? {
        guard let bytes = settingsFile(root + "/.obsidian/community-plugins.json", limit: 1_048_576),
            let on = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [Any],
            on.contains(where: { $0 as? String == "obsidian-tasks-plugin" })
        else { return nil }
        let settings =
            obsidianSettings(root, "plugins/obsidian-tasks-plugin/data.json", limit: 8_388_608)?["statusSettings"]
            as? [String: Any]
        let statuses = ["coreStatuses", "customStatuses"].flatMap { settings?[$0] as? [Any] ?? [] }
        return .tasksPlugin(
            statuses.compactMap { status in
                guard let status = status as? [String: Any], let symbol = status["symbol"] as? String,
                    let type = status["type"] as? String
                else { return nil }
                return (symbol, type)
            })
    }

    /// Whether a core plugin is on: `.obsidian/core-plugins.json` lists it (an older vault's list of names) or
    /// marks it `true`; a vault with no such file keeps the plugins Obsidian turns on at first, daily notes among them.
    private static func obsidianCorePluginIsOn(_ root: String, _ name: String) -> Bool {
        guard let bytes = settingsFile(root + "/.obsidian/core-plugins.json", limit: 1_048_576),
            let value = try? JSONSerialization.jsonObject(with: Data(bytes))
        else { return true }
        if let names = value as? [String] { return names.contains(name) }
        return (value as? [String: Any])?[name] as? Bool ?? true
    }

    /// The attachment folder `.obsidian/app.json` names (`attachmentFolderPath`): a folder from the vault's root,
    /// or (`./name`) a folder of that name beside each note; nil for the root itself or a note's own folder, which
    /// are read anyway.
    static func obsidianAttachmentFolder(_ root: String) -> Walker.Attachments? {
        guard let (path, written) = obsidianFolder(root, "app.json", "attachmentFolderPath", limit: 1_048_576) else {
            return nil
        }
        return written.hasPrefix("./") ? .besideEachNote(path) : .fromRoot(path)
    }

    /// Whether the vault writes links as markdown links (`useMarkdownLinks` in `.obsidian/app.json`: "Use
    /// [[Wikilinks]]" turned off).
    static func obsidianUsesMarkdownLinks(_ root: String) -> Bool {
        obsidianSettings(root, "app.json")?["useMarkdownLinks"] as? Bool ?? false
    }

    /// The folder an Obsidian setting names (`key` in `.obsidian/<file>`, a file under `limit` bytes): as a path
    /// inside the vault without `.` parts, and as written; nil when there is none or it leads outside.
    private static func obsidianFolder(_ root: String, _ file: String, _ key: String, limit: Int)
        -> (path: String, written: String)?
    {
        guard let folder = obsidianSettings(root, file, limit: limit)?[key] as? String,
            let parts = folderParts(folder), !parts.isEmpty
        else { return nil }
        return (parts.joined(separator: "/"), folder)
    }

    /// The folders of a path a setting writes, without empty and `.` parts (none for the vault's root); nil when it
    /// leads outside the vault.
    private static func folderParts(_ written: String) -> [Substring]? {
        let parts = written.split(separator: "/").filter { !$0.isEmpty && $0 != "." }
        return parts.contains("..") ? nil : parts
    }

    /// The settings in `.obsidian/<file>`, a JSON object under `limit` bytes; nil when there is none.
    private static func obsidianSettings(_ root: String, _ file: String, limit: Int = 1_048_576) -> [String: Any]? {
        guard let bytes = settingsFile(root + "/.obsidian/" + file, limit: limit) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    }
}
