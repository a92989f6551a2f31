// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The two neighbour searches, for a set against itself (queries is the same object as data:
// each row's neighbours among the others) or for query rows against a reference set.

#include "tse/tsne/affinities.h"

namespace tse::tsne::detail {

// The checks both searches make: k fits the reference (the others, for a self-search) and the
// queries have the reference's columns.
Status checkNeighbourQuery(const Matrix& data, const Matrix& queries, int k);

Result<NeighbourGraph> exactNeighboursOf(const Matrix& data, const Matrix& queries, int k, int threads,
                                         const Progress& progress);
// The HNSW graph of data is built on one thread (deterministic for the seed); queries run in parallel.
Result<NeighbourGraph> approximateNeighboursOf(const Matrix& data, const Matrix& queries, int k, int threads,
                                               std::uint64_t seed, const Progress& progress);

// A set against itself: a random projection forest refined by neighbour-of-neighbour rounds; on
// all threads, the same graph for any thread count (see knnforest.cpp).
Result<NeighbourGraph> forestNeighboursOf(const Matrix& data, int k, int threads, std::uint64_t seed,
                                          const Progress& progress);

// ‖a − b‖² of two rows of d floats, by Eigen's packet reduction, which keeps the partial sums in
// registers. The `omp simd reduction` loops this replaced were compiled (GCC 12) into scalar
// loops that stored their sum to the stack on every element: a third of the kNN refinement.
inline float squaredDistance(const float* a, const float* b, Eigen::Index d)
{
    using Row = Eigen::Map<const Eigen::VectorXf>;
    return (Row(a, d) - Row(b, d)).squaredNorm();
}

}  // namespace tse::tsne::detail
