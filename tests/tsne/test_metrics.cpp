#include <gtest/gtest.h>

#include <cmath>

#include "tse/tsne/metrics.h"

using namespace tse::tsne;

TEST(KnnAccuracy, HandCheckedLine)
{
    // Points on a line: 0,1,2 (label 0), 10,11 (label 1), 12 (label 0).
    tse::Matrix y(6, 2);
    y << 0, 0, 1, 0, 2, 0, 10, 0, 11, 0, 12, 0;
    const std::vector<int> labels = {0, 0, 0, 1, 1, 0};
    // k = 1: item 3 → 11 (1) ✓, item 4 → 10 or 12 tie, nearer first is 10 (index 3, label 1) ✓,
    // item 5 → 11 (1) ✗, items 0–2 ✓ → 5/6.
    EXPECT_NEAR(knnAccuracy(y, labels, 1), 5.0 / 6.0, 1e-12);
    // k = 2: item 3 → {11, 12} labels {1, 0}: tie, nearest (11 → 1) wins ✓; item 4 → {10, 12}
    // tie, nearest-first 10 → 1 ✓; item 5 → {11, 10} → 1 ✗; items 0–2 ✓ → 5/6.
    EXPECT_NEAR(knnAccuracy(y, labels, 2), 5.0 / 6.0, 1e-12);
}

TEST(KnnAccuracy, UnlabelledItemsAreIgnored)
{
    tse::Matrix y(4, 2);
    y << 0, 0, 0.1f, 0, 5, 5, 5.1f, 5;
    EXPECT_DOUBLE_EQ(knnAccuracy(y, {0, 0, -1, -1}, 1), 1.0);
}

TEST(ExactKl, TwoPointsHaveZeroDivergence)
{
    // With two points Q is 1/2 everywhere whatever their distance; P symmetric gives KL 0.
    SparseMatrix p;
    p.n = 2;
    p.rowStart = {0, 1, 2};
    p.columns = {1, 0};
    p.values = {0.5f, 0.5f};
    tse::Matrix y(2, 2);
    y << 0, 0, 3, 4;
    EXPECT_NEAR(exactKlDivergence(p, y), 0.0, 1e-9);
}

TEST(ExactKl, ThreePointsByHand)
{
    SparseMatrix p;
    p.n = 3;
    p.rowStart = {0, 1, 2, 2};
    p.columns = {1, 0};
    p.values = {0.5f, 0.5f};  // only the pair (0, 1) is similar
    tse::Matrix y(3, 2);
    y << 0, 0, 1, 0, 0, 2;
    const double q01 = 0.5, q02 = 0.2, q12 = 1.0 / 6.0;
    const double z = 2 * (q01 + q02 + q12);
    const double expected = 2 * 0.5 * std::log(0.5 / (q01 / z));
    EXPECT_NEAR(exactKlDivergence(p, y), expected, 1e-9);
}
