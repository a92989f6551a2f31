// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <random>
#include <vector>

#include "tse/common/matrix.h"

namespace tse::testdata {

// `clusters` Gaussian blobs of `perCluster` points in `dims` dimensions, centres `spread` apart
// along different axes; labels[i] is the blob of row i.
inline Matrix blobs(int clusters, int perCluster, int dims, double spread, unsigned seed, std::vector<int>* labels)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Matrix data(clusters * perCluster, dims);
    if (labels)
        labels->clear();
    for (int c = 0; c < clusters; ++c)
        for (int p = 0; p < perCluster; ++p) {
            const int row = c * perCluster + p;
            for (int d = 0; d < dims; ++d)
                data(row, d) = normal(rng) + (d == c % dims ? static_cast<float>(spread) : 0.0f) *
                                                 (c >= dims ? -1.0f : 1.0f);
            if (labels)
                labels->push_back(c);
        }
    return data;
}

}  // namespace tse::testdata
