#!/usr/bin/env python3
"""Kill test: runs kizuna's writing commands on a journal and kills them with SIGKILL at random moments, many times,
then checks that every note and the previous digest are intact: each file holds either its old bytes or the whole
new bytes the command writes when it is not killed, and no other file changed.

Usage: python3 scripts/kill_test.py [--runs 300] [--seed 1]   (make kill-test builds kizuna first)
"""
import argparse, os, random, shutil, signal, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIZUNA = os.path.join(ROOT, ".build", "release", "kizuna")
BENCH = os.path.join(ROOT, ".build", "release", "kizuna-bench")
DATE = "2026-11-24"

COMMANDS = {
    "digest": ["digest", "--date", DATE],
    "digest-json": ["digest", "--date", DATE, "--format", "json"],
    "log": ["log", "Coffee #meet", "--with", "P0001", "--date", DATE],
    "log-several": ["log", "Lunch #meet", "--with", "P0002", "--with", "P0003", "--date", DATE],
    "add": ["add", "New Person", "--circle", "close"],
    "snooze": ["snooze", "P0004", "--until", "2w", "--date", DATE],
    "export": ["export", "ics", "--date", DATE, "--out", "calendar.ics"],
}


def snapshot(d):
    out = {}
    for folder, _, files in os.walk(d):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, d)
            if rel.startswith(".git"):
                continue
            with open(path, "rb") as f:
                out[rel] = f.read()
    return out


def is_temporary(rel):
    name = os.path.basename(rel)
    return name.startswith(".") and ".kizuna-" in name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for tool in (KIZUNA, BENCH):
        if not os.access(tool, os.X_OK):
            sys.exit(f"{tool} is missing: run `make kill-test`")
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="kizuna-kill-")
    pristine = os.path.join(work, "pristine")
    subprocess.run([BENCH, "generate", "XS", pristine], check=True, stdout=subprocess.DEVNULL)
    # A previous digest, which no later run may damage.
    subprocess.run([KIZUNA, "digest", "--date", "2026-11-23", "--journal", pristine], check=True, stderr=subprocess.DEVNULL)
    notes = sorted(os.path.relpath(os.path.join(f, n), pristine) for f, _, ns in os.walk(os.path.join(pristine, "people"))
                   for n in ns if n.endswith(".md"))
    ids = [os.path.basename(n)[:-3] for n in notes[:6]]
    before = snapshot(pristine)
    # What each command writes when it runs to the end.
    expected, durations = {}, {}
    for label, cmd in COMMANDS.items():
        cmd = [ids[int(a[1:])] if a.startswith("P000") else a for a in cmd]
        COMMANDS[label] = cmd
        d = os.path.join(work, "once")
        shutil.copytree(pristine, d, symlinks=True)
        t = time.monotonic()
        r = subprocess.run([KIZUNA] + cmd + ["--journal", d], cwd=d, capture_output=True)
        durations[label] = time.monotonic() - t
        if r.returncode != 0:
            sys.exit(f"{label} failed without a kill: {r.stderr.decode()}")
        after = snapshot(d)
        expected[label] = {k: v for k, v in after.items() if before.get(k) != v}
        shutil.rmtree(d)
    counts = {label: {"runs": 0, "killed": 0, "finished": 0, "old": 0, "temporaries": 0} for label in COMMANDS}
    damaged = []
    for i in range(args.runs):
        label = rng.choice(sorted(COMMANDS))
        d = os.path.join(work, "run")
        shutil.copytree(pristine, d, symlinks=True)
        p = subprocess.Popen([KIZUNA] + COMMANDS[label] + ["--journal", d], cwd=d,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, durations[label] * 1.1))
        c = counts[label]
        c["runs"] += 1
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            c["killed"] += 1
        p.wait()
        now = snapshot(d)
        changed = {k for k in set(now) | set(before) if now.get(k) != before.get(k)}
        temporaries = {k for k in changed if is_temporary(k) and k not in before}
        c["temporaries"] += len(temporaries)
        changed -= temporaries
        for k in changed:
            if k not in expected[label] or now.get(k) != expected[label][k]:
                damaged.append((i, label, k))
        if changed == set(expected[label]):
            c["finished"] += 1
        elif not changed:
            c["old"] += 1
        else:
            damaged.append((i, label, "partly written: " + ", ".join(sorted(changed))))
        shutil.rmtree(d)
    shutil.rmtree(work)
    print("| command | runs | killed | left as before | finished | temporary files left |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, c in sorted(counts.items()):
        print(f"| {label} | {c['runs']} | {c['killed']} | {c['old']} | {c['finished']} | {c['temporaries']} |")
    if damaged:
        for run, label, what in damaged[:20]:
            print(f"DAMAGED in run {run} ({label}): {what}")
        sys.exit(1)
    print(f"\n{args.runs} runs: no note and no previous digest was damaged.")


if __name__ == "__main__":
    main()
