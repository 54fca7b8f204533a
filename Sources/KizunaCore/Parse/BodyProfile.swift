/// A person's fields written in the body above their first entry, as templates and agents write a profile
/// (`**Birthday:** 1990-05-01`, `- Email: ann@example.com`, `**会社**: Acme`): each read where the front matter
/// gives none. A value a template left unfilled (`[Email]`, `{{email}}`, `YYYY-MM-DD`) is no value.
public final class BodyProfile: Sendable {
    public let birthday: Birthday?
    public let met: Day?
    public let purpose: String?
    public let contact: [(key: String, value: String)]

    init(birthday: Birthday?, met: Day?, purpose: String?, contact: [(key: String, value: String)]) {
        (self.birthday, self.met, self.purpose, self.contact) = (birthday, met, purpose, contact)
    }

    /// The fields of a profile line's label (lower-cased, its bold and list marks aside).
    enum Field { case birthday, met, purpose, contact(String) }

    static let labels: [String: Field] = [
        "birthday": .birthday, "born": .birthday, "bday": .birthday, "誕生日": .birthday,
        "met": .met, "first met": .met, "出会った日": .met,
        "purpose": .purpose, "why": .purpose, "目的": .purpose,
        "email": .contact("email"), "e-mail": .contact("email"), "メール": .contact("email"),
        "phone": .contact("phone"), "電話": .contact("phone"), "company": .contact("company"), "会社": .contact("company"),
    ]

    /// The fields gathered from a person's profile lines, one block at a time.
    struct Reading {
        var birthday: Birthday?
        var met: Day?
        var purpose: String?
        var contact: [(key: String, value: String)] = []

        /// Reads the block's lines (`label: value`, one a line); a field already read keeps its first value.
        mutating func read(_ block: MDBlock, text: DecodedText, lineOffset: Int) {
            text.forEachLine(of: block, lineOffset: lineOffset) { _, bytes in
                guard bytes.contains(where: { $0 == 0x3A || $0 == 0xBC }),
                    let (label, value) = BodyMeeting.labelled(bytes, known: { BodyProfile.labels[$0] != nil }),
                    let field = BodyProfile.labels[label], let value = BodyProfile.filled(value)
                else { return }
                switch field {
                case .birthday: birthday = birthday ?? Birthday(value)
                case .met: met = met ?? DateParser.value(value)
                case .purpose: purpose = purpose ?? value
                case .contact(let key):
                    guard !contact.contains(where: { $0.key == key }), key != "email" || value.contains("@"),
                        key != "phone" || value.contains(where: \.isNumber)
                    else { return }
                    contact.append((key, value))
                }
            }
        }

        /// What was read, nil when nothing was.
        var profile: BodyProfile? {
            birthday == nil && met == nil && purpose == nil && contact.isEmpty
                ? nil : BodyProfile(birthday: birthday, met: met, purpose: purpose, contact: contact)
        }
    }

    /// A value as written, a link's note named by its name (`[[Acme]]`); nil for a template's unfilled one.
    static func filled(_ value: String) -> String? {
        let v = value.linkedNoteName.map(String.init) ?? value
        let placeholder = v.isEmpty || v.contains("{{") || v.contains("YYYY") || v.hasPrefix("[") || v.hasPrefix("<")
        return placeholder ? nil : v
    }
}
