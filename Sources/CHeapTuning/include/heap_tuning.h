#ifndef REDRAFT_HEAP_TUNING_H
#define REDRAFT_HEAP_TUNING_H

#include <stddef.h>

/// Sets glibc's allocator up for a short-lived process that builds large trees once: no mmap
/// below 32 MB, no trimming, and the main heap grown by `reservation` bytes of address space
/// marked for transparent huge pages. Call it before any thread starts.
/// Returns 1 when the tuning was applied, 0 where it does not apply (not glibc, or the
/// heap could not be grown).
int redraft_tune_heap(size_t reservation);

/// Marks the calling thread's malloc arena for transparent huge pages, when the thread has an
/// arena of its own (glibc gives each worker thread one: a 64 MB-aligned mapping). Call it on
/// a worker thread before it builds large structures. Does nothing unless redraft_tune_heap
/// ran first (the process chose the tuning). Returns 1 when applied.
int redraft_tune_thread_heap(void);

#endif
