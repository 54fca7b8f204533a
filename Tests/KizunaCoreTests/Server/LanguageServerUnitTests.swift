import Foundation
import Testing
@testable import KizunaCore

@Suite struct LanguageServerUnitTests {
    /// The result of one request, after initialize and the opening of `path` with `text`.
    func answer(_ method: String, _ params: [String: Any], journal: TempDir, open path: String, text: String) -> Any? {
        let server = LanguageServer(today: Day(iso: "2026-11-24")!, fallbackRoot: journal.path)
        let root = URL(fileURLWithPath: JournalLoader.realPath(journal.path)!).absoluteString
        _ = server.handle([
            "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": root, "capabilities": [:]],
        ])
        let uri = root + "/" + path
        _ = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": text]],
        ])
        var request = params
        request["textDocument"] = ["uri": uri]
        let replies = server.handle(["jsonrpc": "2.0", "id": 2, "method": method, "params": request])
        return replies.first { $0["id"] as? Int == 2 }?["result"]
    }

    @Test func hoverSpeaksTheJournalsLanguage() throws {
        let dir = TempDir()
        dir.write("kizuna.yaml", "language: ja\n")
        dir.write(
            "people/hanako.md",
            "---\nname: 田中 花子\ncircle: core\npurpose: デザインの師匠\n---\n- メール: hanako@example.com\n\n"
                + "## 2026-11-10 お茶 #会った\n")
        let result = answer(
            "textDocument/hover", ["position": ["line": 0, "character": 6]], journal: dir,
            open: "log/a.md", text: "会議で [[田中 花子]] と\n")
        let value = try #require(((result as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        #expect(value.contains("**田中 花子** · 最も近い人・14日ごと"))
        #expect(value.contains("最後の接点: 2026年11月10日(火) (14日前)"))
        #expect(value.contains("目的: デザインの師匠"))
        #expect(value.contains("連絡先: メール `hanako@example.com`"), "\(value)")
    }

    @Test func hoverOnALinkSeveralPeopleShareNamesThemAll() throws {
        let dir = TempDir()
        dir.write("people/kim-a.md", "---\nname: Kim\n---\n## 2026-11-10 Tea #meet\n")
        dir.write("people/kim-b.md", "---\nname: Kim\n---\n")
        let result = answer(
            "textDocument/hover", ["position": ["line": 0, "character": 6]], journal: dir, open: "log/a.md",
            text: "Met [[Kim]]\n")
        let value = try #require(((result as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String)
        #expect(
            value
                == "**'Kim'** matches 2 people:\n\n- Kim (kim-a) · 2026-11-10 (Tue)\n\n- Kim (kim-b)\n\n"
                + "A code action links it to one of them.")
    }

    /// Definition leads to the note a link names: hers from a table, where the label's bar is written `\|`, and a
    /// note that is no one's from one of its aliases.
    @Test(arguments: [
        (
            "people/hanako.md", "---\nname: Hanako Tanaka\n---\n",
            "who | what\n-- | --\n[[Hanako Tanaka\\|Hanako]] | tea\n", 2
        ),
        ("notes/terms.md", "---\naliases: [用語集]\n---\n# Terms\n", "See [[用語集]].\n", 0),
    ])
    func aLinkLeadsToTheNoteItNames(note: String, noteText: String, text: String, line: Int) throws {
        let dir = TempDir()
        dir.write(note, noteText)
        let result = answer(
            "textDocument/definition", ["position": ["line": line, "character": 6]], journal: dir,
            open: "log/a.md", text: text)
        let uri = try #require((result as? [String: Any])?["uri"] as? String)
        #expect(uri.hasSuffix("/" + note))
    }

    /// After `[[`, a note that is no one's is offered under its name and found by its aliases.
    @Test func completionFindsANoteByItsAliases() throws {
        let dir = TempDir()
        dir.write("notes/terms.md", "---\naliases: [Glossary, 用語集]\n---\n")
        let result = answer(
            "textDocument/completion", ["position": ["line": 0, "character": 6]], journal: dir, open: "log/a.md",
            text: "See [[\n")
        let items = try #require((result as? [String: Any])?["items"] as? [[String: Any]])
        let terms = try #require(items.first { $0["label"] as? String == "terms" })
        #expect(terms["filterText"] as? String == "terms Glossary 用語集")
        #expect((terms["labelDetails"] as? [String: Any])?["description"] as? String == "Glossary, 用語集")
    }

    /// A large journal offers a page of names on `[[` and says there are more; what is typed narrows them, folded as
    /// links are, and a narrow enough list is complete.
    @Test func completionOffersAPageOfNamesAndNarrowsAsYouType() throws {
        let dir = TempDir()
        for i in 0..<250 { dir.write("people/p\(i).md", "---\nname: Person \(i)\n---\n") }
        dir.write("people/tanaka.md", "---\nname: 田中 花子\naliases: [Hanako]\n---\n")
        func complete(_ typed: String) throws -> (items: [String], incomplete: Bool) {
            let result = answer(
                "textDocument/completion", ["position": ["line": 0, "character": 6 + typed.utf16.count]],
                journal: dir, open: "log/a.md", text: "See [[\(typed)\n")
            let object = try #require(result as? [String: Any])
            let items = try #require(object["items"] as? [[String: Any]])
            return (items.compactMap { $0["label"] as? String }, object["isIncomplete"] as? Bool ?? false)
        }
        let all = try complete("")
        #expect(all.items.count == LanguageServer.linkItemLimit && all.incomplete)
        let narrow = try complete("person 24")
        #expect(
            Set(narrow.items) == [
                "Person 24", "Person 240", "Person 241", "Person 242", "Person 243", "Person 244",
                "Person 245", "Person 246", "Person 247", "Person 248", "Person 249",
            ])
        #expect(!narrow.incomplete)
        #expect(try complete("hana").items == ["田中 花子"])
        #expect(try complete("田中").items == ["田中 花子"])
    }

    @Test func documentSymbolsAreTheNotesEntriesInUTF16() throws {
        let dir = TempDir()
        let result = answer(
            "textDocument/documentSymbol", [:], journal: dir, open: "log/a.md",
            text: "intro\n## 2026-11-01 🙂 Tea\n### 2026年11月2日 電話\n")
        let symbols = try #require(result as? [[String: Any]])
        #expect(symbols.map { $0["name"] as? String } == ["2026-11-01 🙂 Tea", "2026-11-02 電話"])
        let end = (symbols[0]["range"] as? [String: Any])?["end"] as? [String: Any]
        #expect(end?["line"] as? Int == 1 && end?["character"] as? Int == 20)
    }
}

@Suite struct LSPWireTests {
    @Test func theServersOwnMessagesAreWrittenAsFoundationReadsThem() throws {
        let message: [String: Any] = [
            "jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
            "params": [
                "uri": "file:///j/people/田中.md",
                "diagnostics": [
                    ["range": ["start": ["line": 0, "character": 3]], "severity": 2, "message": "a \"quote\"\n\u{1}🙂"]
                ],
                "flag": true, "none": NSNull(),
            ] as [String: Any],
        ]
        let bytes = try #require(LSPWire.encode(message))
        #expect(
            String(decoding: bytes, as: UTF8.self).hasPrefix(
                #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics""#))
        let read = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let params = try #require(read["params"] as? [String: Any])
        let diagnostic = try #require((params["diagnostics"] as? [[String: Any]])?.first)
        #expect(params["uri"] as? String == "file:///j/people/田中.md")
        #expect(params["flag"] as? Bool == true)
        #expect(params["none"] is NSNull)
        #expect(diagnostic["message"] as? String == "a \"quote\"\n\u{1}🙂")
        #expect(diagnostic["severity"] as? Int == 2)
        #expect(((diagnostic["range"] as? [String: Any])?["start"] as? [String: Any])?["character"] as? Int == 3)
    }

    @Test func aMessageBuiltAsJSONIsWrittenCompactInItsOrder() throws {
        let value = JSON.object([
            ("b", .array([.int(-3), .bool(false), .null, .string("改行\n\"")])), ("a", .object([])),
        ])
        let bytes = try #require(LSPWire.encode(LSPWire.encoded(value)))
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"b":[-3,false,null,"改行\n\""],"a":{}}"#)
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }

    @Test func aNumberAsFoundationReadItIsLeftToFoundation() throws {
        let request = try #require(
            try JSONSerialization.jsonObject(with: Data(#"{"id": 7, "flag": true}"#.utf8)) as? [String: Any])
        #expect(LSPWire.encode(["jsonrpc": "2.0", "id": request["id"]!, "result": NSNull()]) == nil)
        #expect(LSPWire.encode(["ok": request["flag"]!]) == nil)
    }
}
