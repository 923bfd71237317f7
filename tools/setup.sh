#!/usr/bin/env bash
# One-time (idempotent) set-up of everything the generator and its tests need on a fresh
# Debian machine with the .NET SDK: Node packages (lunr.js for the site and the reference
# tests), Debian's Chromium (browser tests drive it through Playwright) with the Noto CJK fonts
# a Chinese reader's machine has (so screenshots show Chinese glyphs, not empty boxes), NuGet restore.
# SITE_SETUP_SKIP_BROWSER=1 (tools/serve.sh) leaves out Chromium and the fonts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need_apt=()
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ "${SITE_SETUP_SKIP_BROWSER:-}" != "1" ]; then
  # Installed means dpkg's status "install ok installed": a removed package keeps a record
  # ("deinstall ok config-files") that `dpkg -s` still answers with success.
  installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
  [ -x /usr/bin/chromium ] || need_apt+=(chromium)
  installed fonts-noto-cjk || need_apt+=(fonts-noto-cjk)
fi
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends ${need_apt[*]} >/dev/null
fi

if [ ! -f tools/node_modules/.package-lock.json ] || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  echo "setup: npm ci (tools/)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "setup: dotnet restore"
dotnet restore Site.sln --verbosity quiet
