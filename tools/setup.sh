#!/usr/bin/env bash
# One-time (idempotent) set-up of everything the generator and its tests need on a fresh
# Debian machine with the .NET SDK: Node packages (lunr.js for the site and the reference
# tests), Debian's Chromium (browser tests drive it through Playwright), NuGet restore.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need_apt=()
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ "${SITE_SETUP_SKIP_BROWSER:-}" = "1" ]; then
  need_apt=("${need_apt[@]/chromium/}")
fi
if [ "${#need_apt[@]}" -gt 0 ] && [ -n "$(echo "${need_apt[@]}" | tr -d ' ')" ]; then
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
