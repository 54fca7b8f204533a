/// A deadline a task's own words give, as person templates write next steps (`- [ ] Send the deck by 2026-12-10`,
/// `(Due: 2026-12-10)`, `2026年12月10日までに資料を送る`, `資料を送る(期限：2026-12-10)`): the task's due date when no
/// marker gives one.
enum TaskDeadline {
    /// The day written after `by`, `due` or `deadline` (in any case, a colon after them or not), after `期限`, `締切`,
    /// `締め切り` or `〆切`, or before `まで`, as a dated heading writes its day; nil for none.
    static func day(in text: String) -> Day? {
        var text = text
        return text.withUTF8 { afterWord($0) ?? beforeMade($0) }
    }

    /// The words a deadline's day follows.
    private static let words: [[UInt8]] = ["by", "due", "deadline", "期限", "締切", "締め切り", "〆切"].map { Array($0.utf8) }

    /// Whether a byte (an ASCII letter lowered) starts one of `words`: most of a task's bytes start none.
    private static let startsAWord: [Bool] = (0..<256).map { b in words.contains { $0[0] == UInt8(b) } }

    /// The day after one of `words`: an English one where a word starts (at the text's start, after a space or an
    /// opening parenthesis) and ends (a space or a colon after it).
    private static func afterWord(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        for i in u.indices where startsAWord[Int(u[i] | (u[i] < 0x80 ? 0x20 : 0))] {
            let english = i == 0 || u[i - 1] == 0x20 || u[i - 1] == UInt8(ascii: "(")
            for word in words where (english || word[0] >= 0x80) && u[i] | (word[0] < 0x80 ? 0x20 : 0) == word[0] {
                guard i + word.count < u.count, zip(u[i...], word).allSatisfy({ $0 | ($1 < 0x80 ? 0x20 : 0) == $1 })
                else { continue }
                var j = i + word.count
                if u[j] == UInt8(ascii: ":") {
                    j += 1
                } else if isFullWidthColon(u, at: j) {
                    j += 3
                } else if word[0] < 0x80, u[j] != 0x20 {
                    continue
                }
                let after = UnsafeBufferPointer(rebasing: u[j...])
                if case .date(let day, _, _) = DateParser.headingMatch(bytes: after) { return day }
            }
        }
        return nil
    }

    /// `まで` in UTF-8.
    private static let made: [UInt8] = Array("まで".utf8)

    /// The day written just before `まで`: the longest run of the bytes before it that is a day and nothing else.
    private static func beforeMade(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        var m = 0
        while m + made.count <= u.count {
            if u[m] == made[0], u[m..<(m + made.count)].elementsEqual(made) {
                // A day is at most `２０２６年１２月１０日(木)`: 3 bytes a character.
                for s in max(0, m - 48)..<m where u[s] & 0xC0 != 0x80 && (s == 0 || !isDigit(u[s - 1])) {
                    let before = UnsafeBufferPointer(rebasing: u[s..<m])
                    if case .date(let day, let rest, _) = DateParser.headingMatch(bytes: before), rest.isEmpty {
                        return day
                    }
                }
            }
            m += 1
        }
        return nil
    }

    private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
}
