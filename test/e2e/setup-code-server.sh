#!/usr/bin/env bash
# Install a real, offline-capable VS Code (code-server) for the end-to-end tests.
#
# - Debian packages it needs (chromium for the browser, ripgrep for search,
#   the toolchain and headers for code-server's native modules) are installed
#   with apt-get, only the ones that are missing.
# - code-server is installed from the npm registry into a cache folder OUTSIDE
#   the repo:  ${STAR_COACH_CACHE:-$HOME/.cache/star-coach}/code-server-4.100.3
#   Its own postinstall would download ripgrep from GitHub, which CI cannot
#   reach, so we install with --ignore-scripts and replay the postinstall by
#   hand, with Debian's rg in place of the download.
# - A marker file (.star-coach-installed) makes a second run a no-op.
#
# Prints, as its last line on stdout, the path of the code-server binary:
#   <cache>/code-server-4.100.3/node_modules/.bin/code-server
# (test/e2e/harness.ts finds it at that same path; STAR_COACH_CODE_SERVER overrides.)
#
# Usage: bash test/e2e/setup-code-server.sh [--force]
#   --force  reinstall code-server even if the marker exists.
# Needs: Node.js 20 (code-server 4.100 requires exactly major 20), npm, root
# (or sudo) for apt-get when Debian packages are missing.
set -euo pipefail

CS_VERSION=4.100.3
CACHE_ROOT="${STAR_COACH_CACHE:-$HOME/.cache/star-coach}"
DEST="$CACHE_ROOT/code-server-$CS_VERSION"
MARKER="$DEST/.star-coach-installed"
BIN="$DEST/node_modules/.bin/code-server"
# python3: node-gyp, which builds the native modules, runs on it.
APT_PACKAGES=(ripgrep build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
# A browser given in CHROME_PATH is used as it is; otherwise Debian's chromium.
[[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]] || APT_PACKAGES+=(chromium)

log() { echo "[setup-code-server] $*" >&2; }
die() { echo "[setup-code-server] ERROR: $*" >&2; exit 1; }

FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

# ---------------------------------------------------------------- apt packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  # dpkg -s succeeds for removed-but-configured packages too; check the status.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "need root or sudo to apt-get install ${missing[*]}"
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
[[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]] || [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after apt install"
[[ -x /usr/bin/rg ]] || die "/usr/bin/rg missing after apt install"

# ------------------------------------------------------- fast path: installed
if [[ $FORCE == 0 && -f "$MARKER" && -x "$BIN" ]] && grep -qx "$CS_VERSION" "$MARKER"; then
  echo "$BIN"
  exit 0
fi

# ----------------------------------------------------------------- node check
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" == 20 ]] || die "code-server $CS_VERSION needs Node.js 20, found $(node -v)"

# ------------------------------------------------------------ code-server/npm
log "installing code-server $CS_VERSION into $DEST (takes a few minutes)"
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
# A package.json of our own so npm installs into ./node_modules here and does not
# walk up to an enclosing project.
cat > package.json <<EOF
{ "name": "star-coach-code-server", "private": true, "version": "0.0.0" }
EOF

# Quiet, offline-friendly npm: no audit/fund calls, no update notifier.
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_yes=true npm_config_loglevel=warn
run() { log "+ $*"; "$@" >&2; }

run npm install --ignore-scripts --no-save "code-server@$CS_VERSION"
CS="$DEST/node_modules/code-server"
VS="$CS/lib/vscode"
[[ -f "$CS/out/node/entry.js" ]] || die "code-server package not unpacked"

# argon2 (password hashing; unused with --auth none but loaded at start).
# Build from source: node-pre-gyp would otherwise try to download a prebuilt
# binary from GitHub first (npm warns "Unknown env config build-from-source";
# harmless, node-pre-gyp reads it).
npm_config_build_from_source=true run npm rebuild argon2
node -e "require('$DEST/node_modules/argon2')" || die "argon2 did not build"

# --- replay code-server's postinstall.sh (vscode_install) by hand -----------
cd "$VS"
run npm install --omit=dev --ignore-scripts
# @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's instead.
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
chmod +x node_modules/@vscode/ripgrep/bin/rg
node_modules/@vscode/ripgrep/bin/rg --version >/dev/null || die "rg copy does not run"
run npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid
# Each must load in this Node.js (@parcel/watcher takes its binary from the
# @parcel/watcher-linux-x64-glibc package that npm installs from the registry).
for m in kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid; do
  node -e "require('$m')" || die "native module $m does not load after rebuild"
done
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
(cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)

cd "$VS/extensions"
run npm install --omit=dev
[[ -d node_modules/typescript ]] || die "built-in extensions' shared deps missing"

# ------------------------------------------------------------------ smoke test
cd "$DEST"
# code-server writes a default config.yaml under $XDG_CONFIG_HOME on every start:
# point it at a throwaway folder so we leave nothing in the user's ~/.config.
tmpxdg="$(mktemp -d)"
ver="$(XDG_CONFIG_HOME="$tmpxdg" XDG_DATA_HOME="$tmpxdg" "$BIN" --version 2>/dev/null | grep -E "^$CS_VERSION " | head -n1 || true)"
rm -rf "$tmpxdg"
[[ -n "$ver" ]] || die "code-server --version did not print $CS_VERSION"
log "code-server --version: $ver"

echo "$CS_VERSION" > "$MARKER"
log "done"
echo "$BIN"
