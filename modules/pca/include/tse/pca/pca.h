// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Principal component analysis of an N×D row-major float matrix.
//
// Exact PCA eigen-decomposes the D×D covariance; randomized PCA (Halko, Martinsson & Tropp
// 2011) finds the top components from a few passes over the data and is the only choice when
// D is large (VGG pool5: 25,088). Auto picks the cheaper one. Both run on all cores through
// Eigen + OpenMP, report progress and honour cancel between passes.

#include <cstdint>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/common/rowblocks.h"

namespace tse::pca {

enum class PcaMethod { Auto, Exact, Randomized };

struct PcaOptions {
    int components = 50;            // k, 1 ≤ k ≤ min(N, D)
    PcaMethod method = PcaMethod::Auto;
    int oversamples = 10;           // randomized: extra directions sampled beyond k
    int powerIterations = 4;        // randomized: subspace iterations (more = more accurate)
    std::uint64_t seed = 0;         // randomized: seed of the Gaussian test matrix
};

struct PcaResult {
    Matrix transformed;        // N × k: centred data projected onto the components
    Eigen::VectorXf mean;      // D: column means subtracted before projecting
    Matrix components;         // k × D, orthonormal rows, sorted by decreasing variance
    std::vector<double> explainedVariance;       // k, variance along each component
    std::vector<double> explainedVarianceRatio;  // k, fraction of the total variance
    PcaMethod method = PcaMethod::Exact;         // what Auto resolved to
};

// Signs are fixed so that each component's largest-magnitude entry is positive, so results
// do not flip between runs or methods.
Result<PcaResult> fitTransform(const Matrix& data, const PcaOptions& options = {}, const Progress& progress = {});
// The same from rows read a block at a time, in passes (2 for the statistics, 1 for XᵀX or
// 2q + 2 for randomized, 1 to project): memory is the result plus a few blocks per thread, so a
// mapped 16 GB .npy reduces without being held. Same numbers as the in-memory call.
Result<PcaResult> fitTransform(const RowBlocks& data, const PcaOptions& options = {}, const Progress& progress = {});

const char* methodName(PcaMethod method);

}  // namespace tse::pca
