// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Linked into every GoogleTest binary: the bundled sample's folder and a cache folder in the
// build tree, set before any test runs (and inherited by the CLI and workbench processes the
// tests start), so that no test reads or writes the user's ~/.cache (folder indexes, feature
// caches, the remembered machine speed). A value already in the environment is kept.
//
// Why not ctest's ENVIRONMENT property: gtest_discover_tests (CMake 3.25) splits a list of two
// variables into ENVIRONMENT and a stray property name, and the second variable was lost.

#include <cstdlib>

namespace {

const bool kEnvironmentSet = [] {
    ::setenv("TSE_SAMPLE_DIR", TSE_TEST_SAMPLE_DIR, 0);
    ::setenv("TSE_CACHE_DIR", TSE_TEST_CACHE_DIR, 0);
    return true;
}();

}  // namespace
