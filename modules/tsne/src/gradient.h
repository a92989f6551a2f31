// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal building blocks of the t-SNE gradient. Embeddings are N × dims doubles, row-major.
//
//   gradient_i = exaggeration · Σ_j p_ij q̃_ij (y_i − y_j)  −  (1/Z) Σ_j q̃_ij² (y_i − y_j)
//   with q̃_ij = 1 / (1 + ‖y_i − y_j‖²) and Z = Σ_{i≠j} q̃_ij.
//
// Every function writes per-point results and reduces in a fixed order, so results depend
// only on the inputs, never on thread scheduling.

#include <memory>
#include <vector>

#include "tse/tsne/affinities.h"

namespace tse::tsne::detail {

// Attractive term into forces (N × dims, overwritten). When sumPLogQ is given, also returns
// Σ p_ij log q̃_ij, from which the KL divergence follows.
void attractiveForces(const SparseMatrix& p, const double* y, int dims, int threads, double* forces,
                      double* sumPLogQ = nullptr);

// The attractive pass cut into chunks of rows that may run on any threads in any order: each
// row writes only its own force and log term, so the result is the same however the chunks
// are shared, and other work can run in the same parallel region (barnesHutRepulsion below).
class AttractiveRows {
public:
    AttractiveRows(const SparseMatrix& p, const double* y, int dims, double* forces, bool withLog);
    int chunks() const;
    void run(int chunk);
    double sumPLogQ() const;  // once every chunk has run; added up in row order

private:
    const SparseMatrix& p_;
    int dims_;
    double* forces_;
    bool withLog_;
    std::vector<float> packed_;
    std::vector<double> logTerms_;
};

// Every chunk of `rows` on `threads` threads.
void attractiveForces(AttractiveRows& rows, int threads);

// Exact repulsive term Σ_j q̃_ij² (y_i − y_j) into forces (overwritten); returns Z. O(N²).
double exactRepulsion(const double* y, int n, int dims, int threads, double* forces);

// Barnes–Hut estimate of the same; returns the estimated Z. The tree is built by one thread;
// given `alongside`, the other threads run its chunks meanwhile (and the builder joins them
// when done), which hides the serial build. `alongsideSeconds` then receives the time until
// both were done, the rest of the call being the repulsion proper.
double barnesHutRepulsion(const double* y, int n, int dims, double theta, int threads, double* forces,
                          AttractiveRows* alongside = nullptr, double* alongsideSeconds = nullptr);

// Grid of the FFT-accelerated interpolation: intervals per axis = clamp(extent ·
// intervalsPerUnit, minIntervals, maxIntervals), each with 3 Lagrange nodes.
struct FftGridOptions {
    double intervalsPerUnit = 1.0;
    int minIntervals = 50;
    int maxIntervals = 400;
};
FftGridOptions defaultFftGrid(int dims);

// FFT-accelerated interpolation estimate of the repulsive term; returns the estimated Z.
double fftRepulsion(const double* y, int n, int dims, const FftGridOptions& options, int threads, double* forces);

// The same, keeping the grid's buffers and FFT plans from one call to the next: a run calls it
// every iteration, and fresh buffers cost a sixth of an iteration in page faults at 1,000,000
// points.
class FftRepulsion {
public:
    FftRepulsion();
    ~FftRepulsion();
    FftRepulsion(const FftRepulsion&) = delete;
    FftRepulsion& operator=(const FftRepulsion&) = delete;
    double operator()(const double* y, int n, int dims, const FftGridOptions& options, int threads, double* forces);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Σ p log p over the non-zeros (the constant part of the KL divergence).
double sumPLogP(const SparseMatrix& p);

}  // namespace tse::tsne::detail
