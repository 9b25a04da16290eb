#!/usr/bin/env bash
# Debian packages the browser tests and the briefing export need: Chromium and a CJK font; and any
# named as arguments, each a package that installs a command of its name (`make bench`: valgrind;
# the public instance: caddy). With --only first, just the named ones (`make public` on a server needs
# no browser). Installs them when missing (as root, or through sudo); otherwise says what to install.
set -euo pipefail

only=false
if [ "${1:-}" = "--only" ]; then only=true; shift; fi
missing=""
for command in "$@"; do command -v "$command" >/dev/null 2>&1 || missing="$missing $command"; done
browser_ready() { command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; }
if [ -z "$missing" ] && { $only || browser_ready; }; then
  exit 0
fi
packages="${missing# }"
$only || packages="chromium fonts-noto-cjk$missing"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Install these Debian packages or their equivalents: $packages (Chrome instead of Chromium: set BROWSER_PATH)." >&2
  exit 1
fi
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root="sudo"; else
    echo "Run as root: apt-get install $packages" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
# shellcheck disable=SC2086  # $packages: package names, one word each
$as_root apt-get install -y -qq $packages >/dev/null
# Debian's caddy starts a caddy.service of its own on port 80 where systemd runs; `make public` runs
# Caddy itself, so a caddy installed here leaves no server behind.
case " $missing " in
  *" caddy "*) if [ -d /run/systemd/system ]; then $as_root systemctl disable --now caddy.service >/dev/null 2>&1 || true; fi ;;
esac
