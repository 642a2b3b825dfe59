import Dispatch

/// Results of independent jobs run on both cores: `count` slots, each filled by exactly one
/// job, read once all jobs are done.
///
/// Used where the work items are many, small and independent (the word diffs of the changed
/// paragraphs): jobs are dealt out alternately to two threads, so that both get a fair share
/// of long and short ones, and the results come back in job order, whatever thread made them.
final class ParallelResults<Value>: @unchecked Sendable {
    // @unchecked: each slot is written by one job only, and read only after
    // `DispatchQueue.concurrentPerform` has returned, which orders those writes before the reads.
    private let slots: UnsafeMutableBufferPointer<Value?>

    private init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Runs `job(0)` … `job(count - 1)` on two threads (on this one alone unless `inParallel`)
    /// and returns their results in order.
    static func map(count: Int, inParallel: Bool = true, _ job: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1, inParallel else { return (0..<count).map(job) }
        let results = ParallelResults(count: count)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            for index in stride(from: part, to: count, by: 2) {
                results.slots[index] = job(index)
            }
        }
        return results.slots.compactMap { $0 }
    }
}

/// When the differ's work is worth sharing between threads.
enum Parallelism {
    /// Below this many paragraphs (or units of work of that size), the differ's jobs run on the
    /// calling thread: handing work to another thread and waiting for it costs more than it
    /// saves on small drafts, and a history walk compares a thousand small windows.
    static let minimumParagraphs = 256
}
