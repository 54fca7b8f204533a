import Dispatch
import Foundation

/// Lets a parallel loop write each result into its own slot of a buffer.
struct UnsafeSendable<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// `(0..<count).map(transform)` on all cores, each result written straight into its own slot.
func parallelMap<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
    withoutActuallyEscaping(transform) { transform in
        let work = UnsafeSendable(transform)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let out = UnsafeSendable(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: count) { i in (out.value! + i).initialize(to: work.value(i)) }
            initialized = count
        }
    }
}

/// Runs `first` and `second` at the same time, on two cores, and returns both results. The two must not touch the
/// same mutable state.
func inParallel<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    let a = ParallelSlot<A>(), b = ParallelSlot<B>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UnsafeSendable((first, second))
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { a.value = work.value.0() } else { b.value = work.value.1() }
            }
        }
    }
    return (a.value!, b.value!)
}

/// Where one of `inParallel`'s two results is left.
private final class ParallelSlot<T>: @unchecked Sendable {
    var value: T?
}

/// A result one thread leaves for another, read after a wait that orders the two.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
