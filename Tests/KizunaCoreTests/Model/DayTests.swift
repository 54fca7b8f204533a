import Testing

@testable import KizunaCore

/// `Day(iso:)` reads exactly ten bytes, digits with dashes at the fifth and eighth, from the text where it is.
@Suite struct ISODayTests {
    @Test func onlyTheExactFormIsADay() {
        #expect(Day(iso: "2026-11-24") == Day(year: 2026, month: 11, day: 24))
        #expect(Day(iso: "0001-01-01") == Day(year: 1, month: 1, day: 1))
        #expect(Day(iso: "2024-02-29") != nil)
        for text in [
            "2026-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-11-2", "2026-11-240", "2026/11/24",
            "2026-1-124", "20261-1-24", "２０２６-11-24", "2026-11-2a", "-026-11-24", "+026-11-24", " 2026-11-2", "",
            "2026-11-2/", "2026-1/-05", "2026-11-2:", "2026-1:-05",
        ] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        let line = "due 2026-11-24!"
        let slice = line.dropFirst(4).prefix(10)
        #expect(Day(iso: slice) == Day(year: 2026, month: 11, day: 24))
    }
}
