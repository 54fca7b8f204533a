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

    public init(_ directory: JournalResolver.Directory) {
        index = directory.index
    }

    /// Starts building, once.
    public func start() {
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

    /// The closest names found so far, by key: an editor gathers its journal again after every change, and the
    /// same unknown links need not be looked up again.
    private var closest: [String: [String]] = [:]

    /// The warnings for links that name nobody, each with the closest names.
    func warnings(for unresolved: [NameIndex.Unresolved]) -> [Diagnostic] {
        let index = prepared()
        let keys = Set(unresolved.map(\.key))
        lock.lock()
        let missing = keys.filter { closest[$0] == nil }.sorted()
        lock.unlock()
        let found = index.closest(to: missing)
        lock.lock()
        for (key, names) in zip(missing, found) { closest[key] = names }
        let byKey = Dictionary(uniqueKeysWithValues: keys.map { ($0, closest[$0] ?? []) })
        lock.unlock()
        return NameIndex.warnings(for: unresolved, closest: byKey)
    }
}
