// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Placing new points on a finished map without moving it: the engine's second entry point
// beside TsneRun (the approach of openTSNE's TSNEEmbedding.transform, Poličar et al. 2019).
//
//   1. each new point's k = ⌊3·perplexity⌋ nearest reference points in feature space, and its
//      conditional affinities p_{j|i} to them (calibrated to the perplexity, Σ_j p_{j|i} = 1);
//   2. each new point starts at the coordinate-wise median of its neighbours' map positions;
//   3. only the new points move, by the t-SNE gradient of a point joining the fixed map:
//        exaggeration · Σ_j p_{j|i} K(y_i − r_j)(y_i − r_j)  −  (1/Z̄) Σ_l K(y_i − r_l)² (y_i − r_l)
//      over the reference points r, K(d) = 1/(1+|d|²), with Z̄ the map's own mean Σ_l K(r_j − r_l)
//      (joint t-SNE's N/Z). The repulsion of the fixed map is interpolated from one grid built
//      before the first iteration (FIt-SNE's interpolation): an iteration costs O(M·k), not O(M·N).
//
// New points neither attract nor repel each other: each is placed as if it were the only one,
// so placing a set in one go or in shards (one per cluster task) gives the same coordinates.
// Deterministic for the same inputs and options, whatever the thread count.
// Threading: uses options.threads cores and blocks the caller. Cancel: polled every iteration
// and during the neighbour search; a cancelled placement returns ErrorCode::Cancelled.

#include <cstdint>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/tsne/affinities.h"

namespace tse::tsne {

struct PlacementOptions {
    double perplexity = 5.0;      // of each new point's affinities; 1 ≤ perplexity, k = ⌊3·perplexity⌋ ≤ N
    int iterations = 250;         // ≥ 0; 0 keeps the median-of-neighbours start
    double learningRate = 1.0;    // > 0, in map units per unit gradient
    double momentum = 0.8;        // in [0, 1)
    // Attraction multiplier, ≥ 1. 2 placed Fashion-MNIST's test images best (10-NN accuracy
    // 0.8307 in 3D, 0.8300 in 2D, against 0.8247 / 0.8288 at 1; bench/run-place-benchmark.sh).
    double exaggeration = 2.0;
    double maxStep = 1.0;         // > 0: the longest move of a point in one iteration, in map units
    NeighbourSearch neighbours = NeighbourSearch::Auto;
    std::uint64_t seed = 1;       // of the approximate neighbour search
    int threads = 0;              // 0 = all cores
};

// Checks the options for a reference of referenceCount points; the message names the field.
Status validate(const PlacementOptions& options, std::size_t referenceCount);

struct Placement {
    Matrix coordinates;         // M × dims, the placed points
    NeighbourGraph neighbours;  // M × k nearest reference points in feature space, nearest first
    double neighbourSeconds = 0.0;
    double optimisationSeconds = 0.0;
};

// referenceFeatures: N × D, the features the reference map was embedded from (after PCA);
// referenceMap: N × 2 or N × 3; newFeatures: M × D in the same space. Errors: shape mismatches
// (the message gives both shapes), NaN/inf, invalid options, cancel.
Result<Placement> placePoints(const Matrix& referenceFeatures, const Matrix& referenceMap, const Matrix& newFeatures,
                              const PlacementOptions& options = {}, const Progress& progress = {});

}  // namespace tse::tsne
