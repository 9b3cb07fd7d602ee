#!/bin/bash
# Whole-process comparison on one 1M-word folder of drafts built from ../shared/corpora:
#   CopyLint (Native AOT binary)  vs  textlint 15.8.0 + textlint-rule-write-good (installed by ../shared/bench-peers).
# Prints wall time (median of N runs after one warm-up), peak RSS and minor page faults (GNU time) for each, and the
# speed ratio (a first touch of a fresh page costs ~12 us on the build VM, so faults are a cost of their own); also
# CopyLint with every rule off (start-up, reads, parsing and output: the floor the rules add to), and the read floor
# under any .NET linter (bench/CopyLint.ReadFloor, published as Native AOT on first use: list, read, decode, count words).
# Ends with the budget a speed target leaves once the read floor is paid (TARGET=50 times textlint's wall time).
# Usage: bench/cli/run.sh    (env: COPYLINT=path to the AOT binary, PEERS=/tmp/peers, OUT=/tmp/copylint-bench,
#                             WORDS=1000000, N=3, N_PEER=1, TARGET=50)
set -u
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
OUT=${OUT:-/tmp/copylint-bench}; CORPUS=$OUT/drafts
COPYLINT=${COPYLINT:-$REPO/artifacts/linux-x64/copylint}
PEERS=${PEERS:-/tmp/peers}; . "$SHARED/bench-peers/linters.sh"
N=${N:-3}; N_PEER=${N_PEER:-1}; WORDS=${WORDS:-1000000}; TARGET=${TARGET:-50}
[ -x "$COPYLINT" ] || { echo "no AOT binary at $COPYLINT: run scripts/publish.sh first" >&2; exit 2; }
mkdir -p "$OUT"
python3 "$HERE/make_folder.py" "$SHARED/corpora" "$CORPUS" "$WORDS"
FILES=("$CORPUS"/*)
W=$(cat "${FILES[@]}" | wc -w)
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # name runs command...
  local name=$1 runs=$2; shift 2
  local walls=() peaks=() cpus=() faults=() i
  for i in $(seq 0 "$runs"); do   # run 0 is the unmeasured warm-up
    /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
    local rc=$?
    [ "$i" = 0 ] && continue
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(k=1;k<=n;k++) s=s*60+p[k]; print s}' "$OUT/$name.time")")
    peaks+=("$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$OUT/$name.time")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$OUT/$name.time")")
    faults+=("$(awk -F': ' '/Minor \(reclaiming a frame\) page faults/ {print $2}' "$OUT/$name.time")")
  done
  local w p c f; w=$(printf '%s\n' "${walls[@]}" | median); p=$(printf '%s\n' "${peaks[@]}" | median)
  c=$(printf '%s\n' "${cpus[@]}" | median); f=$(printf '%s\n' "${faults[@]}" | median)
  printf '%-10s %8s words %4d files  wall %8.3f s  cpu %8.3f s  %10.0f words/s  peak RSS %7.1f MiB  %6.0f page faults  (exit %s)\n' \
    "$name" "$W" "${#FILES[@]}" "$w" "$c" "$(awk -v w="$W" -v t="$w" 'BEGIN{print (t > 0 ? w / t : 0)}')" "$p" "$f" "$rc"
  eval "WALL_$name=$w"; eval "CPU_$name=$c"
}

echo "machine: $(nproc) cores; $(date -u +%FT%TZ)"
measure copylint "$N" "$COPYLINT" check "$CORPUS" --format json
# The same run with every rule off: start-up, file reads, parsing and output alone. A copy of the folder carries a root
# copylint.json that turns each enabled rule off (a config next to the drafts would change the measured run above).
FLOOR=$OUT/floor; rm -rf "$FLOOR"; mkdir -p "$FLOOR"; cp -r "$CORPUS" "$FLOOR/drafts"
"$COPYLINT" rules | awk 'NR > 1 && $3 == "yes" {printf "%s\"%s\": \"none\"", (n++ ? ", " : ""), $1} BEGIN {printf "{ \"root\": true, \"rules\": { "} END {print " } }"}' \
  > "$FLOOR/copylint.json"
measure rules_off "$N" "$COPYLINT" check "$FLOOR/drafts" --format json
READ_FLOOR=$OUT/readfloor/CopyLint.ReadFloor
if [ ! -x "$READ_FLOOR" ] || [ "$REPO/bench/CopyLint.ReadFloor/Program.cs" -nt "$READ_FLOOR" ]; then # missing or older than its source
  echo "publishing bench/CopyLint.ReadFloor (Native AOT, about a minute) ..."
  dotnet publish "$REPO/bench/CopyLint.ReadFloor" -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/readfloor" > "$OUT/readfloor.log" 2>&1 \
    || { echo "could not publish the read floor: see $OUT/readfloor.log" >&2; exit 2; }
fi
measure read_floor "$N" "$READ_FLOOR" "$CORPUS"
cd "$PEERS/textlint" || exit 2
# shellcheck disable=SC2046
measure textlint "$N_PEER" $(lint_cmd textlint "") "${FILES[@]}"
awk -v a="$WALL_textlint" -v b="$WALL_copylint" -v ca="$CPU_textlint" -v cb="$CPU_copylint" \
  'BEGIN{printf "copylint vs textlint+write-good on the same files: %.1fx faster by wall time, %.1fx less CPU time\n", a/b, ca/cb}'
awk -v t="$WALL_textlint" -v x="$TARGET" -v f="$WALL_read_floor" -v o="$WALL_rules_off" -v c="$WALL_copylint" 'BEGIN{
  b = t / x; printf "at %gx textlint a run may take %.3f s: reading alone takes %.3f s (%.0f%% of it), parsing with every rule off %.3f s, the full run %.3f s\n", x, b, f, 100 * f / b, o, c}'
