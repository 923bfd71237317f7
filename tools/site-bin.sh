#!/usr/bin/env bash
# Prints the path of the CLI (Site.dll) built from the current sources, published ReadyToRun, and
# publishes it first when the cache has none for these sources. Used by the Netlify build and the
# benchmark, so both run what a deploy runs.
#
# Why ReadyToRun: a build runs each page's code once, so a good part of a small site's build was
# the JIT compiling our code and our libraries' (quick JIT is off, see src/Site/Site.csproj).
# Precompiled, the sample-sized benchmark corpus builds in 2.3 s instead of 3.5 s and the medium
# one in 5.4 s instead of 6.3 s (interleaved runs, bench/README.md); the large one is unchanged.
# Publishing that way takes about 40 s instead of 13, so the result is cached by the hash of the
# sources: a deploy of content changes only (most of them) compiles nothing at all.
#
# Cache: $SITE_BIN_CACHE, else $NETLIFY_CACHE_DIR/site-bin (kept between Netlify builds), else
# ~/.cache/cncf-kb-site/bin. Only this script's own folders there (r2r-*, .staging-*) are ever deleted.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SITE_BIN_CACHE:-${NETLIFY_CACHE_DIR:+$NETLIFY_CACHE_DIR/site-bin}}"
cache="${cache:-${XDG_CACHE_HOME:-$HOME/.cache}/cncf-kb-site/bin}"

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "site-bin: no ReadyToRun target for $(uname -m)" >&2; exit 2 ;;
esac

# Everything the binary is compiled from: the sources (not their bin/obj) and the build settings.
hash=$(cd "$root" && {
  find src -type d \( -name bin -o -name obj \) -prune -o -type f -print0 | sort -z | xargs -0 sha256sum
  sha256sum Directory.Build.props Directory.Packages.props
  dotnet --version
  echo "$rid"
} | sha256sum | cut -c1-16)
bin="$cache/r2r-$hash"

if [ ! -f "$bin/Site.dll" ]; then
  mkdir -p "$cache"
  staging="$cache/.staging-$hash-$$"
  echo "site-bin: publishing the CLI ReadyToRun into $bin (once per change of src/) ..." >&2
  if ! dotnet publish "$root/src/Site/Site.csproj" -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true -o "$staging" -v quiet -nologo >&2; then
    rm -rf "$staging"
    exit 1
  fi
  # Swapped in whole, so an interrupted publish never leaves a half-written binary behind.
  rm -rf "$bin"
  mv "$staging" "$bin"
  # Binaries of other sources go once they are an hour old (a build started meanwhile may still be
  # running one), and so do the leftovers of interrupted publishes.
  find "$cache" -mindepth 1 -maxdepth 1 \( -name 'r2r-*' -o -name '.staging-*' \) ! -name "r2r-$hash" -mmin +60 -exec rm -rf {} +
fi

echo "$bin/Site.dll"
