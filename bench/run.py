#!/usr/bin/env python3
"""kizuna benchmark: generated journals S, M, L (and M with one tag shared by everyone, and M and L written as people
write theirs: M-real, L-real), measured side by side.

For each journal it runs, three times each (every command on every journal taking turns, round by round), on the
same files:
  read    kizuna-bench read DIR         plain reading of every note (all cores)
  floor   kizuna-bench floor DIR        libcmark alone: read + parse + free every note (all cores)
  floor-mimalloc                        the same with mimalloc, the allocator kizuna links, preloaded
  parse-c bench/parse_floor.c DIR       libcmark alone from C (one read() a note, two threads), mimalloc preloaded:
                                        what parsing costs with no Swift in the way, for reference
  cmark   cmark CLI, two processes       find | xargs -P 2 cmark > /dev/null
  check   kizuna check --journal DIR
  digest  kizuna digest --journal DIR --date 2026-11-24 --format json --stdout
and reports the median wall time, CPU time (user + sys), peak resident memory, MB/s, and the target ratios. The ratios
between journals are also measured from digests run back to back (`--paired-runs`, five by default).

Usage: python3 bench/run.py [--sizes S,M,L] [--runs 3]   (make bench runs it after a release build)
"""
import argparse, os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
KIZUNA = os.path.join(ROOT, ".build", "release", "kizuna")
BENCH = os.path.join(ROOT, ".build", "release", "kizuna-bench")
PARSE_C = os.path.join(OUT, "parse_floor")
DATE = "2026-11-24"


def journal_bytes(path):
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if d != "digests" and not d.startswith(".")]
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames if f.endswith(".md"))
    return total


def measure(cmd, shell=False):
    """Runs cmd once; returns (wall s, cpu s, peak RSS MiB). CPU and RSS include every waited-for descendant."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"failed ({status}): {cmd}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def mimalloc_path():
    """The mimalloc library kizuna is linked with, as the dynamic loader finds it."""
    out = subprocess.run(["ldd", KIZUNA], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "libmimalloc" in line and "=>" in line:
            return line.split("=>")[1].split()[0]
    sys.exit("kizuna is not linked with libmimalloc")


def build_parse_floor():
    """Compiles bench/parse_floor.c with the system's C compiler, else the clang every Swift toolchain brings
    (libcmark-dev is already a build dependency)."""
    source = os.path.join(ROOT, "bench", "parse_floor.c")
    compiler = shutil.which("cc") or shutil.which("clang")
    if compiler is None:
        sys.exit("no C compiler (cc or clang) to build bench/parse_floor.c")
    os.makedirs(OUT, exist_ok=True)
    subprocess.run([compiler, "-O2", "-o", PARSE_C, source, "-lcmark", "-lpthread"], check=True)


def digest_command(d):
    return [KIZUNA, "digest", "--journal", d, "--date", DATE, "--format", "json", "--stdout"]


# Journals whose digests are compared, with the goal of their ratio.
PAIRS = [("L", "M", "<= 5.5"), ("L-real", "M-real", "<= 5.5"), ("M-everyone", "M", "about 1")]


def paired(journals, runs):
    """Prints each pair's ratio from digests run back to back, each journal read just before its run, the order
    alternating: the machine's speed drifts from minute to minute, and the ratio of two medians taken a round's
    commands apart carries that drift. (The machine also pages out what sits idle for seconds, the page cache
    included; hence the read.)"""
    dirs = {name: d for name, d, *_ in journals}
    for a, b, goal in PAIRS:
        if a not in dirs or b not in dirs:
            continue
        ratios = []
        for k in range(runs):
            wall = {}
            for name in (b, a) if k % 2 == 0 else (a, b):
                measure([BENCH, "read", dirs[name]])
                wall[name] = measure(digest_command(dirs[name]))[0]
            ratios.append(wall[a] / wall[b])
        print(f"| {a} digest / {b} digest, back to back (median of {runs} ratios; range) | "
              f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}) | {goal} |", flush=True)


def commands(d):
    q = f"'{d}'"
    return [
        ("read", [BENCH, "read", d], False),
        ("floor", [BENCH, "floor", d], False),
        ("floor-mimalloc", ["env", f"LD_PRELOAD={mimalloc_path()}", BENCH, "floor", d], False),
        ("parse-c", ["env", f"LD_PRELOAD={mimalloc_path()}", PARSE_C, d], False),
        ("cmark", f"find {q} -name '*.md' -not -path '*/digests/*' -print0 | xargs -0 -n 256 -P 2 cmark > /dev/null", True),
        ("check", [KIZUNA, "check", "--journal", d], False),
        ("digest", digest_command(d), False),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="S,M,L,M-everyone,M-real,L-real")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--paired-runs", type=int, default=5)
    args = ap.parse_args()
    for tool in (KIZUNA, BENCH):
        if not os.access(tool, os.X_OK):
            sys.exit(f"{tool} is missing: run `make bench` (it builds both in release mode)")
    build_parse_floor()
    results = {}
    print(f"machine: {os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
          f"runs: {args.runs} (median wall shown)\n")
    print("| journal | files | MB | command | wall s | CPU s | peak MiB | MB/s |")
    print("|---|---:|---:|---|---:|---:|---:|---:|")
    journals = []
    for name in args.sizes.split(","):
        size, _, variant = name.partition("-")
        d = os.path.join(OUT, name)
        if not os.path.isdir(d):
            extra = {"everyone": ["--everyone-tag"], "real": ["--real"]}.get(variant, [])
            subprocess.run([BENCH, "generate", size, d] + extra, check=True)
        files = sum(1 for _, _, fs in os.walk(d) for f in fs if f.endswith(".md"))
        journals.append((name, d, files, journal_bytes(d) / 1e6, commands(d)))
    # Every command on every journal takes its turn in each round, so that a slow spell of the machine (a shared
    # one varies by a quarter from minute to minute) falls on all of them alike, and the ratios between commands
    # and between journals (L/M) compare runs made in the same minutes.
    rounds = []
    for _ in range(args.runs):
        this = {}
        for name, d, _, _, cmds in journals:
            measure([BENCH, "read", d])  # warm the page cache
            for label, cmd, shell in cmds:
                this[(name, label)] = measure(cmd, shell)
        rounds.append(this)
    for name, d, files, mb, cmds in journals:
        for label, _, _ in cmds:
            runs = [r[(name, label)] for r in rounds]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            rss = max(r[2] for r in runs)
            results[(name, label)] = (wall, cpu, rss, mb)
            print(f"| {name} | {files} | {mb:.1f} | {label} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {mb / wall:.0f} |", flush=True)

    def ratio(a, b):
        return results[a][0] / results[b][0] if a in results and b in results else float("nan")

    print("\n| target | measured | goal |")
    print("|---|---:|---|")
    if ("M", "digest") in results:
        print(f"| M digest / cmark CLI (wall) | {ratio(('M', 'digest'), ('M', 'cmark')):.2f} | <= 1.0 |")
        print(f"| M digest / libcmark floor (wall) | {ratio(('M', 'digest'), ('M', 'floor')):.2f} | <= 2.5 |")
        print(f"| M digest / libcmark floor with mimalloc (wall) | {ratio(('M', 'digest'), ('M', 'floor-mimalloc')):.2f} | <= 2.5 |")
        wall, cpu, rss, mb = results[("M", "digest")]
        print(f"| M digest peak memory / journal size | {rss * 1.048576 / mb:.2f} | <= 2.0 |")
    if ("L", "digest") in results and ("M", "digest") in results:
        print(f"| L digest / M digest (wall) | {ratio(('L', 'digest'), ('M', 'digest')):.2f} | <= 5.5 |")
    # The journals written as people write theirs (RealGenerator) keep the same targets.
    if ("M-real", "digest") in results:
        print(f"| M-real digest / cmark CLI (wall) | {ratio(('M-real', 'digest'), ('M-real', 'cmark')):.2f} | <= 1.0 |")
        wall, cpu, rss, mb = results[("M-real", "digest")]
        print(f"| M-real digest peak memory / journal size | {rss * 1.048576 / mb:.2f} | <= 2.0 |")
    # No goal: how many times libcmark's own parse the whole digest takes, so that the cmark targets can be read
    # as what is left for kizuna's work.
    for name in ("M", "M-real"):
        if (name, "digest") in results:
            print(f"| {name} digest / libcmark parse from C (wall; for reference) | "
                  f"{ratio((name, 'digest'), (name, 'parse-c')):.2f} | |")
    if ("L-real", "digest") in results and ("M-real", "digest") in results:
        print(f"| L-real digest / M-real digest (wall) | {ratio(('L-real', 'digest'), ('M-real', 'digest')):.2f} | <= 5.5 |")
    if ("M-everyone", "digest") in results and ("M", "digest") in results:
        print(f"| M digest, one tag shared by everyone / M digest | {ratio(('M-everyone', 'digest'), ('M', 'digest')):.2f} | about 1 |")
    paired(journals, args.paired_runs)


if __name__ == "__main__":
    main()
