import CHeapTuning

/// Sets the C library's allocator up for a short-lived process that builds large trees once.
///
/// Comparing two 30,000-paragraph drafts touches about 85 MB of fresh memory. With glibc's
/// defaults that costs some 25,000 page faults (tens of milliseconds of kernel time on a
/// virtual machine): every large array is its own `mmap`, and freed memory goes back to the
/// kernel. `redraft_tune_heap` (Sources/CHeapTuning), called before any thread starts, keeps
/// large blocks on the heap and freed memory for reuse, and grows the main heap once, marked
/// for transparent huge pages where the kernel allows them (`madvise` mode); worker threads
/// keep their own arenas (one shared arena made the two parsing threads wait on its lock), each
/// marked for huge pages by ``applyToThisThread()`` before it parses: about 1,400 faults.
///
/// The tuning changes where memory comes from, never what the program computes; peak memory
/// stays about the same (BENCHMARKS.md). Only `redraft diff` applies it: on `blame`, which
/// inflates a thousand objects one after another, the huge pages cost more zeroing than the
/// faults they save, and `parse` and `added-since` gain nothing measurable. It does nothing on
/// C libraries other than glibc.
enum HeapTuning {
    /// Address space the heap reserves at once; pages are only used when touched.
    static let reservation = 256 << 20

    /// Applies the tuning; call it before the command starts any thread.
    static func apply() {
        _ = redraft_tune_heap(reservation)
    }

    /// Asks for huge pages on the calling worker thread's own heap too; call it on the
    /// thread, before it parses a draft. Does nothing unless ``apply()`` ran (only `diff`
    /// tunes the heap), so shared loading code can call it unconditionally.
    static func applyToThisThread() {
        _ = redraft_tune_thread_heap()
    }
}
