import Foundation
import KizunaCore

/// Writes a journal the way people write theirs, for measuring kizuna on what it did not shape: person notes named
/// after the person, with nested `contact:` mappings in block and flow style, quoted values, comments and folded
/// text; family names as common as they are in Japan and in English-speaking countries, so that names are shared;
/// daily notes of bullets, meeting notes with attendees, attachments and embeds, and a few mistakes.
public struct RealGenerator {
    let size: Generator.Size
    let root: String
    var rng = SplitMix64(state: 20_261_203)
    var names: [String] = []
    /// Each person's note name: their name, or their name and how they are told apart.
    var files: [String] = []
    var taken: [String: Int] = [:]

    public init(size: Generator.Size, root: String) {
        self.size = size
        self.root = root
    }

    /// The most common family names, each with its share of the population in thousandths; the rest of the
    /// population has names made from two characters of `rareJa` (or `rareEn` syllables).
    static let commonJa: [(String, Int)] = [
        ("佐藤", 15), ("鈴木", 14), ("高橋", 11), ("田中", 11), ("伊藤", 9), ("渡辺", 9), ("山本", 9), ("中村", 9),
        ("小林", 8), ("加藤", 7), ("吉田", 7), ("山田", 6), ("佐々木", 6), ("山口", 5), ("松本", 5), ("井上", 5),
        ("木村", 5), ("林", 4), ("斎藤", 4), ("清水", 4),
    ]
    static let rareJa = Array("川野原森石上下西東北南宮崎島藤村井田沢谷口本橋岡浜坂杉桜梅竹松").map(String.init)
    static let givenJa = [
        "健", "翔", "大輔", "直樹", "拓也", "陽菜", "結衣", "美咲", "花子", "恵美", "悠希", "凛", "蓮", "葵", "誠",
        "亮", "彩", "舞", "優子", "智子", "浩", "学", "剛", "真由美", "裕子", "達也", "和也", "遥", "萌", "千尋",
    ]
    static let commonEn: [(String, Int)] = [
        ("Smith", 10), ("Johnson", 8), ("Williams", 7), ("Brown", 6), ("Jones", 6), ("Garcia", 5), ("Miller", 5),
        ("Davis", 5), ("Rodriguez", 4), ("Martinez", 4), ("Lee", 4), ("Kim", 4), ("Nguyen", 3), ("Chen", 3),
    ]
    static let rareEn = ["ber", "ton", "wick", "ley", "ford", "man", "son", "dale", "ham", "well", "stone", "field"]
    static let givenEn = [
        "James", "Mary", "John", "Linda", "David", "Sarah", "Michael", "Emily", "Daniel", "Anna", "Chris", "Laura",
        "Alex", "Sam", "Maria", "Tom", "Kate", "Ben", "Olivia", "Noah",
    ]
    static let companies = ["Acme", "Kumo Labs", "Sakura Bank", "Northwind", "Globex", "Hikari Design", "Initech"]
    static let activities = [
        "Coffee", "Lunch", "Call", "近況報告", "ランチ", "Zoom", "勉強会で立ち話", "Dinner", "1on1", "Walk",
    ]
    static let kinds = ["#meet", "#call", "#message", "#give", "#ask", "#thanks", "#会った", "#電話", "#ギブ", ""]

    /// Picks an index of `weights` (thousandths of the population), or nil for the rest.
    mutating func pick(_ weights: [(String, Int)]) -> String? {
        var roll = rng.int(1000)
        for (name, share) in weights {
            if roll < share { return name }
            roll -= share
        }
        return nil
    }

    mutating func personName() -> String {
        if rng.chance(0.6) {
            let family =
                pick(RealGenerator.commonJa) ?? (RealGenerator.rareJa[rng.int(30)] + RealGenerator.rareJa[rng.int(30)])
            return family + " " + RealGenerator.givenJa[rng.int(RealGenerator.givenJa.count)]
        }
        let family =
            pick(RealGenerator.commonEn)
            ?? ["Al", "Bri", "Cor", "Dun", "Ell", "Fair", "Gr", "Hol"][rng.int(8)] + RealGenerator.rareEn[rng.int(12)]
        return RealGenerator.givenEn[rng.int(RealGenerator.givenEn.count)] + " " + family
    }

    func day(_ back: Int) -> String { (Day(iso: "2026-11-24")! - back).description }

    func write(_ relative: String, _ text: String) { writeFile(root, relative, text) }

    /// Writes the journal below `root`.
    public mutating func run() {
        write("kizuna.yaml", "owner: Bench Owner\nlanguage: ja\n")
        let n = size.people
        for _ in 0..<n {
            let name = personName()
            taken[name, default: 0] += 1
            names.append(name)
            // A second person of the same name gets a note named as people tell them apart.
            files.append(taken[name]! == 1 ? name : "\(name) (\(RealGenerator.companies[rng.int(7)]) \(taken[name]!))")
        }
        let attachments = max(10, n / 10)
        for k in 0..<attachments { write("attachments/IMG_\(1000 + k).jpg", "JPEG") }
        for p in 0..<n { write("people/\(files[p]).md", personNote(p)) }
        // Daily notes of bullets, one a day for as many days as the journal is large.
        for back in 0..<(n / 4) {
            var text = rng.chance(0.3) ? "# \(day(back))\n\n" : ""
            for _ in 0..<(2 + rng.int(6)) {
                let time = String(format: "%02d:%02d", 8 + rng.int(12), 15 * rng.int(4))
                switch rng.int(5) {
                case 0: text += "- [ ] Email \(link(rng.int(n))) the notes\n"
                case 1: text += "- \(time) \(RealGenerator.activities[rng.int(10)]) with \(link(rng.int(n))) #meet\n"
                case 2: text += "- \(time) Read an article on research ops\n"
                default:
                    text += "- \(time) \(RealGenerator.activities[rng.int(10)]) \(link(rng.skewed(n))) と話した\n"
                }
            }
            write("daily/\(day(back).prefix(4))/\(day(back)).md", text)
        }
        // Meeting notes: `date:` and attendees in front matter, one entry each.
        for m in 0..<(n / 3) {
            let back = rng.int(1500)
            let who = (0..<(2 + rng.int(4))).map { _ in "  - \"\(link(rng.int(n)))\"" }.joined(separator: "\n")
            var text = "---\ndate: \(day(back))\nattendees:\n\(who)\ntags: [meeting]\n---\n# Project sync \(m)\n\n"
            text += "## Notes\n- Agreed on the scope\n- \(link(rng.int(n))) will share the deck\n"
            if rng.chance(0.3) { text += "\n![[IMG_\(1000 + rng.int(attachments)).jpg]]\n" }
            if rng.chance(0.4) { text += "\n- [ ] Follow up with \(link(rng.int(n))) 📅 \(day(rng.int(60) - 20))\n" }
            write("meetings/\(day(back)) Project sync \(m).md", text)
        }
    }

    /// How a note links person `p`: by name when the name is theirs alone, else (as careful people do) by the
    /// note's name, but now and then by the shared name, or with a typo.
    mutating func link(_ p: Int) -> String {
        if rng.chance(0.005) { return "[[\(names[p])x]]" }
        if taken[names[p]]! > 1, !rng.chance(0.03) { return "[[\(files[p])]]" }
        return rng.chance(0.2) ? "[[\(files[p])|\(names[p].split(separator: " ").last!)]]" : "[[\(names[p])]]"
    }

    /// A person note: front matter in the styles people use, then a profile and dated entries.
    mutating func personNote(_ p: Int) -> String {
        let n = names.count
        let name = names[p]
        var fm = "---\n"
        switch rng.int(3) {
        case 0: fm += "name: \"\(name)\"\n"
        case 1: fm += "name: '\(name)'\n"
        default: fm += "name: \(name)\n"
        }
        if rng.chance(0.3) { fm += "aliases:\n  - \(name.split(separator: " ").last!)\n" }
        let circle = ["core", "close", "network", "network", "acquaintance"][rng.int(5)]
        fm += rng.chance(0.2) ? "circle: \(circle)  # met at a conference\n" : "circle: \(circle)\n"
        if rng.chance(0.15) { fm += "# How to reach them\n" }
        let mail = "p\(p)@example.com"
        switch rng.int(10) {
        case 0..<5:
            fm += "contact:\n  email: \(mail)\n  phone: \"+81 90-\(1000 + p % 9000)-\(2000 + p % 7000)\"\n"
            if rng.chance(0.4) { fm += "  twitter: '@user\(p)'\n" }
        case 5..<8: fm += "contact: {email: \(mail), phone: \"+81 80-\(1000 + p % 9000)\"}\n"
        default: break
        }
        if rng.chance(0.1) {
            fm += "purpose: >-\n  Wants to move into research;\n  I can introduce people who did.\n"
        } else if rng.chance(0.6) {
            fm += "purpose: \"Learn how \(name) runs a small team\"\n"
        }
        fm +=
            rng.chance(0.5) ? "tags: [t\(rng.skewed(300)), t\(rng.skewed(300))]\n" : "tags:\n  - t\(rng.skewed(300))\n"
        fm += "company: \"[[\(RealGenerator.companies[rng.int(7)])]]\"\n"
        fm += "met: \(day(30 + rng.int(2000)))\n"
        if rng.chance(0.5) { fm += "birthday: \(String(format: "%02d-%02d", 1 + rng.int(12), 1 + rng.int(28)))\n" }
        if rng.chance(0.5) { fm += "knows: [\"\(link(rng.int(n)))\"]\n" }
        if p % 300 == 11 { fm += "aliases: [unclosed\n" }
        fm += "---\n"
        var body =
            "\(RealGenerator.companies[rng.int(7)])で働いている。 ![[IMG_\(1000 + rng.int(max(10, n / 10))).jpg|200]]\n\n"
        for k in 0..<(3 + rng.int(12) + (rng.chance(0.1) ? rng.int(60) : 0)) {
            let back = k * 30 + rng.int(30)
            let other = rng.chance(0.2) ? " with \(link(rng.int(n)))" : ""
            body +=
                "## \(day(back)) \(RealGenerator.activities[rng.int(10)])\(other) \(RealGenerator.kinds[rng.int(10)])\n"
            for _ in 0..<(1 + rng.int(3)) {
                body += rng.chance(0.5) ? Generator.sentencesJa[rng.int(5)] : Generator.sentencesEn[rng.int(5)]
                body += " "
            }
            body += "\n"
            if rng.chance(0.1) { body += "- [ ] Send the article 📅 \(day(rng.int(60) - 20))\n" }
            body += "\n"
        }
        if p % 500 == 17 { body += "```\nunclosed code\n- [ ] Send the slides\n" }
        return fm + body
    }
}
