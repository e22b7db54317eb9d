#!/usr/bin/env bash
# Runs the end-to-end tests in a real VS Code (code-server driven by headless Chromium).
#
# On a machine that cannot get a browser and code-server (no root for apt-get, not Debian,
# offline), the step is skipped with a message saying why, and exits 0 so the other test
# tiers decide the result. With STAR_COACH_E2E=required (set by .ci/run) a skip is a failure.
# CHROME_PATH, or a Chrome/Chromium already on the machine, is used when present.
set -uo pipefail
cd "$(dirname "$0")/../.."

mode="${STAR_COACH_E2E:-auto}"
skip() {
  if [[ "$mode" == required ]]; then
    echo "e2e: FAILED: the end-to-end tests are required here (STAR_COACH_E2E=required) but cannot run: $1" >&2
    exit 1
  fi
  echo "e2e: SKIPPED: $1"
  echo "e2e: the other test tiers ran and decide the result; set STAR_COACH_E2E=required to make this a failure."
  exit 0
}

find_browser() {
  if [[ -n "${CHROME_PATH:-}" ]]; then
    [[ -x "$CHROME_PATH" ]] && { echo "$CHROME_PATH"; return 0; }
    return 1
  fi
  for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [[ -x "$b" ]] && { echo "$b"; return 0; }
  done
  return 1
}

can_install() {
  command -v apt-get >/dev/null || return 1
  [[ "$(id -u)" == 0 ]] && return 0
  command -v sudo >/dev/null && sudo -n true 2>/dev/null
}

if [[ "$mode" == off ]]; then skip "STAR_COACH_E2E=off"; fi
if [[ -n "${CHROME_PATH:-}" && ! -x "${CHROME_PATH}" ]]; then skip "CHROME_PATH=$CHROME_PATH is not an executable file"; fi
if ! find_browser >/dev/null && ! can_install; then
  skip "no Chrome or Chromium found (set CHROME_PATH) and no root or sudo for apt-get to install Debian's chromium"
fi

log="$(mktemp)"
if ! bin="$(bash test/e2e/setup-code-server.sh 2>"$log" | tail -n 1)"; then
  tail -n 20 "$log" >&2
  rm -f "$log"
  skip "setting up code-server and the browser failed (offline, or not a Debian machine?); its last lines are above"
fi
rm -f "$log"
browser="$(find_browser)" || skip "no Chrome or Chromium after setup"
export CHROME_PATH="$browser" STAR_COACH_CODE_SERVER="$bin"

npm run package --silent || exit 1
exec npx mocha --no-config -r tsx/cjs --extension ts --timeout 240000 --slow 30000 "test/e2e/**/*.e2e.ts"
