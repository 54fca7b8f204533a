/// A deadline a task's own words give, as person templates write next steps (`- [ ] Send the deck by 2026-12-10`,
/// `- [ ] 2026年12月10日までに資料を送る`): the task's due date when no marker gives one.
enum TaskDeadline {
    /// The day written after the word `by`, or before `まで`, as a dated heading writes its day; nil for none.
    static func day(in text: String) -> Day? {
        var text = text
        return text.withUTF8 { afterBy($0) ?? beforeMade($0) }
    }

    /// The day after `by` (in any case, at the text's start or after a space or an opening parenthesis).
    private static func afterBy(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        var i = 0
        while i + 3 < u.count {
            if u[i] | 0x20 == UInt8(ascii: "b"), u[i + 1] | 0x20 == UInt8(ascii: "y"), u[i + 2] == 0x20,
                i == 0 || u[i - 1] == 0x20 || u[i - 1] == UInt8(ascii: "(")
            {
                let after = UnsafeBufferPointer(rebasing: u[(i + 3)...])
                if case .date(let day, _, _) = DateParser.headingMatch(bytes: after) { return day }
            }
            i += 1
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
