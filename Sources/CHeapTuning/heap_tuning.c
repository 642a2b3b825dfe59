#include "heap_tuning.h"

#include <stdlib.h>  /* first: it defines __GLIBC__ on glibc */

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

/* glibc's HEAP_MAX_SIZE on 64-bit systems: a thread arena's heap is one mapping of this size,
   aligned to it. */
static const uintptr_t thread_heap_size = (uintptr_t)64 << 20;

/* Set once redraft_tune_heap has run: worker threads follow only a tuned process. */
static int heap_tuned;

int redraft_tune_heap(size_t reservation) {
    if (reservation > INT32_MAX) reservation = INT32_MAX;
    mallopt(M_MMAP_THRESHOLD, 32 << 20);     /* large arrays from the heap, not one mmap each */
    mallopt(M_TRIM_THRESHOLD, INT32_MAX);    /* freed memory stays for reuse */
    mallopt(M_TOP_PAD, (int)reservation);    /* the heap grows by the reservation at once */

    /* Grow the heap now and ask for huge pages on the new part. (volatile: the compiler may
       otherwise drop a malloc whose block is freed unused.) */
    char *before = sbrk(0);
    void *volatile block = malloc(1 << 20);
    char *after = sbrk(0);
    free(block);
    if (before == (char *)-1 || after == (char *)-1 || after <= before) return 0;
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t start = ((uintptr_t)before + huge - 1) & ~(huge - 1);
    uintptr_t end = (uintptr_t)after & ~(huge - 1);
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
    heap_tuned = 1;
    return 1;
}

int redraft_tune_thread_heap(void) {
    if (!heap_tuned) return 0;
    void *volatile probe = malloc(64);
    if (probe == NULL) return 0;
    uintptr_t address = (uintptr_t)probe;
    free(probe);
    /* The main heap lies below the program break; thread arenas are mappings far above it. */
    if (address < (uintptr_t)sbrk(0)) return 0;
    uintptr_t heap = address & ~(thread_heap_size - 1);
    return madvise((void *)heap, thread_heap_size, MADV_HUGEPAGE) == 0;
}
#else
int redraft_tune_heap(size_t reservation) {
    (void)reservation;
    return 0;
}

int redraft_tune_thread_heap(void) {
    return 0;
}
#endif
