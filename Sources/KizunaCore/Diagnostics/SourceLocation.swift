#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A position in a journal file as the user sees it: path relative to the root, 1-based line and column in characters.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path relative to the journal root, with `/` separators.
    public var path: String
    // Kept in 32 bits each: every entry, task and link carries a location.
    private var storedLine: Int32
    private var storedColumn: Int32

    /// 1-based line number, front matter included.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// 1-based column, counted in characters.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Creates a location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { order(a, b) < 0 }

    /// How two places compare: by the bytes of their paths (two paths that differ in bytes are two files, and
    /// `String`'s own comparison brings each Japanese path to its canonical form first), then line, then column.
    /// Below zero when `a` comes first, zero for the same place.
    static func order(_ a: SourceLocation, _ b: SourceLocation) -> Int {
        let paths = utf8Order(a.path, b.path)
        if paths != 0 { return paths }
        if a.storedLine != b.storedLine { return a.storedLine < b.storedLine ? -1 : 1 }
        return a.storedColumn == b.storedColumn ? 0 : a.storedColumn < b.storedColumn ? -1 : 1
    }
}

/// Whether `a` comes before `b` in the byte order of their UTF-8, the order of paths, ids and messages everywhere.
func utf8Precedes(_ a: String, _ b: String) -> Bool { utf8Order(a, b) < 0 }

/// Whether two texts have the same UTF-8 bytes (`String`'s `==` also takes other spellings of the same characters
/// as equal, normalizing every non-ASCII text as it goes).
func utf8Equal(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && utf8Order(a, b) == 0
}

/// How `a` and `b` compare in the byte order of their UTF-8: below zero when `a` comes first, zero when their bytes
/// are the same.
func utf8Order(_ a: String, _ b: String) -> Int {
    // Read in place: a copy made to call `withUTF8` retained both texts at every comparison of a sort.
    let inPlace = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            let n = min(x.count, y.count)
            let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
            return c != 0 ? Int(c) : x.count - y.count
        }
    }
    if let c = inPlace ?? nil { return c }
    return a.utf8.elementsEqual(b.utf8) ? 0 : a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
}

/// The text's first sixteen UTF-8 bytes as two numbers, zero past its end. Comparing them orders texts as
/// `utf8Precedes` does wherever they differ in those bytes, so a sort compares whole texts only on a tie.
func utf8Prefix(_ text: String) -> (UInt64, UInt64) {
    text.withUTF8Bytes { u in
        var v: UInt64 = 0, w: UInt64 = 0
        for k in 0..<8 { v = v << 8 | UInt64(k < u.count ? u[k] : 0) }
        for k in 8..<16 { w = w << 8 | UInt64(k < u.count ? u[k] : 0) }
        return (v, w)
    }
}

/// The indexes `0..<count` in the byte order of their texts' UTF-8, ties in index order. Sorted on each text's first
/// sixteen bytes as numbers and compared whole only where those are the same, so that a comparison copies no text.
func utf8Sorted(count: Int, _ text: (Int) -> String) -> [Int] {
    var keys = (0..<count).map { i -> (UInt64, UInt64, Int) in
        let (v, w) = utf8Prefix(text(i))
        return (v, w, i)
    }
    keys.sort { a, b in a.0 != b.0 ? a.0 < b.0 : a.1 != b.1 ? a.1 < b.1 : utf8Precedes(text(a.2), text(b.2)) }
    return keys.map { $0.2 }
}
