#!/usr/bin/env bash
# Whole-process start-up time of `copylint check` on a one-line file: framework-dependent build and Native AOT.
# Uses hyperfine when installed (apt-get install hyperfine), otherwise a loop timed with date +%s%N.
# Usage: bench/startup.sh [runs]   (from the repository root or anywhere)
# COPYLINT_AOT_DIR picks the AOT output folder; COPYLINT_REBUILD_AOT=1 republishes it. Prints the load average
# before and after: on a shared machine the numbers mean little without it.
set -euo pipefail
runs="${1:-30}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fd="$work/fd"
# Default AOT folder per checkout: several worktrees on one machine must not time each other's binaries.
aot="${COPYLINT_AOT_DIR:-/tmp/copylint-aot-$(printf '%s' "$root" | cksum | cut -d' ' -f1)}"
sample="$work/one-line.txt"
echo "The council met on Tuesday and approved the budget, the mayor said." > "$sample"

echo "building framework-dependent CLI (Release) ..." >&2
dotnet publish "$root/src/CopyLint.Cli" -c Release -o "$fd" -p:PublishAot=false --nologo -v q >&2
if [[ ! -x "$aot/copylint" || "${COPYLINT_REBUILD_AOT:-0}" == 1 ]]; then
  echo "publishing Native AOT CLI to $aot ..." >&2
  if ! dotnet publish "$root/src/CopyLint.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$aot" --nologo -v q > "$work/aot.log" 2>&1; then
    echo "Native AOT publish FAILED; timing the framework-dependent CLI only. First errors:" >&2
    grep -m 5 -E "error" "$work/aot.log" >&2 || tail -5 "$work/aot.log" >&2
    rm -f "$aot/copylint"
  fi
fi

cmds=("$fd/copylint check $sample --format json")
[[ -x "$aot/copylint" ]] && cmds+=("$aot/copylint check $sample --format json")
# Exit code 1 means "findings": still a successful run for timing purposes.
for cmd in "${cmds[@]}"; do
  set +e; $cmd > /dev/null; rc=$?; set -e
  if (( rc > 1 )); then echo "command failed (exit $rc): $cmd" >&2; exit 2; fi
done

echo "load before: $(uptime | sed 's/.*load average/load average/')"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs "$runs" -i -N "${cmds[@]}"
else
  time_ms() {
    local cmd="$1" total=0 best=999999 start end ms
    for _ in 1 2 3; do $cmd > /dev/null || true; done
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N); $cmd > /dev/null || true; end=$(date +%s%N)
      ms=$(( (end - start) / 1000 )); total=$(( total + ms ))
      (( ms < best )) && best=$ms
    done
    printf '%-60s mean %6.1f ms  best %6.1f ms  (%d runs)\n' "$cmd" "$(echo "$total / $runs / 1000" | bc -l)" "$(echo "$best / 1000" | bc -l)" "$runs"
  }
  for cmd in "${cmds[@]}"; do time_ms "$cmd"; done
fi
echo "load after: $(uptime | sed 's/.*load average/load average/')"
