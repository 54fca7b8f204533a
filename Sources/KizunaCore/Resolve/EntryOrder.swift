import Foundation

/// The distinct lists of tags seen so far in the notes resolved one after another, so that equal ones share their
/// storage.
struct SharedArrays {
    private var tagLists: [[String]] = []

    /// The equal list already seen, else `tags` itself (remembered while fewer than `remembered` are).
    mutating func intern(_ tags: [String]) -> [String] {
        if tags.isEmpty { return [] }
        if let same = tagLists.first(where: { SharedArrays.same($0, tags) }) { return same }
        if tagLists.count < SharedArrays.remembered { tagLists.append(tags) }
        return tags
    }

    /// How many lists are remembered: a journal's entries use a few lists of tags over and over.
    static let remembered = 32

    /// Whether two lists hold the same tags, byte for byte: a list is shared only with one spelt the same, so
    /// each entry keeps its tags as written; `String`'s comparison would also look for other spellings of the same
    /// characters, mostly in tags that differ (BENCHMARKS.md, seventh round).
    static func same(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where !utf8Equal(a[i], b[i]) { return false }
        return true
    }
}

/// An entry's place in the journal's order, with where it is kept.
struct EntryKey: Comparable {
    var date: Int32
    var note: Int32
    var line: Int32
    var column: Int32
    var position: UInt64

    static func < (a: EntryKey, b: EntryKey) -> Bool {
        (a.date, a.note, a.line, a.column) < (b.date, b.note, b.line, b.column)
    }
}

/// Each path's rank when the paths are sorted by their UTF-8 bytes.
func rankByPath(_ paths: [String]) -> [Int] {
    // The walk usually lists notes in path order already (it differs only where a folder's name is followed, in a
    // sibling's, by a byte that sorts before `/`): one look along the list then saves sorting it.
    if paths.indices.dropFirst().allSatisfy({ !utf8Precedes(paths[$0], paths[$0 - 1]) }) { return Array(paths.indices) }
    var rank = [Int](repeating: 0, count: paths.count)
    for (r, i) in paths.indices.sorted(by: { utf8Precedes(paths[$0], paths[$1]) }).enumerated() { rank[i] = r }
    return rank
}

/// Sorts the list, drops repeats and `leavingOut`, in place.
func sortUniqueInPlace(_ xs: inout [Int], leavingOut: Int?) {
    if xs.count > 1 { xs.sort() }
    var w = 0
    for r in xs.indices where (r == 0 || xs[r] != xs[r - 1]) && xs[r] != leavingOut {
        xs[w] = xs[r]
        w += 1
    }
    xs.removeLast(xs.count - w)
}

func sortedUnique(_ xs: [Int]) -> [Int] {
    var s = xs.sorted()
    var w = 0
    for r in s.indices where r == 0 || s[r] != s[r - 1] {
        s[w] = s[r]
        w += 1
    }
    s.removeLast(s.count - w)
    return s
}

extension Array where Element == Int {
    /// Index of `x` in this sorted array.
    func binarySearch(_ x: Int) -> Int? {
        var lo = 0, hi = count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if self[mid] == x { return mid }
            if self[mid] < x { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }
}
