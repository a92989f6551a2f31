// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Replay frames: 16-bit quantisation within its stated error, the spacing that keeps a run's
// frames within the budget (a 70,000-point 3D run of 1,000 iterations in 10 MB), and stored
// forms whose parts do not fit together refused.

#include <gtest/gtest.h>

#include <limits>

#include "tse/run/mapreplay.h"

using tse::Matrix;
using tse::run::MapReplay;

TEST(MapReplay, FramesComeBackWithinTheQuantisationError)
{
    MapReplay replay(500, 3);
    const Matrix a = Matrix::Random(500, 3) * 40.0f, b = Matrix::Random(500, 3) * 0.001f;
    ASSERT_TRUE(replay.add(0, a));
    ASSERT_TRUE(replay.add(50, b));
    EXPECT_FALSE(replay.add(60, Matrix::Random(499, 3))) << "another shape";
    Matrix bad = a;
    bad(3, 1) = std::nanf("");
    EXPECT_FALSE(replay.add(70, bad));
    ASSERT_EQ(replay.frameCount(), 2);
    EXPECT_EQ(replay.iterations(), (std::vector<int>{0, 50}));
    for (int k = 0; k < 2; ++k) {
        const Matrix& original = k == 0 ? a : b;
        const Matrix back = replay.frame(k);
        for (int d = 0; d < 3; ++d) {
            const float extent = original.col(d).maxCoeff() - original.col(d).minCoeff();
            // Half a step, plus float rounding of the coordinates' own size.
            const float rounding = 4.0f * std::numeric_limits<float>::epsilon() * original.col(d).cwiseAbs().maxCoeff();
            EXPECT_LE((back.col(d) - original.col(d)).cwiseAbs().maxCoeff(), extent / 131070.0f + rounding);
        }
    }
    EXPECT_EQ(replay.bytes(), 2 * MapReplay::frameBytes(500, 3));
    // A frame of one repeated point (no extent) is exact.
    MapReplay flat(4, 2);
    ASSERT_TRUE(flat.add(0, Matrix::Constant(4, 2, 3.5f)));
    EXPECT_EQ(flat.frame(0), Matrix::Constant(4, 2, 3.5f));
}

TEST(MapReplay, TheSpacingKeepsARunWithinItsBudget)
{
    const std::size_t budget = tse::run::kDefaultReplayBudgetBytes;
    const int interval = MapReplay::intervalFor(1000, 70000, 3, budget);
    ASSERT_GT(interval, 0);
    const int frames = (1000 + interval - 1) / interval + 1;
    EXPECT_LE(std::size_t(frames) * MapReplay::frameBytes(70000, 3), budget);
    EXPECT_GE(frames, 20) << "enough frames to see the map form";
    // A small map keeps a frame every iteration; a huge one none.
    EXPECT_EQ(MapReplay::intervalFor(1000, 300, 2, budget), 1);
    EXPECT_EQ(MapReplay::intervalFor(1000, 10'000'000, 3, budget), 0);
}

TEST(MapReplay, StoredFormsThatDoNotFitAreRefused)
{
    MapReplay r;
    EXPECT_TRUE(r.assign(2, 2, {0, 10}, {0, 0, 0, 0}, {1, 1, 1, 1}, {1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(r.frame(1)(1, 1), 8.0f);
    EXPECT_FALSE(r.assign(2, 2, {0, 10}, {0, 0, 0, 0}, {1, 1, 1, 1}, {1, 2, 3, 4, 5, 6, 7})) << "values short";
    EXPECT_TRUE(r.empty()) << "nothing half-assigned";
    EXPECT_FALSE(r.assign(2, 2, {10, 0}, {0, 0, 0, 0}, {1, 1, 1, 1}, {1, 2, 3, 4, 5, 6, 7, 8})) << "iterations backwards";
    EXPECT_FALSE(r.assign(2, 2, {0, 10}, {0, 0, 0, 0}, {1, -1, 1, 1}, {1, 2, 3, 4, 5, 6, 7, 8})) << "negative step";
    EXPECT_FALSE(r.assign(2, 4, {0}, {0, 0, 0, 0}, {1, 1, 1, 1}, {1, 2, 3, 4, 5, 6, 7, 8})) << "4 dimensions";
    EXPECT_FALSE(r.assign(0, 2, {}, {}, {}, {}));
}
