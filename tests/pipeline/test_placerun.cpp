// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Placing new items on a finished run: the run's points come through bit for bit, the new ones
// land by their class, labels are matched by class name, and every mismatch is refused by name.

#include <gtest/gtest.h>

#include <new>
#include <random>
#include <string_view>

#include "pipeline/placerun.h"

using namespace tse;

namespace {

// Blobs of `per` points in 10 dimensions, one per class name, centres 12 apart on their own axis.
app::RunInput blobs(const std::vector<std::string>& classes, const std::vector<int>& axes, int per, unsigned seed,
                    int dims = 10)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    auto features = std::make_shared<Matrix>(int(classes.size()) * per, dims);
    app::RunInput input;
    for (std::size_t b = 0; b < classes.size(); ++b)
        for (int i = 0; i < per; ++i) {
            for (int d = 0; d < dims; ++d)
                (*features)(int(b) * per + i, d) = normal(rng) + (d == axes[b] ? 12.0f : 0.0f);
            input.labels.push_back(int(b));
        }
    input.classNames = classes;
    input.features = features;
    input.featuresKey = "blobs";
    return input;
}

run::RunRecord finishedReference(int dims)
{
    run::RunParameters p;
    p.dataset = "reference.npy";
    p.pcaDims = 5;
    p.tsne.dimensions = dims;
    p.tsne.perplexity = 15;
    p.tsne.iterations = 300;
    p.tsne.threads = 2;
    auto result = app::executeRun(blobs({"a", "b", "c", "d"}, {0, 1, 2, 3}, 60, 7), p);
    EXPECT_TRUE(result.ok());
    result->record.id = 4;
    result->record.name = "blobs";
    return result->record;
}

}  // namespace

TEST(PlaceOnRun, KeepsTheMapAndPlacesByClass)
{
    for (const int dims : {2, 3}) {
        const run::RunRecord reference = finishedReference(dims);
        ASSERT_TRUE(reference.referenceSpace);
        EXPECT_EQ(reference.referenceSpace->featureCount, 10u);
        EXPECT_EQ(reference.referenceSpace->dimensions(), 5u);
        // The new items name their classes in another order, and bring one the map lacks.
        const auto fresh = blobs({"c", "a", "new"}, {2, 0, 9}, 15, 21);
        tsne::PlacementOptions options;
        options.threads = 2;
        auto placed = app::placeOnRun(reference, fresh, "fresh.npy", options);
        ASSERT_TRUE(placed.ok()) << placed.error().message;
        const run::RunRecord& r = placed->record;
        ASSERT_EQ(r.coordinates.rows(), 240 + 45);
        EXPECT_TRUE(r.coordinates.topRows(240) == reference.coordinates) << "the map's points do not move";
        EXPECT_EQ(r.placedCount(), 45u);
        EXPECT_FALSE(r.isPlaced(239));
        EXPECT_TRUE(r.isPlaced(240));
        EXPECT_EQ(r.placedOnto, 4);
        EXPECT_EQ(r.placedDataset, "fresh.npy");
        EXPECT_EQ(r.classNames, (std::vector<std::string>{"a", "b", "c", "d", "new"}));
        EXPECT_EQ(r.labels[240], 2);        // "c"
        EXPECT_EQ(r.labels[255], 0);        // "a"
        EXPECT_EQ(r.labels[270], 4);        // "new"
        // "new" has no reference points to agree with: 30 of the 45 can be right.
        ASSERT_TRUE(placed->placedAccuracy);
        EXPECT_NEAR(*placed->placedAccuracy, 30.0 / 45.0, 1e-12);
        EXPECT_NE(r.notes.find("Placed 45 items from fresh.npy onto run 4 ('blobs')"), std::string::npos) << r.notes;
        // More can be placed on the placed run: its space holds all its points.
        ASSERT_TRUE(r.referenceSpace);
        EXPECT_EQ(r.referenceSpace->items(), 285u);
        EXPECT_TRUE(r.referenceSpace->pcaComponents == reference.referenceSpace->pcaComponents);
        EXPECT_EQ(placed->neighbours.n, 45);
    }
}

TEST(PlaceOnRun, AFailedAllocationIsThePlacementsError)
{
    // As for a run: an exception from the engine half-way is the caller's error, not the end of
    // the program. The progress callback throws where the placement's own allocations would.
    const run::RunRecord reference = finishedReference(2);
    app::RunHooks hooks;
    hooks.progress = Progress(
        [](std::string_view stage, double fraction) {
            if (stage == "Placing" && fraction > 0.5)
                throw std::bad_alloc();
        },
        [] { return false; });
    tsne::PlacementOptions options;
    options.threads = 2;
    const auto placed = app::placeOnRun(reference, blobs({"b"}, {1}, 20, 5), "more.npy", options, hooks);
    ASSERT_FALSE(placed.ok());
    EXPECT_EQ(placed.error().code, ErrorCode::OutOfMemory);
    EXPECT_NE(placed.error().message.find("placing more.npy ran out of memory"), std::string::npos) << placed.error().message;
    EXPECT_TRUE(app::placeOnRun(reference, blobs({"b"}, {1}, 20, 5), "more.npy", options).ok()) << "and the next one works";
}

TEST(PlaceOnRun, PlacedPointsOfAKnownClassJoinIt)
{
    const run::RunRecord reference = finishedReference(2);
    auto placed = app::placeOnRun(reference, blobs({"b", "d"}, {1, 3}, 20, 5), "more.npy");
    ASSERT_TRUE(placed.ok()) << placed.error().message;
    ASSERT_TRUE(placed->placedAccuracy);
    EXPECT_DOUBLE_EQ(*placed->placedAccuracy, 1.0);
}

TEST(PlaceOnRun, MismatchesAreRefusedByName)
{
    run::RunRecord reference = finishedReference(2);
    auto narrow = app::placeOnRun(reference, blobs({"a"}, {0}, 5, 1, 8), "narrow.npy");
    ASSERT_FALSE(narrow.ok());
    EXPECT_NE(narrow.error().message.find("cannot place narrow.npy on run 4 ('blobs')"), std::string::npos)
        << narrow.error().message;
    EXPECT_NE(narrow.error().message.find("8 features each but the map was made from 10"), std::string::npos)
        << narrow.error().message;

    app::RunInput empty;
    empty.features = std::make_shared<Matrix>(0, 10);
    auto none = app::placeOnRun(reference, empty, "empty.npy");
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().message.find("it holds no items"), std::string::npos) << none.error().message;

    app::RunInput images;
    auto dataset = std::make_shared<imageio::Dataset>();
    dataset->width = dataset->height = 4;
    dataset->channels = 1;
    dataset->labels = {-1};
    dataset->pixels.assign(16, 0);
    images.dataset = dataset;
    auto wrongKind = app::placeOnRun(reference, images, "folder");
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_NE(wrongKind.error().message.find("embedded from the feature matrix reference.npy"), std::string::npos)
        << wrongKind.error().message;

    reference.referenceSpace.reset();
    auto noSpace = app::placeOnRun(reference, blobs({"a"}, {0}, 5, 1), "x.npy");
    ASSERT_FALSE(noSpace.ok());
    EXPECT_NE(noSpace.error().message.find("saved without its feature space"), std::string::npos)
        << noSpace.error().message;
}

TEST(PlaceOnRun, ImagesGetTheRunsFeatures)
{
    // 3 classes of 6×6 gray images: a bright row, column or diagonal, with noise.
    auto makeImages = [](int per, unsigned seed, int side) {
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> noise(0, 40);
        auto ds = std::make_shared<imageio::Dataset>();
        ds->width = ds->height = side;
        ds->channels = 1;
        ds->classNames = {"row", "column", "diagonal"};
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < per; ++i) {
                ds->labels.push_back(c);
                for (int y = 0; y < side; ++y)
                    for (int x = 0; x < side; ++x) {
                        const bool on = (c == 0 && y == 2) || (c == 1 && x == 3) || (c == 2 && x == y);
                        ds->pixels.push_back(static_cast<std::uint8_t>((on ? 200 : 0) + noise(rng)));
                    }
            }
        app::RunInput input;
        input.dataset = ds;
        return input;
    };
    run::RunParameters p;
    p.dataset = "images";
    p.pcaDims = 8;
    p.tsne.perplexity = 10;
    p.tsne.iterations = 300;
    p.tsne.threads = 2;
    auto reference = app::executeRun(makeImages(40, 1, 6), p);
    ASSERT_TRUE(reference.ok()) << reference.error().message;
    EXPECT_EQ(reference->record.referenceSpace->featureCount, 36u);
    auto placed = app::placeOnRun(reference->record, makeImages(10, 2, 6), "new-images");
    ASSERT_TRUE(placed.ok()) << placed.error().message;
    ASSERT_TRUE(placed->placedAccuracy);
    EXPECT_DOUBLE_EQ(*placed->placedAccuracy, 1.0);
    auto larger = app::placeOnRun(reference->record, makeImages(2, 3, 7), "large-images");
    ASSERT_FALSE(larger.ok());
    EXPECT_NE(larger.error().message.find("49 features each but the map was made from 36 (raw pixels: the new "
                                          "images are 7×7×1)"),
              std::string::npos)
        << larger.error().message;
}
