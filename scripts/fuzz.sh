#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer harnesses (clang, ASan + UBSan), makes their seed corpus, replays the
# seeds and every saved reproducer (tests/fuzz/reproducers/<target>/), then fuzzes each target.
#   scripts/fuzz.sh                 30 s per target (what CI runs)
#   scripts/fuzz.sh --seconds 600   a longer local campaign
#   scripts/fuzz.sh --only fuzz_npy --seconds 600
# Exits non-zero on any finding; the crashing input is kept in $BUILD/fuzz/findings/<target>/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${TSE_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
SECONDS_PER_TARGET=30
ONLY=""
JOBS="${TSE_JOBS:-2}"
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_TARGET="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --no-build) NO_BUILD=1; shift ;;
    *) echo "usage: scripts/fuzz.sh [--seconds N] [--only TARGET] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ -z "${NO_BUILD:-}" ]; then
  "$ROOT/scripts/sanitize-build.sh" fuzzers tsne-explorer-cli
fi
WORK="$BUILD/fuzz"
SEEDS="$WORK/seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS"/{fuzz_npy,fuzz_csv,fuzz_idx,fuzz_pickle,fuzz_torchweights,fuzz_imageheader,fuzz_folderindex,fuzz_project,fuzz_parametersjson} "$WORK/findings"

# --- The seed corpus: files the test suite already uses or makes ---
FIX="$ROOT/tests/features/fixtures"
cp "$FIX"/tiny-fc6.npy "$FIX"/tiny-fc7.npy "$FIX"/tiny-pool5.npy "$SEEDS/fuzz_npy/"
cp "$FIX"/tiny-vgg.pth "$FIX"/tiny-vgg-legacy.pth "$SEEDS/fuzz_torchweights/"
cp "$FIX"/preprocess-gray.png "$FIX"/preprocess-rgb.png "$SEEDS/fuzz_imageheader/"
mapfile -t jpegs < <(find /usr/share/doc/opencv-doc -name '*.jpg' -size -40k 2>/dev/null | sort | head -n 3)
for f in "${jpegs[@]}"; do cp "$f" "$SEEDS/fuzz_imageheader/"; done
# The pickles inside the .pth files: data.pkl of the zip, and each pickle of the legacy file.
/usr/bin/python3 - "$FIX" "$SEEDS/fuzz_pickle" <<'PY'
import io, pickle, sys, zipfile
fix, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(fix + "/tiny-vgg.pth") as z:
    name = next(n for n in z.namelist() if n.endswith("data.pkl"))
    open(out + "/zip-data.pkl", "wb").write(z.read(name))
class Dict(dict):
    pass
class Reader(pickle.Unpickler):
    def find_class(self, module, name): return Dict if name == "OrderedDict" else (lambda *a, **k: None)
    def persistent_load(self, pid): return None
data = open(fix + "/tiny-vgg-legacy.pth", "rb").read()
stream = io.BytesIO(data)
for i in range(5):
    start = stream.tell()
    Reader(stream).load()
    open("%s/legacy-%d.pkl" % (out, i), "wb").write(data[start:stream.tell()])
PY
# CSV: a labels table and a feature matrix.
printf 'file,label,note\na/1.png,cat,"quoted, field"\nb/2.png,dog,x\n' > "$SEEDS/fuzz_csv/labels.csv"
printf 'f0,f1,f2,label\n0.5,-1e-3,3,1\n2,4.25e2,-7,0\n1,1,1,1\n' > "$SEEDS/fuzz_csv/features.csv"
# IDX: three sample images (role byte 0), gzipped too, and a labels file (role byte 1).
{ printf '\x00\x00\x00\x08\x03\x00\x00\x00\x03\x00\x00\x00\x1c\x00\x00\x00\x1c'; (set +o pipefail; zcat "$ROOT/resources/sample/images-idx3-ubyte.gz" | tail -c +17 | head -c 2352); } > "$SEEDS/fuzz_idx/three-images"
{ printf '\x00'; tail -c +2 "$SEEDS/fuzz_idx/three-images" | gzip -c; } > "$SEEDS/fuzz_idx/three-images-gz"
printf '\x01\x00\x00\x08\x01\x00\x00\x00\x02\x05\x07' > "$SEEDS/fuzz_idx/two-labels"
# A project with one run, made by the CLI, and the parameters JSON stored in it.
awk 'BEGIN { srand(3); print "a,b,c,d,label"; for (i = 0; i < 40; i++) printf "%f,%f,%f,%f,%d\n", rand(), rand(), rand() + (i % 2), rand(), i % 2 }' > "$WORK/points.csv"
# A folder index as the CLI writes it: a small folder of two classes, one with a labels CSV.
rm -rf "$WORK/index-folder" "$WORK/index-cache"
mkdir -p "$WORK/index-folder/gray" "$WORK/index-folder/rgb"
cp "$FIX"/preprocess-gray.png "$WORK/index-folder/gray/a.png"
cp "$FIX"/preprocess-rgb.png "$WORK/index-folder/rgb/b.png"
printf 'file,site\ngray/a.png,north\n' > "$WORK/index-folder/labels.csv"
printf 'not an image' > "$WORK/index-folder/rgb/c.png"
ASAN_OPTIONS=detect_leaks=0 TSE_CACHE_DIR="$WORK/index-cache" "$BUILD/app/tsne-explorer-cli" features "$WORK/index-folder" \
  --out "$WORK/index-features.npy" --quiet
cp "$WORK"/index-cache/folders/*.tsefolder "$SEEDS/fuzz_folderindex/"
rm -f "$SEEDS/fuzz_project/one-run.tsnex"
ASAN_OPTIONS=detect_leaks=0 "$BUILD/app/tsne-explorer-cli" embed "$WORK/points.csv" --iterations 60 --quiet \
  --out "$WORK/points-map.csv" --project "$SEEDS/fuzz_project/one-run.tsnex" --name seed
# … and the same points placed on it: feature spaces and placed flags (issue 14's tables).
ASAN_OPTIONS=detect_leaks=0 "$BUILD/app/tsne-explorer-cli" place "$SEEDS/fuzz_project/one-run.tsnex" --run seed \
  "$WORK/points.csv" --iterations 20 --quiet
/usr/bin/python3 - "$SEEDS" <<'PY'
import sqlite3, sys
seeds = sys.argv[1]
db = sqlite3.connect(seeds + "/fuzz_project/one-run.tsnex")
for i, (p,) in enumerate(db.execute("SELECT parameters FROM runs")):
    open("%s/fuzz_parametersjson/run-%d.json" % (seeds, i), "w").write(p)
db.close()
# Issue 19's project finding: a run claiming 2^61 + 1 items whose blob passes a wrapped check.
import shutil
shutil.copy(seeds + "/fuzz_project/one-run.tsnex", seeds + "/fuzz_project/items-2e61.tsnex")
db = sqlite3.connect(seeds + "/fuzz_project/items-2e61.tsnex")
db.execute("UPDATE runs SET items = 2305843009213693953, coordinates = zeroblob(8), created = '1500-01-01T00:00:00.000Z'")
db.commit()
db.close()
# A feature space claiming 2^62 rows of 2 columns over a blob of 16 bytes.
shutil.copy(seeds + "/fuzz_project/one-run.tsnex", seeds + "/fuzz_project/space-2e62.tsnex")
db = sqlite3.connect(seeds + "/fuzz_project/space-2e62.tsnex")
db.execute("UPDATE reference_spaces SET rows = 4611686018427387904, dims = 2, features = zeroblob(16)")
db.commit()
db.close()
PY

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# 1 GB of allocation for one claim is a finding: every loader must check claims against the
# bytes present first (an input is at most a few MB).
LIMITS=(-rss_limit_mb=2560 -malloc_limit_mb=1024 -timeout=20)
status=0
run_target() {
  local target="$1" bin="$BUILD/tests/fuzz/$1"
  local corpus="$WORK/corpus/$target" findings="$WORK/findings/$target"
  mkdir -p "$corpus" "$findings"
  local replay=("$SEEDS/$target"/*)

  if [ -d "$ROOT/tests/fuzz/reproducers/$target" ]; then replay+=("$ROOT/tests/fuzz/reproducers/$target"/*); fi
  # Replay: each seed and reproducer once.
  if ! "$bin" "${LIMITS[@]}" "${replay[@]}" > "$findings/replay.log" 2>&1; then
    echo "FAIL $target: a seed or reproducer fails (see $findings/replay.log)"; tail -n 30 "$findings/replay.log"; return 1
  fi
  [ "$SECONDS_PER_TARGET" -gt 0 ] || { echo "ok   $target: ${#replay[@]} seeds and reproducers replayed"; return 0; }
  # A fixed seed: the same inputs in the same order on every run (CI stays reproducible).
  if ! "$bin" "${LIMITS[@]}" -seed="${TSE_FUZZ_SEED:-1}" -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 \
       -artifact_prefix="$findings/" "$corpus" "$SEEDS/$target" > "$findings/fuzz.log" 2>&1; then
    echo "FAIL $target: finding after fuzzing (input and log in $findings/)"; tail -n 40 "$findings/fuzz.log"; return 1
  fi
  local runs cov
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$findings/fuzz.log" | awk '{print $2}')
  cov=$(grep -o 'cov: [0-9]*' "$findings/fuzz.log" | tail -n 1 | awk '{print $2}')
  echo "ok   $target: ${#replay[@]} replayed, ${runs:-?} executions in ${SECONDS_PER_TARGET} s, coverage ${cov:-?} edges"
}
targets=(fuzz_pickle fuzz_torchweights fuzz_npy fuzz_csv fuzz_idx fuzz_imageheader fuzz_folderindex fuzz_project fuzz_parametersjson)
[ -n "$ONLY" ] && targets=("$ONLY")
# Two targets at a time on a 2-core machine.
pids=()
for t in "${targets[@]}"; do
  run_target "$t" > "$WORK/$t.result" 2>&1 &
  pids+=($!)
  if [ ${#pids[@]} -ge "$JOBS" ]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
for t in "${targets[@]}"; do cat "$WORK/$t.result"; done
exit $status
