#!/bin/bash
# SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
# SPDX-License-Identifier: Apache-2.0
# Quick start 2 of 2: installs every package, builds, and runs the whole test suite (ctest;
# the workbench tests run under xvfb-run). Exits non-zero when any test fails.
#   scripts/test.sh              the release build and every test
#   scripts/test.sh --sanitize   a clang ASan + UBSan build: every non-GUI test, then the
#                                fuzz targets' seeds and reproducers and 30 s of fuzzing each
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/install-deps.sh"
start=$(date +%s)
if [ "${1:-}" = "--sanitize" ]; then
  BUILD="${TSE_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
  "$ROOT/scripts/sanitize-build.sh"
  built=$(date +%s)
  # LeakSanitizer on; third-party leaks at exit that are not ours are listed (with why) in
  # tests/lsan.supp (programs that open the libtorch plugin: see tests/sanitize/lsan_dlopen.cpp).
  # allocator_may_return_null lets tests see a refused huge allocation.
  export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:detect_stack_use_after_return=0"
  export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  (cd "$BUILD" && ctest --output-on-failure -j "${TSE_JOBS:-2}" --timeout 1800 -E '^package')
  tested=$(date +%s)
  "$ROOT/scripts/fuzz.sh" --no-build --seconds "${TSE_FUZZ_SECONDS:-30}"
  echo "sanitizer build $((built - start)) s, tests $((tested - built)) s, fuzzing $(( $(date +%s) - tested )) s"
  exit 0
fi
BUILD="${TSE_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/build.sh"
built=$(date +%s)
cd "$BUILD"
ctest --output-on-failure -j "${TSE_JOBS:-2}" --timeout 900
echo "build $((built - start)) s, tests $(( $(date +%s) - built )) s"
