#!/bin/bash
# Counts the calls a kizuna binary makes to swift_retain during one digest, with a uprobe: a count that, unlike
# time on this shared machine, is the same from run to run within a few hundred. Needs root (tracefs) and perf.
# usage: bench/retains.sh [BINARY] [JOURNAL]   (defaults: .build/release/kizuna bench/out/M-real)
set -eu
binary=$(realpath "${1:-.build/release/kizuna}")
journal=${2:-bench/out/M-real}
offset=$(readelf -sW "$binary" | awk '$8 == "swift_retain" { print $2; exit }')
tracing=/sys/kernel/tracing
trap 'echo > $tracing/uprobe_events' EXIT
echo "p:kizuna/retain $binary:0x$offset" > $tracing/uprobe_events
perf stat -x, -e kizuna:retain "$binary" digest --journal "$journal" --date 2026-11-24 --format json --stdout \
    2>&1 >/dev/null | awk -F, '/kizuna:retain/ { print $1, "swift_retain calls" }'
