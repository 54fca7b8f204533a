import Dispatch
import Foundation

/// The index that suggests people for links that name nobody. Building it takes a while on a large journal, so it
/// is started on another thread as soon as the first such link turns up while notes are read, and waited for only
/// when the warnings are worded. The index it gives does not depend on when it was started.
public final class SuggestionIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let group = DispatchGroup()
    private var started = false
    private var index: NameIndex
    /// Each person's label, as warnings show them.
    private let labels: [String]
    /// An earlier index whose names are everyone's but those of the people `renamed` since, kept with their names
    /// now: built once, it serves every change of one person's names after it.
    private let base: SuggestionIndex?
    private let renamed: [Int: [[Unicode.Scalar]]]
    /// People called otherwise before the index is built again from scratch.
    static let renamesKept = 32

    public init(_ directory: JournalResolver.Directory) {
        index = directory.index
        labels = directory.index.labels
        base = nil
        renamed = [:]
    }

    /// The index of `directory`, in which person `p` is called otherwise than in `earlier`'s, remembering the
    /// closest people `earlier` found. For a key `near` the person's names, before or after, the closest are
    /// worked out again among those kept and the person: no one else's distance changed. Those kept are the closest
    /// of all, but for the person; when the person was one of them and others were left out, the last kept is no
    /// longer known to be closer than those, and is let go.
    init(
        _ directory: JournalResolver.Directory, remembering earlier: SuggestionIndex, renamed p: Int,
        near: (String) -> Bool
    ) {
        index = directory.index
        labels = directory.index.labels
        earlier.lock.lock()
        let before = earlier.closest
        earlier.lock.unlock()
        let people = directory.people
        func names(_ c: Int) -> [[Unicode.Scalar]] {
            ([people[c].id, people[c].name] + people[c].aliases).map { Array(Normalize.key($0).unicodeScalars) }
        }
        let theirs = names(p)
        if earlier.renamed.count < SuggestionIndex.renamesKept {
            base = earlier.base ?? earlier
            renamed = earlier.renamed.merging([p: theirs]) { $1 }
        } else {
            (base, renamed) = (nil, [:])
        }
        for (key, kept) in before {
            guard near(key) else {
                closest[key] = kept
                continue
            }
            let k = Array(index.comparedKey(key).unicodeScalars)
            let limit = NameIndex.suggestionLimit(k.count)
            var scored: [(distance: Int, person: Int)] = []
            for c in Set(kept.people + [p]) {
                let d = (c == p ? theirs : names(c)).map { Normalize.distance(k, $0, limit: limit) }.min() ?? .max
                if d <= limit { scored.append((d, c)) }
            }
            scored.sort {
                $0.distance != $1.distance ? $0.distance < $1.distance : labels[$0.person] < labels[$1.person]
            }
            // Known closest: all of them when every near person was kept, else as many as were kept but the person.
            let known = kept.complete ? scored.count : kept.people.count - (kept.people.contains(p) ? 1 : 0)
            guard kept.complete || known >= NameIndex.suggestionsShown else { continue }
            closest[key] = (scored.prefix(min(known, NameIndex.suggestionsKept)).map(\.person), kept.complete)
        }
    }

    /// Starts building, once.
    public func start() {
        if let base { return base.start() }
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        started = true
        DispatchQueue.global().async(group: group) { self.index.prepareSuggestions() }
    }

    /// The built index, waiting for it (and starting it, if nothing did).
    func prepared() -> NameIndex {
        start()
        group.wait()
        return index
    }

    /// The closest people to each key: looked up in the earlier index, but for the people called otherwise since,
    /// whose names now are compared one by one.
    private func closestPeople(to keys: [String]) -> [[Int]] {
        guard let base else { return prepared().closest(to: keys) }
        return base.prepared().closest(to: keys, renamed: renamed, labels: labels)
    }

    /// The closest names found so far, by key: an editor gathers its journal again after every change, and the
    /// same unknown links need not be looked up again.
    /// With each key, whether every person near enough was kept.
    private var closest: [String: (people: [Int], complete: Bool)] = [:]

    /// The warnings for links that name nobody, each with the closest names.
    func warnings(for unresolved: [NameIndex.Unresolved]) -> [Diagnostic] {
        let keys = Set(unresolved.map(\.key))
        lock.lock()
        let missing = keys.filter { closest[$0] == nil }.sorted()
        lock.unlock()
        // The index is waited for only when a key is new.
        let found = missing.isEmpty ? [] : closestPeople(to: missing)
        lock.lock()
        for (key, people) in zip(missing, found) { closest[key] = (people, people.count < NameIndex.suggestionsKept) }
        let labels = self.labels
        let honorific = keys.filter { (closest[$0]?.people.isEmpty ?? true) && Honorifics.stripped($0) != nil }
        lock.unlock()
        // A name with an honorific: the people whose names its bare name starts or ends, worked out anew each time
        // (few keys).
        let byBareName =
            honorific.isEmpty
            ? [:]
            : (base?.prepared() ?? prepared()).calledByBareName(of: Array(honorific), renamed: renamed, labels: labels)
        lock.lock()
        let byKey = Dictionary(
            uniqueKeysWithValues: keys.map {
                ($0, NameIndex.shown(closest[$0]?.people ?? [], else: byBareName[$0], labels: labels))
            })
        lock.unlock()
        return NameIndex.warnings(
            for: unresolved, closest: index.suggestingNotesByTitle(byKey, for: unresolved),
            appMakesNote: index.appMakesNote)
    }
}
