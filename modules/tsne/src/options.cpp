// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/tsne/options.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace tse::tsne {

double maxPerplexity(std::size_t itemCount) { return itemCount < 2 ? 0.0 : double(itemCount - 1) / 3.0; }

int neighbourCount(double perplexity, std::size_t itemCount)
{
    const auto k = static_cast<std::size_t>(std::floor(3.0 * perplexity));
    return static_cast<int>(std::min(itemCount - 1, std::max<std::size_t>(1, k)));
}

Status validate(const TsneOptions& o, std::size_t n)
{
    auto fail = [](const std::string& text) { return Status(makeError(ErrorCode::InvalidArgument, text)); };
    if (n < 4)
        return fail("t-SNE needs at least 4 items, got " + std::to_string(n));
    if (o.dimensions != 2 && o.dimensions != 3)
        return fail("output dimensions must be 2 or 3, got " + std::to_string(o.dimensions));
    if (!std::isfinite(o.perplexity) || o.perplexity < 1.0)
        return fail("perplexity must be at least 1");
    if (o.perplexity > maxPerplexity(n)) {
        std::ostringstream text;
        text.precision(4);
        text << "perplexity " << o.perplexity << " is too large for " << n << " items (at most (N−1)/3 = "
             << maxPerplexity(n) << ")";
        return fail(text.str());
    }
    if (o.iterations < 1)
        return fail("iterations must be at least 1");
    if (!std::isfinite(o.learningRate))
        return fail("learning rate must be a number or auto");
    if (o.earlyExaggeration < 1.0 || o.finalExaggeration <= 0.0)
        return fail("exaggeration must be at least 1");
    if (o.exaggerationIterations < 0)
        return fail("early exaggeration iterations must not be negative");
    if (o.initialMomentum < 0 || o.initialMomentum >= 1 || o.finalMomentum < 0 || o.finalMomentum >= 1)
        return fail("momentum must be in [0, 1)");
    if (!(o.theta > 0.0 && o.theta <= 1.0))
        return fail("Barnes–Hut theta must be in (0, 1]");
    if (o.threads < 0)
        return fail("threads must not be negative");
    if (o.method == GradientMethod::Exact && n > kExactGradientLimit)
        return fail("the exact gradient is limited to 20,000 items; use Barnes–Hut");
    return Status::success();
}

double resolveLearningRate(const TsneOptions& o, std::size_t n)
{
    if (o.learningRate > 0)
        return o.learningRate;
    return std::max(double(n) / o.earlyExaggeration, 50.0);
}

GradientMethod resolveMethod(const TsneOptions& o, std::size_t n)
{
    if (o.method != GradientMethod::Auto)
        return o.method;
    // Measured on this project's benchmarks: the grouped, vectorised Barnes–Hut beats the FFT
    // interpolation at every size up to 70,000 points in 2D and 3D (bench/run-benchmarks.sh);
    // at 1,000,000 points in 2D the FFT repulsion takes 66–82 s of 750 iterations where
    // Barnes–Hut takes 221 s, same KL and accuracy (bench/run-million-benchmark.sh). In 3D the
    // capped FFT grid costs ~0.14 s an iteration whatever N (bench_fft; 0.17 s before its
    // transforms were pruned), Barnes–Hut ~0.5 µs a point: at 1,000,000 points the FFT repulsion
    // took 154 s (Barnes–Hut would take ~375 s). The grid's cost does not grow with N, the tree
    // walk's grows with N log N: FFT above these sizes.
    constexpr std::size_t kFftFrom2d = 200000, kFftFrom3d = 500000;
    if (n <= 1000)
        return GradientMethod::Exact;
    return n > (o.dimensions == 2 ? kFftFrom2d : kFftFrom3d) ? GradientMethod::Fft : GradientMethod::BarnesHut;
}

const char* methodName(GradientMethod method)
{
    switch (method) {
    case GradientMethod::Auto: return "auto";
    case GradientMethod::Exact: return "exact";
    case GradientMethod::BarnesHut: return "bh";
    case GradientMethod::Fft: return "fft";
    }
    return "?";
}

}  // namespace tse::tsne
