import Foundation

/// `kizuna lsp`'s logic: takes each JSON-RPC message (a decoded object) and returns the messages to send back —
/// responses, diagnostics, and requests to the client. Reading and writing the stream is the command line's part.
public final class LanguageServer {
    public private(set) var state: JournalState?
    var encoding: LSPText.Encoding = .utf16
    let today: Day
    let fallbackRoot: String
    private var nextRequest = 1
    private var shuttingDown = false
    /// Set when the client says `exit`: 0 after `shutdown`, 1 otherwise.
    public private(set) var exitCode: Int32? = nil
    /// Paths whose diagnostics were published last, so that fixed notes are cleared.
    private var published = Set<String>()
    /// When a note made now is made, for a journal whose notes Denote names by it; the command line gives the clock.
    public var stamp: (@Sendable () -> DenoteStamp)? = nil

    /// A server for the journal the client names, else the one at `fallbackRoot`; `today` dates hovers.
    public init(today: Day, fallbackRoot: String) {
        self.today = today
        self.fallbackRoot = fallbackRoot
    }

    /// The messages to send in answer to one message.
    public func handle(_ message: [String: Any]) -> [[String: Any]] {
        let method = message["method"] as? String ?? ""
        let params = message["params"] as? [String: Any] ?? [:]
        let id = message["id"]
        guard message["method"] != nil else { return [] }  // a response to one of our requests
        var out: [[String: Any]] = []
        func reply(_ result: Any?) {
            if let id { out.append(["jsonrpc": "2.0", "id": id, "result": result ?? NSNull()]) }
        }
        switch method {
        case "initialize": reply(initialize(params))
        case "initialized": out += publishAll()
        case "shutdown":
            shuttingDown = true
            reply(nil)
        case "exit": exitCode = shuttingDown ? 0 : 1
        case "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave":
            out += documentChanged(method, params)
        case "workspace/didChangeWatchedFiles":
            state?.reload()
            out += publishAll()
        case "textDocument/completion": reply(completion(params))
        case "textDocument/hover": reply(hover(params))
        case "textDocument/definition": reply(definition(params))
        case "textDocument/references": reply(references(params))
        case "textDocument/documentSymbol": reply(documentSymbols(params))
        case "workspace/symbol": reply(workspaceSymbols(params))
        case "textDocument/codeAction": reply(codeActions(params))
        case "workspace/executeCommand": out += executeCommand(params, reply: reply)
        default:
            if let id {
                out.append([
                    "jsonrpc": "2.0", "id": id,
                    "error": ["code": -32601, "message": "kizuna does not handle \(method)"],
                ])
            }
        }
        return out
    }

    // MARK: Lifecycle

    private func initialize(_ params: [String: Any]) -> [String: Any] {
        let folders = params["workspaceFolders"] as? [[String: Any]]
        let uri = folders?.first?["uri"] as? String ?? params["rootUri"] as? String
        let root = uri.flatMap(LanguageServer.path(ofURI:)) ?? params["rootPath"] as? String ?? fallbackRoot
        let general = (params["capabilities"] as? [String: Any])?["general"] as? [String: Any]
        if (general?["positionEncodings"] as? [String])?.contains("utf-8") == true { encoding = .utf8 }
        let state = JournalState(root: JournalLoader.realPath(root) ?? root)
        state.reload()
        self.state = state
        return [
            "capabilities": [
                "positionEncoding": encoding.rawValue,
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                "completionProvider": ["triggerCharacters": ["[", "#", ":", "「", "［"]],
                "hoverProvider": true, "definitionProvider": true, "referencesProvider": true,
                "documentSymbolProvider": true, "workspaceSymbolProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "executeCommandProvider": ["commands": [LanguageServer.applyCommand]],
            ] as [String: Any],
            "serverInfo": ["name": "kizuna", "version": Kizuna.version],
        ]
    }

    static let applyCommand = "kizuna.applyEdit"

    // MARK: Documents and diagnostics

    private func documentChanged(_ method: String, _ params: [String: Any]) -> [[String: Any]] {
        guard let state, let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
            let path = relativePath(uri)
        else { return [] }
        var changed: [String]
        switch method {
        case "textDocument/didOpen":
            changed = state.update(path, text: Array((document["text"] as? String ?? "").utf8))
            changed.append(path)
        case "textDocument/didChange":
            let text = (params["contentChanges"] as? [[String: Any]])?.last?["text"] as? String ?? ""
            changed = state.update(path, text: Array(text.utf8))
            changed.append(path)
        case "textDocument/didClose":
            changed = state.update(path, text: nil)
        default:
            changed = []
        }
        return publish(Array(Set(changed)).sorted())
    }

    private func publishAll() -> [[String: Any]] {
        guard let state else { return [] }
        let now = Set(state.diagnostics.keys)
        return publish(now.union(published).union(state.buffers.keys).sorted())
    }

    /// The diagnostics of `paths`, one message each, worked out on all cores: at the start every note with a
    /// diagnostic is read again for its lines.
    private func publish(_ paths: [String]) -> [[String: Any]] {
        var messages = [[String: Any]](repeating: [:], count: paths.count)
        messages.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendable(buffer), server = UnsafeSendable(self)
            DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                out.value[i] = server.value.diagnosticsMessage(paths[i])
            }
        }
        for path in paths {
            if state?.diagnostics[path]?.isEmpty ?? true { published.remove(path) } else { published.insert(path) }
        }
        return messages
    }

    private func diagnosticsMessage(_ path: String) -> [String: Any] {
        guard let state else { return [:] }
        let found = DiagnosticLimit.shown(state.diagnostics[path] ?? [])
        let text = LSPText(state.text(of: path) ?? [], encoding: encoding)
        let items: [JSON] = found.map { d in
            .object([
                ("range", text.rangeJSON(line: max(1, d.location.line), column: max(1, d.location.column))),
                ("severity", .int(d.severity == .error ? 1 : 2)), ("source", .string("kizuna")),
                ("message", .string(d.text.text(state.config.language))),
            ])
        }
        return LSPWire.encoded(
            .object([
                ("jsonrpc", .string("2.0")), ("method", .string("textDocument/publishDiagnostics")),
                ("params", .object([("uri", .string(uri(of: path))), ("diagnostics", .array(items))])),
            ]))
    }

    // MARK: Paths and URIs

    /// The file path of a `file:` URI.
    static func path(ofURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    /// The path relative to the journal's root, or nil outside it.
    func relativePath(_ uri: String) -> String? {
        guard let state, let full = LanguageServer.path(ofURI: uri) else { return nil }
        let real =
            JournalLoader.realPath((full as NSString).deletingLastPathComponent).map {
                $0 + "/" + (full as NSString).lastPathComponent
            } ?? full
        for candidate in [real, full] where candidate.hasPrefix(state.root + "/") {
            return String(candidate.dropFirst(state.root.count + 1))
        }
        return nil
    }

    func uri(of path: String) -> String {
        URL(fileURLWithPath: (state?.root ?? fallbackRoot) + "/" + path).absoluteString
    }

    /// The document, its text and the 0-based position a request names.
    func at(_ params: [String: Any]) -> (path: String, text: LSPText, line: Int, character: Int)? {
        guard let state, let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
            let path = relativePath(uri), let position = params["position"] as? [String: Any],
            let line = position["line"] as? Int, let character = position["character"] as? Int
        else { return nil }
        return (path, LSPText(state.text(of: path) ?? [], encoding: encoding), line, character)
    }

    // MARK: Sending edits

    private func executeCommand(_ params: [String: Any], reply: (Any?) -> Void) -> [[String: Any]] {
        guard params["command"] as? String == LanguageServer.applyCommand,
            let edit = (params["arguments"] as? [Any])?.first as? [String: Any]
        else {
            reply(nil)
            return []
        }
        reply(nil)
        nextRequest += 1
        return [
            [
                "jsonrpc": "2.0", "id": nextRequest, "method": "workspace/applyEdit",
                "params": ["label": edit["label"] as? String ?? "kizuna", "edit": edit["edit"] ?? [:]] as [String: Any],
            ]
        ]
    }
}
