extension DateParser {
    /// Whether a note's name is a day's (`fileName`) or a period's, as periodic notes name theirs: a year
    /// (`2026`, `2026年`), a month (`2026-11`, `2026年11月`), a week (`2026-W48`) or a quarter (`2026-Q4`), each
    /// with a label in brackets after it or not; with one, `2023-47 (Week 47)` is a week.
    static func namesDayOrPeriod(_ name: String, format: DailyNoteFormat?) -> Bool {
        fileName(name, format: format) != nil || period(name) != nil
    }

    /// The year, and the month or week when it is one, of a note named as a year, a month or a week (`2026`,
    /// `2026年`, `2026-11`, `2026年11月`, `2026-W48`): what its headings' dates may leave out (`## 11/3(火)`,
    /// `## 3日(火)`). A quarter's note is none.
    static func notePeriod(_ name: String) -> NotePeriod? {
        switch period(name) {
        case (let year, .year)?: return NotePeriod(year: year)
        case (let year, .month(let month))?: return NotePeriod(year: year, month: month)
        case (let year, .week(let week))?: return NotePeriod(year: year, week: week)
        default: return nil
        }
    }

    struct NotePeriod: Equatable {
        var year: Int
        var month: Int? = nil
        var week: Int? = nil

        /// The day a month and a day name in this period: of its year, or in a week's note the one of the years
        /// around it that falls within ten days of the week (weeks are counted from Sunday or Monday, and the
        /// first may start in the year before).
        func day(month: Int, day: Int) -> Day? {
            guard let week, let first = Day(year: year, month: 1, day: 1) else {
                return Day(year: year, month: month, day: day)
            }
            let middle = first + 7 * (week - 1) + 3
            let near = (year - 1...year + 1).compactMap { Day(year: $0, month: month, day: day) }
            return near.min { abs($0 - middle) < abs($1 - middle) }.flatMap { abs($0 - middle) <= 10 ? $0 : nil }
        }
    }

    private enum Period { case year, month(Int), week(Int), quarter }

    /// The year and the kind of period a note's name is, as `namesDayOrPeriod` tells it.
    private static func period(_ name: String) -> (Int, Period)? {
        guard let first = name.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        var s = Array(name.unicodeScalars)
        let label = s.last == ")" ? s.lastIndex(of: "(").flatMap { $0 > 0 && s[$0 - 1] == " " ? $0 - 1 : nil } : nil
        if let label { s.removeSubrange(label...) }
        func number(_ r: Range<Int>, _ range: ClosedRange<Int>) -> Int? {
            guard r.upperBound <= s.count, r.allSatisfy({ ("0"..."9").contains(s[$0]) }),
                let n = Int(String(String.UnicodeScalarView(s[r]))), range.contains(n)
            else { return nil }
            return n
        }
        guard let year = number(0..<4, 1000...9999) else { return nil }
        let kind: Period?
        switch (s.count, s.count > 4 ? s[4] : " ") {
        case (4, _), (5, "年"): kind = .year
        case (7, "-") where s[5] == "Q": kind = number(6..<7, 1...4).map { _ in .quarter }
        case (7, "-") where label == nil: kind = number(5..<7, 1...12).map { .month($0) }
        case (7, "-"): kind = number(5..<7, 1...53).map { .week($0) }
        case (8, "-"): kind = s[5] == "W" ? number(6..<8, 1...53).map { .week($0) } : nil
        case (7, "年") where s[6] == "月", (8, "年") where s[7] == "月":
            kind = number(5..<(s.count - 1), 1...12).map { .month($0) }
        default: kind = nil
        }
        return kind.map { (year, $0) }
    }
}
