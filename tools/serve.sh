#!/usr/bin/env bash
# Sets the machine up if needed, builds the sample site from input/ and serves it on
# http://127.0.0.1:5080/ with rebuild on change. Extra arguments go to `serve`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
SITE_SETUP_SKIP_BROWSER=1 bash tools/setup.sh
exec dotnet run --project src/Site --configuration Release -- serve "$@"
