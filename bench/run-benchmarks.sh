#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# The benchmark table of issue 3 and the PCA comparison, on this machine, in one run.
#
#   bench/run-benchmarks.sh [--sizes "2500 10000 70000"] [--with-sklearn] [--load N] [--repeat R] [--skip-pca]
#
# --load N starts N busy processes (one CPU-bound loop each) for the whole run: a desktop is never
# idle, and parallel code that spins at barriers loses most of its time slices to them. --repeat R
# runs each t-SNE case R times and reports the median wall time. --skip-pca leaves out the PCA
# comparison (scikit-learn's three fits take minutes), e.g. for the runs under load.
#
# Needs the project built (scripts/build.sh) and python3-sklearn for the inputs
# (apt-get install python3-sklearn; run with Debian's /usr/bin/python3). Inputs are made once
# in bench/data/ (git-ignored): all 70,000 Fashion-MNIST images scaled to [0, 1], PCA to 50
# dimensions, first N rows. Settings: perplexity 30, 250 iterations at exaggeration 12 then
# 500, PCA initialisation, 2 threads. Results go to bench/results/*.json and a table on stdout.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${TSE_BUILD_DIR:-$ROOT/build}"
DATA="$ROOT/bench/data"
RESULTS="$ROOT/bench/results"
SIZES="2500 10000 70000"
SKLEARN=0
LOAD=0
REPEAT=1
PCA=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --with-sklearn) SKLEARN=1; shift ;;
    --load) LOAD="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --skip-pca) PCA=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$RESULTS"
load_pids=()
stop_load() { for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop_load EXIT
for ((i = 0; i < LOAD; i++)); do
  (while :; do :; done) &
  load_pids+=($!)
done
[ "$LOAD" -gt 0 ] && echo "(with $LOAD busy processes running beside the benchmark)"
if [ ! -f "$DATA/fmnist-pca50-70000.npy" ]; then
  /usr/bin/python3 "$ROOT/bench/make-fashion-pca.py" "$DATA"
fi

if [ "$PCA" = 1 ]; then
echo "## PCA 70,000 x 784 -> 50"
/usr/bin/python3 - "$DATA" <<'PY' > "$RESULTS/pca-sklearn.json"
import json, sys, time
import numpy as np
from sklearn.decomposition import PCA
x = np.load(f"{sys.argv[1]}/fmnist-raw.npy")
times = []
for _ in range(3):
    start = time.perf_counter()
    PCA(n_components=50, random_state=0).fit_transform(x)
    times.append(time.perf_counter() - start)
print(json.dumps({"peer": "scikit-learn", "seconds": min(times)}))
PY
"$BUILD/bench/bench_pca" "$DATA/fmnist-raw.npy" 50 3 > "$RESULTS/pca-ours.json"
echo "scikit-learn: $(cat "$RESULTS/pca-sklearn.json")"
echo "ours:         $(cat "$RESULTS/pca-ours.json")"
fi

echo
echo "## t-SNE (wall seconds, all stages; 10-NN = leave-one-out label accuracy)"
echo "| N | dims | process wall s (median of $REPEAT) | engine s | affinities | optimise | 10-NN | KL (exact for N <= 10,000) | trust. | peak MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $SIZES; do
  for d in 2 3; do
    out="$RESULTS/tsne-$n-${d}d.json"
    walls=()
    for ((r = 0; r < REPEAT; r++)); do
      start=$EPOCHREALTIME
      "$BUILD/app/tsne-explorer-cli" embed "$DATA/fmnist-pca50-$n.npy" --labels "$DATA/fmnist-labels-$n.npy" \
        --pca-dims 0 --dims "$d" --iterations 750 --perplexity 30 --threads 2 --init pca --quiet \
        --report "$out" --out-npy "$RESULTS/tsne-$n-${d}d.npy" --metrics
      walls+=("$start:$EPOCHREALTIME")
    done
    /usr/bin/python3 - "$out" "$n" "$d" "${walls[@]}" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))
kl = r.get("kl_divergence_exact", r["kl_divergence"])
wall = statistics.median(float(w.split(":")[1]) - float(w.split(":")[0]) for w in sys.argv[4:])
print(f"| {sys.argv[2]} | {sys.argv[3]}D | {wall:.2f} | {r['seconds']['total']:.2f} | {r['seconds']['affinities']:.2f} | "
      f"{r['seconds']['optimisation']:.2f} | {r['knn10_accuracy']:.4f} | {kl:.4f} | {r['trustworthiness']:.4f} | {r['peak_memory_mib']:.0f} |")
PY
    if [ "$SKLEARN" = 1 ] && [ "$n" -le 10000 ]; then
      /usr/bin/python3 "$ROOT/bench/sklearn-tsne.py" "$DATA" "$n" "$d" "$RESULTS/sklearn-$n-${d}d.npy" > "$RESULTS/sklearn-$n-${d}d.json"
      # Score scikit-learn's map with the same exact KL (our P) and metrics as ours.
      "$BUILD/app/tsne-explorer-cli" evaluate "$DATA/fmnist-pca50-$n.npy" "$RESULTS/sklearn-$n-${d}d.npy" \
        --labels "$DATA/fmnist-labels-$n.npy" --threads 2 > "$RESULTS/sklearn-$n-${d}d-eval.json"
      /usr/bin/python3 - "$RESULTS/sklearn-$n-${d}d.json" "$RESULTS/sklearn-$n-${d}d-eval.json" "$d" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); e = json.load(open(sys.argv[2]))
print(f"| scikit-learn | {sys.argv[3]}D | {r['seconds']:.2f} | | | {e['knn_accuracy']:.4f} | {e['kl_divergence_exact']:.4f} | {e['trustworthiness']:.4f} | |")
PY
    fi
  done
done
