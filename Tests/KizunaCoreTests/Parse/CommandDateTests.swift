import Testing
@testable import KizunaCore

/// Dates and lengths of time as people type them on the command line.
@Suite struct CommandDateTests {
    let today = Day(iso: "2026-12-05")!

    @Test(arguments: [
        ("2026-11-24", "2026-11-24"), ("2026/11/24", "2026-11-24"), ("2026年11月24日", "2026-11-24"),
        ("２０２６年１１月２４日", "2026-11-24"), ("11月24日", "2026-11-24"), ("11/24", "2026-11-24"),
        ("12月20日", "2025-12-20"), ("2月29日", "2024-02-29"), ("今日", "2026-12-05"), ("-2w", "2026-11-21"),
        ("2週間前", "2026-11-21"), ("3日前", "2026-12-02"), ("1ヶ月前", "2026-11-05"),
    ])
    func aDateLooksBack(typed: String, day: String) {
        #expect(CommandDate.parse(typed, today: today) == Day(iso: day))
    }

    /// Ahead (`snooze --until`), a month and a day is the next such day, today included.
    @Test(arguments: [
        ("12月20日", "2026-12-20"), ("12/5", "2026-12-05"), ("1月10日", "2027-01-10"), ("2/29", "2028-02-29"),
    ])
    func aMonthAndADayLooksAhead(typed: String, day: String) {
        #expect(CommandDate.parse(typed, today: today, ahead: true) == Day(iso: day))
    }

    @Test(arguments: [("2w", 14), ("3d", 3), ("0d", 0), ("2週間", 14), ("3ヶ月", 90), ("1か月", 30), ("10日", 10)])
    func aLengthOfTime(typed: String, days: Int) {
        #expect(CommandDate.duration(typed) == days)
    }

    @Test(arguments: ["someday", "13月1日", "2/30", "11/24/2026", "毎月", "月1回", "2026-02-30"])
    func notADate(typed: String) {
        #expect(CommandDate.parse(typed, today: today) == nil)
        #expect(CommandDate.duration(typed) == nil)
    }
}
