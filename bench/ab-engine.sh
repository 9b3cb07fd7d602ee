#!/usr/bin/env bash
# Compare the engine (parse + every rule, one document per story, single thread, JIT, warm) of two or more working
# trees, runs taken in turn so that a busy machine slows them alike. Each tree needs a Release build of
# bench/CopyLint.Throughput (dotnet build bench/CopyLint.Throughput -c Release). Prints each run's lint/doc row;
# compare the best and CPU columns. Usage: bench/ab-engine.sh <rounds> <worktree>...   (env: ITER=12 MB=8 KIND=plaintext)
set -u
rounds=${1:?rounds}; shift
[ $# -ge 1 ] || { echo "usage: $0 <rounds> <worktree>..." >&2; exit 2; }
for t in "$@"; do
  [ -f "$t/bench/CopyLint.Throughput/bin/Release/net10.0/CopyLint.Throughput.dll" ] || { echo "$t: build bench/CopyLint.Throughput -c Release first" >&2; exit 2; }
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for t in "$@"; do
    row=$(dotnet "$t/bench/CopyLint.Throughput/bin/Release/net10.0/CopyLint.Throughput.dll" "${ITER:-12}" "${MB:-8}" "${KIND:-plaintext}" doclint | grep 'lint/doc')
    printf '%-28s %s\n' "$(basename "$t")" "$row"
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
