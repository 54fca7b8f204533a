extension Array {
    /// An array whose first elements `fill` writes into room for `capacity`, returning how many it wrote: what
    /// `init(unsafeUninitializedCapacity:initializingWith:)` does, without its allocation in the standard library's
    /// unspecialized code, which looks the array's class up in the runtime's shared table on every call (on both
    /// cores at once, for every note read).
    @inline(__always)
    init(writing capacity: Int, _ fill: (UnsafeMutableBufferPointer<Element>) -> Int) {
        self.init()
        reserveCapacity(capacity)
        withoutActuallyEscaping(fill) { append(contentsOf: Writing(capacity: capacity, fill: $0)) }
    }
}

/// The elements `fill` writes, as `append(contentsOf:)` asks for them: straight into the array's own room.
private struct Writing<Element>: Sequence {
    let capacity: Int
    let fill: (UnsafeMutableBufferPointer<Element>) -> Int

    // Nothing is promised, so that writing fewer than `capacity` is no broken promise.
    var underestimatedCount: Int { 0 }

    func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection.Iterator() }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (
        EmptyCollection<Element>.Iterator, Int
    ) {
        let room = UnsafeMutableBufferPointer(rebasing: buffer.prefix(capacity))
        let written = fill(room)
        precondition(written >= 0 && written <= room.count, "wrote outside the room it was given")
        return (makeIterator(), written)
    }
}
