/// The bytes of one note as read from disk.
public struct SourceFile: Sendable {
    /// Path relative to the journal root, `/`-separated.
    public var path: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates a file value (tests write journals this way, without a disk).
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a file value from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
