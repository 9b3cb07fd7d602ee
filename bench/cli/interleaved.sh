#!/bin/bash
# CopyLint vs textlint + write-good on the folder bench/cli/run.sh builds, taken in turn: each round times CopyLint
# (the median of 3 runs), then textlint once, and prints that round's ratio. The host's speed swings within minutes
# (textlint 6.7-11 s on the same files), so a ratio taken within one round is steadier than two medians taken minutes
# apart. Prints every round and the median, lowest and highest ratio.
# Usage: bench/cli/interleaved.sh [rounds]   (env: COPYLINT=AOT binary, PEERS=/tmp/peers, OUT=/tmp/copylint-bench)
set -u
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
ROUNDS=${1:-5}
OUT=${OUT:-/tmp/copylint-bench}; CORPUS=$OUT/drafts
COPYLINT=${COPYLINT:-$REPO/artifacts/linux-x64/copylint}
PEERS=${PEERS:-/tmp/peers}; . "$SHARED/bench-peers/linters.sh"
[ -x "$COPYLINT" ] || { echo "no AOT binary at $COPYLINT: run scripts/publish.sh first" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no folder at $CORPUS: run bench/cli/run.sh once to build it" >&2; exit 2; }
[ -d "$PEERS/textlint" ] || { echo "no textlint at $PEERS/textlint: install it with ../shared/bench-peers" >&2; exit 2; }
FILES=("$CORPUS"/*)
ONE=$(mktemp); trap 'rm -f "$ONE"' EXIT

wall() { # command...: wall seconds of one run, output discarded
  /usr/bin/time -f "%e" -o "$ONE" "$@" > /dev/null 2>&1
  tail -n 1 "$ONE" # GNU time writes "Command exited with non-zero status N" first when findings set the exit code
}

echo "machine: $(nproc) cores; $(date -u +%FT%TZ); ${#FILES[@]} files"
ratios=()
"$COPYLINT" check "$CORPUS" --format json > /dev/null 2>&1 # warm the page cache and the binary
for r in $(seq "$ROUNDS"); do
  c=$( { wall "$COPYLINT" check "$CORPUS" --format json; wall "$COPYLINT" check "$CORPUS" --format json; \
         wall "$COPYLINT" check "$CORPUS" --format json; } | sort -g | sed -n 2p)
  # shellcheck disable=SC2046
  t=$(cd "$PEERS/textlint" && wall $(lint_cmd textlint "") "${FILES[@]}")
  ratio=$(awk -v a="$t" -v b="$c" 'BEGIN{printf "%.1f", (b > 0 ? a / b : 0)}')
  ratios+=("$ratio")
  printf 'round %d: copylint %.3f s  textlint %.2f s  %sx  (load %s)\n' "$r" "$c" "$t" "$ratio" "$(cut -d' ' -f1 /proc/loadavg)"
done
printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "ratio by wall time over %d rounds: median %.1fx, lowest %.1fx, highest %.1fx\n", NR, m, a[1], a[NR]}'
