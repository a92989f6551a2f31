// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Sums of the t-SNE kernel over a set of source points, on an equispaced grid (FIt-SNE's
// interpolation; see fftrepulsion.cpp): built once from the sources in O(N·p^D + G log G), then
// evaluated anywhere in the grid's box in O(p^D). The repulsion of a run builds one per
// iteration from the map itself; placement builds one from the fixed reference map and
// evaluates it at the moving new points every iteration.

#include <vector>

#include "gradient.h"

namespace tse::tsne::detail {

inline constexpr int kNodesPerInterval = 3;

template <int D>
class KernelGrid {
public:
    static constexpr int kTerms = D + 2;  // charges 1, y_1…y_D, |y|²

    // Sources y (n × D). The grid covers the cube [lo, lo + extent] on every axis, which must
    // hold every source and every point evaluated later.
    KernelGrid(const double* y, int n, double lo, double extent, const FftGridOptions& options, int threads);

    // At x (D values, inside the box): force = Σ_j K²(x − y_j)(x − y_j); returns Σ_j K(x − y_j),
    // with K(d) = 1 / (1 + |d|²).
    double evaluate(const double* x, double* force) const;
    // The same at source i, with the interpolation weights kept from the build.
    double evaluateSource(int i, const double* yi, double* force) const;

    int nodesPerAxis() const { return nodes_; }

private:
    // First node per axis and the p Lagrange weights per axis of a point.
    void weightsAt(const double* x, int* first, double* weights) const;
    double evaluateWith(const double* x, const int* first, const double* weights, double* force) const;

    double lo_ = 0.0;
    int intervals_ = 1, nodes_ = 0;
    double boxWidth_ = 1.0;
    std::vector<int> first_;        // n × D
    std::vector<double> weights_;   // n × D × p
    std::vector<double> potentials_;  // nodes^D × kTerms, terms contiguous per node
};

extern template class KernelGrid<2>;
extern template class KernelGrid<3>;

}  // namespace tse::tsne::detail
