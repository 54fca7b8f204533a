#if Mimalloc
    import CMimalloc
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The command line allocates with mimalloc instead of the C library's malloc. Parsing on two cores interleaves
/// libcmark's short-lived nodes with the entries, names and links that live until the digest is written; glibc's
/// per-thread arenas fragment under that mix, and `malloc` and `free` grow to a large share of a big journal's run
/// (BENCHMARKS.md, fourth round). Linking the library is what replaces malloc for the whole process, libcmark and
/// libyaml included; this sets the one option kizuna needs.
enum Allocator {
    /// A command that reads the journal once gives freed memory back to the system at once, so the pages the
    /// analysis frees are not held to the end: a lower peak for a little more CPU (BENCHMARKS.md, fifteenth round).
    /// The language server lives on and soon uses again what it frees, so it waits 2 ms (mimalloc's default is 25).
    /// mimalloc's own `MIMALLOC_DECOMMIT_DELAY`, when set, wins.
    static func configure(serving: Bool) {
        setDelay(serving ? 2 : 0)
    }

    /// A journal of this many notes or more waits 25 ms before giving freed memory back (BENCHMARKS.md, twentieth
    /// round): the pages held are a few percent of its size, while faulting them in anew grows with the journal.
    static let notesForDelay = 30_000

    /// Sets the delay for a command reading a journal of `notes` notes, once the walk has counted them.
    static func configure(notes: Int) {
        if notes >= notesForDelay { setDelay(25) }
    }

    private static func setDelay(_ milliseconds: Int) {
        #if Mimalloc
            if getenv("MIMALLOC_DECOMMIT_DELAY") == nil { mi_option_set(mi_option_decommit_delay, milliseconds) }
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
