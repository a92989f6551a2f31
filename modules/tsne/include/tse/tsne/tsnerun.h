// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// One t-SNE optimisation as resumable steps, so a GUI can animate the map as it forms and a
// user can stop early and keep the result.
//
//   auto run = TsneRun::create(data, options, progress);   // affinities + initialisation
//   while (!run->finished()) { run->step(10, progress); show(run->snapshot()); }
//
// Threading: create() and step() use options.threads cores (OpenMP) and block the caller;
// call them from a worker thread. A TsneRun is not itself thread-safe: snapshot() must not
// overlap step(). Cancel: step() polls progress.cancelled() every iteration and returns early,
// leaving a valid embedding.

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/tsne/affinities.h"
#include "tse/tsne/klsample.h"
#include "tse/tsne/options.h"

namespace tse::tsne {

namespace detail {
class FftRepulsion;
}

// Where optimisation time went, in seconds, summed over all iterations so far.
struct GradientTimings {
    double attractive = 0.0;
    double repulsive = 0.0;
    double update = 0.0;
};

class TsneRun {
public:
    // data: N × D features (typically PCA-reduced). Fails on invalid options (message names
    // the problem), NaN/inf input, or cancel during the affinity computation.
    static Result<std::unique_ptr<TsneRun>> create(const Matrix& data, const TsneOptions& options,
                                                   const Progress& progress = {});
    // The two halves of create, for runs that share their affinities (a sweep over the
    // learning rate, iterations or seed at one perplexity): the joint affinities create would
    // compute for data and options, and a run from them. Together they equal create exactly.
    static Result<SparseMatrix> jointAffinities(const Matrix& data, const TsneOptions& options,
                                                const Progress& progress = {});
    static Result<std::unique_ptr<TsneRun>> createWithAffinities(const Matrix& data, const TsneOptions& options,
                                                                 SparseMatrix affinities, const Progress& progress = {});

    // Runs up to `iterations` more iterations; returns how many were run (fewer when finished
    // or cancelled).
    int step(int iterations, const Progress& progress = {});
    // Runs to the end; returns false when cancelled.
    bool runToEnd(const Progress& progress = {});

    int iteration() const { return iteration_; }
    int totalIterations() const { return options_.iterations; }
    bool finished() const { return iteration_ >= options_.iterations; }

    // N × dimensions, float.
    Matrix snapshot() const;
    // KL divergence of the current embedding (Barnes–Hut estimate of Z unless exact).
    double klDivergence();
    const std::vector<KlSample>& klHistory() const { return klHistory_; }
    const GradientTimings& gradientTimings() const { return timings_; }

    const TsneOptions& options() const { return options_; }
    GradientMethod method() const { return method_; }
    double learningRate() const { return learningRate_; }
    int threads() const { return threads_; }
    // P in the caller's item order.
    SparseMatrix affinities() const;
    std::size_t size() const { return static_cast<std::size_t>(p_.n); }

    ~TsneRun();

private:
    TsneRun() = default;
    // The attractive and repulsive forces into attractive_ and repulsive_; returns Z. With
    // klOut, also the KL divergence.
    double computeForces(double* klOut);
    // gradient = exaggeration · attractive − repulsive / Z; one optimiser step, map recentred.
    void applyGradient(double exaggeration, double invZ, double momentum);
    // Renumbers the points internally in space-filling-curve order of the current map, so
    // neighbours in P sit close in memory and the attractive pass hits the cache.
    void reorderForLocality();

    TsneOptions options_;
    GradientMethod method_ = GradientMethod::Exact;
    double learningRate_ = 0.0;
    int threads_ = 1;
    SparseMatrix p_;                // in internal order
    std::vector<int> original_;     // internal index → caller's index
    double sumPLogP_ = 0.0;
    std::vector<double> y_, update_, gains_, attractive_, repulsive_;
    std::unique_ptr<detail::FftRepulsion> fft_;  // its grid's memory, kept between iterations
    int iteration_ = 0;
    std::vector<KlSample> klHistory_;
    GradientTimings timings_;
};

}  // namespace tse::tsne
