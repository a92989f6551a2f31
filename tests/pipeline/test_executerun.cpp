// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The run function every front end calls: same answers whichever way it is called, cancel
// keeps the partial map, snapshots come at the pace asked for, parameter problems are refused.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <new>
#include <set>
#include <stdexcept>

#include "tse/common/npy.h"
#include "tse/features/rawpixels.h"

#include "pipeline/executerun.h"

using namespace tse;

namespace {

// Four well-separated Gaussian blobs of 60 points in 10 dimensions, labelled by blob.
app::RunInput blobInput()
{
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    constexpr int kBlobs = 4, kPer = 60, kDims = 10;
    auto features = std::make_shared<Matrix>(kBlobs * kPer, kDims);
    app::RunInput input;
    for (int b = 0; b < kBlobs; ++b)
        for (int i = 0; i < kPer; ++i) {
            for (int d = 0; d < kDims; ++d)
                (*features)(b * kPer + i, d) = normal(rng) + (d == b ? 12.0f : 0.0f);
            input.labels.push_back(b);
        }
    input.classNames = {"a", "b", "c", "d"};
    input.features = features;
    input.featuresKey = "blobs";
    return input;
}

run::RunParameters smallRun()
{
    run::RunParameters p;
    p.pcaDims = 5;
    p.tsne.perplexity = 15;
    p.tsne.iterations = 300;
    p.tsne.threads = 2;
    p.tsne.seed = 3;
    return p;
}

}  // namespace

TEST(ExecuteRun, CliAndWorkbenchStyleCallsGiveTheSameRecord)
{
    const auto input = blobInput();
    auto cli = app::executeRun(input, smallRun());
    ASSERT_TRUE(cli) << cli.error().message;

    app::RunHooks gui;
    app::StageCache cache;
    gui.cache = &cache;
    gui.snapshotSeconds = 1e-9;  // a snapshot after every iteration
    int snapshots = 0;
    gui.onSnapshot = [&](const app::RunSnapshot&) { ++snapshots; };
    auto workbench = app::executeRun(input, smallRun(), gui);
    ASSERT_TRUE(workbench) << workbench.error().message;
    EXPECT_GT(snapshots, 0);

    const auto& a = cli->record;
    const auto& b = workbench->record;
    EXPECT_EQ(a.status, run::RunStatus::Finished);
    EXPECT_EQ(a.iterationsDone, 300);
    ASSERT_EQ(a.coordinates.rows(), 240);
    EXPECT_TRUE(a.coordinates.isApprox(b.coordinates, 0.0f)) << "same parameters, seed and threads: same map";
    ASSERT_TRUE(a.klDivergence && b.klDivergence);
    EXPECT_DOUBLE_EQ(*a.klDivergence, *b.klDivergence);
    ASSERT_TRUE(a.knnAccuracy && a.trustworthiness && a.continuity && a.knnPreservation);
    EXPECT_DOUBLE_EQ(*a.knnAccuracy, *b.knnAccuracy);
    EXPECT_DOUBLE_EQ(*a.trustworthiness, *b.trustworthiness);
    EXPECT_DOUBLE_EQ(*a.continuity, *b.continuity);
    EXPECT_EQ(a.metricQueries, 240u) << "fewer items than the metric sample: all are scored";
    // Four separated blobs: neighbours are kept and labels agree.
    EXPECT_GT(*a.knnAccuracy, 0.98);
    EXPECT_GT(*a.trustworthiness, 0.9);
    EXPECT_EQ(a.labels, input.labels);
    EXPECT_EQ(a.featuresKey, "blobs");
    EXPECT_EQ(a.explainedVarianceRatio.size(), 5u);
    ASSERT_TRUE(a.tsneInput);
    EXPECT_EQ(a.tsneInput->cols(), 5);
    EXPECT_EQ(cli->diagnostics.featureCount, 10u);
}

TEST(ExecuteRun, CancelMidRunKeepsThePartialMap)
{
    auto flag = std::make_shared<CancelFlag>();
    app::RunHooks hooks;
    hooks.progress = Progress::withFlag(flag);
    hooks.snapshotSeconds = 1e-9;
    int cancelledAt = 0;
    hooks.onSnapshot = [&](const app::RunSnapshot& s) {
        if (s.iteration >= 100 && !flag->isCancelled()) {
            cancelledAt = s.iteration;
            flag->cancel();
        }
    };
    auto result = app::executeRun(blobInput(), smallRun(), hooks);
    ASSERT_TRUE(result) << result.error().message;
    const auto& r = result->record;
    EXPECT_EQ(r.status, run::RunStatus::Cancelled);
    EXPECT_EQ(r.iterationsDone, cancelledAt) << "no iteration runs after the cancel";
    EXPECT_EQ(r.coordinates.rows(), 240);
    EXPECT_TRUE(r.coordinates.allFinite());
    EXPECT_FALSE(r.knnAccuracy) << "a cancelled map is not scored as if finished";
    EXPECT_FALSE(r.trustworthiness);
}

TEST(ExecuteRun, AnExceptionDuringTheRunIsItsErrorNotTheEndOfTheProgram)
{
    // A failed allocation half-way (a tree, a grid, the graph) must reach the caller as this
    // run's error: in the workbench an escaped exception would end the program and its unsaved
    // project. The hook throws where the engine would, between iterations.
    for (const bool outOfMemory : {true, false}) {
        app::RunHooks hooks;
        hooks.snapshotSeconds = 1e-9;
        hooks.onSnapshot = [&](const app::RunSnapshot& s) {
            if (s.iteration < 100)
                return;
            if (outOfMemory)
                throw std::bad_alloc();
            throw std::runtime_error("grid of 9e9 nodes");
        };
        const auto result = app::executeRun(blobInput(), smallRun(), hooks);
        ASSERT_FALSE(result.ok());
        if (outOfMemory) {
            EXPECT_EQ(result.error().code, ErrorCode::OutOfMemory);
            EXPECT_NE(result.error().message.find("ran out of memory"), std::string::npos) << result.error().message;
        } else {
            EXPECT_EQ(result.error().code, ErrorCode::Internal);
            EXPECT_NE(result.error().message.find("grid of 9e9 nodes"), std::string::npos) << result.error().message;
        }
    }
    // The next run is unaffected.
    const auto after = app::executeRun(blobInput(), smallRun());
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_EQ(after->record.status, run::RunStatus::Finished);
}

TEST(ExecuteRun, CancelBeforeTheOptimisationIsNotAnError)
{
    auto flag = std::make_shared<CancelFlag>();
    flag->cancel();
    app::RunHooks hooks;
    hooks.progress = Progress::withFlag(flag);
    auto result = app::executeRun(blobInput(), smallRun(), hooks);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->record.status, run::RunStatus::Cancelled);
    EXPECT_LE(result->record.iterationsDone, 0);
}

TEST(ExecuteRun, SnapshotsComeAtTheRequestedPace)
{
    // Asking for a snapshot every iteration gives exactly one per iteration, in order.
    app::RunHooks every;
    every.snapshotSeconds = 1e-9;
    std::vector<int> iterations;
    every.onSnapshot = [&](const app::RunSnapshot& s) {
        iterations.push_back(s.iteration);
        EXPECT_EQ(s.totalIterations, 300);
        EXPECT_EQ(s.coordinates.rows(), 240);
    };
    ASSERT_TRUE(app::executeRun(blobInput(), smallRun(), every));
    ASSERT_EQ(iterations.size(), 300u);
    for (std::size_t k = 0; k < iterations.size(); ++k)
        EXPECT_EQ(iterations[k], int(k) + 1);

    // A slow pace is capped at 50 iterations between snapshots; the last one is the end.
    app::RunHooks slow;
    slow.snapshotSeconds = 1e9;
    iterations.clear();
    slow.onSnapshot = [&](const app::RunSnapshot& s) { iterations.push_back(s.iteration); };
    ASSERT_TRUE(app::executeRun(blobInput(), smallRun(), slow));
    ASSERT_GE(iterations.size(), 6u);
    EXPECT_EQ(iterations.back(), 300);
    for (std::size_t k = 1; k < iterations.size(); ++k)
        EXPECT_LE(iterations[k] - iterations[k - 1], 50);

    // No snapshot callback, no snapshots: the CLI's way.
    app::RunHooks none;
    none.snapshotSeconds = 1e-9;
    ASSERT_TRUE(app::executeRun(blobInput(), smallRun(), none));
}

TEST(ExecuteRun, ParameterProblemsAreRefusedWithTheirMessage)
{
    auto p = smallRun();
    p.tsne.perplexity = 500;
    auto refused = app::executeRun(blobInput(), p);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(refused.error().message.find("too large for 240 items"), std::string::npos);

    p = smallRun();
    p.pcaDims = 11;
    auto pca = app::executeRun(blobInput(), p);
    ASSERT_FALSE(pca);
    EXPECT_NE(pca.error().message.find("exceed the number of features (10)"), std::string::npos);

    auto empty = app::executeRun(app::RunInput{}, smallRun());
    ASSERT_FALSE(empty);
}

TEST(ExecuteRun, ExactKlOnlyUpToTheAskedSize)
{
    app::RunHooks hooks;
    hooks.exactKlLimit = 1000;
    auto withKl = app::executeRun(blobInput(), smallRun(), hooks);
    ASSERT_TRUE(withKl);
    ASSERT_TRUE(withKl->diagnostics.exactKl);
    EXPECT_GT(*withKl->diagnostics.exactKl, 0.0);
    hooks.exactKlLimit = 100;
    auto without = app::executeRun(blobInput(), smallRun(), hooks);
    ASSERT_TRUE(without);
    EXPECT_FALSE(without->diagnostics.exactKl);
}

TEST(OpenRunInput, ReadsMatricesWithLabelsAndNamesBadFiles)
{
    auto missing = app::openRunInput("/nonexistent/features.npy");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("/nonexistent/features.npy"), std::string::npos);
    auto mixed = app::openRunInput("sample", "labels.npy");
    ASSERT_FALSE(mixed);
    EXPECT_NE(mixed.error().message.find("--labels"), std::string::npos);
}

// A .npy input is mapped, not read: PCA reads it in passes, and the run is the same as from the
// matrix in memory, bit for bit, with the same content hash.
TEST(ExecuteRun, MappedMatrixRunsAsTheMatrixInMemory)
{
    const auto input = blobInput();
    const auto path = std::filesystem::temp_directory_path() / "tse_test_mapped_run.npy";
    ASSERT_TRUE(npy::writeMatrix(path, *input.features));
    auto mapped = app::openRunInput(path.string());
    ASSERT_TRUE(mapped) << mapped.error().message;
    EXPECT_EQ(mapped->features, nullptr);
    ASSERT_NE(mapped->featureRows, nullptr);
    EXPECT_EQ(mapped->size(), input.size());
    app::RunInput inMemory;
    inMemory.features = input.features;
    EXPECT_EQ(mapped->contentHash(), inMemory.contentHash());
    EXPECT_EQ(*mapped->slice(20, 7).features, input.features->middleRows(20, 7));
    mapped->featuresKey = input.featuresKey;
    auto fromMemory = app::executeRun(input, smallRun());
    auto fromFile = app::executeRun(*mapped, smallRun());
    ASSERT_TRUE(fromMemory && fromFile) << (fromFile ? "" : fromFile.error().message);
    EXPECT_EQ(fromFile->record.coordinates, fromMemory->record.coordinates);
    EXPECT_EQ(fromFile->record.explainedVarianceRatio, fromMemory->record.explainedVarianceRatio);
    std::filesystem::remove(path);
}

// Raw pixels that PCA reduces are made block by block as PCA reads them, never as one float
// matrix: the run equals the one from the extracted feature matrix.
TEST(ExecuteRun, RawPixelsReduceWithoutTheFeatureMatrix)
{
    auto dataset = std::make_shared<imageio::Dataset>();
    dataset->name = "squares";
    dataset->width = dataset->height = 8;
    dataset->channels = 1;
    dataset->classNames = {"left", "right"};
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> noise(0, 60);
    for (int i = 0; i < 240; ++i) {
        const int label = i % 2;
        dataset->labels.push_back(label);
        for (int p = 0; p < 64; ++p)
            dataset->pixels.push_back(std::uint8_t(noise(rng) + ((p % 8 < 4) == (label == 0) ? 180 : 0)));
    }
    app::RunInput images;
    images.dataset = dataset;
    auto pixels = features::rawPixelFeatures(*dataset);
    ASSERT_TRUE(pixels);
    app::RunInput matrix;
    matrix.features = std::make_shared<const Matrix>(std::move(pixels.value()));
    matrix.labels = dataset->labels;
    auto parameters = smallRun();
    parameters.pcaDims = 6;
    auto fromImages = app::executeRun(images, parameters);
    auto fromMatrix = app::executeRun(matrix, parameters);
    ASSERT_TRUE(fromImages && fromMatrix);
    EXPECT_EQ(fromImages->record.coordinates, fromMatrix->record.coordinates);
    EXPECT_EQ(fromImages->record.explainedVarianceRatio, fromMatrix->record.explainedVarianceRatio);
    EXPECT_FALSE(fromImages->record.featuresKey.empty());
}

// The sampled neighbourhood measures cost two passes over all items per query: 1,000 queries up
// to 100,000 items, then fewer, never under 100, and the record says how many were used.
TEST(ExecuteRun, SampledMeasuresShrinkTheirSampleForLargeMaps)
{
    EXPECT_EQ(app::metricQueriesFor(3000), app::kMetricQueries);
    EXPECT_EQ(app::metricQueriesFor(100000), app::kMetricQueries);
    EXPECT_EQ(app::metricQueriesFor(200000), 500u);
    EXPECT_EQ(app::metricQueriesFor(1000000), 100u);
    EXPECT_EQ(app::metricQueriesFor(50000000), 100u);
    auto run = app::executeRun(blobInput(), smallRun());
    ASSERT_TRUE(run);
    EXPECT_EQ(run->record.metricQueries, blobInput().size()) << "a small map is scored on every item";
}

TEST(ExecuteRun, ReplayFramesAreTheLiveSnapshotsAndDoNotChangeTheMap)
{
    const auto input = blobInput();
    auto plain = app::executeRun(input, smallRun());
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->record.replay.empty()) << "no budget, no frames";

    app::RunHooks hooks;
    hooks.snapshotSeconds = 0.02;  // live snapshots at their own pace
    std::vector<std::pair<int, Matrix>> live;
    hooks.onSnapshot = [&](const app::RunSnapshot& s) { live.emplace_back(s.iteration, s.coordinates); };
    // A budget for about a dozen frames of 240 points in 2D.
    hooks.replayBudgetBytes = 12 * run::MapReplay::frameBytes(240, 2);
    auto replayed = app::executeRun(input, smallRun(), hooks);
    ASSERT_TRUE(replayed) << replayed.error().message;
    const run::MapReplay& replay = replayed->record.replay;
    ASSERT_GE(replay.frameCount(), 8);
    EXPECT_LE(replay.bytes(), hooks.replayBudgetBytes);
    EXPECT_EQ(replay.iterations().front(), 0);
    EXPECT_EQ(replay.iterations().back(), 300);
    EXPECT_TRUE(replayed->record.coordinates.isApprox(plain->record.coordinates, 0.0f)) << "keeping frames changes nothing";
    // Every frame after the start is the live snapshot of its iteration (to 16-bit precision).
    for (int k = 1; k < replay.frameCount(); ++k) {
        const int iteration = replay.iterations()[std::size_t(k)];
        const auto at = std::find_if(live.begin(), live.end(), [&](const auto& s) { return s.first == iteration; });
        ASSERT_NE(at, live.end()) << "a live snapshot at iteration " << iteration;
        const Matrix frame = replay.frame(k);
        const float extent = (at->second.colwise().maxCoeff() - at->second.colwise().minCoeff()).maxCoeff();
        EXPECT_LE((frame - at->second).cwiseAbs().maxCoeff(), extent / 65535.0f) << "frame " << k;
    }
    const float extent = (replayed->record.coordinates.colwise().maxCoeff() - replayed->record.coordinates.colwise().minCoeff()).maxCoeff();
    EXPECT_LE((replay.frame(replay.frameCount() - 1) - replayed->record.coordinates).cwiseAbs().maxCoeff(), extent / 65535.0f)
        << "the last frame is the finished map";
}

TEST(ExecuteRun, ClustersAskedForAreFoundOnTheFinishedMap)
{
    const auto input = blobInput();
    app::RunHooks hooks;
    hooks.clusters = app::ClusterRequest{};
    hooks.clusters->minClusterSize = 20;
    // No cluster above 30 % of the map: each blob is 25 %, and excess of mass may otherwise keep
    // two neighbouring blobs of a small map as one (it does on some CPUs' rounding of the map).
    hooks.clusters->maxClusterShare = 0.3;
    auto result = app::executeRun(input, smallRun(), hooks);
    ASSERT_TRUE(result) << result.error().message;
    const auto& clusters = result->record.clusters;
    EXPECT_EQ(clusters.count, 4) << "the four blobs";
    ASSERT_EQ(clusters.labels.size(), 240u);
    // Each blob is one cluster of its own (a stray point may be noise, never another blob's).
    std::set<int> seen;
    for (int blob = 0; blob < 4; ++blob) {
        std::map<int, int> counts;
        for (int i = 0; i < 60; ++i)
            ++counts[clusters.labels[std::size_t(blob) * 60 + i]];
        counts.erase(-1);
        ASSERT_EQ(counts.size(), 1u) << "blob " << blob << " is split or mixed";
        EXPECT_GE(counts.begin()->second, 50) << "blob " << blob;
        EXPECT_TRUE(seen.insert(counts.begin()->first).second) << "blob " << blob << " shares a cluster";
    }
    EXPECT_EQ(clusters.minClusterSize, 20);
    // A size no two clusters of the map can have fails the run with the reason.
    hooks.clusters->minClusterSize = 200;
    auto refused = app::executeRun(input, smallRun(), hooks);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("cannot find clusters"), std::string::npos) << refused.error().message;
}
