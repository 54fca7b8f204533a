import Foundation
import SwiftCSV

/// Reads LinkedIn's `Connections.csv`, Google Contacts' CSV export and Outlook's (which Google also writes, as
/// "Outlook CSV"), told apart by their header line.
public enum CSVContacts {
    /// The text of an export's bytes: UTF-8 (with its BOM or without), or UTF-16 with its BOM; else, as Windows
    /// programs write CSV in the system's code page (Excel saving a file, Outlook exporting): Shift_JIS (a Japanese
    /// Windows') or Windows-1252 (a Western one's), whichever reads it; when both do, Windows-1252 if what it reads
    /// above ASCII is letters (`é`, `ü`), as Shift_JIS read so gives marks (`“c’†` for 田中).
    public static func text(of bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let data = Data(bytes)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            return text
        }
        let japanese = String(data: data, encoding: .shiftJIS), western = String(data: data, encoding: .windowsCP1252)
        if let japanese, let western {
            let high = western.unicodeScalars.filter { !$0.isASCII }
            return high.count(where: \.properties.isAlphabetic) * 10 >= high.count * 9 ? western : japanese
        }
        return japanese ?? western ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Which export a CSV text is, from its header; nil for neither.
    public static func kind(_ text: String) -> Kind? {
        guard let header = headerLine(text) else { return nil }
        return header.kind
    }

    public enum Kind: String, Sendable { case linkedIn = "LinkedIn", google = "Google Contacts", outlook = "Outlook" }

    /// LinkedIn writes notes above the header; the header is the first line that names the columns it knows.
    private static func headerLine(_ text: String) -> (index: Int, kind: Kind)? {
        let lines = text.lines()
        for (i, line) in lines.prefix(20).enumerated() {
            let l = line.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\u{FEFF}", with: "")
            if l.hasPrefix("First Name,Last Name") && l.contains("Connected On") { return (i, .linkedIn) }
            if l.contains("E-mail 1 - Value") || l.hasPrefix("Name,Given Name") { return (i, .google) }
            if l.contains("First Name"), l.contains("E-mail Address") { return (i, .outlook) }
        }
        return nil
    }

    /// The contacts of a LinkedIn or Google CSV export at `path`.
    public static func read(_ text: String, path: String) -> ([Contact], [Diagnostic]) {
        guard let (headerIndex, kind) = headerLine(text) else {
            return (
                [],
                [
                    Diagnostic(
                        .error,
                        Message(
                            "not a LinkedIn, Google Contacts or Outlook CSV: no header line names their columns",
                            ja: "LinkedIn、Google コンタクト、Outlook の CSV の見出し行が見つかりません"),
                        at: SourceLocation(path: path, line: 1, column: 1))
                ]
            )
        }
        let lines = text.lines()
        let body = lines[headerIndex...].joined(separator: "\n").replacingOccurrences(of: "\u{FEFF}", with: "")
        let csv: CSV<Enumerated>
        do { csv = try CSV<Enumerated>(string: body, delimiter: .comma, loadColumns: false) } catch {
            return (
                [],
                [
                    Diagnostic(
                        .error, Message("cannot read the CSV: \(error)", ja: "CSV を読めません: \(error)"),
                        at: SourceLocation(path: path, line: headerIndex + 1, column: 1))
                ]
            )
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var contacts: [Contact] = [], diagnostics: [Diagnostic] = []
        // Rows are numbered as the file's lines when no field holds a line break; close enough to find the row.
        for (r, row) in csv.rows.enumerated() {
            let location = SourceLocation(path: path, line: headerIndex + 2 + r, column: 1)
            var fields: [String: String] = [:]
            for (name, value) in zip(header, row) {
                let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
                // Outlook writes a date it does not have as 0/0/00.
                if !v.isEmpty, v != "0/0/00", v != "0/0/0000" { fields[name] = v }
            }
            guard !fields.isEmpty else { continue }
            let contact: Contact?
            switch kind {
            case .linkedIn: contact = linkedIn(fields, location)
            case .google: contact = google(fields, location)
            case .outlook: contact = outlook(fields, location)
            }
            if let contact {
                contacts.append(contact)
                if contact.birthday == nil, let written = fields["Birthday"] {
                    diagnostics.append(.unreadBirthday(written, at: location))
                }
            } else {
                diagnostics.append(Diagnostic(.error, Message("a row without a name", ja: "名前のない行です"), at: location))
            }
        }
        return (contacts, diagnostics)
    }

    private static func linkedIn(_ f: [String: String], _ location: SourceLocation) -> Contact? {
        guard let n = PersonName.joining(given: f["First Name"], family: f["Last Name"]) else { return nil }
        var c = Contact(name: n, source: location)
        c.emails = f["Email Address"].map { [Reach($0)] } ?? []
        c.organization = f["Company"]
        c.title = f["Position"]
        c.urls = f["URL"].map { [$0] } ?? []
        c.connected = f["Connected On"].flatMap(connectedOn)
        return c
    }

    /// `03 Nov 2026` (LinkedIn's "Connected On") as a day.
    static func connectedOn(_ text: String) -> Day? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = text.split(separator: " ")
        guard parts.count == 3, let d = Int(parts[0]), let y = Int(parts[2]),
            let m = months.firstIndex(of: parts[1].prefix(3).lowercased())
        else { return Day(iso: text) }
        return Day(year: y, month: m + 1, day: d)
    }

    private static func google(_ f: [String: String], _ location: SourceLocation) -> Contact? {
        let given = f["Given Name"] ?? f["First Name"], family = f["Family Name"] ?? f["Last Name"]
        guard let n = f["Name"] ?? PersonName.joining(given: given, family: family) ?? f["Nickname"] else { return nil }
        var c = Contact(name: n, source: location)
        // Each value of the numbered columns, with the place its "- Type" column (its "- Label" since Google's
        // export of 2024) names (`* Home`, `Mobile`).
        func many(_ prefix: String, _ value: String = "Value") -> [Reach] {
            (1...9).flatMap { i -> [Reach] in
                guard let v = f["\(prefix) \(i) - \(value)"] else { return [] }
                let place = (f["\(prefix) \(i) - Type"] ?? f["\(prefix) \(i) - Label"]).flatMap(Reach.place(ofLabel:))
                return v.components(separatedBy: " ::: ").map { Reach($0, place: place) }
            }
        }
        c.emails = many("E-mail")
        c.phones = many("Phone")
        c.addresses = many("Address", "Formatted").map {
            Reach($0.value.replacingOccurrences(of: "\n", with: ", "), place: $0.place)
        }
        c.urls = many("Website").map(\.value)
        // Messengers: "IM 1 - Service" names the service (`Skype`, `Google Talk`), "IM 1 - Value" the handle.
        c.handles = (1...9).flatMap { i -> [Handle] in
            guard let service = f["IM \(i) - Service"].flatMap(VCardReader.serviceWord), let v = f["IM \(i) - Value"]
            else { return [] }
            return v.components(separatedBy: " ::: ").filter { !$0.isEmpty }.map { Handle(service: service, value: $0) }
        }
        c.organization = f["Organization 1 - Name"] ?? f["Organization Name"]
        c.title = f["Organization 1 - Title"] ?? f["Organization Title"]
        c.nicknames = f["Nickname"].map { [$0] } ?? []
        c.addReading(
            given: f["Phonetic First Name"] ?? f["Given Name Yomi"],
            family: f["Phonetic Last Name"] ?? f["Family Name Yomi"])
        c.birthday = f["Birthday"].flatMap { b in
            b.hasPrefix("--") ? VCardReader.birthday(b) : Day(iso: b).map { _ in b }
        }
        c.note = f["Notes"]
        let groups = (f["Group Membership"] ?? f["Labels"] ?? "").components(separatedBy: " ::: ")
        c.categories = groups.map { $0.replacingOccurrences(of: "* ", with: "") }
            .filter { !$0.isEmpty && $0 != "myContacts" && $0 != "starred" }
        return c
    }

    /// Outlook's columns, in English as Outlook and Google write them: names (with Outlook's readings, `Given Yomi`
    /// and `Surname Yomi`), three emails, phones, home and business addresses in parts, company, job title, web
    /// page, birthday, notes and categories. Its `Title` is Mr or Ms, not a job.
    private static func outlook(_ f: [String: String], _ location: SourceLocation) -> Contact? {
        let given = [f["First Name"], f["Middle Name"]].compactMap { $0 }.joined(separator: " ")
        guard let n = PersonName.joining(given: given, family: f["Last Name"]) ?? f["Nickname"] else { return nil }
        var c = Contact(name: n, source: location)
        c.nicknames = f["Nickname"].map { [$0] } ?? []
        c.addReading(given: f["Given Yomi"], family: f["Surname Yomi"])
        c.emails = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"].compactMap { f[$0].map { Reach($0) } }
        // A column's first word is the place it names: "Mobile Phone", "Business Phone", "Home Street".
        func place(_ column: String) -> String? {
            column.split(separator: " ").first.flatMap { Reach.place(ofLabel: String($0)) }
        }
        c.phones = ["Mobile Phone", "Primary Phone", "Home Phone", "Home Phone 2", "Business Phone", "Other Phone"]
            .compactMap { column in f[column].map { Reach($0, place: place(column)) } }
        c.addresses = ["Home", "Business", "Other"].compactMap { at in
            let parts = ["Street", "Street 2", "Street 3", "City", "State", "Postal Code", "Country/Region", "Country"]
                .compactMap { f["\(at) \($0)"] }
            return parts.isEmpty ? nil : Reach(parts.joined(separator: ", "), place: place(at))
        }
        c.organization = f["Company"]
        c.title = f["Job Title"]
        c.urls = f["Web Page"].map { [$0] } ?? []
        c.birthday = f["Birthday"].flatMap(outlookDay)?.description
        c.note = f["Notes"]
        c.categories = (f["Categories"] ?? "").split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return c
    }

    /// A date as Outlook writes it: month first (`3/15/1980`), but day first when the first number is over 12
    /// (`15/3/1980`, a British Outlook), or year first (`1980/3/15`, a Japanese one); nil for no day, or for a year
    /// of two digits.
    static func outlookDay(_ text: String) -> Day? {
        let n = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map { Int($0) }
        guard n.count == 3, let a = n[0], let b = n[1], let c = n[2] else { return nil }
        if a >= 1000 { return Day(year: a, month: b, day: c) }
        guard c >= 1000 else { return nil }
        return a > 12 ? Day(year: c, month: b, day: a) : Day(year: c, month: a, day: b)
    }
}
