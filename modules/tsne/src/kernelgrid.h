// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Sums of the t-SNE kernel over a set of source points, on an equispaced grid (FIt-SNE's
// interpolation; see fftrepulsion.cpp): built from the sources in O(N·p^D + G log G), then
// evaluated anywhere in the grid's box in O(p^D). The repulsion of a run rebuilds one grid
// every iteration from the map itself (keeping its buffers and FFT plans, so an iteration does
// not page in fresh memory); placement builds one from the fixed reference map and evaluates
// it at the moving new points every iteration.

#include <memory>
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
    KernelGrid() = default;
    ~KernelGrid();
    KernelGrid(const KernelGrid&) = delete;
    KernelGrid& operator=(const KernelGrid&) = delete;

    // Builds the grid anew for other sources or another box, reusing this one's memory.
    void build(const double* y, int n, double lo, double extent, const FftGridOptions& options, int threads);

    // At x (D values, inside the box): force = Σ_j K²(x − y_j)(x − y_j); returns Σ_j K(x − y_j),
    // with K(d) = 1 / (1 + |d|²).
    double evaluate(const double* x, double* force) const;
    // The same at source i, with the interpolation weights kept from the build.
    double evaluateSource(int i, const double* yi, double* force) const;

    int nodesPerAxis() const { return nodes_; }

private:
    struct Convolution;  // the FFT buffers and plans of one grid size

    void spread(const double* y, int n, int threads);
    void convolve(int threads);
    // First node per axis and the p Lagrange weights per axis of a point.
    void weightsAt(const double* x, int* first, double* weights) const;
    double evaluateWith(const double* x, const int* first, const double* weights, double* force) const;

    double lo_ = 0.0;
    int intervals_ = 1, nodes_ = 0;
    double boxWidth_ = 1.0;
    std::vector<int> first_;        // n × D
    std::vector<double> weights_;   // n × D × p
    std::vector<int> bucketStart_, bucketPoints_;  // sources grouped by their interval on axis 0
    // nodes^D × kTerms, terms contiguous per node: the spread charges, then (convolved in
    // place) the potentials.
    std::vector<double> potentials_;
    std::unique_ptr<Convolution> convolution_;
};

extern template class KernelGrid<2>;
extern template class KernelGrid<3>;

}  // namespace tse::tsne::detail
