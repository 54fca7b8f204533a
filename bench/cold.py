#!/usr/bin/env python3
"""The digest on a journal that is not in memory, as a nightly run finds one after the machine has started, against
the cmark tool on the same files: the system's page cache is dropped before each run (`/proc/sys/vm/drop_caches`,
which needs root; without it this says so and measures nothing). The two take turns, run after run.

Usage: python3 bench/cold.py [--sizes M,M-real] [--runs 3]   (make bench runs it after bench/run.py)
"""
import argparse, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIZUNA = os.path.join(ROOT, ".build", "release", "kizuna")
DROP = "/proc/sys/vm/drop_caches"


def drop_caches():
    os.sync()
    with open(DROP, "w") as f:
        f.write("3\n")


def timed(cmd, shell=False):
    drop_caches()
    start = time.monotonic()
    subprocess.run(cmd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="M,M-real")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not os.access(DROP, os.W_OK):
        print(f"cold runs skipped: {DROP} is not writable (root only)")
        return
    print("| journal | digest, cold (s) | cmark tool, cold (s) | digest / cmark |")
    print("|---|---:|---:|---:|")
    for size in args.sizes.split(","):
        d = os.path.join(ROOT, "bench", "out", size)
        if not os.path.isdir(d):
            sys.exit(f"{d} is missing: run bench/run.py first")
        digest = [KIZUNA, "digest", "--journal", d, "--date", "2026-11-24", "--format", "json", "--stdout"]
        cmark = f"find '{d}' -name '*.md' -not -path '*/digests/*' -print0 | xargs -0 -n 256 -P 2 cmark > /dev/null"
        walls = {"digest": [], "cmark": []}
        for _ in range(args.runs):
            walls["digest"].append(timed(digest))
            walls["cmark"].append(timed(cmark, shell=True))
        a, b = statistics.median(walls["digest"]), statistics.median(walls["cmark"])
        print(f"| {size} | {a:.2f} | {b:.2f} | {a / b:.2f} |")


if __name__ == "__main__":
    main()
