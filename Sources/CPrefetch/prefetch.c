/* The processor's hint is all in CPrefetch.h; the page cache's two are here. */
#define _GNU_SOURCE
#include "CPrefetch.h"
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#if defined(__linux__)
/* cachestat(2) came with Linux 6.5, after the headers many systems build with: its number is the same on every
 * architecture, and its two structures are written out here as the kernel defines them. */
#ifndef __NR_cachestat
#define __NR_cachestat 451
#endif
struct kizuna_cachestat_range {
    uint64_t off;
    uint64_t len;
};
struct kizuna_cachestat {
    uint64_t nr_cache;
    uint64_t nr_dirty;
    uint64_t nr_writeback;
    uint64_t nr_evicted;
    uint64_t nr_recently_evicted;
};
#endif

int kizuna_is_cached(int fd) {
#if defined(__linux__)
    /* Counted without reading: a read that may not wait still starts the disk, and a thread paused meanwhile finds
     * the page there when it goes on. A note with no bytes has nothing to wait for. */
    struct kizuna_cachestat_range first = {0, 1};
    struct kizuna_cachestat counts;
    if (syscall(__NR_cachestat, fd, &first, &counts, 0) == 0) {
        struct stat st;
        return counts.nr_cache > 0 || (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0);
    }
#endif
#if defined(__linux__) && defined(RWF_NOWAIT)
    /* Before Linux 6.5, or where a sandbox refuses cachestat. */
    char byte;
    struct iovec one = {&byte, 1};
    if (preadv2(fd, &one, 1, 0, RWF_NOWAIT) < 0 && errno == EAGAIN) return 0;
#else
    (void)fd;
#endif
    return 1;
}

void kizuna_will_need(int fd, long length) {
#if defined(__linux__)
    (void)posix_fadvise(fd, 0, length, POSIX_FADV_WILLNEED);
#else
    (void)fd;
    (void)length;
#endif
}
