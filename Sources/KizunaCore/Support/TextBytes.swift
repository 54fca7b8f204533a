extension String {
    /// `withUTF8` without a copy of the string: the bytes are read where the string keeps them (every native string
    /// keeps them in one piece), where `withUTF8`, being mutating, needs a copy, which retains a shared string.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
