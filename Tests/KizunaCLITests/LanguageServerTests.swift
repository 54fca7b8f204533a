import Foundation
import Testing

/// Frames one JSON-RPC message as LSP's base protocol does.
func frame(_ json: String) -> Data {
    Data("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8)
}

/// The JSON bodies of every framed message in `data`.
func unframe(_ data: Data) throws -> [[String: Any]] {
    var out: [[String: Any]] = []
    var rest = data[...]
    while let end = rest.range(of: Data("\r\n\r\n".utf8)) {
        let header = String(decoding: rest[..<end.lowerBound], as: UTF8.self)
        let length = try #require(Int(header.replacingOccurrences(of: "Content-Length: ", with: "")))
        let body = rest[end.upperBound..<(end.upperBound + length)]
        out.append(try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any]))
        rest = rest[(end.upperBound + length)...]
    }
    return out
}

@Suite(.serialized) struct LanguageServerTests {
    /// Runs `kizuna lsp` on the sample journal with `input` on its standard input; its messages and exit status.
    func session(_ input: Data) throws -> (messages: [[String: Any]], status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: packageRoot + "/.build/debug/kizuna")
        process.arguments = ["lsp", "--journal", samples]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (try unframe(output), process.terminationStatus)
    }

    @Test func messagesFramedTogetherOrSplitAreEachAnsweredAndExitFollowsShutdown() throws {
        let root = URL(fileURLWithPath: samples).absoluteString
        var input = frame(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(root)","capabilities":{}}}"#)
        input += frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        input += frame(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/formatting","params":{}}"#)
        input += frame(#"{"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":"hanako"}}"#)
        input += frame(#"{"jsonrpc":"2.0","id":4,"method":"shutdown"}"#) + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let (messages, status) = try session(input)
        #expect(status == 0)
        let byID = Dictionary(uniqueKeysWithValues: messages.compactMap { m in (m["id"] as? Int).map { ($0, m) } })
        let capabilities = try #require((byID[1]?["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect((byID[2]?["error"] as? [String: Any])?["code"] as? Int == -32601)
        let symbols = try #require(byID[3]?["result"] as? [[String: Any]])
        #expect(symbols.map { $0["name"] as? String } == ["田中 花子"])
        #expect(byID[4]?["result"] is NSNull)
    }

    @Test func anExitWithoutShutdownIsStatusOneAndAnOversizedHeaderEndsTheSession() throws {
        #expect(try session(frame(#"{"jsonrpc":"2.0","method":"exit"}"#)).status == 1)
        let huge = Data("Content-Length: 999999999999\r\n\r\n{}".utf8)
        let (messages, status) = try session(huge)
        #expect(messages.isEmpty && status == 0)
    }

    @Test func aClientThatOffersUTF8GetsUTF8Positions() throws {
        let dir = try Scratch()
        try dir.write("log/a.md", "会議 [[Nobody]]\n")
        let root = URL(fileURLWithPath: dir.path).absoluteString
        var input = frame(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(root)","#
                + #""capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}}}"#
        )
        input += frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        input += frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#) + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: packageRoot + "/.build/debug/kizuna")
        process.arguments = ["lsp"]
        let stdin = Pipe(), stdout = Pipe()
        (process.standardInput, process.standardOutput) = (stdin, stdout)
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let messages = try unframe(stdout.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        let published = try #require(messages.first { $0["method"] as? String == "textDocument/publishDiagnostics" })
        let diagnostic = try #require(
            ((published["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])?.first)
        let start = try #require((diagnostic["range"] as? [String: Any])?["start"] as? [String: Any])
        // 会議 and a space: six bytes and one in UTF-8 (three units in UTF-16).
        #expect(start["character"] as? Int == 7)
    }
}
