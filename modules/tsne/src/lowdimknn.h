// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Exact k nearest neighbours in a map's own space (2 or 3 dimensions) with a k-d tree, for
// the metrics: O(N log N) instead of the O(N²) all-pairs scan, the same answer to the last tie.

#include <vector>

#include "tse/common/matrix.h"

namespace tse::tsne {

// For every row i of `points` (N × 2 or N × 3), its k nearest other rows among those with
// usable[j] != 0, ordered by (squared distance, index); −1 where fewer exist. N × k, row-major.
std::vector<int> lowDimensionalKnn(const Matrix& points, const std::vector<char>& usable, int k, int threads);

}  // namespace tse::tsne
