#!/usr/bin/env bash
# Runs every test of the project (unit, compatibility with lunr.js, end-to-end and browser
# tests) after making sure the machine is set up. This is what CI runs.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash tools/setup.sh || exit 1

export SITE_CHROMIUM="${SITE_CHROMIUM:-/usr/bin/chromium}"
log="$(mktemp)"
dotnet test Site.sln --configuration Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line for humans and CI: the totals over every test assembly.
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
