// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The cost estimate (issue 13): the model against the benchmark's recorded measurements (no
// timing here: the numbers are the ones bench/run-benchmarks.sh measured on the reference
// machine, see the README), how it responds to the settings, and the refusal of a run that
// cannot fit in memory.

#include <gtest/gtest.h>

#include <memory>

#include "pipeline/costestimate.h"
#include "pipeline/executerun.h"

using tse::app::estimateCost;

namespace {

tse::run::RunParameters benchmarkRun(int dims)
{
    tse::run::RunParameters p;
    p.pcaDims = 0;
    p.tsne.dimensions = dims;
    p.tsne.iterations = 750;
    p.tsne.perplexity = 30;
    p.tsne.threads = 2;
    return p;
}

struct Measured {
    std::size_t n;
    int dims;
    double engineSeconds;  // the report's total (affinities + optimisation + metrics), quiet
    double peakMiB;
};

}  // namespace

TEST(CostEstimate, MatchesTheBenchmarkMeasurements)
{
    // The benchmark's cases on the 2-core reference machine ("AMD EPYC, 2 cores"), 2026-12-04:
    // medians of 6-7 quiet runs each of the report's affinities + optimisation + metrics, and
    // the process's peak (README, "The cost before a run").
    const Measured cases[] = {{2500, 2, 0.655, 79}, {2500, 3, 0.644, 79},   {10000, 2, 1.87, 113},
                              {10000, 3, 2.64, 113}, {70000, 2, 13.06, 232}, {70000, 3, 24.11, 234}};
    for (const auto& m : cases) {
        const auto e = estimateCost(benchmarkRun(m.dims), m.n, 50, 2, true);
        const double seconds = e.affinitySeconds + e.optimisationSeconds + e.metricsSeconds;
        EXPECT_NEAR(seconds / m.engineSeconds, 1.0, 0.30) << m.n << " items, " << m.dims << "D: " << seconds << " s";
        EXPECT_NEAR(double(e.peakBytes) / (m.peakMiB * 1024 * 1024), 1.0, 0.15) << m.n << " items, " << m.dims << "D";
    }
}

// fashion-mnist-1m from its images (raw pixels read a block at a time by PCA to 50, Auto's FFT
// repulsion), on the reference machine, 2026-12-04, each the first open of the images (the
// decoded pixels' store made then): the report's affinities + optimisation + metrics and the
// process's peak (2D 58.2 + 115.7 + 3.4 s, 3,250 MiB; 3D two runs, 58.6 + 167.1 + 4.7 and 70.1 + 203.9 + 5.5 s, the host busier in the second; 3,361 MiB).
TEST(CostEstimate, MatchesTheMillionImageMeasurements)
{
    const Measured cases[] = {{1000000, 2, 177.3, 3250}, {1000000, 3, 255.0, 3361}};
    for (const auto& m : cases) {
        auto parameters = benchmarkRun(m.dims);
        parameters.pcaDims = 50;
        const auto e = estimateCost(parameters, m.n, 784, 2, true, tse::app::InputRows::Pixels);
        const double seconds = e.affinitySeconds + e.optimisationSeconds + e.metricsSeconds;
        EXPECT_NEAR(seconds / m.engineSeconds, 1.0, 0.30) << m.dims << "D: " << seconds << " s";
        EXPECT_NEAR(double(e.peakBytes) / (m.peakMiB * 1024 * 1024), 1.0, 0.15) << m.dims << "D";
    }
    // Held as float features the same rows would need 4 bytes a value instead of 1.
    auto parameters = benchmarkRun(2);
    parameters.pcaDims = 50;
    EXPECT_GT(estimateCost(parameters, 1000000, 784, 2, true, tse::app::InputRows::InMemory).peakBytes,
              estimateCost(parameters, 1000000, 784, 2, true, tse::app::InputRows::Pixels).peakBytes + 2'000'000'000ull);
    EXPECT_LT(estimateCost(parameters, 1000000, 784, 2, true, tse::app::InputRows::Mapped).peakBytes,
              estimateCost(parameters, 1000000, 784, 2, true, tse::app::InputRows::Pixels).peakBytes);
}

TEST(CostEstimate, FollowsTheSettings)
{
    const auto base = estimateCost(benchmarkRun(2), 10000, 50, 2, true);
    EXPECT_GT(estimateCost(benchmarkRun(3), 10000, 50, 2, true).optimisationSeconds, base.optimisationSeconds);
    EXPECT_GT(estimateCost(benchmarkRun(2), 20000, 50, 2, true).totalSeconds(), base.totalSeconds());
    EXPECT_GT(estimateCost(benchmarkRun(2), 20000, 50, 2, true).peakBytes, base.peakBytes);
    EXPECT_NEAR(estimateCost(benchmarkRun(2), 10000, 50, 1, true).optimisationSeconds, 2 * base.optimisationSeconds, 1e-9)
        << "one thread instead of the two the constants were measured with";
    auto longer = benchmarkRun(2);
    longer.tsne.iterations = 1500;
    EXPECT_NEAR(estimateCost(longer, 10000, 50, 2, true).optimisationSeconds, 2 * base.optimisationSeconds, 1e-9);

    // CNN features: the extraction dominates, and the network's memory is counted.
    auto vgg = benchmarkRun(2);
    vgg.features.extractor = tse::run::Extractor::Vgg16;
    vgg.pcaDims = 50;
    const auto withVgg = estimateCost(vgg, 10000, 0, 2, true);
    EXPECT_GT(withVgg.featureSeconds, 100 * base.optimisationSeconds);
    EXPECT_GT(withVgg.peakBytes, base.peakBytes + 1'000'000'000ull);
    EXPECT_GT(withVgg.pcaSeconds, 0.0);
    // A model file the user chose is counted by its size, not as a VGG16: a small model on a
    // small machine is not refused for memory it will never use.
    vgg.features.extractor = tse::run::Extractor::VggFile;
    vgg.features.modelFile = std::string(TSE_FEATURE_FIXTURES) + "/tiny-vgg.pth";
    EXPECT_LT(estimateCost(vgg, 10000, 4096, 2, true).peakBytes, withVgg.peakBytes - 500'000'000ull);
    // A TorchScript model's own cost cannot be known: the estimate says so.
    vgg.features.extractor = tse::run::Extractor::TorchScript;
    const auto script = estimateCost(vgg, 10000, 0, 2, true);
    EXPECT_FALSE(script.featureTimeKnown);
    EXPECT_NE(script.summary().find("the model's time"), std::string::npos) << script.summary();
}

TEST(CostEstimate, ARunThatCannotFitIsRefusedWithTheNumbers)
{
    const auto e = estimateCost(benchmarkRun(2), 70000, 50, 2, true);  // ~430 MB
    EXPECT_TRUE(tse::app::memoryRefusal(e, 8ull << 30).empty());
    EXPECT_TRUE(tse::app::memoryRefusal(e, std::nullopt).empty()) << "unknown memory: no refusal";
    const auto refusal = tse::app::memoryRefusal(e, 200ull << 20);
    ASSERT_FALSE(refusal.empty());
    EXPECT_NE(refusal.find("needs about"), std::string::npos) << refusal;
    EXPECT_NE(refusal.find("210 MB are available"), std::string::npos) << refusal;

    // The one run function refuses it before any work, in every front end.
    auto features = std::make_shared<tse::Matrix>(tse::Matrix::Random(70000, 50));
    tse::app::RunInput input;
    input.features = features;
    tse::app::RunHooks hooks;
    hooks.memoryAvailable = 200ull << 20;
    bool anyProgress = false;
    hooks.progress = tse::Progress([&](std::string_view, double) { anyProgress = true; }, [] { return false; });
    auto result = tse::app::executeRun(input, benchmarkRun(2), hooks);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("needs about"), std::string::npos) << result.error().message;
    EXPECT_FALSE(anyProgress) << "refused before any stage started";
    EXPECT_TRUE(tse::app::availableMemoryBytes().has_value()) << "/proc/meminfo is read on Linux";
}
