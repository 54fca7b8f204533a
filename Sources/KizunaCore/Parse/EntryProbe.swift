/// Questions the writing commands ask of text before they write it, answered by the same parser that reads notes.
public enum EntryProbe {
    /// The wikilink targets of one heading line, as the parser finds them.
    public static func headingLinks(_ heading: String, config: Config) -> [String] {
        let note = NoteParser.parse(SourceFile(path: "probe.md", text: heading + "\n"), config: config)
        guard let entry = note.entries.first else { return [] }
        return note.entryLinks[entry.headingLinks].compactMap {
            if case .name(let target) = $0.target { return target } else { return nil }
        }
    }

    /// How many dated headings a note has (read as a note whose name is not a date).
    public static func datedHeadings(_ bytes: [UInt8], config: Config) -> Int {
        NoteParser.parse(SourceFile(path: "probe.md", bytes: bytes), config: config).entries.count
    }
}
