#!/usr/bin/env bash
# Installs Debian's Chromium and the Noto CJK fonts for the browser tests of report.html
# (test/report), only when /usr/bin/chromium is missing. Idempotent and quiet; needs root
# (or passwordless sudo) and Debian's package archive. Exits non-zero with a clear message
# when it cannot install them.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
PACKAGES=(chromium fonts-noto-cjk)

have_fonts() {
  dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' ||
    { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family 2>/dev/null | grep -qi 'noto sans cjk'; }
}

if [ -x "$CHROMIUM" ] && have_fonts; then
  exit 0
fi

fail() {
  echo "ensure-browser: $1" >&2
  echo "ensure-browser: the browser tests in test/report need $CHROMIUM and CJK fonts; install them with:" >&2
  echo "    apt-get update && apt-get install -y ${PACKAGES[*]}" >&2
  exit 1
}

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  fail "not root and no passwordless sudo: cannot install ${PACKAGES[*]}"
fi
command -v apt-get >/dev/null 2>&1 || fail "apt-get not found (this script expects Debian)"

echo "ensure-browser: installing ${PACKAGES[*]} from Debian (once)…" >&2
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get update -qq >"$LOG" 2>&1; then
  cat "$LOG" >&2
  fail "apt-get update failed"
fi
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >"$LOG" 2>&1; then
  cat "$LOG" >&2
  fail "apt-get install ${PACKAGES[*]} failed"
fi
[ -x "$CHROMIUM" ] || fail "$CHROMIUM is still missing after installing chromium"
have_fonts || fail "no Noto CJK font is visible to fontconfig after installing fonts-noto-cjk"
echo "ensure-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium) ready" >&2
