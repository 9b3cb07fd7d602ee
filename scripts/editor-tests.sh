#!/usr/bin/env bash
# Real editors, headless, against copylint-server: Neovim's built-in client, Emacs + eglot, Vim + ALE.
# Each opens a copy of tests/editors/fixtures/flawed.md and checks CopyLint's diagnostics (rule IDs), a hover,
# and an applied quick fix. Prints one line per check and "N passed, N failed"; exits non-zero on any failure.
#
#   bash scripts/editor-tests.sh            installs the editors with apt-get when missing (needs root)
#   SKIP_APT=1 bash scripts/editor-tests.sh  use what is installed
#   CONFIGURATION=Release, WORK=/tmp/dir, EDITORS="neovim vim-ale" to narrow it down
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/tests/editors"
WORK="${WORK:-$(mktemp -d /tmp/copylint-editors.XXXXXX)}"
CONFIGURATION="${CONFIGURATION:-Debug}"
EDITORS="${EDITORS:-neovim emacs-eglot vim-ale}"

if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in neovim emacs-nox elpa-eglot vim vim-ale python3; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; } >"$WORK/apt.log" 2>&1 \
      || { echo "apt-get failed; see $WORK/apt.log"; exit 2; }
  fi
fi

echo "building copylint-server ($CONFIGURATION)"
dotnet build "$ROOT/src/CopyLint.LanguageServer" -c "$CONFIGURATION" -nologo -v q >"$WORK/build.log" 2>&1 \
  || { tail -20 "$WORK/build.log"; echo "build failed"; exit 2; }
DLL="$ROOT/src/CopyLint.LanguageServer/bin/$CONFIGURATION/net10.0/copylint-server.dll"
[ -f "$DLL" ] || { echo "missing $DLL"; exit 2; }
export LSP_CMD="[\"$(command -v dotnet)\",\"$DLL\"]"

pass=0; fail=0
run() { # name timeout_s command...
  local name=$1 t=$2; shift 2
  case " $EDITORS " in *" $name "*) ;; *) return ;; esac
  local dir="$WORK/$name"; mkdir -p "$dir"
  cp "$HERE/fixtures/flawed.md" "$dir/flawed.md"
  export LSP_FILE="$dir/flawed.md" LSP_OUT="$dir/result.json"
  rm -f "$LSP_OUT"
  local t0; t0=$(date +%s.%N)
  (cd "$dir" && HOME="$dir/home" timeout "$t" "$@" >"$dir/editor.log" 2>&1)
  local rc=$? dt; dt=$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N)-$t0}")
  local out; out=$(python3 "$HERE/check_result.py" "$name" "$LSP_OUT")
  echo "$out" | sed "s/\$/  (${dt}s, rc=$rc)/"
  pass=$((pass + $(echo "$out" | grep -c '^PASS'))); fail=$((fail + $(echo "$out" | grep -c '^FAIL')))
}

mkdir -p "$WORK"/{neovim,emacs-eglot,vim-ale}/home
run neovim 90 nvim --headless --clean -n -i NONE -c "luafile $HERE/nvim/copylint_smoke.lua"
run emacs-eglot 90 emacs --batch -Q -l "$HERE/emacs/copylint_eglot.el"
run vim-ale 90 vim -Nu NONE -i NONE -n -es -S "$HERE/vim-ale/copylint_smoke.vim"

echo "results in $WORK"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
