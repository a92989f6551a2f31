#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Issue 15's targets on the 2-CPU single-node test cluster (scripts/slurm-test-cluster.sh):
#   - per-shard overhead: process start to its first image (libraries, libtorch, the dataset, the
#     model, one forward pass), as the shard reports it, and the wall time of a shard of one image
#     (the same plus its files and exit), medians of 5;
#   - one process extracting DATASET against the 4-shard extract plan of the same data, with the
#     plan's scheduling overhead separated from the compute (shard totals from their logs).
#
#   bench/run-cluster-benchmark.sh [--dataset sample] [--features tests/features/fixtures/tiny-vgg.pth] [--shards 4]
#
# Needs the build, root, slurm-wlm and munge. Caches are bypassed (a fresh TSE_CACHE_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLI="${TSE_BUILD_DIR:-$ROOT/build}/app/tsne-explorer-cli"
DATASET=sample
FEATURES="$ROOT/tests/features/fixtures/tiny-vgg.pth"
SHARDS=4
while [ $# -gt 0 ]; do
  case "$1" in
    --dataset) DATASET="$2"; shift 2 ;;
    --features) FEATURES="$2"; shift 2 ;;
    --shards) SHARDS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
WORK=/tmp/tse-cluster-bench
rm -rf "$WORK"
mkdir -p "$WORK"
export TSE_CACHE_DIR="$WORK/cache"
"$ROOT/scripts/slurm-test-cluster.sh" start "$WORK/cluster" > /dev/null
trap '"$ROOT/scripts/slurm-test-cluster.sh" stop "$WORK/cluster"' EXIT
export SLURM_CONF="$WORK/cluster/slurm.conf"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# As many shards as items: shard 0 is one image.
"$CLI" features "$DATASET" --shard 0/1 --out "$WORK/count" --quiet
items=$(wc -l < "$WORK/count/features-0-of-1.files.txt")
one_image=()
first_image=()
for r in 1 2 3 4 5; do
  rm -rf "$WORK/one" "$WORK/cache"
  start=$(now)
  line=$("$CLI" features "$DATASET" --features "$FEATURES" --batch 1 --shard "0/$items" --out "$WORK/one" 2> /dev/null)
  one_image+=("$(echo "$(now) - $start" | bc)")
  first_image+=("$(echo "$line" | grep -o 'first image [0-9.]*' | awk '{print $3}')")
done
echo "per-shard overhead, process start to its first image (the shard's own report): $(printf '%s\n' "${first_image[@]}" | median) s (median of 5: ${first_image[*]})"
echo "a shard of one image, whole process: $(printf '%s\n' "${one_image[@]}" | median) s (median of 5)"

rm -rf "$WORK/cache"
start=$(now)
"$CLI" features "$DATASET" --features "$FEATURES" --out "$WORK/single.npy" --quiet
single=$(echo "$(now) - $start" | bc)

rm -rf "$WORK/cache"
start=$(now)
"$CLI" cluster submit --plan extract "$DATASET" --features "$FEATURES" --shards "$SHARDS" --folder "$WORK/plan" > /dev/null
until "$CLI" cluster status "$WORK/plan" | grep -q '^merge .*done'; do
  if "$CLI" cluster status "$WORK/plan" | grep -Eq 'failed|blocked'; then "$CLI" cluster status "$WORK/plan"; exit 1; fi
  sleep 0.2
done
plan=$(echo "$(now) - $start" | bc)
cmp "$WORK/single.npy" "$WORK/plan/features.npy" && identical=yes || identical=NO
echo "first image of each shard of the plan: $(grep -ho 'first image [0-9.]* s' "$WORK"/plan/logs/extract-*.log | awk '{printf "%s ", $3}')"
shard_total=$(grep -ho 'total [0-9.]* s' "$WORK"/plan/logs/extract-*.log | awk '{s += $2} END {printf "%.2f", s}')
cpus=$(nproc)
parallel=$(( cpus < SHARDS ? cpus : SHARDS ))
ideal=$(echo "scale=2; $shard_total / $parallel" | bc)
printf "| %s, %s | one process | %s-shard plan on %s CPUs | shard processes (sum) | compute share of the plan (sum / CPUs) | scheduling and merge | identical |\n" \
  "$DATASET" "$(basename "$FEATURES")" "$SHARDS" "$cpus"
echo "|---|---|---|---|---|---|---|"
printf "| extract | %.2f s | %.2f s | %s s | %s s | %.2f s | %s |\n" "$single" "$plan" "$shard_total" "$ideal" \
  "$(echo "$plan - $ideal" | bc)" "$identical"
