import Foundation

/// A Dendron workspace's links in the editor: the target after the bar, and user tags (`@name`).
extension LanguageServer {
    /// The target of a Dendron link's inner text (`label|dendron://vault/target#heading`), as the scanner reads it.
    static func dendronTarget(_ inner: Substring) -> Substring {
        let range = InlineScanner.parseWikiLink(String(inner), reading: .dendron).targetRange
        let u = inner.utf8
        return inner[
            u.index(u.startIndex, offsetBy: range.lowerBound)..<u.index(u.startIndex, offsetBy: range.upperBound)]
    }

    /// The user tag (`@name`, after white space) around a character offset of a line, as a link to `user.name`.
    func userTag(in text: LSPText, line: Int, character: Int) -> FoundLink? {
        let (s, index) = text.characterIndex(line: line, offset: character)
        func isName(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." }
        var start = index
        if start < s.endIndex, s[start] == "@" { start = s.index(after: start) }
        while start > s.startIndex, isName(s[s.index(before: start)]) { start = s.index(before: start) }
        guard start > s.startIndex, s[s.index(before: start)] == "@" else { return nil }
        let at = s.index(before: start)
        guard at == s.startIndex || s[s.index(before: at)].isWhitespace else { return nil }
        var end = start
        while end < s.endIndex, isName(s[end]) { end = s.index(after: end) }
        // A sentence's closing dot is not the name's.
        while end > start, s[s.index(before: end)] == "." { end = s.index(before: end) }
        guard end > start, index <= end else { return nil }
        let whole = LSPText.range(line, text.offset(line: line, index: at), line, text.offset(line: line, index: end))
        let name = LSPText.range(line, text.offset(line: line, index: start), line, text.offset(line: line, index: end))
        return ("user." + s[start..<end], whole, name, false, true)
    }

    /// What a fix writes in a Dendron link for a person whose note is `stem`: the note's name, by which Dendron
    /// finds it; in a user tag the name after `user.`, nil when the person is no user note. A bare link
    /// (`[[花子さん]]`) keeps showing what it showed, as its label.
    static func dendronFix(_ stem: String, for link: FoundLink) -> String? {
        guard link.userTag else { return link.bare ? link.target + "|" + stem : stem }
        return DendronWorkspace.isUserNote(stem) ? String(stem.dropFirst(5)) : nil
    }
}
