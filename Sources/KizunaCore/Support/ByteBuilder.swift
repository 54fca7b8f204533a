/// Bytes written one run after another into room of their own, made an array once at the end: an array's
/// `append(contentsOf:)` checks its uniqueness and capacity and walks the sequence protocol on every call, and a
/// note's text is appended a text node at a time.
final class ByteBuilder {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// Empty, with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        let n = bytes.count
        if capacity - count < n { grow(to: count + n) }
        (base + count).initialize(from: from, count: n)
        count += n
    }

    /// The bytes written so far, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes written, as an array of their own.
    func array() -> [UInt8] { Array(bytes) }

    /// Room for at least `needed` bytes, at least doubling.
    private func grow(to needed: Int) {
        let bigger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = bigger
    }
}
