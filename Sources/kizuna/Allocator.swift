#if Mimalloc
    import CMimalloc
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The command line allocates with mimalloc instead of the C library's malloc. Parsing on two cores interleaves
/// libcmark's short-lived nodes with the entries, names and links that live until the digest is written; glibc's
/// per-thread arenas fragment under that mix, and on a large journal a fifth of the run went to `malloc` and
/// `free` (BENCHMARKS.md). Linking the library is what replaces malloc for the whole process, libcmark and libyaml
/// included; this sets the one option kizuna needs.
enum Allocator {
    /// Memory freed is returned to the system after 2 ms instead of mimalloc's 25, so the peak stays close to what
    /// is live (the memory target in BENCHMARKS.md: on M, 107.5 MiB at 25 ms, 103.7 at 2). At 0 the peak is
    /// 96.3 MiB but the run is 8% slower: every return interrupts the other core to flush its address cache.
    /// mimalloc's own `MIMALLOC_DECOMMIT_DELAY`, when set, wins.
    static func configure() {
        #if Mimalloc
            if getenv("MIMALLOC_DECOMMIT_DELAY") == nil { mi_option_set(mi_option_decommit_delay, 2) }
        #endif
    }
}

/// The limit on open files. The journal reader holds notes open between its two reads, as many as the limit leaves
/// room for; many systems start a process with a soft limit of 1,024 under a far higher hard one.
enum OpenFiles {
    /// Raises the soft limit as far as the hard limit allows, up to 131,072: a file held open costs the kernel a few
    /// hundred bytes, and a journal of more notes reads the rest twice by name, as before.
    static func raiseLimit() {
        var limit = rlimit()
        #if canImport(Glibc)
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
            let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0 else { return }
        let wanted = min(limit.rlim_max, 131_072)
        guard limit.rlim_cur < wanted else { return }
        limit.rlim_cur = wanted
        _ = setrlimit(resource, &limit)
    }
}
