#!/bin/sh
# CopyLint git pre-commit hook: checks the staged article drafts (.txt .md .markdown .html .htm) and stops the
# commit when any has findings at or above the fail level (default: warning).
#
# Install:  cp scripts/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# Settings (environment):
#   COPYLINT          command to run (default: copylint; e.g. "dotnet /path/copylint.dll")
#   COPYLINT_FAIL_ON  error | warning | info | hint (default: warning)
#   COPYLINT_BASELINE baseline file; used when it exists (default: copylint-baseline.json)
# Skip once with: git commit --no-verify
#
# It lints the staged content, not the working tree: each staged draft is checked through standard input
# with its own file name, so what is committed is what was checked.

COPYLINT=${COPYLINT:-copylint}
FAIL_ON=${COPYLINT_FAIL_ON:-warning}
BASELINE=${COPYLINT_BASELINE:-copylint-baseline.json}

files=$(git diff --cached --name-only --diff-filter=ACMR -z | tr '\0' '\n' | grep -iE '\.(txt|md|markdown|html?)$')
[ -z "$files" ] && exit 0

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
# Write the staged versions into a temporary tree (same relative paths, so copylint.json discovery and the
# baseline's paths still apply when the tree is the repository root's mirror).
root=$(git rev-parse --show-toplevel) || exit 2
cd "$root" || exit 2
echo "$files" | while IFS= read -r f; do
  mkdir -p "$tmp/$(dirname "$f")"
  git show ":$f" > "$tmp/$f" || exit 2
done || exit 2
git ls-files -- 'copylint.json' '*/copylint.json' | while IFS= read -r cfg; do
  mkdir -p "$tmp/$(dirname "$cfg")"
  git show ":$cfg" > "$tmp/$cfg" 2>/dev/null || cp "$cfg" "$tmp/$cfg"
done
set --
if [ -f "$BASELINE" ]; then cp "$BASELINE" "$tmp/.copylint-baseline.json"; set -- --baseline "$tmp/.copylint-baseline.json"; fi
while IFS= read -r f; do set -- "$@" "$f"; done <<LIST
$files
LIST

cd "$tmp" || exit 2
# shellcheck disable=SC2086  # COPYLINT may be a command with arguments, e.g. "dotnet copylint.dll"
$COPYLINT check --fail-on "$FAIL_ON" "$@"
case $? in
  0) exit 0 ;;
  1) echo "copylint: fix the findings above, or commit with --no-verify." >&2; exit 1 ;;
  *) echo "copylint: could not check the staged drafts." >&2; exit 2 ;;
esac
