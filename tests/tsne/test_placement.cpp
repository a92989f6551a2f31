// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <random>

#include "kernelgrid.h"
#include "testdata.h"
#include "tse/tsne/metrics.h"
#include "tse/tsne/placement.h"
#include "tse/tsne/tsnerun.h"

using namespace tse::tsne;
using tse::Matrix;

namespace {

struct Reference {
    Matrix features, map;
    std::vector<int> labels;
};

// Five well-separated blobs in 10 dimensions, embedded by t-SNE.
Reference embeddedBlobs(int dims)
{
    Reference r;
    r.features = tse::testdata::blobs(5, 80, 10, 14.0, 3, &r.labels);
    TsneOptions o;
    o.dimensions = dims;
    o.perplexity = 20;
    o.iterations = 400;
    o.threads = 2;
    auto run = TsneRun::create(r.features, o);
    EXPECT_TRUE(run.ok());
    (*run)->runToEnd();
    r.map = (*run)->snapshot();
    return r;
}

// Placed points scored against the reference labels of their 10 nearest map neighbours.
double placedAccuracy(const Reference& r, const Matrix& placed, const std::vector<int>& placedLabels)
{
    Matrix all(r.map.rows() + placed.rows(), r.map.cols());
    all << r.map, placed;
    std::vector<int> labels = r.labels;
    labels.insert(labels.end(), placedLabels.begin(), placedLabels.end());
    std::vector<char> voters(all.rows(), 0), scored(all.rows(), 0);
    std::fill(voters.begin(), voters.begin() + r.map.rows(), 1);
    std::fill(scored.begin() + r.map.rows(), scored.end(), 1);
    return knnAccuracy(all, labels, voters, scored, 10, 2);
}

class PlacementOnBlobs : public ::testing::TestWithParam<int> {};

TEST_P(PlacementOnBlobs, NewPointsLandInTheClusterOfTheirClass)
{
    const Reference r = embeddedBlobs(GetParam());
    std::vector<int> newLabels;
    const Matrix fresh = tse::testdata::blobs(5, 20, 10, 14.0, 77, &newLabels);
    PlacementOptions o;
    o.threads = 2;
    auto placed = placePoints(r.features, r.map, fresh, o);
    ASSERT_TRUE(placed.ok()) << placed.error().message;
    ASSERT_EQ(placed->coordinates.rows(), 100);
    ASSERT_EQ(placed->coordinates.cols(), GetParam());
    EXPECT_EQ(placed->neighbours.n, 100);
    EXPECT_EQ(placed->neighbours.k, 15);
    EXPECT_DOUBLE_EQ(placedAccuracy(r, placed->coordinates, newLabels), 1.0);
    // Not just the start: the optimisation moved the points from their neighbours' median.
    o.iterations = 0;
    auto start = placePoints(r.features, r.map, fresh, o);
    ASSERT_TRUE(start.ok());
    EXPECT_GT((start->coordinates - placed->coordinates).norm(), 1e-3);
    EXPECT_DOUBLE_EQ(placedAccuracy(r, start->coordinates, newLabels), 1.0);
}

INSTANTIATE_TEST_SUITE_P(Dims, PlacementOnBlobs, ::testing::Values(2, 3));

TEST(Placement, ACopyOfAReferencePointLandsNextToIt)
{
    const Reference r = embeddedBlobs(2);
    for (const int twin : {0, 123, 399}) {
        auto placed = placePoints(r.features, r.map, r.features.middleRows(twin, 1), {});
        ASSERT_TRUE(placed.ok());
        EXPECT_EQ(placed->neighbours.indices[0], twin);
        EXPECT_FLOAT_EQ(placed->neighbours.squaredDistances[0], 0.0f);
        // Closer to its twin than the twin's 5th nearest neighbour on the map is.
        std::vector<double> fromTwin;
        for (int j = 0; j < r.map.rows(); ++j)
            if (j != twin)
                fromTwin.push_back((r.map.row(j) - r.map.row(twin)).norm());
        std::nth_element(fromTwin.begin(), fromTwin.begin() + 4, fromTwin.end());
        const double distance = (placed->coordinates.row(0) - r.map.row(twin)).norm();
        EXPECT_LT(distance, fromTwin[4]) << "twin " << twin;
    }
}

TEST(Placement, DeterministicWhateverTheThreadsAndShards)
{
    const Reference r = embeddedBlobs(3);
    const Matrix fresh = tse::testdata::blobs(5, 20, 10, 14.0, 5, nullptr);
    PlacementOptions o;
    o.threads = 1;
    auto one = placePoints(r.features, r.map, fresh, o);
    o.threads = 2;
    auto two = placePoints(r.features, r.map, fresh, o);
    auto again = placePoints(r.features, r.map, fresh, o);
    ASSERT_TRUE(one && two && again);
    EXPECT_TRUE(one->coordinates == two->coordinates);
    EXPECT_TRUE(two->coordinates == again->coordinates);
    // Points do not interact, so two halves placed apart give the same coordinates.
    auto first = placePoints(r.features, r.map, fresh.topRows(37), o);
    auto rest = placePoints(r.features, r.map, fresh.bottomRows(63), o);
    ASSERT_TRUE(first && rest);
    EXPECT_TRUE(first->coordinates == two->coordinates.topRows(37));
    EXPECT_TRUE(rest->coordinates == two->coordinates.bottomRows(63));
}

TEST(Placement, MismatchesAreNamed)
{
    const Reference r = embeddedBlobs(2);
    auto wrongWidth = placePoints(r.features, r.map, Matrix::Zero(3, 7));
    ASSERT_FALSE(wrongWidth.ok());
    EXPECT_NE(wrongWidth.error().message.find("7 features but the reference has 10"), std::string::npos)
        << wrongWidth.error().message;
    auto none = placePoints(r.features, r.map, Matrix(0, 10));
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().message.find("no new points"), std::string::npos);
    auto rows = placePoints(r.features, r.map.topRows(10), Matrix::Zero(3, 10));
    ASSERT_FALSE(rows.ok());
    EXPECT_NE(rows.error().message.find("10 × 2"), std::string::npos) << rows.error().message;
    Matrix bad = Matrix::Zero(2, 10);
    bad(1, 3) = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FALSE(placePoints(r.features, r.map, bad).ok());
    PlacementOptions o;
    o.learningRate = 0;
    auto invalid = placePoints(r.features, r.map, Matrix::Zero(2, 10), o);
    ASSERT_FALSE(invalid.ok());
    EXPECT_NE(invalid.error().message.find("learning rate"), std::string::npos);
}

TEST(Placement, CancelStopsIt)
{
    const Reference r = embeddedBlobs(2);
    auto flag = std::make_shared<tse::CancelFlag>();
    flag->cancel();
    auto placed = placePoints(r.features, r.map, r.features.topRows(5), {}, tse::Progress::withFlag(flag));
    ASSERT_FALSE(placed.ok());
    EXPECT_EQ(placed.error().code, tse::ErrorCode::Cancelled);
}

TEST(NeighboursInReference, ExactAndApproximateFindTheBruteForceNeighbours)
{
    const Matrix reference = tse::testdata::blobs(4, 300, 12, 6.0, 11, nullptr);
    const Matrix queries = tse::testdata::blobs(4, 25, 12, 6.0, 12, nullptr);
    const int k = 8;
    auto exact = neighboursInReference(reference, queries, k, 2, NeighbourSearch::Exact);
    auto approximate = neighboursInReference(reference, queries, k, 2, NeighbourSearch::Approximate, 3);
    ASSERT_TRUE(exact && approximate);
    ASSERT_EQ(exact->n, 100);
    int found = 0;
    for (int i = 0; i < queries.rows(); ++i) {
        std::vector<std::pair<float, int>> all;
        for (int j = 0; j < reference.rows(); ++j)
            all.emplace_back((reference.row(j) - queries.row(i)).squaredNorm(), j);
        std::sort(all.begin(), all.end());
        for (int a = 0; a < k; ++a) {
            EXPECT_EQ(exact->indices[std::size_t(i) * k + a], all[a].second);
            EXPECT_NEAR(exact->squaredDistances[std::size_t(i) * k + a], all[a].first, 1e-3f * (1 + all[a].first));
            for (int b = 0; b < k; ++b)
                found += approximate->indices[std::size_t(i) * k + b] == all[a].second;
        }
    }
    EXPECT_GE(double(found) / (queries.rows() * k), 0.95);
    // The same object as queries and reference is still a reference search (itself included).
    auto same = neighboursInReference(queries, queries, 1, 2, NeighbourSearch::Exact);
    ASSERT_TRUE(same.ok());
    for (int i = 0; i < queries.rows(); ++i)
        EXPECT_EQ(same->indices[i], i);
}

TEST(KernelGrid, EvaluatesTheKernelSumsAnywhereInItsBox)
{
    std::mt19937 rng(4);
    std::normal_distribution<double> normal(0.0, 3.0);
    const int n = 800;
    for (const int dims : {2, 3}) {
        std::vector<double> y(std::size_t(n) * dims);
        for (double& v : y)
            v = normal(rng);
        const double lo = -15, extent = 30;
        double worstForce = 0, worstZ = 0;
        auto check = [&](const auto& grid) {
            for (int t = 0; t < 50; ++t) {
                double x[3], force[3], exactForce[3] = {0, 0, 0}, exactZ = 0;
                for (int c = 0; c < dims; ++c)
                    x[c] = normal(rng);
                const double z = grid.evaluate(x, force);
                for (int j = 0; j < n; ++j) {
                    double d2 = 0, d[3];
                    for (int c = 0; c < dims; ++c) {
                        d[c] = x[c] - y[std::size_t(j) * dims + c];
                        d2 += d[c] * d[c];
                    }
                    const double q = 1 / (1 + d2);
                    exactZ += q;
                    for (int c = 0; c < dims; ++c)
                        exactForce[c] += q * q * d[c];
                }
                double err = 0, norm = 0;
                for (int c = 0; c < dims; ++c) {
                    err += (force[c] - exactForce[c]) * (force[c] - exactForce[c]);
                    norm += exactForce[c] * exactForce[c];
                }
                worstForce = std::max(worstForce, std::sqrt(err) / (std::sqrt(norm) + 0.01 * exactZ));
                worstZ = std::max(worstZ, std::abs(z - exactZ) / exactZ);
            }
        };
        if (dims == 2)
            check(detail::KernelGrid<2>(y.data(), n, lo, extent, detail::defaultFftGrid(2), 2));
        else
            check(detail::KernelGrid<3>(y.data(), n, lo, extent, detail::defaultFftGrid(3), 2));
        EXPECT_LT(worstZ, 0.02) << dims << "D";
        EXPECT_LT(worstForce, dims == 2 ? 0.05 : 0.08) << dims << "D";
    }
}

TEST(Metrics, KnnAccuracyOfScoredRowsAgainstVoters)
{
    // Voters: class 0 around x = 0, class 1 around x = 10; scored rows sit among class 1.
    Matrix y(8, 2);
    y << 0, 0, 0.1, 0, 0.2, 0, 10, 0, 10.1, 0, 10.2, 0, 10.05, 0.01, 0.05, 0.01;
    const std::vector<int> labels = {0, 0, 0, 1, 1, 1, 1, 0};
    const std::vector<char> voters = {1, 1, 1, 1, 1, 1, 0, 0};
    const std::vector<char> scored = {0, 0, 0, 0, 0, 0, 1, 1};
    EXPECT_DOUBLE_EQ(knnAccuracy(y, labels, voters, scored, 3, 1), 1.0);
    // Scored rows never vote: row 6 labelled 0 among class-1 voters is wrong.
    std::vector<int> wrong = labels;
    wrong[6] = 0;
    EXPECT_DOUBLE_EQ(knnAccuracy(y, wrong, voters, scored, 3, 1), 0.5);
}

}  // namespace
