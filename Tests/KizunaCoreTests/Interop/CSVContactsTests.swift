import Testing

@testable import KizunaCore

@Suite struct CSVContactsTests {
    /// An export's bytes are UTF-8 when they are (a BOM before them or not), UTF-16 after its BOM, else Shift_JIS or
    /// Windows-1252: accented letters that Shift_JIS could also read (`Hélène`) are Western, kanji and kana Japanese.
    @Test func anExportsTextIsReadInItsEncoding() {
        #expect(CSVContacts.text(of: [0xEF, 0xBB, 0xBF] + Array("Name,佐藤".utf8)) == "\u{FEFF}Name,佐藤")
        #expect(CSVContacts.text(of: [0xFF, 0xFE, 0x50, 0x4F, 0x2C, 0x00]) == "佐,")
        #expect(CSVContacts.text(of: [0x8D, 0xB2, 0x93, 0xA1, 0x2C]) == "佐藤,")
        #expect(CSVContacts.text(of: [0x41, 0xE9, 0x41, 0x2C]) == "AéA,")
        #expect(CSVContacts.text(of: [0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65]) == "Hélène")
        #expect(CSVContacts.text(of: [0x93, 0x63, 0x92, 0x86, 0x2C, 0x83, 0x57, 0x83, 0x87, 0x83, 0x93]) == "田中,ジョン")
        #expect(CSVContacts.text(of: [0xC0, 0xE0]) == "Àà")
    }

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

    /// An export saved with CRLF line ends (as Windows writes them) is read as one with LF: LinkedIn's notes above
    /// its header are passed over, and every row is a contact.
    @Test func anExportWithCRLFLineEndsIsReadAsOneWithLF() {
        let csv =
            "Notes:\r\n\"When exporting your connection data, you may notice...\"\r\n\r\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Ken,Sato,https://www.linkedin.com/in/ksato,,Acme,CTO,03 Nov 2025\r\n"
            + "Mei,Tanaka,https://www.linkedin.com/in/mtanaka,,Kumo,PM,04 Nov 2025\r\n"
        let (contacts, diagnostics) = CSVContacts.read(csv, path: "Connections.csv")
        #expect(diagnostics.isEmpty)
        #expect(contacts.map(\.name) == ["Ken Sato", "Mei Tanaka"])
        #expect(
            contacts == CSVContacts.read(csv.replacingOccurrences(of: "\r\n", with: "\n"), path: "Connections.csv").0)
    }

    /// Google's export of 2024 names a value's place in a "- Label" column where the older one had "- Type", and
    /// keeps messengers as "IM 1 - Service" and "IM 1 - Value": the place names the key, the service the handle's.
    @Test func googlesLabelsNameThePlaceAndItsMessengersAreHandles() {
        let csv =
            "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
            + "IM 1 - Label,IM 1 - Service,IM 1 - Value,IM 2 - Label,IM 2 - Service,IM 2 - Value\n"
            + "健,佐藤,* Home,ken@example.jp,Mobile,090-1111-2222,Home,Skype,ken.sato,,Google Talk,ken@gmail.com\n"
        let (contacts, diagnostics) = CSVContacts.read(csv, path: "contacts.csv")
        #expect(diagnostics.isEmpty)
        #expect(
            contacts.first?.contactLines.map { "\($0.key) \($0.value)" } == [
                "home_email ken@example.jp", "mobile 090-1111-2222", "skype ken.sato", "googletalk ken@gmail.com",
            ])
    }
}
