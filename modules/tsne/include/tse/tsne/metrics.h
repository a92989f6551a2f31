// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Quality measures of an embedding. All are deterministic and use all cores.

#include <vector>

#include "tse/common/matrix.h"
#include "tse/tsne/affinities.h"

namespace tse::tsne {

// Leave-one-out k-nearest-neighbour label accuracy in the embedding: the fraction of labelled
// items whose label is the majority among their k nearest other items (ties go to the label
// of the nearest tied neighbour). Items with a negative label are neither scored nor voted.
// The embedding has 1–3 columns (a map); neighbours come from a k-d tree, O(N log N).
double knnAccuracy(const Matrix& embedding, const std::vector<int>& labels, int k = 10, int threads = 0);
// The same with neighbours only among rows where voters[i] != 0, scored over rows where
// scored[i] != 0 (both N): e.g. placed points scored against the reference points' labels.
double knnAccuracy(const Matrix& embedding, const std::vector<int>& labels, const std::vector<char>& voters,
                   const std::vector<char>& scored, int k = 10, int threads = 0);

// How well an embedding keeps neighbourhoods (Venna & Kaski 2001), all at k neighbours:
//   trustworthiness: are the embedding's neighbours true neighbours? (1 = no intruders)
//   continuity:      are the true neighbours still neighbours?       (1 = none lost)
//   knnPreservation: mean fraction of the k true neighbours that are k-NN in the embedding.
// k is lowered to below N / 2 for small maps (result.k says which k was used).
// Ranks are over all N items; the sums run over at most maxQueries items (evenly spaced), so
// large maps are estimated in O(maxQueries · N · (D + k)).
struct NeighbourhoodMetrics {
    double trustworthiness = 0.0;
    double continuity = 0.0;
    double knnPreservation = 0.0;
    int k = 0;
    std::size_t queries = 0;
};
NeighbourhoodMetrics neighbourhoodMetrics(const Matrix& input, const Matrix& embedding, int k = 10,
                                          std::size_t maxQueries = 10000, int threads = 0);

// Exact KL(P ‖ Q) of an embedding for joint affinities P, Q computed over all pairs. O(N²).
double exactKlDivergence(const SparseMatrix& p, const Matrix& embedding, int threads = 0);

}  // namespace tse::tsne
