// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Parameters of one t-SNE optimisation. Defaults follow openTSNE / FIt-SNE.
//
// Learning-rate convention: the gradient is Σ_j (p_ij − q_ij) q̃_ij (y_i − y_j) without the
// factor 4 of the original paper, as in openTSNE and FIt-SNE; "auto" is then
// max(N / earlyExaggeration, 50) (Belkina et al. 2019). A rate of 200 in bhtsne or
// scikit-learn corresponds to 800 here.

#include <cstddef>
#include <cstdint>

#include "tse/common/result.h"
#include "tse/tsne/affinities.h"

namespace tse::tsne {

enum class GradientMethod {
    Auto,       // fastest for (N, dimensions)
    Exact,      // O(N²) repulsion: small N only
    BarnesHut,  // quadtree (2D) / octree (3D) with opening angle theta
    Fft,        // FFT-accelerated interpolation on a grid (FIt-SNE), 2D and 3D
};

enum class Initialization {
    Pca,     // first principal components of the input, scaled to standard deviation 1e-4
    Random,  // Gaussian with standard deviation 1e-4
};

struct TsneOptions {
    int dimensions = 2;                // output dimensions: 2 or 3
    double perplexity = 30.0;          // effective neighbour count; at most (N − 1) / 3
    int iterations = 1000;             // total, early exaggeration included; ≥ 1
    double learningRate = 0.0;         // > 0, or ≤ 0 for auto = max(N / earlyExaggeration, 50)
    double earlyExaggeration = 12.0;   // P is multiplied by this at first; ≥ 1
    int exaggerationIterations = 250;  // how long early exaggeration lasts
    double finalExaggeration = 1.0;    // exaggeration afterwards (1 = plain t-SNE)
    double initialMomentum = 0.5;      // during early exaggeration
    double finalMomentum = 0.8;        // afterwards
    GradientMethod method = GradientMethod::Auto;
    double theta = 0.5;                // Barnes–Hut opening angle, 0 < theta ≤ 1; smaller = more exact
    NeighbourSearch neighbours = NeighbourSearch::Auto;  // kNN for the affinities
    Initialization initialization = Initialization::Pca;
    std::uint64_t seed = 1;            // same seed + same thread count ⇒ same coordinates
    int threads = 0;                   // 0 = all cores
    int klEvery = 50;                  // KL divergence is evaluated every klEvery iterations (0 = only at the end)
};

// The exact O(N²) gradient is refused above this many items.
inline constexpr std::size_t kExactGradientLimit = 20000;

// Checks the options against the number of items; the message names the field and the limit.
Status validate(const TsneOptions& options, std::size_t itemCount);

// The neighbour count used for the sparse affinities: min(N − 1, ⌊3·perplexity⌋).
int neighbourCount(double perplexity, std::size_t itemCount);

// The largest perplexity allowed for N items.
double maxPerplexity(std::size_t itemCount);

double resolveLearningRate(const TsneOptions& options, std::size_t itemCount);
GradientMethod resolveMethod(const TsneOptions& options, std::size_t itemCount);
const char* methodName(GradientMethod method);

}  // namespace tse::tsne
