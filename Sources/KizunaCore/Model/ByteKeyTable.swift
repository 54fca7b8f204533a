import CPrefetch

/// A table from keys, as UTF-8 bytes, to integers: open addressing with linear probing, the keys' bytes one after
/// another in one buffer. A link is looked up straight from the bytes the parser folded it into, with no string made
/// and no per-key storage to retain, as a dictionary of strings would for every link.
///
/// Keys are hashed eight bytes at a time, each word mixed in by a full-width multiply, from a seed drawn afresh for
/// each table, so no journal can be written whose names all fall on one slot. (The standard library's `Hasher` cost
/// more than the rest of a lookup: BENCHMARKS.md, seventh round.) Nothing about the table's layout is ever shown:
/// lookups give the same answers in every run.
struct ByteKeyTable: Sendable {
    /// One slot, 32 bytes, two to a cache line: a key of up to 16 bytes is kept in the slot itself, so a lookup
    /// reads one line of the table and not also the keys' bytes, and a lookup's time is its memory reads.
    private struct Slot {
        /// The hash's top bits; meaningful only when `length >= 0`.
        var tag: UInt32
        /// The key's length in bytes; -1 for an empty slot.
        var length: Int32
        var value: Int32
        /// Where a key longer than 16 bytes starts in `long`.
        var start: Int32
        /// The key's first 16 bytes, zero past its end.
        var head: (UInt64, UInt64)

        static let empty = Slot(tag: 0, length: -1, value: 0, start: 0, head: (0, 0))
    }

    private var slots: [Slot]
    /// The hash's seed, drawn when the table is made.
    private let seed: UInt64
    /// The bytes of the keys longer than 16, one after another.
    private var long: [UInt8] = []
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Slot](repeating: .empty, count: size)
        var random = SystemRandomNumberGenerator()
        seed = random.next()
    }

    /// The two halves of the full product, folded together.
    @inline(__always) private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let p = a.multipliedFullWidth(by: b)
        return p.high ^ p.low
    }

    /// The hash of `key` that `value(_:hash:)` takes: also had apart, so that the hashes of many keys can be worked
    /// out before their slots are read, and those reads overlap.
    func hash(of key: UnsafeRawBufferPointer) -> Int {
        let n = key.count
        var h = ByteKeyTable.mix(seed ^ 0xA076_1D64_78BD_642F, UInt64(n) ^ 0xE703_7ED1_A0B4_28DB)
        var i = 0
        while i + 8 <= n {
            h = ByteKeyTable.mix(h ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0x8EBC_6AF0_9C88_C6E3)
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(key[k]) << (8 * UInt64(k - i)) }
            h = ByteKeyTable.mix(h ^ tail, 0x5899_65CC_7537_4CC3)
        }
        return Int(bitPattern: UInt(ByteKeyTable.mix(h, 0x1D8E_4E27_C47D_124F)))
    }

    /// The first 16 bytes of `key`, zero past its end.
    static func head(_ key: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var head: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &head) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: key.prefix(16))) }
        return head
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    ///
    /// The tables are read by subscript, not through `withUnsafeBufferPointer`: the table is shared by both cores'
    /// parsers, and taking a buffer pointer retains and releases the array's storage, a reference count the two
    /// cores would pass back and forth on every link.
    private func slot(of key: UnsafeRawBufferPointer, hash: Int) -> Int {
        let mask = slots.count - 1
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let head = ByteKeyTable.head(key)
        var i = hash & mask
        while true {
            let s = slots[i]
            if s.length < 0 { return i }
            if s.tag == tag, Int(s.length) == key.count, s.head == head {
                if key.count <= 16 { return i }
                var k = 16
                let start = Int(s.start) - 16
                while k < key.count, long[start + k] == key[k] { k += 1 }
                if k == key.count { return i }
            }
            i = (i + 1) & mask
        }
    }

    /// The value of `key`, if it is in the table.
    func value(_ key: UnsafeRawBufferPointer) -> Int? {
        value(key, hash: hash(of: key))
    }

    /// Asks for the slot where the key of `hash` is first looked for, and does not wait for it. (The buffer
    /// pointer is only read for its address; the optimizer leaves no retain of the storage here.)
    func prefetch(hash: Int) {
        slots.withUnsafeBufferPointer { kizuna_prefetch($0.baseAddress! + (hash & ($0.count - 1))) }
    }

    /// The value of `key`, whose hash is `hash(of: key)`, if it is in the table.
    func value(_ key: UnsafeRawBufferPointer, hash: Int) -> Int? {
        let i = slot(of: key, hash: hash)
        return slots[i].length < 0 ? nil : Int(slots[i].value)
    }

    /// The value of the key written as `key`'s UTF-8.
    func value(_ key: String) -> Int? {
        key.withUTF8Bytes { value(UnsafeRawBufferPointer($0)) }
    }

    /// Sets the value of the key written as `key`'s UTF-8.
    mutating func set(_ key: String, _ value: Int) {
        key.withUTF8Bytes { set(UnsafeRawBufferPointer($0), value) }
    }

    /// Sets the value of `key`, adding the key when it is new. Values are person numbers and small negative ones:
    /// they are kept in 32 bits.
    mutating func set(_ key: UnsafeRawBufferPointer, _ value: Int) {
        update(key) { _ in value }
    }

    /// Gives `change` the value of `key` (nil when the table does not hold it) and keeps what it returns, adding the
    /// key when it is new; nil leaves the table as it was. The key is looked for once: a large journal's table is
    /// larger than the processor's caches, and a second search was a second miss.
    mutating func update(_ key: UnsafeRawBufferPointer, _ change: (Int?) -> Int?) {
        let h = hash(of: key)
        var i = slot(of: key, hash: h)
        let old = slots[i].length >= 0 ? Int(slots[i].value) : nil
        guard let value = change(old) else { return }
        if old != nil {
            slots[i].value = Int32(value)
            return
        }
        // At most half full, so that a probe meets an empty slot soon.
        if 2 * (count + 1) > slots.count {
            grow()
            i = slot(of: key, hash: h)
        }
        slots[i] = Slot(
            tag: UInt32(truncatingIfNeeded: h >> 32), length: Int32(key.count), value: Int32(value),
            start: Int32(long.count), head: ByteKeyTable.head(key))
        if key.count > 16 { long.append(contentsOf: key[16...]) }
        count += 1
    }

    /// Takes `key` out of the table. The keys after it in its run move back into the gap, each no further back than
    /// the slot its hash names, so that every lookup still finds its key before an empty slot.
    mutating func remove(_ key: UnsafeRawBufferPointer) {
        let mask = slots.count - 1
        var gap = slot(of: key, hash: hash(of: key))
        guard slots[gap].length >= 0 else { return }
        slots[gap] = .empty
        count -= 1
        var j = gap
        while true {
            j = (j + 1) & mask
            guard slots[j].length >= 0 else { return }
            let home = withKey(slots[j]) { hash(of: $0) } & mask
            // The key at j may fill the gap unless its home lies cyclically after the gap, up to j.
            let homeAfterGap = gap <= j ? (gap < home && home <= j) : (gap < home || home <= j)
            if !homeAfterGap {
                slots[gap] = slots[j]
                slots[j] = .empty
                gap = j
            }
        }
    }

    /// Twice the slots; each key goes where its hash, kept in part as the tag, is looked up from. The full hash is
    /// not kept: the key's bytes give it again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: 2 * old.count)
        let mask = slots.count - 1
        for s in old where s.length >= 0 {
            var i = withKey(s) { hash(of: $0) } & mask
            while slots[i].length >= 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }

    /// Calls `body` with the key of the full slot `s`.
    private func withKey<R>(_ s: Slot, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let length = Int(s.length)
        return withUnsafeTemporaryAllocation(byteCount: max(length, 16), alignment: 8) { buffer in
            withUnsafeBytes(of: s.head) { buffer.copyMemory(from: $0) }
            if length > 16 {
                long.withUnsafeBytes {
                    (buffer.baseAddress! + 16).copyMemory(from: $0.baseAddress! + Int(s.start), byteCount: length - 16)
                }
            }
            return body(UnsafeRawBufferPointer(rebasing: buffer[0..<length]))
        }
    }

    /// Calls `body` with every key and its value, in no particular order.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        for s in slots where s.length >= 0 {
            withKey(s) { body($0.bindMemory(to: UInt8.self), Int(s.value)) }
        }
    }
}
