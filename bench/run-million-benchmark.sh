#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# A million images on one machine (issue 12): fashion-mnist-1m (bench/make-fashion-mnist-1m.py)
# through the real pipeline, raw pixels -> PCA 50 -> t-SNE, 750 iterations, whole process, and
# the 70,000 originals embedded the same way for the quality comparison; then PCA of a mapped
# 1,000,000 x 4,096 float32 .npy (bench/make-wide-features.py, 16 GB on disk).
#
#   bench/run-million-benchmark.sh [--dims "2 3"] [--data DIR] [--out DIR] [--skip-wide]
#
# Prints per case the wall time, the peak resident memory (/usr/bin/time -v), the report's stage
# seconds and the 10-NN label accuracy. The data (about 0.6 GB, and 16 GB for the wide matrix)
# are made once into DIR (default bench/data/fm1m). Needs the build, dataset-fashion-mnist and
# Debian's /usr/bin/python3 with numpy and scipy. Run it alone: it takes both cores for ~30 min.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${TSE_BUILD_DIR:-$ROOT/build}"
CLI="$BUILD/app/tsne-explorer-cli"
DIMS="2 3"
DATA="$ROOT/bench/data/fm1m"
OUT=/tmp/tse-million-bench
WIDE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --dims) DIMS="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --skip-wide) WIDE=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$DATA" "$OUT"
IMAGES="$DATA/fashion-mnist-1m-images-idx3-ubyte.gz"
[ -f "$IMAGES" ] || /usr/bin/python3 "$ROOT/bench/make-fashion-mnist-1m.py" "$DATA"

# One whole-process run: wall seconds, peak RSS (MiB), stage seconds and accuracy from the report.
measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" --report "$OUT/$name.json" --quiet 2> "$OUT/$name.time" > "$OUT/$name.log"
  /usr/bin/python3 - "$OUT/$name.time" "$OUT/$name.json" "$name" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
seconds = sum(float(v) * 60 ** i for i, v in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
report = json.load(open(sys.argv[2]))
stages = ", ".join(f"{k} {v:.0f}" for k, v in report["seconds"].items() if k != "total")
acc = report.get("knn10_accuracy")
print(f"| {sys.argv[3]} | {seconds:.0f} s | {rss / 1024:.2f} GB | {stages} | {acc:.4f} |")
PY
}

echo "| case | wall | peak RSS | stages (s) | 10-NN accuracy |"
echo "|---|---|---|---|---|"
for d in $DIMS; do
  measure "fashion-mnist-1m-${d}d" "$CLI" embed "$IMAGES" --dims "$d" --iterations 750 --out-npy "$OUT/map-1m-${d}d.npy"
  measure "fashion-mnist-70000-${d}d" "$CLI" embed fashion-mnist --dims "$d" --iterations 750 --out-npy "$OUT/map-70000-${d}d.npy"
done

if [ "$WIDE" = 1 ]; then
  WIDE_NPY="$DATA/wide-4096.npy"
  [ -f "$WIDE_NPY" ] || /usr/bin/python3 "$ROOT/bench/make-wide-features.py" "$IMAGES" "$WIDE_NPY"
  # The page cache may hold the file from its making: PCA is timed as the second pass would be.
  /usr/bin/time -v "$BUILD/bench/bench_pca" "$WIDE_NPY" 50 1 2> "$OUT/pca-wide.time" | tee "$OUT/pca-wide.json"
  grep -E "Elapsed|Maximum resident" "$OUT/pca-wide.time"
fi
