#!/bin/bash
# Runs the published Native AOT binary over every command and output format on a temp folder, to catch
# trimming/AOT breakage that compile-time analysis cannot see (Newtonsoft.Json is not trim-annotated).
# Usage: bench/cli/aot-smoke.sh [path/to/copylint]
set -u
BIN=${1:-$(cd "$(dirname "$0")/../.." && pwd)/artifacts/linux-x64/copylint}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkdir "$T/d"; cd "$T/d"   # drafts here; command output goes to $T so it is not linted
printf '{ "root": true, "requireSuppressionReason": true, "rules": { "CL0002": "info" } }\n' > copylint.json
printf 'Council votes\n\nThe council voted to close the bridge, killing 12 people.\n' > a.txt
printf -- '---\nauthor: Jane Smith\n---\n# Hed\n\n<!-- copylint-disable-next-line CL0001 -->\nIt cost $5 million.\n' > b.md
fail=0
run() { local want=$1; shift; "$BIN" "$@" > "$T/out.txt" 2> "$T/err.txt"; local rc=$?
  if [[ ",$want," != *",$rc,"* ]]; then echo "FAIL ($rc, want $want): copylint $*"; cat "$T/err.txt"; fail=1; else echo "ok   ($rc): copylint $*"; fi; }
run 0,1 check a.txt b.md
run 0,1 check a.txt b.md --format json
run 0,1 check a.txt b.md --format sarif
run 0,1 check a.txt b.md --format github
run 0,1 check - --format json < a.txt
run 0 baseline . -o ../base.json
run 0 check . --baseline ../base.json --format sarif
run 0,1 fix . --dry-run
run 0,1 suppressions . --format json
run 0 report . -o ../r.html
run 0 report . --format markdown
run 0 rules --format json
run 0 explain CL0001
run 2 explain CL4242
run 2 check --format nope a.txt
printf '{ "rules": { "CL0001": "loud" } }\n' > copylint.json
run 2 check a.txt
exit $fail
