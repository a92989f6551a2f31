#pragma once
// Quality measures of an embedding. All are deterministic and use all cores.

#include <vector>

#include "tse/common/matrix.h"
#include "tse/tsne/affinities.h"

namespace tse::tsne {

// Leave-one-out k-nearest-neighbour label accuracy in the embedding: the fraction of labelled
// items whose label is the majority among their k nearest other items (ties go to the label
// of the nearest tied neighbour). Items with a negative label are neither scored nor voted.
double knnAccuracy(const Matrix& embedding, const std::vector<int>& labels, int k = 10, int threads = 0);

// Exact KL(P ‖ Q) of an embedding for joint affinities P, Q computed over all pairs. O(N²).
double exactKlDivergence(const SparseMatrix& p, const Matrix& embedding, int threads = 0);

}  // namespace tse::tsne
