#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Placement on Fashion-MNIST (issue 14): the 60,000 training images embedded as the reference
# (raw pixels -> PCA 50 -> t-SNE, 750 iterations), the 10,000 test images placed on that map,
# against all 70,000 embedded together the same way.
#
#   bench/run-place-benchmark.sh [--dims "2 3"] [--repeat R] [--out DIR]
#
# Reports per dimension: the whole-process wall time of `tsne-explorer-cli place` (median of R),
# the placed images' 10-NN accuracy against the training labels, the same for the test images in
# the joint map (bench/split-accuracy.py computes both the same way), and whether the reference
# coordinates came through bit for bit. Needs the build and dataset-fashion-mnist; Debian's
# /usr/bin/python3 with numpy and scikit-learn. Writes into DIR (default /tmp/tse-place-bench).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLI="${TSE_BUILD_DIR:-$ROOT/build}/app/tsne-explorer-cli"
FMNIST="${TSE_FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}"
DIMS="2 3"
REPEAT=3
OUT=/tmp/tse-place-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --dims) DIMS="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
# Labels of all 70,000 in the order of both maps (training images first).
/usr/bin/python3 - "$FMNIST" "$OUT/labels-70000.npy" <<'PY'
import gzip, sys
import numpy as np
parts = [np.frombuffer(gzip.open(f"{sys.argv[1]}/{name}-labels-idx1-ubyte.gz").read()[8:], np.uint8)
         for name in ("train", "t10k")]
np.save(sys.argv[2], np.concatenate(parts).astype(np.int32))
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "| dims | place 10,000 on 60,000 (s, median of %s) | placed 10-NN acc. | joint 10-NN acc. | reference identical |\n" "$REPEAT"
echo "|---|---|---|---|---|"
for d in $DIMS; do
  project="$OUT/place-${d}d.tsnex"
  rm -f "$project"
  "$CLI" embed "$FMNIST/train-images-idx3-ubyte.gz" --dims "$d" --iterations 750 --project "$project" \
    --name "reference-${d}d" --out-npy "$OUT/reference-${d}d.npy" --quiet
  times=()
  for ((r = 1; r <= REPEAT; r++)); do
    start=$(date +%s.%N)
    "$CLI" place "$project" --run "reference-${d}d" "$FMNIST/t10k-images-idx3-ubyte.gz" --name "placed-${d}d-$r" \
      --out-npy "$OUT/placed-${d}d.npy" --report "$OUT/placed-${d}d-$r.json" --quiet
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  wall=$(printf "%s\n" "${times[@]}" | median)
  placed=$(/usr/bin/python3 "$ROOT/bench/split-accuracy.py" "$OUT/placed-${d}d.npy" "$OUT/labels-70000.npy" 60000)
  "$CLI" embed fashion-mnist --dims "$d" --iterations 750 --out-npy "$OUT/joint-${d}d.npy" --quiet
  joint=$(/usr/bin/python3 "$ROOT/bench/split-accuracy.py" "$OUT/joint-${d}d.npy" "$OUT/labels-70000.npy" 60000)
  identical=$(/usr/bin/python3 -c "import numpy as np, sys; a = np.load(sys.argv[1]); b = np.load(sys.argv[2])[:len(a)]; print('yes' if a.tobytes() == b.tobytes() else 'NO')" \
    "$OUT/reference-${d}d.npy" "$OUT/placed-${d}d.npy")
  printf "| %sD | %.2f | %s | %s | %s |\n" "$d" "$wall" "$placed" "$joint" "$identical"
done
