import Foundation
import Testing
@testable import KizunaCore

/// The sample journal's check and digests, compared whole with golden files (KIZUNA_RECORD=1 re-records).
@Suite struct SampleGoldenTests {
    let sample = try! Kizuna.journal(root: samplesJournal)
    let date = day("2026-11-24")

    @Test func theSampleJournalIsClean() {
        #expect(sample.diagnostics.isEmpty)
        #expect(sample.people.count == 16)
        expectGolden(CheckReport(journal: sample).text, "sample-check.txt")
    }

    @Test func englishDigest() {
        expectGolden(DigestMarkdown(Digest(journal: sample, date: date)).render(), "sample-digest-en.md")
    }

    @Test func japaneseDigest() {
        expectGolden(DigestMarkdown(Digest(journal: sample, date: date), language: .ja).render(), "sample-digest-ja.md")
    }

    @Test func jsonStringsAreEscapedExactly() {
        let value = JSON.array([
            .string("say \"hi\" \\ now"), .string("a\nb\rc\td\u{01}e\u{2028}f\u{2029}"), .string("it’s 田中"),
        ])
        #expect(value.serialized() == #"["say \"hi\" \\ now", "a\nb\rc\td\u0001e\u2028f\u2029", "it’s 田中"]"# + "\n")
    }

    /// Texts of every length, with what must be escaped at every place among what must not (0xE2 opens both `€`
    /// and U+2028), are escaped as a character-by-character reading escapes them.
    @Test func jsonStringsOfEveryShapeAreEscapedAsEachCharacterSays() {
        let pieces = [
            "a", "日", "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", " ", "\u{7F}", "é", "€", "\u{2027}",
            "\u{2028}", "\u{2029}",
        ]
        func escaped(_ c: Unicode.Scalar) -> String {
            switch c {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case "\u{2028}", "\u{2029}": return "\\u" + String(c.value, radix: 16)
            default:
                return c.value < 0x20 ? "\\u00" + (c.value < 0x10 ? "0" : "") + String(c.value, radix: 16) : String(c)
            }
        }
        var numbers = SeededNumbers(seed: 11)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<numbers.next(40) {
                let plain = ["a", "b", "c", "d", "e", "f", "g", "h"]
                text += numbers.next(3) == 0 ? pieces[numbers.next(pieces.count)] : plain[numbers.next(plain.count)]
            }
            let expected = "\"" + text.unicodeScalars.map(escaped).joined() + "\"\n"
            #expect(JSON.string(text).serialized() == expected, "\(text.debugDescription)")
        }
    }

    @Test func jsonNumbersAndNestingAreWrittenExactly() {
        let value = JSON.object([
            ("ints", .array([.int(0), .int(7), .int(-3), .int(1_234_567_890), .int(Int.max), .int(Int.min)])),
            ("more", .lazyArray(count: 2) { .object([("n", .int($0 * 10)), ("d", .double(0.5))]) }),
            ("words", .lazyArray(count: 2) { .string("w\($0)") }), ("none", .lazyArray(count: 0) { _ in .null }),
        ])
        #expect(
            value.serialized() == """
                {
                  "ints": [
                    0,
                    7,
                    -3,
                    1234567890,
                    9223372036854775807,
                    -9223372036854775808
                  ],
                  "more": [
                    {
                      "n": 0,
                      "d": 0.5
                    },
                    {
                      "n": 10,
                      "d": 0.5
                    }
                  ],
                  "words": ["w0", "w1"],
                  "none": []
                }

                """)
    }

    /// Each level is indented by two more spaces, however deep: past the writer's run of spaces too.
    @Test func deepNestingIsIndentedTwoSpacesALevel() {
        let depth = 70
        var value = JSON.bool(true)
        for _ in 0..<depth { value = .object([("k", value)]) }
        func pad(_ level: Int) -> String { String(repeating: "  ", count: level) }
        var expected = ""
        for level in 0..<depth { expected += (level == 0 ? "" : "\"k\": ") + "{\n" + pad(level + 1) }
        expected += "\"k\": true\n"
        for level in stride(from: depth - 1, through: 0, by: -1) { expected += pad(level) + "}\n" }
        #expect(value.serialized() == expected)
    }

    /// A long lazy array is written a block at a time, each block's halves on two cores: the bytes are those of the
    /// same array written whole, in one piece and in pieces of every size (odd and even counts, one block and
    /// several with a short last one, nested in an object, items of every kind but strings, which keep one line).
    @Test(arguments: [JSON.parallelItems, JSON.parallelItems + 1, 3 * JSON.parallelItems + 7])
    func longArraysWrittenInHalvesGiveTheSameBytes(count: Int) {
        @Sendable func item(_ i: Int) -> JSON {
            i % 3 == 0
                ? .object([("n", .int(i)), ("tags", .array([.string("t\(i)"), .string("田中")]))])
                : i % 3 == 1 ? .int(-i) : .null
        }
        let lazy = JSON.object([
            ("before", .int(1)), ("items", .lazyArray(count: count, element: item)), ("after", .string("end")),
        ])
        let whole = JSON.object([
            ("before", .int(1)), ("items", .array((0..<count).map(item))), ("after", .string("end")),
        ])
        let expected = whole.serializedBytes()
        #expect(lazy.serializedBytes() == expected)
        for chunk in [1, 999, 1 << 16] {
            var pieces: [UInt8] = []
            var largest = 0
            lazy.serialize(chunk: chunk) {
                pieces += $0; largest = max(largest, $0.count)
            }
            #expect(pieces == expected, "\(chunk)")
            #expect(largest < chunk + 200, "\(chunk)")
        }
    }

    @Test func jsonDigest() {
        expectGolden(DigestJSON(Digest(journal: sample, date: date)).render(), "sample-digest.json")
    }

    @Test func sameJournalAndDateGiveTheSameBytes() throws {
        let again = try Kizuna.journal(root: samplesJournal)
        for d in ["2026-11-24", "2026-12-31", "2027-02-28"] {
            let a = Digest(journal: sample, date: day(d)), b = Digest(journal: again, date: day(d))
            #expect(DigestMarkdown(a).render() == DigestMarkdown(b).render())
            #expect(DigestJSON(a).render() == DigestJSON(b).render())
        }
    }

    @Test func everyWordTheJapaneseDigestWritesIsJapanese() {
        // A journal written only in Japanese: whatever ASCII letters remain were written by kizuna.
        let j = journal(
            [
                "人/田中.md":
                    "---\n名前: 田中\ncircle: core\ntags: [デザイン, 研究]\nbirthday: 12-01\n---\n## 2026-10-01 相談 #お願い\n"
                    + "## 2026-10-02 依頼 #お願い\n- [ ] 資料を送る 期限:2026-11-20\n",
                "人/佐藤.md":
                    "---\n目的: なし\ntags: [デザイン, 研究]\n---\n## 2026-11-20 散歩 #会った\n## 2026-11-21 散歩 #会った\n"
                    + "## 2026-11-22 散歩 #会った\n",
                "人/鈴木.md": "---\nmet: 2026-11-01\n---\n",
                "人/山田.md": "---\nmet: 2026-11-01\n---\n",
                "人/小林.md": "---\nstatus: target\ncommunities: [京都]\n---\n",
                "人/伊藤.md": "---\nstatus: target\nknows: [佐藤]\n---\n",
                "記録/2026-11-20.md": "[[鈴木]]さんと会った #イベント\n",
                "記録/予定.md": "## 2026-12-05 [[田中]]と食事\n- [ ] 店を予約する\n",
            ], config: "people_dir: 人\nlanguage: ja\ndaily_limit: 1\n")
        #expect(j.diagnostics.isEmpty)
        let d = Digest(journal: j, date: date)
        #expect(d.reachOut.count == 1)
        #expect(d.alsoOverdue.count == 1)
        #expect(d.followUp.count == 1)
        #expect(!d.nextSteps.isEmpty)
        #expect(!d.giveBalance.isEmpty && !d.pace.isEmpty && !d.missingPurpose.isEmpty && !d.introductions.isEmpty)
        #expect(d.warmPaths.count == 2 && !d.birthdays.isEmpty && !d.upcoming.isEmpty)
        var md = DigestMarkdown(d).render()
        // Link destinations and file places are paths, and `code` names a key of the format: none of them are words.
        while let open = md.range(of: "]("), let close = md[open.upperBound...].firstIndex(of: ")") {
            md.replaceSubrange(open.lowerBound...close, with: "]")
        }
        while let place = md.range(of: #"\[[^\]]*\.md:[0-9]+\]"#, options: .regularExpression) {
            md.replaceSubrange(place, with: "")
        }
        while let code = md.range(of: "`[^`]*`", options: .regularExpression) { md.replaceSubrange(code, with: "") }
        let words = md.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).filter { !$0.isEmpty }
        #expect(words.isEmpty, "English words in the Japanese digest: \(Set(words).sorted())")
        #expect(md.contains("# 2026年11月24日(火)のダイジェスト"))
    }

    @Test func theJSONDigestValidatesAgainstSchema1() throws {
        let value = DigestJSON(Digest(journal: sample, date: date)).value
        let root = try #require(try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: Any])
        try SchemaCheck.validate(value, against: SchemaCheck.digest1, at: "$")
        // Every list of the sample has something in it, so every item shape was checked.
        for key in [
            "reach_out", "follow_up", "next_steps", "give_balance", "pace", "missing_purpose", "introductions",
            "warm_paths", "birthdays", "upcoming",
        ] {
            #expect((root[key] as? [Any])?.isEmpty == false, "\(key) is empty in the sample")
        }
    }

    @Test func theSchemaCheckRejectsAWrongShape() {
        #expect(throws: SchemaCheck.Mismatch.self) {
            try SchemaCheck.validate(.object([("schema", .int(1))]), against: SchemaCheck.digest1, at: "$")
        }
        #expect(throws: SchemaCheck.Mismatch.self) {
            try SchemaCheck.validate(.object([("a", .string("x"))]), against: .object(["a": .int]), at: "$")
        }
    }
}

/// A small structural check of JSON against the schema written in DIGEST.md.
enum SchemaCheck {
    indirect enum Shape: Sendable {
        case string, int, double, bool, date, nullable(Shape), array(Shape), object([String: Shape]), oneOf([String])
    }

    struct Mismatch: Error, CustomStringConvertible { var description: String }

    static let person: [String: Shape] = ["id": .string, "name": .string]
    static let digest1: Shape = .object([
        "schema": .int, "as_of": .date, "owner": .nullable(.string),
        "reach_out": .array(
            .object([
                "id": .string, "name": .string, "circle": .string, "cadence_days": .int,
                "last_touch": .nullable(.date), "days_since": .nullable(.int), "due": .date,
                "urgency": .double, "purpose": .nullable(.string), "suggestion": .string, "file": .string,
            ])),
        "also_overdue": .array(.object(["id": .string, "name": .string, "due": .date])),
        "follow_up": .array(
            .object(["id": .string, "name": .string, "first_touch": .date, "follow_up_by": .date, "late": .bool])),
        "next_steps": .array(
            .object([
                "text": .string, "status": .oneOf(["overdue", "due_soon", "stale"]), "due": .nullable(.date),
                "people": .array(.string), "file": .string, "line": .int,
            ])),
        "give_balance": .array(.object(["id": .string, "name": .string, "asks": .int, "gives": .int])),
        "pace": .array(.object(["id": .string, "name": .string, "touches_14d": .int, "cadence_days": .int])),
        "missing_purpose": .array(.object(person)),
        "introductions": .array(.object(["a": .string, "b": .string, "shared": .array(.string)])),
        "warm_paths": .array(.object(["target": .string, "path": .nullable(.array(.string))])),
        "birthdays": .array(.object(["id": .string, "name": .string, "date": .date, "in_days": .int])),
        "upcoming": .array(
            .object(["date": .date, "title": .string, "people": .array(.string), "file": .string, "line": .int])),
        "stats": .object([
            "people": .int, "in_play": .int, "touched_30d": .int, "touched_90d": .int, "due": .int,
            "no_history": .int, "open_tasks": .int, "entries": .int,
        ]),
        "diagnostics": .array(
            .object([
                "file": .string, "line": .int, "column": .int, "severity": .oneOf(["error", "warning"]),
                "message": .string,
            ])),
    ])

    static func validate(_ value: JSON, against shape: Shape, at path: String) throws {
        func fail(_ what: String) -> Mismatch {
            Mismatch(description: "\(path): expected \(what), found \(value.serialized().prefix(60))")
        }
        // An array made item by item is checked as the array it writes.
        if case .lazyObjects = value { return try validate(value.eager, against: shape, at: path) }
        if case .lazyArray(let count, let element) = value {
            return try validate(.array((0..<count).map(element)), against: shape, at: path)
        }
        switch (shape, value) {
        case (.nullable, .null): return
        case (.nullable(let inner), _): try validate(value, against: inner, at: path)
        case (.string, .string): return
        case (.date, .string(let s)): guard Day(iso: s) != nil else { throw fail("YYYY-MM-DD") }
        case (.oneOf(let options), .string(let s)): guard options.contains(s) else { throw fail("one of \(options)") }
        case (.int, .int), (.double, .double), (.bool, .bool): return
        case (.array(let item), .array(let items)):
            for (i, x) in items.enumerated() { try validate(x, against: item, at: "\(path)[\(i)]") }
        case (.object(let fields), .object(let pairs)):
            guard pairs.map(\.0).sorted() == fields.keys.sorted(), Set(pairs.map(\.0)).count == pairs.count else {
                throw fail("keys \(fields.keys.sorted())")
            }
            for (key, v) in pairs { try validate(v, against: fields[key]!, at: "\(path).\(key)") }
        default:
            throw fail("\(shape)")
        }
    }
}
