// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

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

namespace {

// The textbook definition with full rank tables, for comparison.
void naiveTrustContinuity(const tse::Matrix& x, const tse::Matrix& y, int k, double& t, double& c)
{
    const int n = static_cast<int>(x.rows());
    auto ranks = [&](const tse::Matrix& m, int i) {
        std::vector<int> order;
        for (int j = 0; j < n; ++j)
            if (j != i)
                order.push_back(j);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const float da = (m.row(i) - m.row(a)).squaredNorm(), db = (m.row(i) - m.row(b)).squaredNorm();
            return da < db || (da == db && a < b);
        });
        std::vector<int> r(n, 0);
        for (int pos = 0; pos < static_cast<int>(order.size()); ++pos)
            r[order[pos]] = pos + 1;
        return r;
    };
    double ts = 0, cs = 0;
    for (int i = 0; i < n; ++i) {
        const auto rx = ranks(x, i), ry = ranks(y, i);
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            if (ry[j] <= k && rx[j] > k)
                ts += rx[j] - k;
            if (rx[j] <= k && ry[j] > k)
                cs += ry[j] - k;
        }
    }
    const double norm = 2.0 / (double(n) * k * (2.0 * n - 3.0 * k - 1.0));
    t = 1 - norm * ts;
    c = 1 - norm * cs;
}

}  // namespace

TEST(NeighbourhoodMetrics, IdenticalMapIsPerfect)
{
    const tse::Matrix x = tse::Matrix::Random(80, 5);
    const auto m = neighbourhoodMetrics(x, x, 5);
    EXPECT_DOUBLE_EQ(m.trustworthiness, 1.0);
    EXPECT_DOUBLE_EQ(m.continuity, 1.0);
    EXPECT_DOUBLE_EQ(m.knnPreservation, 1.0);
    EXPECT_EQ(m.queries, 80u);
}

TEST(NeighbourhoodMetrics, MatchesTextbookDefinition)
{
    const tse::Matrix x = tse::Matrix::Random(70, 6);
    tse::Matrix y = x.leftCols(2) + 0.3f * tse::Matrix::Random(70, 2);  // a lossy 2D view
    double t = 0, c = 0;
    naiveTrustContinuity(x, y, 7, t, c);
    const auto m = neighbourhoodMetrics(x, y, 7);
    EXPECT_NEAR(m.trustworthiness, t, 1e-12);
    EXPECT_NEAR(m.continuity, c, 1e-12);
    EXPECT_LT(m.trustworthiness, 1.0);
    EXPECT_GT(m.knnPreservation, 0.0);
    EXPECT_LT(m.knnPreservation, 1.0);
}

// Coordinates on a coarse integer grid tie all the time: ranks and neighbour sets must still follow
// the definition's (distance, index) order exactly.
TEST(NeighbourhoodMetrics, MatchesTextbookDefinitionWithTies)
{
    tse::Matrix x = (tse::Matrix::Random(90, 4).array() * 2.0f).round().matrix();
    tse::Matrix y = (x.leftCols(2).array() + (tse::Matrix::Random(90, 2).array() * 1.5f).round()).matrix();
    double t = 0, c = 0;
    naiveTrustContinuity(x, y, 6, t, c);
    const auto m = neighbourhoodMetrics(x, y, 6);
    EXPECT_NEAR(m.trustworthiness, t, 1e-12);
    EXPECT_NEAR(m.continuity, c, 1e-12);
    EXPECT_LT(m.continuity, 1.0);
}

TEST(NeighbourhoodMetrics, ScrambledMapIsWorse)
{
    const tse::Matrix x = tse::Matrix::Random(100, 4);
    tse::Matrix shuffled = x;
    for (int i = 0; i < 100; ++i)
        shuffled.row(i) = x.row((i * 37) % 100);
    const auto good = neighbourhoodMetrics(x, x, 5);
    const auto bad = neighbourhoodMetrics(x, shuffled, 5);
    EXPECT_LT(bad.trustworthiness, good.trustworthiness - 0.2);
    EXPECT_LT(bad.knnPreservation, 0.3);
}

namespace {

// Trustworthiness by its definition (Venna & Kaski 2001, as scikit-learn computes it): full
// sorts of every row, nothing shared with the library's implementation.
double referenceTrustworthiness(const tse::Matrix& x, const tse::Matrix& y, int k)
{
    const int n = static_cast<int>(x.rows());
    auto order = [&](const tse::Matrix& m, int i) {
        std::vector<int> o;
        for (int j = 0; j < n; ++j)
            if (j != i)
                o.push_back(j);
        std::stable_sort(o.begin(), o.end(), [&](int a, int b) {
            return (m.row(i) - m.row(a)).squaredNorm() < (m.row(i) - m.row(b)).squaredNorm();
        });
        return o;
    };
    double sum = 0.0;
    for (int i = 0; i < n; ++i) {
        const auto inOrder = order(x, i), outOrder = order(y, i);
        for (int a = 0; a < k; ++a) {
            const int j = outOrder[a];
            const int rank = int(std::find(inOrder.begin(), inOrder.end(), j) - inOrder.begin()) + 1;
            sum += std::max(0, rank - k);
        }
    }
    return 1.0 - 2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)) * sum;
}

}  // namespace

TEST(Metrics, TinyMapsKeepKBelowHalfNAndMatchTheDefinition)
{
    std::mt19937 rng(5);
    std::normal_distribution<float> normal;
    for (int n : {4, 5, 7, 12, 21, 40}) {
        tse::Matrix x(n, 6), y(n, 2);
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < 6; ++c)
                x(i, c) = normal(rng);
            for (int c = 0; c < 2; ++c)
                y(i, c) = normal(rng);  // a random map: intruders everywhere
        }
        const auto m = tse::tsne::neighbourhoodMetrics(x, y, 10, 10000, 1);
        EXPECT_EQ(m.k, std::min(10, (n - 1) / 2)) << n << " items";
        EXPECT_GE(m.trustworthiness, 0.0) << n;
        EXPECT_LE(m.trustworthiness, 1.0) << n;
        EXPECT_GE(m.continuity, 0.0) << n;
        EXPECT_LE(m.continuity, 1.0) << n;
        EXPECT_NEAR(m.trustworthiness, referenceTrustworthiness(x, y, m.k), 1e-9) << n << " items";
        // Continuity is trustworthiness with the two spaces swapped.
        EXPECT_NEAR(m.continuity, referenceTrustworthiness(y, x, m.k), 1e-9) << n << " items";
        const auto same = tse::tsne::neighbourhoodMetrics(x, x, 10, 10000, 1);
        EXPECT_DOUBLE_EQ(same.trustworthiness, 1.0);
        EXPECT_DOUBLE_EQ(same.continuity, 1.0);
    }
}

namespace {

// Leave-one-out k-NN accuracy by its definition: all pairs, neighbours by (distance, index).
double referenceKnnAccuracy(const tse::Matrix& y, const std::vector<int>& labels, int k)
{
    const int n = static_cast<int>(y.rows());
    int total = 0, hits = 0;
    for (int i = 0; i < n; ++i) {
        if (labels[i] < 0)
            continue;
        std::vector<std::pair<float, int>> all;
        for (int j = 0; j < n; ++j)
            if (j != i && labels[j] >= 0)
                all.push_back({(y.row(i) - y.row(j)).squaredNorm(), j});
        std::sort(all.begin(), all.end());
        all.resize(std::min<std::size_t>(all.size(), std::size_t(k)));
        std::map<int, int> votes;
        for (const auto& [d, j] : all)
            ++votes[labels[j]];
        int best = -1, bestVotes = 0;
        for (const auto& [d, j] : all)
            if (votes[labels[j]] > bestVotes) {
                bestVotes = votes[labels[j]];
                best = labels[j];
            }
        ++total;
        hits += best == labels[i];
    }
    return total ? double(hits) / total : 0.0;
}

}  // namespace

TEST(Metrics, TreeKnnAccuracyEqualsTheAllPairsDefinitionTiesIncluded)
{
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> cell(0, 12), label(-1, 3);
    for (int dims : {2, 3}) {
        // Integer coordinates: many equal distances, where tie rules show.
        tse::Matrix y(600, dims);
        std::vector<int> labels(600);
        for (int i = 0; i < 600; ++i) {
            for (int c = 0; c < dims; ++c)
                y(i, c) = float(cell(rng));
            labels[i] = label(rng);
        }
        for (int k : {1, 5, 10})
            EXPECT_DOUBLE_EQ(tse::tsne::knnAccuracy(y, labels, k, 2), referenceKnnAccuracy(y, labels, k))
                << dims << "D, k = " << k;
    }
}
