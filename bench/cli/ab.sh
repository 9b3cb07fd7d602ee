#!/bin/bash
# Interleaved A/B of two or more CopyLint binaries on the same folder: on a shared machine, runs taken in turn see the
# same load, so their medians compare where separate runs do not. Prints median and best wall and user+sys CPU time.
# Usage: bench/cli/ab.sh ROUNDS BINARY... (env: DRAFTS=folder, default /tmp/copylint-bench/drafts from bench/cli/run.sh)
set -u
N=$1; shift
DRAFTS=${DRAFTS:-/tmp/copylint-bench/drafts}
LOG=$(mktemp); ONE=$(mktemp); trap 'rm -f "$LOG" "$ONE"' EXIT
for _ in $(seq "$N"); do
  k=0
  for b in "$@"; do
    k=$((k + 1))
    /usr/bin/time -f "$k %e %U %S %M" -o "$ONE" "$b" check "$DRAFTS" --format json > /dev/null 2>&1
    grep "^$k " "$ONE" >> "$LOG"
  done
done
python3 - "$LOG" "$@" <<'PY'
import statistics as s, sys
rows = [l.split() for l in open(sys.argv[1])]
for k, b in enumerate(sys.argv[2:], 1):
    r = [q for q in rows if q[0] == str(k)]
    w = [float(q[1]) for q in r]; c = [float(q[2]) + float(q[3]) for q in r]; m = [int(q[4]) / 1024 for q in r]
    print(f"{b}: wall median {s.median(w):.3f} s (best {min(w):.3f})  cpu median {s.median(c):.3f} s (best {min(c):.3f})  peak RSS {s.median(m):.0f} MiB")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
