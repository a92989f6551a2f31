// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "costestimate.h"
#include "executerun.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tse/tsne/options.h"

namespace tse::app {
namespace {

// Reference constants: 2 threads on the reference machine ("AMD EPYC, 2 cores", the project's
// machine since 2026-12-04), quiet, passive waiting; medians of 6-7 runs of each benchmark case
// (bench/run-benchmarks.sh's cases; the 1,000,000-image runs of bench/run-million-benchmark.sh),
// measured in the same hours as the machine-speed workload's reference time (machinespeed.h).
// Another machine's times are these times multiplied by its measured slowdown.
constexpr double kStartupSeconds = 0.1;
constexpr double kExactKnnPerDistanceComponent = 2.9e-11;  // N² · D
constexpr double kPerNeighbourSeconds = 3.15e-7;           // calibration and symmetrisation, N · k
constexpr double kForestPerPointLogDimension = 2.3e-8;     // N · log2 N · D (trees, leaves, refinement)
// Barnes–Hut: a fixed cost per iteration (wake-ups) and one per point, in 3D per N · log2 N.
// Fitted to the benchmark's 2,500 / 10,000 / 70,000-point runs (per iteration 0.73 / 1.78 /
// 12.5 ms in 2D, 0.71 / 2.83 / 27.2 ms in 3D).
constexpr double kBarnesHut2dPerIteration = 0.25e-3, kBarnesHut2dPerPointIteration = 0.172e-6;
constexpr double kBarnesHut3dPerIteration = 0.05e-3, kBarnesHut3dPerPointLogIteration = 23.3e-9;
constexpr double kExactPerPairIteration = 4e-9;
// FFT repulsion: the grid, whatever N, then per point (the attractive pass, spreading and
// interpolation, the update). Fitted to the 1,000,000-image runs (0.154 s an iteration in 2D,
// 0.223 s in 3D, of which the 3D grid is about 37 %, bench_fft).
constexpr double kFft2dPerIteration = 5e-3, kFft3dPerIteration = 0.082;
constexpr double kFft2dPerPointIteration = 0.149e-6, kFft3dPerPointIteration = 0.141e-6;
constexpr double kPcaPerRowDimensionSquared = 2.6e-11;      // the covariance, N · D²
constexpr double kKnnAccuracyPerPoint = 1.3e-6;
constexpr double kTrustworthinessPerQueryItem = 8e-9;       // metricQueriesFor(N) queries against N
constexpr double kVggSecondsPerImage = 0.1, kVgg19SecondsPerImage = 0.125;
// NeighbourSearch::Auto searches exactly up to this many items (modules/tsne/src/affinities.cpp).
constexpr std::size_t kExactNeighbourSearchLimit = 20000;
// Memory: the process itself (Qt, OpenCV; libtorch only with a CNN), then per item.
constexpr double kBaseBytes = 62.0 * 1024 * 1024;
constexpr double kBytesPerNeighbour = 23.4;  // kNN graph and P filled in place (affinities.cpp)
constexpr double kExactSearchBlockBytes = 4.0 * 512;  // per item and thread: one block of distances
constexpr double kCnnBytes = 1.2e9;          // VGG16's weights and a batch of activations
constexpr double kCnnActivationBytes = 2e8;  // a batch of 224 × 224 activations through a VGG-sized network

int effectiveThreads(int threads)
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    return threads > 0 ? std::min(threads, cores) : cores;
}

std::size_t layerSize(const run::FeatureChoice& features)
{
    switch (features.layer) {
    case run::NetworkLayer::Fc7:
    case run::NetworkLayer::Fc6: return 4096;
    case run::NetworkLayer::Pool5: return 25088;
    }
    return 4096;
}

std::string formatBytes(double bytes)
{
    char text[32];
    if (bytes >= 1e9)
        std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
    else
        std::snprintf(text, sizeof text, "%.0f MB", bytes / 1e6);
    return text;
}

std::string formatSeconds(double seconds)
{
    char text[32];
    if (seconds < 10)
        std::snprintf(text, sizeof text, "%.1f s", seconds);
    else if (seconds < 120)
        std::snprintf(text, sizeof text, "%.0f s", seconds);
    else if (seconds < 7200)
        std::snprintf(text, sizeof text, "%.0f min", seconds / 60);
    else
        std::snprintf(text, sizeof text, "%.1f h", seconds / 3600);
    return text;
}

}  // namespace

double CostEstimate::totalSeconds() const
{
    return kStartupSeconds + featureSeconds + pcaSeconds + affinitySeconds + optimisationSeconds + metricsSeconds;
}

std::string CostEstimate::summary() const
{
    return "about " + formatSeconds(totalSeconds()) + (featureTimeKnown ? "" : " + the model's time") + ", " +
           formatBytes(double(peakBytes));
}

CostEstimate estimateCost(const run::RunParameters& parameters, std::size_t items, std::size_t featureCount,
                          int threads, bool withLabels, InputRows rows, double slowdown)
{
    CostEstimate e;
    const double n = double(items);
    const auto& choice = parameters.features;
    const bool cnn = choice.usesNetwork();
    double d = double(featureCount);
    if (d == 0 && cnn)
        d = double(layerSize(choice));
    // Measured with 2 threads; other counts scale the parallel stages as if perfectly parallel.
    const double scale = 2.0 / effectiveThreads(threads);
    const double machine = std::isfinite(slowdown) && slowdown > 0.0 ? slowdown : 1.0;

    if (choice.extractor == run::Extractor::TorchScript)
        e.featureTimeKnown = false;
    else if (cnn)
        e.featureSeconds = n * (choice.extractor == run::Extractor::Vgg19 ? kVgg19SecondsPerImage : kVggSecondsPerImage) * scale;

    const int pca = parameters.pcaDims;
    const double reduced = pca > 0 && pca < d ? double(pca) : d;
    if (pca > 0 && pca < d)
        e.pcaSeconds = kPcaPerRowDimensionSquared * n * d * std::min(d, 8.0 * pca) * scale;

    const double k = double(tsne::neighbourCount(parameters.tsne.perplexity, items));
    const bool exactKnn = parameters.tsne.neighbours == tsne::NeighbourSearch::Exact ||
                          (parameters.tsne.neighbours == tsne::NeighbourSearch::Auto && items <= kExactNeighbourSearchLimit);
    e.affinitySeconds = (exactKnn ? kExactKnnPerDistanceComponent * n * n * reduced
                                  : kForestPerPointLogDimension * n * std::log2(std::max(2.0, n)) * reduced) * scale +
                        kPerNeighbourSeconds * n * k * scale;

    const int dims = parameters.tsne.dimensions;
    const double iterations = double(std::max(1, parameters.tsne.iterations));
    const tsne::GradientMethod method = tsne::resolveMethod(parameters.tsne, items);
    switch (method) {
    case tsne::GradientMethod::Exact: e.optimisationSeconds = kExactPerPairIteration * n * n * iterations * scale; break;
    case tsne::GradientMethod::Fft:
        e.optimisationSeconds = ((dims == 3 ? kFft3dPerIteration : kFft2dPerIteration) +
                                 n * (dims == 3 ? kFft3dPerPointIteration : kFft2dPerPointIteration)) *
                                iterations * scale;
        break;
    default:
        e.optimisationSeconds = (dims == 3 ? kBarnesHut3dPerIteration + n * std::log2(std::max(2.0, n)) * kBarnesHut3dPerPointLogIteration
                                           : kBarnesHut2dPerIteration + n * kBarnesHut2dPerPointIteration) *
                                iterations * scale;
    }
    e.metricsSeconds = (withLabels ? kKnnAccuracyPerPoint : 0.0) * n +
                       kTrustworthinessPerQueryItem * double(metricQueriesFor(items)) * n;
    for (double* stage : {&e.featureSeconds, &e.pcaSeconds, &e.affinitySeconds, &e.optimisationSeconds, &e.metricsSeconds})
        *stage *= machine;

    // Memory: the input rows, their reduction, the affinities, the map and its optimiser state.
    const bool reduces = pca > 0 && pca < d;
    double inputBytes = 4.0 * d;  // per item
    if (reduces && rows == InputRows::Pixels)
        inputBytes = 1.0 * d;
    else if (reduces && rows == InputRows::Mapped)
        inputBytes = 0.0;
    double bytes = kBaseBytes + n * (kBytesPerNeighbour * k + inputBytes + 4.0 * reduced + 64.0 * dims);
    if (exactKnn)
        bytes += kExactSearchBlockBytes * n * effectiveThreads(threads);
    if (reduces)  // the covariance (D up to 4,096), or randomized PCA's N × l panels beyond
        bytes += d <= 4096 ? 8.0 * d * d : 2.0 * 4.0 * n * (pca + 10);
    if (cnn) {
        // torchvision's VGG16/19: their weights and a batch of activations. A model file the user
        // chose (a smaller VGG, a TorchScript model) is counted by its size, twice over (the
        // weights as read and as the network holds them), plus the activations.
        std::error_code ec;
        const auto fileBytes = choice.modelFile.empty() ? std::uintmax_t(0) : std::filesystem::file_size(choice.modelFile, ec);
        const bool published = choice.extractor == run::Extractor::Vgg16 || choice.extractor == run::Extractor::Vgg19;
        bytes += (published || ec || fileBytes == 0) ? kCnnBytes : 2.0 * double(fileBytes) + kCnnActivationBytes;
    }
    e.peakBytes = std::uint64_t(bytes);
    return e;
}

std::optional<std::uint64_t> availableMemoryBytes()
{
    std::ifstream in("/proc/meminfo");
    std::string key;
    std::uint64_t value = 0;
    std::string unit;
    while (in >> key >> value >> unit)
        if (key == "MemAvailable:")
            return value * 1024;
    return std::nullopt;
}

std::string memoryRefusal(const CostEstimate& estimate, std::optional<std::uint64_t> available)
{
    if (!available || double(estimate.peakBytes) <= 0.9 * double(*available))
        return {};
    return "this run needs about " + formatBytes(double(estimate.peakBytes)) + " of memory and " +
           formatBytes(double(*available)) +
           " are available; use fewer items, fewer PCA dimensions or a lower perplexity, or close other programs";
}

}  // namespace tse::app
