#!/usr/bin/env bash
# Macro benchmark: cold builds of the generated corpora with our generator and with Hugo,
# interleaved (ours, hugo, ours, hugo, ...) so both see the same machine load, N runs each.
# Prints per corpus: median wall and CPU (user+sys) time, peak RSS, pages and pages/s, and
# the ratio ours/Hugo; and the I/O floor: `cp -r` of our output, timed in the same run right
# after each of our builds (writing that many files and folders costs this much whatever the
# generator does). A benchmark, not a test: nothing here runs in CI.
#
#   bench/run.sh [-r RUNS] [-n] [-b REV] [SIZE...]   SIZE: small | medium | large (default: small medium)
#     -r RUNS   timed runs per tool and corpus (default 3)
#     -n        no Hugo (ours only)
#     -b REV    also time the generator at git revision REV ("base": its own theme and UI strings),
#               published the same way in a temporary worktree, to compare before and after a change
#   env: BENCH_ROOT (default /tmp/bench), SHARED_BENCH (default ../shared/bench from the repo),
#        SITE_DLL (default: src/Site published ReadyToRun by tools/site-bin.sh, as a deploy runs it)
#
# On a shared machine judge by CPU time (user+sys) as much as by wall time; the table shows
# the load average before each corpus and, for each run, the share of the machine's CPU the
# hypervisor gave to other guests (steal %; a run above a few percent was slowed down by them).
# Run from anywhere; paths are resolved from the repo.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=3 with_hugo=1 base_rev=
while getopts "r:nb:h" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    n) with_hugo=0 ;;
    b) base_rev=$OPTARG ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] && sizes=("$@") || sizes=(small medium)

bench_root=${BENCH_ROOT:-/tmp/bench}
shared=${SHARED_BENCH:-$repo/../shared/bench}
results=$(mktemp -d /tmp/site-bench.XXXXXX)

posts_of() { case $1 in small) echo 200 ;; medium) echo 2000 ;; large) echo 10000 ;; *) echo "unknown size $1" >&2; exit 2 ;; esac; }

# 1. Corpora (our format + Hugo twin), generated once and reused.
for size in "${sizes[@]}"; do
  corpus=$bench_root/$size
  if [ ! -f "$corpus/input/site.yml" ] || { [ $with_hugo = 1 ] && [ ! -f "$corpus/hugo/hugo.yaml" ]; }; then
    if [ ! -f "$shared/gen_corpus.py" ]; then
      echo "bench: no corpus at $corpus and no generator at $shared/gen_corpus.py: the benchmark corpora come from the team's shared folder (../shared/bench beside the clone, or set SHARED_BENCH)" >&2
      exit 2
    fi
    echo "generating $size corpus into $corpus ..."
    python3 "$shared/gen_corpus.py" --posts "$(posts_of "$size")" --out "$corpus" --hugo-out "$corpus/hugo" > /dev/null
  fi
  # The real landscape logos of its projects (the generator writes none): cleaned, drawn and put on cards by
  # our build; the Hugo twin shows no logos, so this is work only ours does.
  bash "$repo/bench/add-logos.sh" "$corpus"
done

# 2. Our generator as a deploy runs it: Release, published ReadyToRun (tools/site-bin.sh, cached by the sources' hash).
if [ -z "${SITE_DLL:-}" ]; then
  echo "publishing src/Site (Release, ReadyToRun) ..."
  SITE_DLL=$(bash "$repo/tools/site-bin.sh" 2> "$results/build.log") || { tail -30 "$results/build.log"; exit 1; }
fi

# 2b. The base revision, when asked for: a detached worktree of it, published the same way as ours (this
# clone's tools/site-bin.sh on the worktree's sources, cached inside the worktree), building with its own theme
# and UI strings, and finding lunr through this clone's tools/node_modules.
base_dll= base_root=
if [ -n "$base_rev" ]; then
  base_commit=$(git -C "$repo" rev-parse --verify "$base_rev^{commit}") || { echo "bench: no revision $base_rev" >&2; exit 2; }
  base_root=$(mktemp -d /tmp/site-bench-base.XXXXXX)
  trap 'git -C "$repo" worktree remove --force "$base_root" > /dev/null 2>&1 || true' EXIT
  git -C "$repo" worktree add --detach --force "$base_root" "$base_commit" > /dev/null 2>&1
  [ -d "$repo/tools/node_modules" ] && ln -sfn "$repo/tools/node_modules" "$base_root/tools/node_modules"
  echo "publishing the base revision ${base_commit:0:12} (Release, ReadyToRun) ..."
  base_dll=$(SITE_BIN_CACHE="$base_root/.bench-bin" bash "$repo/tools/site-bin.sh" "$base_root" 2> "$results/base-build.log") \
    || { tail -30 "$results/base-build.log"; exit 1; }
fi

# 3. Hugo (Debian package), when wanted.
if [ $with_hugo = 1 ] && ! command -v hugo > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing hugo ..."
    (apt-get update -qq && apt-get install -y -qq hugo) > "$results/apt.log" 2>&1 || { echo "hugo install failed, see $results/apt.log"; with_hugo=0; }
  else
    echo "hugo not installed and cannot install it: ours only"; with_hugo=0
  fi
fi

# Every run writes into a folder of its own, all deleted only when the benchmark ends: deleting tens
# of thousands of files before a build makes the filesystem's inode allocation (and so every tool's
# system time) slower for minutes. (Deleting after each corpus and waiting 65 s still cost the first
# large run, its cp -r and Hugo's run after it 10-20 s of system time each.) The outputs of -r 3
# small medium large take about 9 GB.
out_root=/tmp/site-bench-out

# Deleted files cost the next writer: on ext4 without a journal (as on this machine), creating an
# inode skips every inode deleted in the last 60 s (RECENTCY_MIN in fs/ext4/ialloc.c; 300 s while
# the inode's table block is still dirty) and looks each one up on the way (find_inode_bit ->
# recently_deleted in a perf profile: 13-23 s of system time for a large build that started 35 s
# after an `rm -rf` of a previous output). Waiting 65 s after a sync was not always enough, so every
# delete is followed by a sync and its time is noted in a stamp file; before the first timed run the
# benchmark waits until 300 s have passed since the last one, its own leftovers' or the end of the
# previous benchmark (whose outputs it deletes on the way out: a run started right after another
# one timed the medium corpus at 7.72 s, 6.34 s once the deletes had settled; 2026-12-06).
delete_stamp=/tmp/site-bench-deleted-at
settle_seconds=300
note_delete() {
  sync
  date +%s > "$delete_stamp"
}
wait_for_deletes() {
  [ -f "$delete_stamp" ] || return 0
  local left=$(( $(cat "$delete_stamp") + settle_seconds - $(date +%s) ))
  if (( left > 0 )); then
    echo "waiting ${left} s: files were deleted less than ${settle_seconds} s ago (ext4 inode allocation skips and looks up recently deleted inodes)"
    sleep "$left"
  fi
}

if [ -e "$out_root" ]; then
  rm -rf "$out_root"
  note_delete
fi
wait_for_deletes

# CPU time the hypervisor gave to other guests (the steal column of /proc/stat, in clock ticks): on a
# shared virtual machine it takes from a third to half of both cores at times (2026-12-06, 45-58% in
# 10-second windows), which no load average shows. Each run records its share of the run's CPU capacity.
ticks_per_second=$(getconf CLK_TCK)
cores=$(nproc)
stolen_ticks() { awk 'NR == 1 { print $9 }' /proc/stat; }
steal_percent() { # <ticks before> <wall seconds>
  awk -v d=$(( $(stolen_ticks) - $1 )) -v w="$2" -v hz="$ticks_per_second" -v n="$cores" 'BEGIN { printf "%.0f", (w > 0 ? 100 * d / (w * hz * n) : 0) }'
}

# One timed run: appends "tool size wall user sys maxrss_kb pages steal%" to the samples file.
timed() {
  local tool=$1 size=$2 run=$3 corpus=$bench_root/$2 out cmd
  out=$out_root/$tool-$size-$run
  local root=$repo
  if [ "$tool" = ours ]; then
    cmd=(dotnet "$SITE_DLL" build --input "$corpus/input" --output "$out"
         --theme "$repo/themes/default" --translations "$repo/translations")
  elif [ "$tool" = base ]; then
    root=$base_root
    cmd=(dotnet "$base_dll" build --input "$corpus/input" --output "$out"
         --theme "$base_root/themes/default" --translations "$base_root/translations")
  else
    cmd=(hugo --quiet -s "$corpus/hugo" -d "$out")
  fi
  # Flush the previous run's dirty pages first: otherwise its writeback lands in this run's time.
  sync
  # The generator finds lunr and its CJK helper relative to the working directory.
  local stolen=$(stolen_ticks)
  if ! (cd "$root" && /usr/bin/time -f "%e %U %S %M" -o "$results/time.txt" "${cmd[@]}" > "$results/$tool-$size.log" 2>&1); then
    echo "$tool failed on $size:"; tail -20 "$results/$tool-$size.log"; exit 1
  fi
  echo "$tool $size $(cat "$results/time.txt") $(find "$out" -name '*.html' | wc -l) $(steal_percent "$stolen" "$(cut -d' ' -f1 "$results/time.txt")")" >> "$results/samples.txt"
  # The I/O floor: the same files copied with cp -r (source in the page cache, so this is the cost
  # of creating ~2 inodes a page and writing the bytes; mostly system time).
  if [ "$tool" = ours ]; then
    sync
    stolen=$(stolen_ticks)
    /usr/bin/time -f "%e %U %S %M" -o "$results/time.txt" cp -r "$out" "$out-cp"
    echo "cp $size $(cat "$results/time.txt") $(find "$out-cp" -name '*.html' | wc -l) $(steal_percent "$stolen" "$(cut -d' ' -f1 "$results/time.txt")")" >> "$results/samples.txt"
  fi
}

for size in "${sizes[@]}"; do
  echo "$size load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/load.txt"
  for ((i = 1; i <= runs; i++)); do
    # Alternate who goes first so neither always gets the warmer page cache.
    if (( i % 2 )); then order=(ours base hugo); else order=(hugo base ours); fi
    for tool in "${order[@]}"; do
      [ "$tool" = hugo ] && [ $with_hugo = 0 ] && continue
      [ "$tool" = base ] && [ -z "$base_dll" ] && continue
      printf '%s run %d/%d: %s ...\r' "$size" "$i" "$runs" "$tool"
      timed "$tool" "$size" "$i"
    done
  done
done
rm -rf "$out_root"
note_delete
echo

python3 - "$results/samples.txt" "$results/load.txt" <<'EOF'
import statistics, sys
from collections import defaultdict

samples = defaultdict(list)
for line in open(sys.argv[1]):
    tool, size, wall, user, sys_, rss, pages, steal = line.split()
    samples[(tool, size)].append((float(wall), float(user) + float(sys_), int(rss) / 1024, int(pages), int(steal), float(sys_)))
loads = dict(line.split(" load ", 1) for line in open(sys.argv[2]).read().splitlines())

def med(rows, i):
    return statistics.median(r[i] for r in rows)

print(f"{'corpus':8} {'tool':5} {'runs':>4} {'wall s':>8} {'cpu s':>8} {'of it sys':>9} {'peak MiB':>9} {'pages':>7} {'pages/s':>8} {'steal %':>12}   load before")
sizes = list(dict.fromkeys(size for _, size in samples))
for size in sizes:
    for tool in ("ours", "base", "hugo", "cp"):
        rows = samples.get((tool, size))
        if not rows:
            continue
        wall, cpu, rss, pages, system = med(rows, 0), med(rows, 1), med(rows, 2), int(med(rows, 3)), med(rows, 5)
        steal = "/".join(str(r[4]) for r in rows)  # every run's: one disturbed run shows, and the median hides it
        if tool == "cp":  # the floor: its memory and pages per second mean nothing
            print(f"{size:8} {'cp -r':5} {len(rows):4} {wall:8.2f} {cpu:8.2f} {system:9.2f} {'-':>9} {pages:7} {'-':>8} {steal:>12}   {loads.get(size, '')}")
            continue
        print(f"{size:8} {tool:5} {len(rows):4} {wall:8.2f} {cpu:8.2f} {system:9.2f} {rss:9.0f} {pages:7} {pages / wall:8.0f} {steal:>12}   {loads.get(size, '')}")
    ours, hugo = samples.get(("ours", size)), samples.get(("hugo", size))
    if ours and hugo:
        print(f"{size:8} ours/hugo: wall {med(ours, 0) / med(hugo, 0):.2f}, cpu {med(ours, 1) / med(hugo, 1):.2f}, peak memory {med(ours, 2) / med(hugo, 2):.2f}")
    base = samples.get(("base", size))
    if ours and base:
        print(f"{size:8} ours/base: wall {med(ours, 0) / med(base, 0):.2f}, cpu {med(ours, 1) / med(base, 1):.2f}, peak memory {med(ours, 2) / med(base, 2):.2f}")
    if base and hugo:
        print(f"{size:8} base/hugo: wall {med(base, 0) / med(hugo, 0):.2f}, cpu {med(base, 1) / med(hugo, 1):.2f}")
    floor = samples.get(("cp", size))
    if ours and floor:
        print(f"{size:8} ours/floor: wall {med(ours, 0) / med(floor, 0):.2f} (cp -r of our output: {med(floor, 0):.2f} s wall, {med(floor, 1):.2f} s cpu)")
EOF
echo "raw samples and logs: $results"
