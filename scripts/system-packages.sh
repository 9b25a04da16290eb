#!/usr/bin/env bash
# Debian packages the browser tests and the briefing export need: Chromium and a CJK font; and any
# named as arguments, each a package that installs a command of its name (`make bench`: valgrind).
# Installs them when missing (as root, or through sudo); otherwise says what to install.
set -euo pipefail

missing=""
for command in "$@"; do command -v "$command" >/dev/null 2>&1 || missing="$missing $command"; done
if [ -z "$missing" ] && command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Install Chromium (or Chrome, then set BROWSER_PATH) and a CJK font such as Noto Sans CJK${missing:+; and:$missing}." >&2
  exit 1
fi
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root="sudo"; else
    echo "Run as root: apt-get install chromium fonts-noto-cjk$missing" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
# shellcheck disable=SC2086  # $missing: package names, one word each
$as_root apt-get install -y -qq chromium fonts-noto-cjk $missing >/dev/null
