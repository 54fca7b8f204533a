import ArgumentParser
import Foundation
import KizunaCore

/// `kizuna lsp`: the language server, over standard input and output.
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP over stdio) for editors: diagnostics, completion, hover, definition.",
        discussion: "Editors start it themselves; see README.md for VS Code, Neovim, Helix and Emacs.")

    @OptionGroup var options: JournalOption

    func run() throws {
        let server = LanguageServer(today: localToday(), fallbackRoot: options.root)
        server.stamp = { DenoteStamp(Date(), timeZone: .current) }
        var input = FrameReader(fd: 0)
        while let body = input.next() {
            guard let message = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { continue }
            send(server.handle(message))
            if let code = server.exitCode { throw ExitCode(code) }
        }
    }

    /// Writes messages in order, each with its `Content-Length` header.
    func send(_ messages: [[String: Any]]) {
        for body in LSPWire.frames(messages) {
            if !writeAll(1, body) { OutputFailure.stdout = true }
        }
    }
}

/// Reads JSON-RPC messages framed by `Content-Length` headers (LSP's base protocol) from a descriptor.
struct FrameReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    /// The largest message taken: a client that announces more is not read further.
    static let maxMessage = 64 * 1_048_576

    init(fd: Int32) { self.fd = fd }

    /// The next message's body, or nil at the end of the input.
    mutating func next() -> Data? {
        while true {
            if let end = headerEnd() {
                let header = String(decoding: buffer[..<end], as: UTF8.self)
                let length = header.split(separator: "\r\n").compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                    return Int(parts[1].trimmingCharacters(in: .whitespaces))
                }.first
                guard let length, length >= 0, length <= FrameReader.maxMessage else { return nil }
                while buffer.count < end + 4 + length { guard fill() else { return nil } }
                let body = Data(buffer[(end + 4)..<(end + 4 + length)])
                buffer.removeFirst(end + 4 + length)
                return body
            }
            guard buffer.count < 65_536, fill() else { return nil }
        }
    }

    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4)
        where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }

    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65_536) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            buffer += chunk[..<n]
            return true
        }
    }
}
