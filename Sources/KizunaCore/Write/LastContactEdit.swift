extension NoteEdit {
    /// The note with the day its front matter says the person was last in touch (`last_contact:` and the keys
    /// templates name it with, at `mark`) moved on to `day`, when `day` is later: only the date's characters change,
    /// so quotes, a link to the day's note and a comment stay. Nil when there is nothing to move, or the line does
    /// not hold the date as `YYYY-MM-DD` once.
    public static func movingLastContact(to day: Day, at mark: PersonFields.Mark?, in note: [UInt8]) -> [UInt8]? {
        guard let mark, day > mark.day else { return nil }
        let all = lines(note)
        let line = Int(mark.line)
        guard line >= 1, line <= all.count else { return nil }
        let old = Array(mark.day.description.utf8)
        let text = Array(note[all[line - 1]])
        let starts = text.indices.filter { text[$0...].starts(with: old) }
        guard starts.count == 1, let at = starts.first else { return nil }
        let start = all[line - 1].lowerBound + at
        return Array(note[..<start]) + Array(day.description.utf8) + Array(note[(start + old.count)...])
    }
}
