#!/usr/bin/env bash
# Puts the real CNCF landscape logos into a generated benchmark corpus: the shared generator writes project
# pages named after real CNCF projects but no logos, so its builds skipped the cleaning, drawing and link-preview
# cards the real landscape costs (issue #19 measures with the landscape in place). Each logo of the sample site
# (input/assets/logos, the real landscape's) whose project the corpus has is copied to the corpus's
# input/assets/logos; once per corpus (the folder is created whole or not at all).
#
#     bench/add-logos.sh CORPUS     (CORPUS holds input/site.yml)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:?usage: bench/add-logos.sh CORPUS}
logos=$corpus/input/assets/logos
[ -d "$logos" ] && exit 0
[ -f "$corpus/input/site.yml" ] || { echo "add-logos: $corpus is not a corpus (no input/site.yml)" >&2; exit 2; }

staging=$(mktemp -d "$corpus/input/.logos.XXXXXX")
trap 'rm -rf "$staging"' EXIT
copied=0
for file in "$repo"/input/assets/logos/*; do
  name=$(basename "$file")
  if [ -f "$corpus/input/en/projects/${name%.*}.md" ]; then
    cp "$file" "$staging/"
    copied=$((copied + 1))
  fi
done
mkdir -p "$corpus/input/assets"
mv "$staging" "$logos"
trap - EXIT
echo "add-logos: $copied landscape logos into $logos"
