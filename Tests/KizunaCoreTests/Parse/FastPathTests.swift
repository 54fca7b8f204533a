import Foundation
import KizunaSynth
import Testing
@testable import KizunaCore

/// The speed-ups give exactly what the general code gives.
@Suite struct FastPathTests {
    static let texts = [
        "田中 花子", "田中・花子", "たなか はなこ", "タナカ_ハナコ", "Tanaka-Hanako", "小林 明3", "会った", "々〇「」",
        "ｶﾀｶﾅ", "ＴＡＮＡＫＡ", "か\u{3099}", "Müller", "Ｍüller 田中", "佐藤\u{3000}健二", "ﾃｽﾄ・テスト", "ＡＢＣ－１２３", "Émilie",
        "ÀÉÎÕÜ Ýàéîõüýÿ", "Straße", "× ÷ µ ª º", "u\u{308}ber", "ü\u{301}", "田中\u{0B}花子\u{0C}", "İstanbul",
        "Æsir Øre Þór",
        "ｱ", "\u{F900}", "😀 smile",
    ]

    /// Every letter of Latin-1, upper and lower case: the byte fast path must fold exactly as Foundation does.
    @Test func keysOfLatin1LettersMatchTheFoundationPath() {
        for v in UInt32(0xA0)...0xFF {
            let text = "a" + String(Character(Unicode.Scalar(v)!)) + "Z"
            #expect(Normalize.key(text) == Normalize.foldedKey(text), "U+\(String(v, radix: 16))")
        }
    }

    /// Every scalar of the Basic Multilingual Plane the byte fast path gives a key for, between two letters: the key
    /// is the one Foundation's NFKC and folding give. Most of the plane has no fast key; the ideographs, kana and
    /// ASCII do.
    @Test func everyScalarWithAFastKeyFoldsAsFoundationFoldsIt() {
        var fast = 0
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var text = "a" + String(Character(scalar)) + "Z"
            let key = text.withUTF8 { u in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count) { out in
                    Normalize.fastKey(utf8: u, into: out.baseAddress!).map {
                        String(decoding: UnsafeBufferPointer(start: out.baseAddress!, count: $0), as: UTF8.self)
                    }
                }
            }
            guard let key else { continue }
            fast += 1
            #expect(key == Normalize.uncachedFoldedKey(text), "U+\(String(v, radix: 16))")
        }
        #expect(fast > 27_000)
    }

    /// Every space separator, tab, the zero-width space (in Foundation's set), other white space it leaves alone
    /// (line breaks, U+180E, U+200C, U+FEFF), combining marks and letters, mixed at random: trimmed exactly as
    /// Foundation trims. Over all of Unicode, the two sets differ nowhere else (checked once, by a loop over every
    /// scalar, when U+200B turned up here).
    @Test func whitespaceTrimmingMatchesFoundation() {
        var pool: [Unicode.Scalar] = [
            "a", "字", "\u{301}", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{180E}", "\u{200B}",
            "\u{200C}", "\u{2028}", "\u{FEFF}", "-",
        ]
        for v in UInt32(0)...0x3000 {
            if let u = Unicode.Scalar(v), u.properties.generalCategory == .spaceSeparator { pool.append(u) }
        }
        #expect(pool.count == 15 + 17)
        var numbers = SeededNumbers(seed: 7)
        func next(_ n: Int) -> Int { numbers.next(n) }
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<next(7) { text.append(pool[next(pool.count)]) }
            let s = String(text)
            #expect(
                s.trimmingWhitespaces() == s.trimmingCharacters(in: .whitespaces),
                "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The keys Foundation worked out are kept: asked again, in any order and in either canonical form, each text
    /// gets the key working it out again gives.
    @Test func keptKeysAreTheKeysWorkedOutAgain() {
        let more = [
            "Пр", "ПР", "Ελ", "Привет Мир", "ПРИВЕТ-мир", "Ελληνικά", "한국어 노트", "Cafe\u{301}", "Café", "J̌", "J\u{30C}",
            "ǰ",
        ]
        let all = Self.texts + more
        var numbers = SeededNumbers(seed: 3)
        for _ in 0..<(3 * all.count) {
            let text = all[numbers.next(all.count)]
            #expect(Normalize.foldedKey(text) == Normalize.uncachedFoldedKey(text), "\(text)")
        }
        #expect(Normalize.foldedKey("ПРИВЕТ-мир") == "приветмир")
    }

    @Test(arguments: texts)
    func keysOfStableTextMatchTheFoundationPath(text: String) {
        #expect(Normalize.key(text) == Normalize.foldedKey(text))
    }

    @Test(arguments: texts)
    func tagsOfStableTextMatchTheFoundationPath(text: String) {
        #expect(
            Normalize.tag(text)
                == text.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive], locale: nil))
    }

    @Test(arguments: [
        "abc def", "田中 花子と会った", "Crème brûlée 🍵 [[x]]", "e\u{301}e\u{301} x", "👩‍👩‍👧 family", "か\u{3099}か\u{3099}",
        "Ωμέγα 一二三",
    ])
    func columnsCountCharactersAsGraphemeClusters(line: String) {
        let text = TextDecoder.make(Array((line + "\n").utf8), isBinary: false)
        let bytes = Array(line.utf8)
        var offset = 0
        var characters = 0
        for ch in line {
            #expect(
                text.column(line: 1, byteColumn: offset + 1) == characters + 1,
                "before character \(characters) of \(line)")
            offset += ch.utf8.count
            characters += 1
        }
        #expect(offset == bytes.count)
    }
}

/// The bigram filter in front of suggestions keeps every name the plain edit distance would suggest.
@Suite struct SuggestionFilterTests {
    @Test func theFilterSuggestsWhatComparingEveryNameSuggests() {
        // Names with repeated bigrams ("aaaa", "abab") are where a filter on distinct bigrams would go wrong.
        let names = [
            "aaaaaaa", "aaaaaab", "abababab", "babababa", "Tanaka Hanako", "Tanaka Hanaka", "田中花子", "田中花", "sato kenji",
            "sato kenjiro", "kato ken", "ken", "kenji", "ababab", "xyz",
        ]
        var files: [String: String] = [:]
        for (i, n) in names.enumerated() { files["people/p\(i).md"] = "---\nname: \(n)\n---\n" }
        let queries = [
            "aaaaaaaa", "aaaaaa", "abababa", "bababab", "Tanaka Hanak", "田中花子さ", "sato kenj", "kenj", "aba",
            "zzzzzzzzz", "ke", "xy",
        ]
        files["log/a.md"] = queries.map { "[[\($0)]]" }.joined(separator: "\n\n")
        let j = journal(files)
        #expect(
            j.diagnostics.map(\.message) == Self.reference(queries, names: names.enumerated().map { ($1, "p\($0)") }))
    }

    /// The warnings comparing every name gives: each name within the limit, by plain edit distance, closest
    /// first, then by label.
    static func reference(_ queries: [String], names: [(name: String, id: String)]) -> [String] {
        queries.map { q in
            let k = Array(Normalize.key(q).unicodeScalars)
            let limit = max(1, min(3, k.count / 3))
            var best: [(Int, String)] = []
            for (n, id) in names {
                let d = Normalize.distance(k, Array(Normalize.key(n).unicodeScalars), limit: limit)
                if d <= limit { best.append((d, "\(n) (\(id))")) }
            }
            let close = best.sorted { $0 < $1 }.prefix(3).map(\.1)
            return "no person or note named '\(q)'"
                + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?")
        }
    }

    /// With hundreds of names sharing most of their bigrams, the filter leaves the commonest bigrams uncounted;
    /// it must still keep every name within the limit.
    @Test func theFilterKeepsCloseNamesWhenItSkipsCommonBigrams() {
        var names: [String] = []
        for i in 0..<400 {
            // (The longer names share their first sixteen bytes, which the index sorts on before whole keys.)
            names.append(
                ["Olivia Nguyen", "Oliver Nguyen", "Liam Nguyen", "佐藤 健二", "Sato Kenji", "Olivia Nguyen-Garcia"][i % 6]
                    + " \(i * 37 % 1000)")
        }
        var files: [String: String] = [:]
        for (i, n) in names.enumerated() { files["people/p\(pad(i, 4)).md"] = "---\nname: \(n)\n---\n" }
        var queries = [
            "Olivia Nguyen-Garca 74", "Olivia Nguyen-Garcia 9", "Olivia Nguyen 1", "Olivia Nguyen 3700",
            "Olivia Ngyen 74",
            "Oliver Nguyn 111", "Liam Nguen 148", "Olivia Nguyen 37", "佐藤 健二 5", "佐藤 健 925", "Sato Kenj 962",
            "Sato Kenji 99", "Oliva Nguyen 185", "Liam Nguyen 2220",
        ]
        // Names changed in three places far apart: each change breaks two bigrams, so the name shares exactly as
        // many bigrams as the filter asks for, the common ones among them.
        for i in [10, 11, 12, 13, 21, 22] {
            var key = Array(Normalize.key(names[i]).unicodeScalars)
            for at in [1, key.count / 2, key.count - 2] { key[at] = "x" }
            queries.append(String(String.UnicodeScalarView(key)))
        }
        files["log/a.md"] = queries.map { "[[\($0)]]" }.joined(separator: "\n\n")
        let j = journal(files)
        let expected = Self.reference(queries, names: names.enumerated().map { ($1, "p\(pad($0, 4))") })
        #expect(j.diagnostics.map(\.message) == expected)
        #expect(expected.filter { $0.contains("did you mean") }.count >= 10)
    }
}

/// The banded edit distance agrees with the full table wherever the distance is within the limit, and says
/// "over" (limit + 1) everywhere else.
@Suite struct EditDistanceTests {
    /// The whole table, every cell.
    static func plain(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func theBandGivesTheFullTablesAnswerWithinTheLimit() {
        var numbers = SeededNumbers(seed: 9)
        func next(_ n: Int) -> Int { numbers.next(n) }
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "田", "中"]
        var within = 0
        for _ in 0..<20_000 {
            let a = (0..<next(12)).map { _ in alphabet[next(alphabet.count)] }
            let b = (0..<next(12)).map { _ in alphabet[next(alphabet.count)] }
            let limit = 1 + next(4)
            let exact = EditDistanceTests.plain(a, b)
            if exact <= limit { within += 1 }
            #expect(Normalize.distance(a, b, limit: limit) == min(exact, limit + 1), "\(a) \(b) \(limit)")
        }
        #expect(within > 2_000)
    }
}

/// The UTF-8 check finds the first bad byte exactly where the standard library's decoder does.
@Suite struct UTF8CheckTests {
    /// Offset of the first byte the standard library's UTF-8 parser rejects, or nil.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test func randomBytesAreJudgedAsTheStandardLibraryJudgesThem() {
        var numbers = SeededNumbers(seed: 11)
        func next(_ n: Int) -> Int { numbers.next(n) }
        // Valid characters of every length, and bytes that are wrong where they stand.
        let valid: [[UInt8]] = [
            [0x61], [0x0A], [0xC3, 0xA9], [0xE3, 0x81, 0x82], [0xE6, 0x97, 0xA5], [0xED, 0x9F, 0xBF],
            [0xE0, 0xA0, 0x80], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        ]
        let invalid: [[UInt8]] = [
            [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xE3, 0x81], [0xF4, 0x90, 0x80, 0x80],
            [0xFF], [0xE3, 0x41, 0x82], [0xE6, 0x97], [0xEF, 0xBF], [0xF0, 0x9F, 0x98],
        ]
        var sawInvalid = 0
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(14) {
                bytes += next(6) == 0 ? invalid[next(invalid.count)] : valid[next(valid.count)]
            }
            let expected = Self.reference(bytes)
            if expected != nil { sawInvalid += 1 }
            #expect(TextDecoder.firstInvalidUTF8(bytes) == expected, "\(bytes)")
        }
        #expect(sawInvalid > 1000)
    }
}

/// Dates are written as ten bytes directly when the year has at most four digits; every day must read as the
/// padded components always gave.
@Suite struct DayTextTests {
    @Test func everyDayIsWrittenAsItsPaddedComponents() {
        func reference(_ d: Day) -> String {
            let c = d.components
            return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
        }
        // Every day of the years around the edges (0, leap and century years, 9999 and past it), every 97th day in
        // between, and a few far ones on either side.
        func ordinal(_ year: Int) -> Int { Day(year: year, month: 1, day: 1)!.ordinal }
        let ranges = [
            (ordinal(1) - 366)..<ordinal(4), ordinal(1899)..<ordinal(1901), ordinal(1999)..<ordinal(2002),
            ordinal(9998)..<(ordinal(9999) + 800),
        ]
        let days = ranges.flatMap { Array($0) } + Array(stride(from: ordinal(4), to: ordinal(9998), by: 97))
        var wrong: [String] = []
        for o in days where Day(ordinal: o).description != reference(Day(ordinal: o)) {
            wrong.append(reference(Day(ordinal: o)))
        }
        #expect(wrong.isEmpty)
        #expect(days.count > 40_000)
        for ordinal in [-800_000, -1, 0, 3_000_000, 10_000_000] {
            #expect(Day(ordinal: ordinal).description == reference(Day(ordinal: ordinal)))
        }
        #expect(Day(year: 2026, month: 11, day: 24)!.description == "2026-11-24")
        #expect(Day(year: 987, month: 3, day: 4)!.description == "0987-03-04")
    }
}

/// A note is decoded in one pass that checks its encoding, finds its line breaks and notices NUL bytes together;
/// it must give what the three separate passes give, and step aside at the first invalid byte.
@Suite struct OnePassDecodingTests {
    @Test func onePassAgreesWithTheSeparatePasses() {
        var numbers = SeededNumbers(seed: 5)
        func next(_ n: Int) -> Int { numbers.next(n) }
        let pieces: [[UInt8]] = [
            [0x61], [0x20], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0x09], [0x0C], [0x0E], [0x7F],
            [0xC3, 0xA9], [0xE3, 0x81, 0x82], [0xED, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80],
            Array("abcdefghij".utf8), Array("日本語のテキスト".utf8), Array("近況報告、かな交じり".utf8),
            Array("Привет".utf8), Array("Ελληνικά".utf8), Array("مرحبا".utf8), Array("สวัสดี".utf8),
            Array("नमस्ते".utf8), [0xED, 0x80, 0x80], [0xDF, 0xBF], [0xC2, 0x80],
        ]
        // Three-byte sequences wrong in every place, as the run of them read a word at a time meets them.
        let invalid: [[UInt8]] = [
            [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE3, 0x81], [0xFF], [0xF4, 0x90, 0x80, 0x80],
            [0xE0, 0x80, 0x80], [0xE3, 0x41, 0x82], [0xE3, 0x81, 0xC0], [0xE3, 0xC1, 0x82], [0xEF, 0xBF],
            [0xF0, 0x9F, 0x98], [0xE0, 0x9F, 0xBF], [0xED, 0xBF, 0xBF],
            // Two-byte sequences wrong in every place: overlong leads, a lone lead, a lead before ASCII or a lead.
            [0xC0, 0xAF], [0xC1, 0xBF], [0xD0], [0xD0, 0x41], [0xD0, 0xD0], [0xBF],
        ]
        var invalidSeen = 0, binarySeen = 0
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(40) {
                bytes += next(40) == 0 ? invalid[next(invalid.count)] : pieces[next(pieces.count)]
            }
            let one = TextDecoder.decodeValid(bytes)
            if TextDecoder.firstInvalidUTF8(bytes) != nil {
                invalidSeen += 1
                #expect(one == nil, "\(bytes)")
            } else {
                let separate = TextDecoder.make(bytes, isBinary: TextDecoder.holdsNUL(bytes))
                if separate.isBinary { binarySeen += 1 }
                #expect(one?.lineStarts == separate.lineStarts, "\(bytes)")
                #expect(one?.isBinary == separate.isBinary, "\(bytes)")
                #expect(one?.bytes == bytes)
            }
        }
        #expect(invalidSeen > 500 && binarySeen > 500)
    }
}

/// The kind an entry's tag gives is read from the tag's bytes when it is ASCII or Japanese; it must be what folding
/// the tag and looking it up gives, and the fast path must decline every tag it cannot judge.
@Suite struct TagKindTests {
    @Test func kindsFromBytesAgreeWithFoldedLookup() {
        var tags = Array(EntryKinds.byTag.keys)
        tags +=
            tags.map { $0.uppercased() } + tags.map { $0.capitalized } + tags.map { $0 + "s" }
            + tags.map { String($0.dropLast()) }
        tags += [
            "ＭＥＥＴ", "Ｃａｌｌ", "ﾒﾓ", "ｲﾍﾞﾝﾄ", "Meet", "mEEt", "méet", "ß", "会った!", "電話する", "メッセージ", "メモ帳", "",
            "give-back", "thanks2", "紹介", "ｷﾞﾌﾞ", "ギブ", "お願い", "感謝", "Σ", "İntro", "ıntro", "K",
        ]
        var decided = 0
        for tag in tags {
            let expected = EntryKinds.byTag[Normalize.tag(tag)] ?? []
            if let fast = EntryKinds.fast(ofTag: tag) {
                decided += 1
                #expect(fast == expected, "\(tag)")
            }
        }
        // Full-width and half-width forms fold to a kind: the fast path leaves them to folding.
        #expect(EntryKinds.fast(ofTag: "ＭＥＥＴ") == nil && EntryKinds.fast(ofTag: "ﾒﾓ") == nil)
        #expect(EntryKinds.fast(ofTag: "MEET") == .meet && EntryKinds.fast(ofTag: "会った") == .meet)
        #expect(decided > tags.count / 2)
    }
}

/// A front matter value that is one wikilink and nothing else gives its target without the inline scanner.
@Suite struct SoleWikiLinkTests {
    @Test func soleLinkTargetsAreWhatTheScannerFinds() {
        let texts = [
            "[[a]]", "[[ a ]]", "[[a|b]]", "[[a#h]]", "[[]]", "[[ ]]", "[[a]] x", "x [[a]]", "[[a]][[b]]", "[[a\nb]]",
            "[[田中 花子]]",
            "[[田中｜x]]", "[[a]]]", "[[[a]]", "[[\u{3000}a\u{3000}]]", "[[a^b]]", "[[p08753]]", "[[Olivia Garcia 8174]]",
            "[a]",
            "[[a]", "[[a\tb]]", "[[\u{85}a]]", "[[é]]", "[[a]b]]", "[[ a b ]]",
        ]
        var decided = 0
        for text in texts {
            let scanned = InlineScanner.scan(text: text, display: false).wikiLinks.map(\.target)
            if let fast = text.soleWikiLinkTarget {
                decided += 1
                #expect([fast] == scanned, "\(text.debugDescription)")
            }
        }
        #expect(decided >= 10)
        #expect("[[ Olivia Garcia 8174 ]]".soleWikiLinkTarget == "Olivia Garcia 8174")
    }
}

/// Whether a file is a note is read from its name's bytes when that is safe; otherwise by lowering the name.
@Suite struct NoteNameTests {
    @Test func noteNamesFromBytesAgreeWithLoweredNames() {
        func careful(_ name: String) -> Bool {
            let lower = name.lowercased()
            return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
        }
        let names = [
            "a.md", "A.MD", "x.Markdown", "x.MARKDOWN", "x.mdx", "md", ".md", ".markdown", "x.m", "x.mdd", "xmd",
            "p00012.md",
            "a.Md.txt", "x.mar\u{212A}down", "x.\u{1D39}d", "日本.md", "日本 .md", "x\u{0600}.md", "é.md", "x.md\u{301}",
            "x\u{200D}.md", "ｘ.ｍｄ", "x.markdowN", "x.MarkDown", "", "İ.md", "x.mD",
        ]
        // Another script's letter before the extension, or a mark, a joiner or a prefix that binds to the dot.
        let otherScripts = [
            "佐藤 花子.md", "花子.MarkDown", "日本.mdx", "日本.txt", "日本\u{0301}.md", "日本\u{0600}.md",
            "क\u{094D}.md", "🇯🇵.md", "🇯.md", "\u{0600}.MD", "İ.markdown",
        ]
        for name in otherScripts {
            #expect(NoteName.isNote(name) == careful(name), "\(name.debugDescription)")
        }
        var decided = 0
        for name in names {
            if let fast = NoteName.asciiIsNote(name) {
                decided += 1
                #expect(fast == careful(name), "\(name.debugDescription)")
            }
            #expect(NoteName.isNote(name) == careful(name), "\(name.debugDescription)")
        }
        #expect(decided > names.count / 2)
        #expect(NoteName.asciiIsNote("x\u{0600}.md") == nil && NoteName.asciiIsNote("x.mar\u{212A}down") == nil)
    }

    /// A path lies in a folder when its bytes start with the folder's and a slash: never a folder whose name
    /// only starts the same, nor the folder itself.
    @Test func aPathLiesInAFolderByItsBytes() {
        #expect(NoteName.lies("people/a.md", in: "people") && NoteName.lies("人物/佐藤 花子.md", in: "人物"))
        #expect(NoteName.lies("crm/contacts/ben.md", in: "crm/contacts"))
        #expect(!NoteName.lies("peoplex/a.md", in: "people") && !NoteName.lies("人物録/x.md", in: "人物"))
        #expect(!NoteName.lies("people", in: "people") && !NoteName.lies("a.md", in: "people"))
    }

    /// A note's name without its extension, read from the bytes where they decide (ASCII, or a kana or kanji before
    /// the dot), is the name the careful path gives; where they do not, the careful path answers.
    @Test func aStemReadFromTheBytesIsTheCarefulOne() {
        func careful(_ name: String) -> String {
            let lower = name.lowercased()
            if lower.hasSuffix(".markdown") { return String(name.dropLast(9)) }
            return lower.hasSuffix(".md") ? String(name.dropLast(3)) : name
        }
        let names = [
            "a.md", "A.MD", "x.Markdown", "x.mdx", "md", ".md", "x.mar\u{212A}down", "日本.md", "山田 太郎.MD",
            "か\u{3099}.md",
            "x\u{0600}.md", "é.md", "x.md\u{301}", "x\u{200D}.md", "ｘ.ｍｄ", "", "İ.md", "x.mD",
            "20231015T093000--伊藤-葵__person.md",
            "ノート", "notes", "x\u{0E}md", "a@MD",
        ]
        var decided = 0
        for name in names {
            if NoteName.extensionLength(name) != nil { decided += 1 }
            #expect(NoteName.stem(name) == careful(name), "\(name.debugDescription)")
        }
        #expect(NoteName.extensionLength("日本.md") == 3 && NoteName.extensionLength("x\u{0600}.md") == nil)
        #expect(decided > names.count / 2)
    }

    /// Two names compared without case byte by byte give what lowering both gives: ASCII, kanji, kana precomposed
    /// and not, the Kelvin sign (lowered to ASCII's k), a dotted capital I, full-width letters, in pairs at random.
    @Test func namesComparedWithoutCaseAgreeWithLowering() {
        let parts = [
            "佐藤", "花子", " ", "(Acme 2)", "readme", "README", "Index", "K", "k", "\u{212A}", "が", "か\u{3099}", "İ", "i",
            "ＡＢ", "ａｂ", "Émilie", "e\u{301}", "龍", "丨", "\u{F900}", "-", "",
        ]
        var numbers = SeededNumbers(seed: 11)
        func text() -> String { (0..<numbers.next(4)).map { _ in parts[numbers.next(parts.count)] }.joined() }
        var equal = 0
        for _ in 0..<20_000 {
            let a = text()
            let b = [text(), a.uppercased(), a.lowercased(), a.replacingOccurrences(of: "が", with: "か\u{3099}")][
                numbers.next(4)]
            let lowered = a.lowercased() == b.lowercased()
            if lowered { equal += 1 }
            #expect(
                String.sameLowered(a, b) == lowered, "\(a.unicodeScalars.map(\.value)) \(b.unicodeScalars.map(\.value))"
            )
        }
        #expect(equal > 5_000)
    }
}

/// Tags in kanji and kana are told apart from the text around them by ranges, not by the Unicode tables.
@Suite struct TagCharacterTests {
    /// Every scalar the ranges take is one the tables call alphabetic; the scalars just outside them are not taken
    /// (the katakana middle dot, the iteration marks and the sound marks are left to the tables).
    @Test func kanjiAndKanaRangesAreAlphabetic() {
        var taken = 0
        for v in UInt32(0x3000)...0xA000 {
            guard let u = Unicode.Scalar(v), InlineScanner.isKanjiOrKana(u) else { continue }
            taken += 1
            #expect(u.properties.isAlphabetic, "U+\(String(v, radix: 16))")
        }
        #expect(taken == (0x9FFF - 0x4E00 + 1) + (0x3096 - 0x3041 + 1) + (0x30FA - 0x30A1 + 1) + 3)
        for u in ["\u{30FB}", "\u{3099}", "\u{309B}", "\u{3005}", "\u{3040}", "\u{30A0}", "\u{A000}", "\u{4DFF}"]
            as [Unicode.Scalar]
        {
            #expect(!InlineScanner.isKanjiOrKana(u), "U+\(String(u.value, radix: 16))")
        }
    }

    /// Tags in Japanese end where the tables say, whatever follows them.
    @Test func japaneseTagsEndWhereTheTablesSay() {
        let scan = InlineScanner.scan(text: "#会った・次 #カタカナー。 #ひらがな\u{3099}x #漢字々 #ゝ #ー長音")
        #expect(scan.tags == ["会った", "カタカナー", "ひらがな\u{3099}x", "漢字々", "ゝ", "ー長音"])
    }
}

/// Birthdays written `M-D` and durations written as a number and a unit are read from their bytes when ASCII; both
/// must read every text exactly as the careful readers do, and leave the rest to them.
@Suite struct FrontMatterValueFastPathTests {
    static func texts(_ pieces: [String], count: Int, seed: UInt64) -> [String] {
        var numbers = SeededNumbers(seed: seed)
        func next(_ n: Int) -> Int { numbers.next(n) }
        return (0..<count).map { _ in (0..<(1 + next(4))).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func birthdaysFromBytesAgreeWithTheCarefulReader() {
        let pieces = [
            "0", "1", "2", "3", "5", "9", "12", "31", "-", "--", " ", "\t", "\n", "/", "x", "１", "２", "－", "年", "2024",
            "\u{A0}",
        ]
        var decided = 0
        // Every month and day around the valid ones, in the forms people write.
        var forms: [String] = []
        for m in 0...13 {
            for d in 0...32 {
                forms += [
                    "\(m)-\(d)", String(format: "%02d-%02d", m, d), "--\(m)-\(d)", " \(m)-\(d)\t", "2024-\(m)-\(d)",
                    "\(m)-\(d)x",
                ]
            }
        }
        for text in Self.texts(pieces, count: 20_000, seed: 3) + forms + [
            "05-12", "5-1", "--02-29", "02-30", "13-01", "0-1", " 12-31 ", "1-2-3", "100-1",
        ] {
            let careful = Birthday(slow: text)
            if let fast = Birthday.asciiMonthDay(text) {
                decided += 1
                #expect(fast.map { [$0.0, $0.1] } == careful.map { [$0.month, $0.day] }, "\(text.debugDescription)")
                #expect(careful?.year == nil, "\(text.debugDescription)")
            }
            #expect(Birthday(text) == careful, "\(text.debugDescription)")
        }
        #expect(decided > 1000)
    }

    @Test func durationsFromBytesAgreeWithTheCarefulReader() {
        let pieces = [
            "0", "1", "2", "45", "100000", "9", "d", "w", "m", "y", "D", "W", "x", " ", "\t", "日", "週", "ヶ月", "monthly",
            "weekly", "１", "\u{200B}", "\n",
        ]
        var decided = 0
        for text in Self.texts(pieces, count: 20_000, seed: 4) + [
            "2w", "45d", " 3 m ", "100001d", "0d", "2 w", "2ww", "1y", "12W",
        ] {
            let careful = DurationParser.slowDays(text)
            if let fast = DurationParser.asciiDays(text) {
                decided += 1
                #expect(fast == careful, "\(text.debugDescription)")
            }
            #expect(DurationParser.days(text) == careful, "\(text.debugDescription)")
        }
        #expect(decided > 1000)
    }

    /// The byte-keyed table of name keys answers as a dictionary of the same keys does: through growth from its
    /// smallest size, for the empty key, keys that begin other keys, Japanese keys, and keys set again.
    @Test func byteKeyTableAgreesWithADictionary() {
        var table = ByteKeyTable()
        var reference: [String: Int] = [:]
        var keys = ["", "a", "ab", "abc", "田中", "田中花子", "tanakahanako", "たなか"]
        for i in 0..<3000 {
            keys.append(
                i % 3 == 0 ? "name\(i)" : i % 3 == 1 ? "名前\(i)" : String(repeating: "x", count: i % 40) + "\(i)")
        }
        for (i, key) in keys.enumerated() {
            table.set(key, i)
            reference[key] = i
            // Every fifth key is set again, to a new value.
            if i % 5 == 0 { table.set(key, -i); reference[key] = -i }
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(key) == value, "\(key)") }
        for missing in ["abcd", "田", "name3000", "x", "名前1"] { #expect(table.value(missing) == reference[missing]) }
        var seen: [String: Int] = [:]
        table.forEach { key, value in seen[String(decoding: key, as: UTF8.self)] = value }
        #expect(seen == reference)
    }

    /// Keys taken out of the table are gone, and every other key is still found: random sets and removals, many of
    /// them in the long runs a small, crowded table makes, against a dictionary after every step.
    @Test func byteKeyTableRemovesKeysAsADictionaryDoes() {
        var table = ByteKeyTable()
        var reference: [String: Int] = [:]
        var random = SplitMix64(state: 7)
        let keys = (0..<300).map { i in i % 2 == 0 ? "k\(i)" : String(repeating: "長い名前", count: 1 + i % 5) + "\(i)" }
        for step in 0..<4000 {
            let key = keys[Int.random(in: 0..<keys.count, using: &random)]
            if Int.random(in: 0..<3, using: &random) == 0 {
                key.utf8CString.withUnsafeBytes { table.remove(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
                reference[key] = nil
            } else {
                table.set(key, step)
                reference[key] = step
            }
            if step % 50 == 0 || step == 3999 {
                #expect(table.count == reference.count)
                for k in keys { #expect(table.value(k) == reference[k], "step \(step): \(k)") }
            }
        }
    }
}
