#!/usr/bin/env bash
# Builds the CopyLint VS Code extension as a .vsix:
#   1. publishes the language server (framework-dependent, needs the .NET 10 runtime) into vscode-extension/server
#   2. copies the JSON schemas for copylint.json and rule packs from rules/schema into vscode-extension/schemas
#      (copylint.schema.json, rule-pack.schema.json) and the rule pages from docs/rules into vscode-extension/docs
#   3. installs the extension's npm packages from the lockfile, bundles with esbuild, packages with @vscode/vsce
# Usage: scripts/package-extension.sh [-o out.vsix]
# Env:   SKIP_SERVER=1 keeps an existing vscode-extension/server (or ships none: then set copylint.server.path)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EXT="$ROOT/vscode-extension"
VERSION="$(node -p 'require(process.argv[1]).version' "$EXT/package.json")"
OUT="$EXT/copylint-$VERSION.vsix"
if [ "${1:-}" = "-o" ] && [ -n "${2:-}" ]; then OUT="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; fi
say() { echo "package-extension: $*" >&2; }

# 1. the server
if [ "${SKIP_SERVER:-}" != "1" ]; then
  say "dotnet publish src/CopyLint.LanguageServer -> vscode-extension/server"
  rm -rf "$EXT/server"
  dotnet publish "$ROOT/src/CopyLint.LanguageServer" -c Release -o "$EXT/server" --self-contained false \
    -p:UseAppHost=false -p:DebugType=none --nologo -v quiet >&2
  [ -f "$EXT/server/copylint-server.dll" ] || { say "publish did not produce server/copylint-server.dll"; exit 1; }
fi

# 2. schemas and rule docs
rm -rf "$EXT/schemas" "$EXT/docs"
mkdir -p "$EXT/schemas"
for s in copylint.schema.json rule-pack.schema.json; do
  if [ -f "$ROOT/rules/schema/$s" ]; then
    cp "$ROOT/rules/schema/$s" "$EXT/schemas/$s"
  else
    say "WARNING: rules/schema/$s is missing; copylint.json / rule packs get no validation in this build"
  fi
done
if [ -d "$ROOT/docs/rules" ]; then
  mkdir -p "$EXT/docs/rules"; cp "$ROOT"/docs/rules/*.md "$EXT/docs/rules/" 2>/dev/null || true
fi

# 3. bundle and package
cd "$EXT"
if [ ! -x node_modules/.bin/vsce ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund >&2
fi
node esbuild.mjs --minify >&2
rm -f "$OUT"
node_modules/.bin/vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links -o "$OUT" >&2
say "built $OUT"
echo "$OUT"
