#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# VGG16 images/s at batch sizes 1, 8 and 32 on this machine: our LibTorch forward pass next to
# Debian's python3-torch + python3-torchvision doing the same, in the same run.
#
#   bench/run-vgg-benchmark.sh [threads=2] [seconds per batch size=20]
#
# Needs the project built (scripts/build.sh) and, for the Python side,
# apt-get install python3-torch python3-torchvision (run with /usr/bin/python3).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${TSE_BUILD_DIR:-$ROOT/build}"
THREADS="${1:-2}"
SECONDS_PER_SIZE="${2:-20}"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
echo "BLAS: $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3)"
"$BUILD/bench/bench_vgg" "$THREADS" 1,8,32 "$SECONDS_PER_SIZE" | tee "$RESULTS/vgg-ours.jsonl"
/usr/bin/python3 "$ROOT/bench/vgg-python.py" "$THREADS" 1,8,32 "$SECONDS_PER_SIZE" | tee "$RESULTS/vgg-python.jsonl"
/usr/bin/python3 - "$RESULTS/vgg-ours.jsonl" "$RESULTS/vgg-python.jsonl" <<'PY'
import json, sys
ours = {r["batch"]: r for r in map(json.loads, open(sys.argv[1]))}
python = {r["batch"]: r for r in map(json.loads, open(sys.argv[2]))}
print("\n| batch | ours images/s | python images/s | ratio |\n|---|---|---|---|")
for b in sorted(ours):
    o, p = ours[b]["images_per_second"], python[b]["images_per_second"]
    print(f"| {b} | {o:.2f} | {p:.2f} | {o / p:.2f}x |")
PY
