import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350): folded lines, escapes, parameters, `CHARSET` and
/// `QUOTED-PRINTABLE`, several cards per file. A broken card is a diagnostic; the others are still read.
public enum VCardReader {
    /// One content line: its name, parameters (upper-cased names; bare 2.1 types as `TYPE`), raw value and line.
    struct Property {
        var name: String
        var parameters: [(name: String, value: String)]
        var value: String
        var line: Int

        func parameter(_ name: String) -> String? { parameters.first { $0.name == name }?.value }
    }

    /// Whether the text looks like vCard.
    public static func recognises(_ text: String) -> Bool {
        text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }.uppercased().hasPrefix("BEGIN:VCARD")
    }

    /// The contacts in `bytes` (the file at `path`), and a diagnostic for each card that could not be read.
    public static func read(_ bytes: [UInt8], path: String) -> ([Contact], [Diagnostic]) {
        var contacts: [Contact] = [], diagnostics: [Diagnostic] = []
        var card: [Property]? = nil, start = 0
        func problem(_ line: Int, _ en: String, _ ja: String) {
            diagnostics.append(
                Diagnostic(.error, Message(en, ja: ja), at: SourceLocation(path: path, line: line, column: 1)))
        }
        for property in properties(unfolded(bytes)) {
            switch (property.name, card) {
            case ("BEGIN", nil) where property.value.uppercased() == "VCARD":
                (card, start) = ([], property.line)
            case ("BEGIN", .some):
                problem(
                    start, "a card that never ends (no END:VCARD before line \(property.line))",
                    "END:VCARD がないまま次のカード(\(property.line) 行目)が始まっています")
                (card, start) = ([], property.line)
            case ("END", .some(let props)):
                if let c = contact(props, SourceLocation(path: path, line: start, column: 1)) {
                    contacts.append(c)
                    if c.birthday == nil, let bday = props.first(where: { $0.name == "BDAY" }) {
                        let at = SourceLocation(path: path, line: bday.line, column: 1)
                        diagnostics.append(.unreadBirthday(text(bday.value), at: at))
                    }
                } else {
                    problem(start, "a card with neither FN nor N: it names nobody", "FN も N もないカードです")
                }
                card = nil
            case (_, .some):
                card?.append(property)
            default:
                continue
            }
        }
        if card != nil { problem(start, "a card that never ends (no END:VCARD)", "END:VCARD で終わっていないカードです") }
        return (contacts, diagnostics)
    }

    /// Lines with their first line number, folding undone: a line that starts with a space or tab continues the one
    /// before (RFC 6350 3.2), and in quoted-printable a line that ends with `=` continues on the next (vCard 2.1).
    static func unfolded(_ bytes: [UInt8]) -> [(text: [UInt8], line: Int)] {
        var out: [(text: [UInt8], line: Int)] = []
        var lineNumber = 0, continuesQP = false
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Array(raw)
            if line.last == 0x0D { line.removeLast() }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if continuesQP, !out.isEmpty {
                out[out.count - 1].text += line
            } else if let first = line.first, first == 0x20 || first == 0x09, !out.isEmpty {
                out[out.count - 1].text += line.dropFirst()
            } else if !line.isEmpty {
                out.append((line, lineNumber))
            }
            let current = out.last?.text ?? []
            continuesQP = current.last == UInt8(ascii: "=") && isQuotedPrintable(current)
            if continuesQP { out[out.count - 1].text.removeLast() }
        }
        return out
    }

    private static func isQuotedPrintable(_ line: [UInt8]) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return String(decoding: line[..<colon], as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
    }

    /// Each line as a property, its value decoded to text.
    static func properties(_ lines: [(text: [UInt8], line: Int)]) -> [Property] {
        lines.compactMap { text, line in
            guard let colon = firstColonOutsideQuotes(text) else { return nil }
            let head = String(decoding: text[..<colon], as: UTF8.self).split(
                separator: ";", omittingEmptySubsequences: false)
            guard var name = head.first.map({ $0.uppercased() }) else { return nil }
            if let dot = name.lastIndex(of: ".") { name = String(name[name.index(after: dot)...]) }
            let parameters = head.dropFirst().map { p -> (name: String, value: String) in
                let parts = p.split(separator: "=", maxSplits: 1)
                let value =
                    parts.count == 2
                    ? String(parts[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) : String(p)
                return parts.count == 2 ? (parts[0].uppercased(), value) : ("TYPE", value)
            }
            var raw = Array(text[(colon + 1)...])
            let encoding = parameters.first { $0.name == "ENCODING" }?.value.uppercased()
            if encoding == "QUOTED-PRINTABLE"
                || parameters.contains(where: { $0.value.uppercased() == "QUOTED-PRINTABLE" })
            {
                raw = decodeQuotedPrintable(raw)
            }
            let charset = parameters.first { $0.name == "CHARSET" }?.value
            return Property(name: name, parameters: parameters, value: decode(raw, charset: charset), line: line)
        }
    }

    private static func firstColonOutsideQuotes(_ text: [UInt8]) -> Int? {
        var quoted = false
        for (i, b) in text.enumerated() {
            if b == UInt8(ascii: "\"") { quoted.toggle() } else if b == UInt8(ascii: ":"), !quoted { return i }
        }
        return nil
    }

    static func decodeQuotedPrintable(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x37
            case 0x61...0x66: return b - 0x57
            default: return nil
            }
        }
        while i < raw.count {
            if raw[i] == UInt8(ascii: "="), i + 2 < raw.count, let h = hex(raw[i + 1]), let l = hex(raw[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(raw[i])
                i += 1
            }
        }
        return out
    }

    /// Bytes as text in their charset: UTF-8 by default, Shift_JIS (old Japanese phones) and Latin-1 when named.
    static func decode(_ raw: [UInt8], charset: String?) -> String {
        switch charset?.uppercased() {
        case "SHIFT_JIS", "SJIS", "SHIFT-JIS", "CP932", "WINDOWS-31J":
            if let s = String(data: Data(raw), encoding: .shiftJIS) { return s }
        case "ISO-8859-1", "LATIN1", "WINDOWS-1252":
            return String(decoding: raw.map { UInt16($0) }, as: UTF16.self)
        default:
            break
        }
        return String(decoding: raw, as: UTF8.self)
    }

    /// A value split on a separator that is not escaped, each part unescaped (`\n`, `\,`, `\;`, `\\`).
    static func split(_ value: String, on separator: Character) -> [String] {
        var parts: [String] = [], current = "", escaped = false
        for ch in value {
            if escaped {
                current += ch == "n" || ch == "N" ? "\n" : String(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        return parts + [current]
    }

    static func text(_ value: String) -> String { split(value, on: "\u{0}").joined() }

    /// The contact a card's properties describe, or nil when it names nobody.
    static func contact(_ props: [Property], _ source: SourceLocation) -> Contact? {
        func all(_ name: String) -> [Property] { props.filter { $0.name == name } }
        func clean(_ s: String) -> String? {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        let formatted = all("FN").first.flatMap { clean(text($0.value)) }
        let structured = all("N").first.map { split($0.value, on: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard let name = formatted ?? structured.flatMap(nameFromParts) else { return nil }
        var c = Contact(name: name, source: source)
        c.uid = all("UID").first.flatMap { clean(text($0.value)) }
        c.nicknames = all("NICKNAME").flatMap { split($0.value, on: ",") }.compactMap(clean)
        c.addReading(
            given: all("X-PHONETIC-FIRST-NAME").first.map { text($0.value) },
            family: all("X-PHONETIC-LAST-NAME").first.map { text($0.value) })
        func reach(_ name: String, _ value: (Property) -> String?) -> [Reach] {
            all(name).compactMap { p in value(p).map { Reach($0, place: place(of: p)) } }
        }
        c.emails = reach("EMAIL") { clean(text($0.value)) }
        c.phones = reach("TEL") { clean(text($0.value).replacingOccurrences(of: "tel:", with: "")) }
        c.addresses = reach("ADR") { p in
            clean(
                split(p.value, on: ";").compactMap(clean).joined(separator: ", ").replacingOccurrences(
                    of: "\n", with: ", "))
        }
        c.organization = all("ORG").first.flatMap {
            clean(split($0.value, on: ";").compactMap(clean).joined(separator: ", "))
        }
        c.title = all("TITLE").first.flatMap { clean(text($0.value)) }
        c.birthday = all("BDAY").first.flatMap { birthday(text($0.value)) }
        c.categories = all("CATEGORIES").flatMap { split($0.value, on: ",") }.compactMap(clean)
        c.note = all("NOTE").first.flatMap { clean(text($0.value)) }
        c.urls = all("URL").compactMap { clean(text($0.value)) }
        c.handles = props.compactMap(handle)
        return c
    }

    /// The handle a property holds: Apple's `X-SOCIALPROFILE;TYPE=twitter`, RFC 9554's `SOCIALPROFILE;SERVICE-TYPE=`
    /// (either naming its service by the profile's site when it names none), `IMPP` (`X-SERVICE-TYPE=Skype`, or the
    /// scheme of `xmpp:ada@example.org`), and the older `X-SKYPE-USERNAME`, `X-JABBER`, `X-TWITTER`.
    static func handle(_ p: Property) -> Handle? {
        var value = text(p.value).trimmingCharacters(in: .whitespacesAndNewlines)
        // Apple names the user beside the profile's address, which it may leave out.
        if value.isEmpty, let user = p.parameter("X-USER") { value = user }
        let named: String?
        switch p.name {
        case "X-SOCIALPROFILE":
            named =
                p.parameters.first { $0.name == "TYPE" && !placeTypes.contains($0.value.lowercased()) }?.value
                ?? site(value)
        case "SOCIALPROFILE": named = p.parameter("SERVICE-TYPE") ?? site(value)
        case "IMPP":
            let scheme = value.firstIndex(of: ":").map { value[..<$0] }
            if let scheme { value = String(value[value.index(after: scheme.endIndex)...]) }
            named = p.parameter("X-SERVICE-TYPE") ?? scheme.map(String.init)
        case let name where legacyHandles.contains(name):
            named = name.dropFirst(2).replacingOccurrences(of: "-USERNAME", with: "")
        default: return nil
        }
        guard let service = serviceWord(named ?? ""), !value.isEmpty else { return nil }
        return Handle(service: service, value: value)
    }

    /// The word a note keeps a service's handle under: its name's letters and digits in lower case (`Google Talk`
    /// → `googletalk`), or the name it goes by now (`X` → `twitter`); nil when nothing is left.
    static func serviceWord(_ named: String) -> String? {
        let word = named.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return word.isEmpty ? nil : serviceAliases[word] ?? word
    }

    /// TYPEs that say where or how much, not which service.
    private static let placeTypes: Set<String> = ["pref", "home", "work", "other", "internet"]
    private static let legacyHandles: Set<String> = [
        "X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE", "X-SKYPE-USERNAME", "X-GOOGLE-TALK", "X-QQ",
        "X-TWITTER",
    ]
    /// Services' other names, to the word a note keeps: X was Twitter, Bluesky's site is bsky.app.
    private static let serviceAliases = [
        "x": "twitter", "bsky": "bluesky", "sinaweibo": "weibo", "gtalk": "googletalk",
    ]

    /// The site an address names, by the label before its domain's last (`https://www.instagram.com/ada` →
    /// `instagram`); nil when the value is no web address.
    private static func site(_ value: String) -> String? {
        guard let url = URL(string: value), let host = url.host?.lowercased() else { return nil }
        let labels = host.split(separator: ".")
        return labels.count >= 2 ? String(labels[labels.count - 2]) : nil
    }

    /// The place a property's TYPEs name (`TYPE=WORK,VOICE`, `TYPE=home;TYPE=pref`, 2.1's bare `CELL`): a phone's
    /// `cell` first, then `work`, then `home`.
    private static func place(of p: Property) -> String? {
        let places = p.parameters.filter { $0.name == "TYPE" }.flatMap { $0.value.split(separator: ",") }
            .compactMap { Reach.place(ofLabel: String($0)) }
        return ["cell", "work", "home"].first { places.contains($0) }
    }

    /// "Given Family" from N's family;given;additional parts, or Japanese order when the name is Japanese.
    private static func nameFromParts(_ parts: [String]) -> String? {
        PersonName.joining(given: parts.count > 1 ? parts[1] : nil, family: parts.first)
    }

    /// `YYYY-MM-DD` or `MM-DD`, as a note writes a birthday, from `19850412`, `1985-04-12`, `--0412`, `--04-12`,
    /// `1985-04-12T00:00:00Z`.
    static func birthday(_ value: String) -> String? {
        let v = value.trimmingCharacters(in: .whitespaces)
        let digits = v.prefix { $0 != "T" }.filter { $0.isNumber }
        if v.hasPrefix("--") {
            guard digits.count == 4 else { return nil }
            let s = String(digits.prefix(2) + "-" + digits.suffix(2))
            return Birthday(s) != nil ? s : nil
        }
        guard digits.count == 8 else { return nil }
        let s = digits.prefix(4) + "-" + digits.dropFirst(4).prefix(2) + "-" + digits.suffix(2)
        return Day(iso: s) != nil ? String(s) : nil
    }
}
