#!/usr/bin/env bash
# Carries the images a build draws from one Netlify deploy to the next (tools/netlify-build.sh).
#
# A build reuses the project logos and link-preview cards of the output folder it replaces instead of
# cleaning and drawing them again: their file names hold the hash of what they were made from
# (src/Site.Pipeline/Logos/LogoSet.cs, src/Site.Pipeline/Images/SocialCardDrawing.cs). Locally the
# output folder stays between builds; a Netlify deploy starts from a clean checkout without one, so
# every deploy drew them all: on the sample site 255 logos and 257 cards, about 6 s of an 8 s build
# (2 s with them reused). This keeps those two folders, and the output folder's ownership marker, in
# Netlify's build cache; nothing else of the output is kept, so no page can come from an old deploy.
#
#   image-cache.sh restore OUTPUT CACHE   before a build: when OUTPUT does not exist, creates it from
#                                         CACHE (a marked folder holding only those images)
#   image-cache.sh save OUTPUT CACHE      after a build: replaces CACHE with OUTPUT's images
#
# Both steps copy into a temporary sibling first and rename it into place, so an interrupted copy
# never leaves a truncated image to be reused. Only folders carrying the marker are replaced.
set -euo pipefail

folders=(assets/og assets/f/logos) # SocialCard.File and LogoSet.OutputFolder (ImageCacheScriptTests checks them against the code)
marker=.site-generator              # OwnershipMarker.FileName

usage() { sed -n '12,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -eq 3 ] || usage
action=$1 output=${2%/} cache=${3%/}

# Copies the marker and the image folders of $1 into a new folder $2 (which must not exist).
copy_images() {
  local from=$1 to=$2 folder
  mkdir -p "$to"
  cp "$from/$marker" "$to/$marker"
  for folder in "${folders[@]}"; do
    if [ -d "$from/$folder" ]; then
      mkdir -p "$to/$(dirname "$folder")"
      cp -R "$from/$folder" "$to/$folder"
    fi
  done
}

case $action in
  restore)
    if [ -e "$output" ]; then
      echo "image-cache: $output exists; its images are reused as they are"
      exit 0
    fi
    if [ ! -f "$cache/$marker" ]; then
      echo "image-cache: nothing kept in $cache yet; every image is drawn"
      exit 0
    fi
    partial="$output.image-cache-$$"
    rm -rf "$partial"
    copy_images "$cache" "$partial"
    mv "$partial" "$output"
    echo "image-cache: $(find "$output" -type f ! -name "$marker" | wc -l) images of the last deploy restored into $output"
    ;;
  save)
    if [ ! -f "$output/$marker" ]; then
      echo "image-cache: $output is not a built site (no $marker): nothing saved" >&2
      exit 1
    fi
    if [ -e "$cache" ] && [ ! -f "$cache/$marker" ]; then
      echo "image-cache: refusing to replace $cache: it was not made by this script (no $marker)" >&2
      exit 1
    fi
    partial="$cache.saving-$$"
    rm -rf "$partial"
    mkdir -p "$(dirname "$cache")"
    copy_images "$output" "$partial"
    rm -rf "$cache"
    mv "$partial" "$cache"
    echo "image-cache: $(find "$cache" -type f ! -name "$marker" | wc -l) images kept in $cache for the next deploy"
    ;;
  *) usage ;;
esac
