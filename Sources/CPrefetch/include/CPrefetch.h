#ifndef KIZUNA_PREFETCH_H
#define KIZUNA_PREFETCH_H

/* Asks the processor for the cache line at `p` ahead of its use, and goes on without waiting for it. Swift has no
 * spelling of its own for this hint. */
static inline void kizuna_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

/* Whether the start of the file open at `fd` is in the system's memory, so that reading it waits for no disk: 0 when
 * it is not, 1 when it is or the system cannot tell (`cachestat`, else `preadv2`: neither is in Swift's view). */
int kizuna_is_cached(int fd);

/* Asks the system to start reading the first `length` bytes of the file open at `fd` from disk, and goes on without
 * waiting for them. */
void kizuna_will_need(int fd, long length);

#endif
