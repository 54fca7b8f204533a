import Foundation

/// What a Logseq graph (a journal with `logseq/config.edn`) says of its notes: how a journal page's title is
/// written, and how a page's name is written as a file name.
public struct LogseqGraph: Sendable, Equatable {
    /// The title of a journal page (`:journal/page-title-format`, `MMM do, yyyy` unless set): a link so written
    /// names that day's journal page, which Logseq makes when it is linked.
    public var journalTitle: DailyNoteFormat?
    /// Whether a file name writes a page name's `/` as `___` (`:file/name-format :triple-lowbar`); before it, Logseq
    /// wrote `/` as `.`, which cannot be told from a dot of the name.
    public var tripleLowbar: Bool

    /// The day a journal page's title names: in the graph's format, or as Roam titles its days (`March 24th, 2020`),
    /// as a graph imported from Roam links them.
    public func day(ofTitle title: String) -> Day? {
        journalTitle?.day(of: title) ?? LogseqGraph.roamTitle?.day(of: title)
    }

    /// Roam's title of a day's page.
    static let roamTitle = DailyNoteFormat(dateFns: "MMMM do, yyyy")

    /// The folder of the graph's settings, backups and versions of pages: not notes.
    static let folder = "logseq"

    /// The settings of the graph at `root`, or nil when it is not one; read from a settings file under `limit`
    /// bytes.
    static func read(root: String, limit: Int = 1_048_576) -> LogseqGraph? {
        let path = root + "/" + folder + "/config.edn"
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { return nil }
        return LogseqGraph(configText: JournalLoader.settingsFile(path, limit: limit) ?? [])
    }

    /// What the text of a graph's `config.edn` says.
    public init(configText: [UInt8]) {
        let settings = EDNSettings(configText)
        journalTitle = DailyNoteFormat(dateFns: settings.string(":journal/page-title-format") ?? "MMM do, yyyy")
        tripleLowbar = settings.keyword(":file/name-format") == ":triple-lowbar"
    }

    /// The page name a file's name (without `.md`) stands for when Logseq wrote it otherwise than the name (`%3A`
    /// for `:`, `___` for `/`); nil when it is the name itself. Escapes that are not valid UTF-8 are left as written.
    public func pageName(ofStem stem: String) -> String? {
        // Asked of every note of the graph: most names hold neither escape.
        guard stem.holdsByte(UInt8(ascii: "%")) || (tripleLowbar && stem.contains("___")) else { return nil }
        let named = tripleLowbar ? stem.replacingOccurrences(of: "___", with: "/") : stem
        let decoded = named.removingPercentEncoding ?? named
        return decoded == stem ? nil : decoded
    }
}

/// The settings of an EDN map (Logseq's `config.edn`), read as far as kizuna needs: the value a keyword is first
/// given, at any depth, when it is a string or a keyword. Comments (`;` to the line's end) and strings are passed
/// over whole, so a setting commented out is not read. No EDN reader is among the packages kizuna builds with.
struct EDNSettings {
    private var values: [String: String] = [:]

    init(_ text: [UInt8]) {
        var tokens: [String] = []
        var i = 0
        let n = text.count
        while i < n {
            let c = text[i]
            if c == UInt8(ascii: ";") {
                while i < n, text[i] != 0x0A { i += 1 }
            } else if c == UInt8(ascii: "\"") {
                var j = i + 1
                var bytes: [UInt8] = []
                while j < n, text[j] != UInt8(ascii: "\"") {
                    if text[j] == UInt8(ascii: "\\"), j + 1 < n { j += 1 }
                    bytes.append(text[j])
                    j += 1
                }
                tokens.append("\"" + String(decoding: bytes, as: UTF8.self))
                i = j + 1
            } else if EDNSettings.separates(c) {
                i += 1
            } else {
                var j = i
                while j < n, !EDNSettings.separates(text[j]), text[j] != UInt8(ascii: ";") { j += 1 }
                tokens.append(String(decoding: text[i..<j], as: UTF8.self))
                i = j
            }
        }
        // A keyword followed by its value; a keyword written twice keeps its first.
        for k in tokens.indices.dropLast() where tokens[k].hasPrefix(":") && values[tokens[k]] == nil {
            values[tokens[k]] = tokens[k + 1]
        }
    }

    /// Whether a byte ends a token: white space, EDN's comma, or a bracket.
    private static func separates(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",")
            || "{}[]()".utf8.contains(c)
    }

    /// The string a keyword is set to.
    func string(_ key: String) -> String? {
        values[key].flatMap { $0.hasPrefix("\"") ? String($0.dropFirst()) : nil }
    }

    /// The keyword a keyword is set to.
    func keyword(_ key: String) -> String? {
        values[key].flatMap { $0.hasPrefix(":") ? $0 : nil }
    }
}
