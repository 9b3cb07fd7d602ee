#!/usr/bin/env bash
# The whole test suite: .NET unit/integration tests, the VS Code extension's unit tests, real editors
# (Neovim, Emacs eglot, Vim+ALE) and VS Code (code-server) end to end. Installs what it needs by package name.
# Ends with one line "N passed, N failed" summing every suite. Exit 0 only when nothing failed.
#   bash scripts/test-all.sh            everything
#   QUICK=1 bash scripts/test-all.sh    .NET tests only
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
LOGS="${LOGS:-$ROOT/test-artifacts/logs}"
mkdir -p "$LOGS"
passed=0; failed=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); echo "== $3: $1 passed, $2 failed"; }

# 1. .NET: one build, then every test project (Release keeps the engine's JIT output close to what ships)
echo "== dotnet test CopyLint.sln"
dotnet build CopyLint.sln -c Release -v q -nologo 2>&1 | tail -3
dotnet test CopyLint.sln -c Release --no-build -v q -nologo 2>&1 | tee "$LOGS/dotnet-test.log" | grep -E "^(Passed|Failed)!|error|\[FAIL\]" || true
p=$(grep -E "^(Passed|Failed)!" "$LOGS/dotnet-test.log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | paste -sd+ | bc); p=${p:-0}
f=$(grep -E "^(Passed|Failed)!" "$LOGS/dotnet-test.log" | sed -E 's/.*Failed: *([0-9]+),.*/\1/' | paste -sd+ | bc); f=${f:-0}
projects=$(grep -cE "^(Passed|Failed)!" "$LOGS/dotnet-test.log")
expected=$(ls -d tests/*.Tests | wc -l)
if [ "$projects" -lt "$expected" ]; then echo "only $projects of $expected test projects reported results"; f=$((f + expected - projects)); fi
add "$p" "$f" "dotnet"

if [ "${QUICK:-0}" = "1" ]; then echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; fi

# 2. VS Code extension unit tests (node:test, offline)
echo "== vscode-extension npm test"
( cd vscode-extension && npm ci --no-audit --no-fund >"$LOGS/npm-ci.log" 2>&1 && npm test 2>&1 ) | tee "$LOGS/vscode-unit.log" | tail -12
p=$(grep -E "^# pass" "$LOGS/vscode-unit.log" | awk '{print $3}'); f=$(grep -E "^# fail" "$LOGS/vscode-unit.log" | awk '{print $3}')
[ -z "$p" ] && { p=0; f=1; echo "extension unit tests did not run (see $LOGS/npm-ci.log)"; }
add "${p:-0}" "${f:-0}" "vscode-extension unit"

# 3. Real editors against the real server, and VS Code in code-server
for suite in editor-tests vscode-e2e; do
  echo "== scripts/$suite.sh"
  bash "scripts/$suite.sh" >"$LOGS/$suite.log" 2>&1
  code=$?
  tail -25 "$LOGS/$suite.log"
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$LOGS/$suite.log" | tail -1)
  if [ -n "$line" ]; then
    p=$(echo "$line" | awk '{print $1}'); f=$(echo "$line" | awk '{print $3}')
    [ "$code" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  else p=0; f=1; fi
  add "$p" "$f" "$suite"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
