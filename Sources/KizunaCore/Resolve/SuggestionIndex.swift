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
}
