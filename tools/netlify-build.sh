#!/usr/bin/env bash
# Netlify build: the same `build` command as local development, publishing output/.
# Netlify's image has Node; the .NET SDK is installed into the build cache when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  export DOTNET_ROOT="${NETLIFY_CACHE_DIR:-$HOME/.cache}/dotnet"
  if [ ! -x "$DOTNET_ROOT/dotnet" ]; then
    curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
  fi
  export PATH="$DOTNET_ROOT:$PATH"
fi
(cd tools && npm ci --no-audit --no-fund --loglevel=error)
# Anything but the production deploy (deploy previews, branch deploys) is kept out of search
# engines, even if netlify.toml's context command forgot to say so.
args=("$@")
if [ "${CONTEXT:-production}" != "production" ] && [[ " ${args[*]} " != *" --noindex "* ]]; then
  args+=(--noindex)
fi
# The CLI, published ReadyToRun and cached by the hash of src/ (tools/site-bin.sh): a content-only deploy compiles nothing.
site_dll="$(bash tools/site-bin.sh)"
# The logos and link-preview cards of the last deploy, kept in the build cache (tools/image-cache.sh): the
# build reuses them by content hash instead of drawing them all again.
images="${NETLIFY_CACHE_DIR:+$NETLIFY_CACHE_DIR/site-images}"
if [ -n "$images" ]; then
  bash tools/image-cache.sh restore output "$images"
fi
echo "netlify-build: context ${CONTEXT:-local}, build ${args[*]}"
dotnet "$site_dll" build --input input --output output "${args[@]}"
if [ -n "$images" ]; then
  # A cache that cannot be written costs the next deploy time, not this one its site.
  bash tools/image-cache.sh save output "$images" || echo "netlify-build: the images were not kept for the next deploy" >&2
fi
