#!/usr/bin/env bash
# Installs the real clients the tests drive, only when missing: Debian's Chromium and the Noto
# CJK fonts for report.html (test/report, via ensure-browser.sh), and LibreOffice Calc without
# its GUI for the workbook round trips (test/workbook). Idempotent and quiet; needs root (or
# passwordless sudo) and Debian's package archive. Exits non-zero with a clear message when it
# cannot install them.
set -euo pipefail
cd "$(dirname "$0")"

bash ./ensure-browser.sh

SOFFICE=/usr/bin/soffice
PACKAGES=(libreoffice-calc-nogui)

if [ -x "$SOFFICE" ]; then
  exit 0
fi

fail() {
  echo "ensure-clients: $1" >&2
  echo "ensure-clients: the workbook tests in test/workbook need LibreOffice ($SOFFICE); install it with:" >&2
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

echo "ensure-clients: installing ${PACKAGES[*]} from Debian (once)…" >&2
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
[ -x "$SOFFICE" ] || fail "$SOFFICE is still missing after installing ${PACKAGES[*]}"
echo "ensure-clients: $("$SOFFICE" --version 2>/dev/null || echo LibreOffice) ready" >&2
