import CMimalloc

/// The command line allocates with mimalloc instead of the C library's malloc. Parsing on two cores interleaves
/// libcmark's short-lived nodes with the entries, names and links that live until the digest is written; glibc's
/// per-thread arenas fragment under that mix, and on a large journal a fifth of the run went to `malloc` and
/// `free` (BENCHMARKS.md). Linking the library is what replaces malloc for the whole process, libcmark and libyaml
/// included; this sets the one option kizuna needs.
enum Allocator {
    /// Memory freed is returned to the system at once instead of after a delay, so the peak stays that of what is
    /// live (the memory target in BENCHMARKS.md); the speed is the same within the machine's noise.
    static func configure() {
        mi_option_set(mi_option_decommit_delay, 0)
    }
}
