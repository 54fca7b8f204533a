import Testing

@testable import KizunaCore

@Suite struct CSVContactsTests {
    /// Outlook writes a birthday in its user's order: month first in the US, day first in Britain (told by a first
    /// number over 12), year first in Japan. A year of two digits is no year kizuna can tell.
    @Test(
        arguments: [
            ("3/15/1980", "1980-03-15"), ("15/3/1980", "1980-03-15"), ("1980/3/15", "1980-03-15"),
            ("12/1/1990", "1990-12-01"), ("2/30/1980", nil), ("3/15/80", nil), ("March 15", nil),
        ] as [(String, String?)])
    func anOutlookBirthdayIsReadInItsUsersOrder(written: String, day: String?) {
        #expect(CSVContacts.outlookDay(written)?.description == day)
    }
}
