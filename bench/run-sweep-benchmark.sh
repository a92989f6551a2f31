#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Issue 17's sweep target: a 4-member perplexity sweep at 10,000 points against the same four
# runs made one by one, each repeat run alone on the machine:
#
#   bench/run-sweep-benchmark.sh [ITEMS=10000] [REPEATS=3]
#
# Input: the first ITEMS rows of bench/data/fmnist-raw.npy (Fashion-MNIST pixels, N × 784, made
# by bench/make-fashion-pca.py), so load and PCA are the stages a sweep shares. Prints, per
# repeat, the sweep's wall seconds, the four runs' total, the stages those runs repeat (load and
# PCA of runs 2–4, from their reports), and ratio = sweep / (separate − repeated stages).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLI="${TSE_BUILD_DIR:-$ROOT/build}/app/tsne-explorer-cli"
ITEMS="${1:-10000}"
REPEATS="${2:-3}"
WORK=/tmp/tse-sweep-bench
mkdir -p "$WORK"
INPUT="$WORK/raw-$ITEMS.npy"
[ -f "$INPUT" ] || /usr/bin/python3 -c "
import numpy as np
a = np.load('$ROOT/bench/data/fmnist-raw.npy', mmap_mode='r')
np.save('$INPUT', np.ascontiguousarray(a[:$ITEMS]))"
COMMON=(--dims 2 --iterations 750 --quiet)
now() { date +%s.%N; }
for repeat in $(seq "$REPEATS"); do
  start=$(now)
  "$CLI" embed "$INPUT" "${COMMON[@]}" --sweep perplexity=5,15,30,50 --report "$WORK/sweep.json"
  sweep=$(echo "$(now) - $start" | bc)
  separate=0
  repeated=0
  for k in 1 2 3 4; do
    perplexity=$(echo "5 15 30 50" | cut -d' ' -f$k)
    start=$(now)
    "$CLI" embed "$INPUT" "${COMMON[@]}" --perplexity "$perplexity" --report "$WORK/run-$k.json"
    separate=$(echo "$separate + $(now) - $start" | bc)
    if [ "$k" -gt 1 ]; then
      shared=$(/usr/bin/python3 -c "import json; s = json.load(open('$WORK/run-$k.json'))['seconds']; print(s['load'] + s['pca'])")
      repeated=$(echo "$repeated + $shared" | bc)
    fi
  done
  ratio=$(echo "scale=3; $sweep / ($separate - $repeated)" | bc)
  echo "{\"items\": $ITEMS, \"sweep_seconds\": $sweep, \"separate_seconds\": $separate, \"repeated_stage_seconds\": $repeated, \"ratio\": $ratio}"
done
