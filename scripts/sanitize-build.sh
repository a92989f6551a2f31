#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# The clang build with AddressSanitizer + UndefinedBehaviorSanitizer and the libFuzzer
# harnesses, without the workbench (its suite runs in the normal build under Xvfb). It compiles
# the compute modules for the package's baseline (x86-64-v2, no AVX2/FMA), so the portable
# kernels that the .deb ships are tested here while the release build tests the AVX2 ones.
#   scripts/sanitize-build.sh [TARGET...]     (default: everything)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${TSE_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
if [ ! -f "$BUILD/build.ninja" ]; then
  mkdir -p "$BUILD"
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTSE_BUILD_GUI=OFF -DTSE_BUILD_BENCH=OFF -DTSE_SANITIZE=ON -DTSE_FUZZ=ON \
    -DTSE_MARCH=x86-64-v2 > "$BUILD/configure.log" 2>&1 ||
    { cat "$BUILD/configure.log"; exit 1; }
fi
ninja -C "$BUILD" -j "${TSE_JOBS:-2}" "$@"
