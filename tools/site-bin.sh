#!/usr/bin/env bash
# Prints the path of the CLI (Site.dll) built from the current sources, published ReadyToRun, and
# publishes it first when the cache has none for these sources. Used by the Netlify build and the
# benchmark, so both run what a deploy runs. Run it as `dotnet "$(bash tools/site-bin.sh)" build …`.
# `bash tools/site-bin.sh ROOT` publishes the sources of another checkout (the benchmark's base revision).
#
# Why ReadyToRun: a build runs each page's code once, so a good part of a small site's build was
# the JIT compiling our code and our libraries' (quick JIT is off, see src/Site/Site.csproj).
# Precompiled, the sample-sized benchmark corpus builds in 2.3 s instead of 3.5 s and the medium
# one in 5.4 s instead of 6.3 s (interleaved runs, bench/README.md).
# Why self-contained and composite (the runtime, the framework, our libraries and our code compiled as one
# image): code generic over framework types (a Dictionary<int, int> of ours) cannot be precompiled into our
# own assemblies, so the JIT still compiled ~1,050 methods in a small build; in one image ~420. Four pairs
# per corpus into /dev/shm, each order twice (2026-12-07): small 1.71-1.81 s against 1.94-2.10 s, medium
# 4.23-4.52 s against 4.87-5.11 s, large 13.18-13.97 s against 14.47-15.09 s, the same output byte for byte;
# peak memory 20-40 MiB higher (the larger image). It costs a 212 MB folder and about 2 minutes to publish
# instead of 40 s, so the result is cached by the hash of the sources: a deploy of content changes only
# (most of them) compiles nothing at all.
#
# Cache: $SITE_BIN_CACHE, else $NETLIFY_CACHE_DIR/site-bin (kept between Netlify builds), else
# ~/.cache/cncf-kb-site/bin. Only this script's own folders there (r2r-*, .staging-*) are ever deleted.
set -euo pipefail
root="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)"
cache="${SITE_BIN_CACHE:-${NETLIFY_CACHE_DIR:+$NETLIFY_CACHE_DIR/site-bin}}"
cache="${cache:-${XDG_CACHE_HOME:-$HOME/.cache}/cncf-kb-site/bin}"

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "site-bin: no ReadyToRun target for $(uname -m)" >&2; exit 2 ;;
esac

publish=(-c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)

# Everything the binary is compiled from: the sources (not their bin/obj), the build settings and how it is published.
hash=$(cd "$root" && {
  find src -type d \( -name bin -o -name obj \) -prune -o -type f -print0 | sort -z | xargs -0 sha256sum
  sha256sum Directory.Build.props Directory.Packages.props
  dotnet --version
  echo "${publish[*]}"
} | sha256sum | cut -c1-16)
bin="$cache/r2r-$hash"

if [ ! -f "$bin/Site.dll" ]; then
  mkdir -p "$cache"
  staging="$cache/.staging-$hash-$$"
  echo "site-bin: publishing the CLI ReadyToRun into $bin (once per change of src/) ..." >&2
  if ! dotnet publish "$root/src/Site/Site.csproj" "${publish[@]}" -o "$staging" -v quiet -nologo >&2; then
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
