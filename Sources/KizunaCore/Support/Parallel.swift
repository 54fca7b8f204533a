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

/// Runs three pieces of work on the cores there are, each begun by the first core free, in the order given, and
/// returns the three results: with two cores, the third goes to whichever of the first two ends first, so work of
/// sizes that differ from journal to journal is shared without knowing them. None may touch another's mutable state.
func inParallel<A, B, C>(_ first: () -> A, _ second: () -> B, _ third: () -> C) -> (A, B, C) {
    let a = ParallelSlot<A>(), b = ParallelSlot<B>(), c = ParallelSlot<C>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            withoutActuallyEscaping(third) { third in
                let work = UnsafeSendable((first, second, third))
                DispatchQueue.concurrentPerform(iterations: 3) { i in
                    switch i {
                    case 0: a.value = work.value.0()
                    case 1: b.value = work.value.1()
                    default: c.value = work.value.2()
                    }
                }
            }
        }
    }
    return (a.value!, b.value!, c.value!)
}

/// Where one of `inParallel`'s results is left.
private final class ParallelSlot<T>: @unchecked Sendable {
    var value: T?
}

/// A result one thread leaves for another, read after a wait that orders the two.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
