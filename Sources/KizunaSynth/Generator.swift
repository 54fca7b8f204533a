import KizunaCore
import Foundation

/// A deterministic pseudo-random source (SplitMix64): the same seed gives the same journal on every machine.
public struct SplitMix64: RandomNumberGenerator {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    /// Zipf-like: small indexes are much more likely.
    mutating func skewed(_ n: Int) -> Int {
        let u = Double(next() % 1_000_000) / 1_000_000
        return min(n - 1, Int(pow(Double(n), u * u * u)) - 1 + (u < 0.0001 ? 0 : 0))
    }
}

/// Writes a synthetic journal: realistic front matter, English and Japanese text, links, tasks, log notes with
/// several participants, and tags and communities with a skewed distribution.
public struct Generator {
    /// Journal sizes: XS for tests, S, M and L for the benchmark.
    public enum Size: String, Sendable {
        case XS, S, M, L
        public var people: Int {
            switch self {
            case .XS: 150;
            case .S: 1_000;
            case .M: 10_000;
            case .L: 50_000
            }
        }
        public var entries: Int { people * 20 }
    }

    let size: Size
    let root: String
    let everyoneTag: Bool
    var rng = SplitMix64(state: 20261124)

    public init(size: Size, root: String, everyoneTag: Bool) {
        self.size = size
        self.root = root
        self.everyoneTag = everyoneTag
    }

    static let givenEn = [
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sofia", "Mateo", "Chloe", "Leo",
    ]
    static let familyEn = ["Smith", "Garcia", "Chen", "Wilson", "Kim", "Lopez", "Brown", "Müller", "Rossi", "Nguyen"]
    static let givenJa = ["花子", "健二", "結衣", "明", "芽衣", "悠希", "凛", "直樹", "恵美", "翔太", "美咲", "大輔"]
    static let familyJa = ["田中", "佐藤", "鈴木", "小林", "伊藤", "岡田", "木村", "阿部", "渡辺", "山本"]
    static let sentencesEn = [
        "We talked about how her team runs user research and what she would change next year.",
        "He is hiring two designers and asked whether I knew anyone who cares about accessibility.",
        "Shared the article on interview synthesis; she had already read it and had strong opinions.",
        "Long conversation about moving to Fukuoka, remote work, and keeping a small team healthy.",
        "They are preparing a talk for the meetup and want feedback on the first draft of the slides.",
    ]
    static let sentencesJa = [
        "新しいプロジェクトの立ち上げについて相談を受けた。来月また話す約束をした。",
        "最近読んだ本の話で盛り上がった。お互いにおすすめを送り合うことにした。",
        "転職を考えているとのこと。知り合いのエンジニアを紹介できるかもしれない。",
        "勉強会の運営について意見交換。参加者を増やすより、続けることが大事だという話。",
        "子育てと仕事の両立について。無理をしないペースが一番だと笑っていた。",
    ]
    static let kinds = [
        "#meet", "#call", "#message", "#sns", "#event", "#note", "#give", "#ask", "#thanks", "#会った", "#電話", "#ギブ",
    ]

    func id(_ i: Int) -> String { "p\(String(format: "%05d", i))" }

    mutating func name(_ i: Int) -> String {
        if i % 3 == 0 { return "\(Generator.familyJa[i % 10]) \(Generator.givenJa[(i / 10) % 12])\(i)" }
        return "\(Generator.givenEn[i % 12]) \(Generator.familyEn[(i / 12) % 10]) \(i)"
    }

    mutating func date(daysBack: Int) -> String {
        let d = Day(iso: "2026-11-24")! - daysBack
        return d.description
    }

    mutating func write(_ relative: String, _ text: String) { writeFile(root, relative, text) }

    /// Writes the journal below `root`.
    public mutating func run() {
        write("kizuna.yaml", "owner: Bench Owner\nlanguage: en\ndaily_limit: 7\nignore: [\"templates/**\"]\n")
        let n = size.people
        var names: [String] = []
        for i in 0..<n { names.append(name(i)) }
        let personShare = 0.7
        for i in 0..<n {
            var fm = "---\nname: \(names[i])\n"
            if i % 4 == 0 { fm += "aliases: [\(names[i].split(separator: " ").first!)\(i)]\n" }
            fm += "circle: \(["core", "close", "network", "network", "acquaintance"][rng.int(5)])\n"
            if rng.chance(0.2) { fm += "cadence: \(["2w", "monthly", "3ヶ月", "45d"][rng.int(4)])\n" }
            if rng.chance(0.8) {
                let purpose = rng.chance(0.5) ? Generator.sentencesEn[rng.int(5)] : Generator.sentencesJa[rng.int(5)]
                fm += "purpose: \(purpose)\n"
            }
            var tags = (0..<(2 + rng.int(4))).map { _ in "t\(rng.skewed(400))" }
            if everyoneTag { tags += ["everyone", "networking"] }
            fm += "tags: [\(Array(Set(tags)).sorted().joined(separator: ", "))]\n"
            fm +=
                "communities: [\((0..<(1 + rng.int(2))).map { _ in "c\(rng.skewed(120))" }.joined(separator: ", "))]\n"
            fm += "met: \(date(daysBack: 30 + rng.int(2000)))\n"
            if rng.chance(0.6) { fm += "birthday: \(String(format: "%02d-%02d", 1 + rng.int(12), 1 + rng.int(28)))\n" }
            let roll = rng.int(100)
            if roll < 2 {
                fm += "status: target\n"
            } else if roll < 4 {
                fm += "status: paused\n"
            } else if roll < 5 {
                fm += "status: archived\n"
            }
            fm +=
                "knows: [\((0..<(1 + rng.int(3))).map { _ in "\"[[\(id(rng.int(n)))]]\"" }.joined(separator: ", "))]\n"
            fm += "---\n"
            var body = "# \(names[i])\n\n\(Generator.sentencesEn[i % 5])\n\n"
            let count = Int(Double(size.entries) * personShare) / n
            for k in 0..<count {
                let back = k * 40 + rng.int(40)
                let other = rng.chance(0.3) ? " with [[\(names[rng.int(n)])]]" : ""
                body += "## \(date(daysBack: back)) \(rng.chance(0.5) ? "Coffee" : "近況報告")\(other) "
                body += "\(Generator.kinds[rng.int(Generator.kinds.count)])\n"
                body += (rng.chance(0.5) ? Generator.sentencesEn[rng.int(5)] : Generator.sentencesJa[rng.int(5)])
                if rng.chance(0.8) {
                    body +=
                        " " + (rng.chance(0.5) ? Generator.sentencesEn[rng.int(5)] : Generator.sentencesJa[rng.int(5)])
                }
                if rng.chance(0.3) { body += " Mentioned [[\(id(rng.int(n)))]]." }
                body += "\n"
                if rng.chance(0.1) { body += "- [ ] Send the article 📅 \(date(daysBack: rng.int(60) - 20))\n" }
                if rng.chance(0.05) { body += "- [x] Thanked them ✅ \(date(daysBack: back))\n" }
                body += "\n"
            }
            // A few mistakes, as real journals have: unknown links, impossible dates, a YAML slip.
            if i % 50 == 7 { body += "## \(date(daysBack: 3)) Lunch with [[Nobody \(i)]] #meet\n\n" }
            if i % 97 == 5 { body += "## 2026-13-\(10 + i % 20) Party #meet\n\n" }
            if i % 211 == 3 { fm = fm.replacingOccurrences(of: "---\nname:", with: "---\nbroken: [unclosed\nname:") }
            write("people/\(i / 1000)/\(id(i)).md", fm + body)
        }
        // Log notes: events with several participants, ten entries a file.
        let logEntries = size.entries - Int(Double(size.entries) * personShare)
        var written = 0, file = 0
        while written < logEntries {
            var text = "# Events \(file)\n\n"
            for _ in 0..<10 {
                let back = rng.int(1500)
                let who = (0..<(2 + rng.int(4))).map { _ in "[[\(names[rng.int(n)])]]" }.joined(separator: " and ")
                text += "## \(date(daysBack: back)) Meetup with \(who) #event\n"
                text += "\(Generator.sentencesJa[rng.int(5)]) \(Generator.sentencesEn[rng.int(5)])\n\n"
                if rng.chance(0.1) {
                    text += "- [ ] Follow up with [[\(id(rng.int(n)))]] due:\(date(daysBack: rng.int(40)))\n\n"
                }
                written += 1
            }
            write("log/\(file / 500)/events-\(file).md", text)
            file += 1
        }
        // Daily notes.
        for k in 0..<min(365, size.people / 10) {
            write(
                "log/daily/\(date(daysBack: k)).md",
                "Lunch with [[\(names[rng.int(n)])]] #meet\n\n- [ ] Send notes to [[\(id(rng.int(n)))]]\n")
        }
    }
}

/// Writes `text` to `relative` below `root`, making the folders on the way.
func writeFile(_ root: String, _ relative: String, _ text: String) {
    let path = root + "/" + relative
    try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}
