#ifndef KIZUNA_PREFETCH_H
#define KIZUNA_PREFETCH_H

/* Asks the processor for the cache line at `p` ahead of its use, and goes on without waiting for it. Swift has no
 * spelling of its own for this hint. */
static inline void kizuna_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

#endif
