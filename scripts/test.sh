#!/bin/bash
# Quick start 2 of 2: installs every package, builds, and runs the whole test suite (ctest;
# the workbench tests run under xvfb-run). Exits non-zero when any test fails.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${TSE_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/install-deps.sh"
start=$(date +%s)
"$ROOT/scripts/build.sh"
built=$(date +%s)
cd "$BUILD"
ctest --output-on-failure -j "${TSE_JOBS:-2}" --timeout 900
echo "build $((built - start)) s, tests $(( $(date +%s) - built )) s"
