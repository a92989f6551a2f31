// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Density-based clusters of a map: well-separated blobs are found as such (whatever their
// number), noise stays noise, the answer does not depend on threads or on point order beyond
// renumbering, bad requests say why, and the summaries name each cluster by its majority.

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "tse/tsne/mapclusters.h"

using tse::Matrix;
using tse::tsne::ClusterOptions;
using tse::tsne::findClusters;

namespace {

struct Blobs {
    Matrix map;
    std::vector<int> truth;  // blob per point, −1 for background noise
};

// `count` Gaussian blobs of `size` points on a circle of radius 30 (σ = 1), plus uniform noise.
Blobs blobs(int count, int size, int noise, int dims, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> uniform(-40.0f, 40.0f);
    Blobs b;
    b.map.resize(count * size + noise, dims);
    for (int c = 0; c < count; ++c)
        for (int k = 0; k < size; ++k) {
            const int i = c * size + k;
            const float angle = 2.0f * float(M_PI) * float(c) / float(count);
            for (int d = 0; d < dims; ++d)
                b.map(i, d) = normal(rng) + (d == 0 ? 30.0f * std::cos(angle) : d == 1 ? 30.0f * std::sin(angle) : 0.0f);
            b.truth.push_back(c);
        }
    for (int k = 0; k < noise; ++k) {
        for (int d = 0; d < dims; ++d)
            b.map(count * size + k, d) = uniform(rng);
        b.truth.push_back(-1);
    }
    return b;
}

// Each blob's points mostly in one cluster of their own; returns how many blob points were
// labelled with their blob's cluster.
int agreeing(const Blobs& b, const std::vector<int>& labels, int count)
{
    int agree = 0;
    std::set<int> used;
    for (int c = 0; c < count; ++c) {
        std::map<int, int> votes;
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (b.truth[i] == c)
                ++votes[labels[i]];
        const auto best = std::max_element(votes.begin(), votes.end(),
                                           [](auto& x, auto& y) { return x.second < y.second; });
        EXPECT_GE(best->first, 0) << "blob " << c << " is mostly noise";
        EXPECT_TRUE(used.insert(best->first).second) << "two blobs share cluster " << best->first;
        agree += best->second;
    }
    return agree;
}

}  // namespace

TEST(MapClusters, FindsWellSeparatedBlobsWhateverTheirNumber)
{
    for (int count : {2, 5, 9}) {
        SCOPED_TRACE(count);
        const Blobs b = blobs(count, 200, 100, 2, unsigned(count));
        ClusterOptions options;
        options.minClusterSize = 30;
        const auto found = findClusters(b.map, options);
        ASSERT_TRUE(found) << found.error().message;
        EXPECT_EQ(found->count, count);
        EXPECT_GE(agreeing(b, found->labels, count), count * 200 * 95 / 100);
        // Background points that fall away from a cluster after it formed belong to it
        // (HDBSCAN's rule); blob points are almost never noise.
        int blobNoise = 0, backgroundNoise = 0;
        for (std::size_t i = 0; i < b.truth.size(); ++i)
            if (found->labels[i] < 0)
                ++(b.truth[i] < 0 ? backgroundNoise : blobNoise);
        EXPECT_LE(blobNoise, count * 200 / 20);
        EXPECT_GE(backgroundNoise, 30) << "much of the scattered background is noise";
        ASSERT_EQ(found->sizes.size(), std::size_t(count));
        EXPECT_TRUE(std::is_sorted(found->sizes.rbegin(), found->sizes.rend())) << "largest first";
        for (double s : found->stability)
            EXPECT_GT(s, 0.0);
    }
}

TEST(MapClusters, ThreeDimensionalMapsAndTheDefaultSize)
{
    const Blobs b = blobs(4, 500, 0, 3, 11);
    const auto found = findClusters(b.map);  // default: 1 % of 2,000 points = 20
    ASSERT_TRUE(found) << found.error().message;
    EXPECT_EQ(found->minClusterSize, 20);
    EXPECT_EQ(found->count, 4);
    EXPECT_GE(agreeing(b, found->labels, 4), 1900);
}

TEST(MapClusters, TheMinimumSizeDecidesWhatCountsAsACluster)
{
    // Two large blobs and one of 40 points: with a minimum of 50 the small one is not a cluster.
    Blobs b = blobs(3, 300, 0, 2, 4);
    b.map.conservativeResize(640, 2);
    b.truth.resize(640);
    ClusterOptions options;
    options.minClusterSize = 30;
    const auto small = findClusters(b.map, options);
    ASSERT_TRUE(small);
    EXPECT_EQ(small->count, 3);
    options.minClusterSize = 50;
    const auto large = findClusters(b.map, options);
    ASSERT_TRUE(large);
    EXPECT_EQ(large->count, 2);
}

TEST(MapClusters, ALimitOnTheSizeKeepsPartsAndLeavesKeepTheFinest)
{
    // Two groups of three touching blobs each (σ 1, centres 3 apart), the groups 100 apart:
    // excess of mass keeps the two groups; with a limit below a group's size, or keeping
    // leaves, the group's parts come out, none above the limit.
    Blobs b = blobs(6, 150, 0, 2, 21);
    for (int i = 0; i < b.map.rows(); ++i) {
        const int blob = b.truth[std::size_t(i)];
        const float angle = 2.0f * float(M_PI) * float(blob % 3) / 3.0f;
        b.map(i, 0) += -30.0f * std::cos(2.0f * float(M_PI) * float(blob) / 6.0f) + 1.8f * std::cos(angle) + (blob >= 3 ? 100.0f : 0.0f);
        b.map(i, 1) += -30.0f * std::sin(2.0f * float(M_PI) * float(blob) / 6.0f) + 1.8f * std::sin(angle);
    }
    ClusterOptions options;
    options.minClusterSize = 40;
    const auto whole = findClusters(b.map, options);
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->count, 2);
    options.maxClusterSize = 300;
    const auto limited = findClusters(b.map, options);
    ASSERT_TRUE(limited);
    EXPECT_GT(limited->count, 2);
    EXPECT_EQ(limited->maxClusterSize, 300);
    for (int size : limited->sizes)
        EXPECT_LE(size, 300);
    options.maxClusterSize = 0;
    options.selection = tse::tsne::ClusterSelection::Leaves;
    const auto leaves = findClusters(b.map, options);
    ASSERT_TRUE(leaves);
    EXPECT_GT(leaves->count, 2);
    for (int size : leaves->sizes)
        EXPECT_LT(size, 450);
}

TEST(MapClusters, SameAnswerOnAnyNumberOfThreads)
{
    const Blobs b = blobs(6, 300, 300, 2, 8);
    ClusterOptions options;
    options.minClusterSize = 25;
    options.threads = 1;
    const auto one = findClusters(b.map, options);
    options.threads = 3;
    const auto three = findClusters(b.map, options);
    ASSERT_TRUE(one && three);
    EXPECT_EQ(one->labels, three->labels);
    EXPECT_EQ(one->stability, three->stability);
}

TEST(MapClusters, DuplicatePointsAndOneBlobAreHandled)
{
    // 100 copies each of four points, two pairs far apart: distances of zero must not make λ
    // infinite; each pile of copies is a cluster of its own.
    Matrix dup(400, 2);
    for (int i = 0; i < 400; ++i) {
        dup(i, 0) = float((i % 2) * 50);
        dup(i, 1) = float((i % 4) / 2);
    }
    ClusterOptions options;
    options.minClusterSize = 20;
    const auto found = findClusters(dup, options);
    ASSERT_TRUE(found) << found.error().message;
    EXPECT_EQ(found->count, 4);
    EXPECT_EQ(found->sizes, (std::vector<int>{100, 100, 100, 100}));
    for (double s : found->stability)
        EXPECT_TRUE(std::isfinite(s));
    // One round blob: no structure to split (the whole map is never a cluster of its own).
    const Blobs one = blobs(1, 500, 0, 2, 2);
    const auto single = findClusters(one.map, options);
    ASSERT_TRUE(single);
    EXPECT_LE(single->count, 3) << "a blob may show a few dense cores, not dozens";
}

TEST(MapClusters, BadRequestsSayWhy)
{
    ClusterOptions options;
    options.minClusterSize = 10;
    const auto few = findClusters(Matrix::Random(15, 2), options);
    ASSERT_FALSE(few);
    EXPECT_NE(few.error().message.find("lower the minimum cluster size"), std::string::npos);
    options.minClusterSize = 1;
    EXPECT_FALSE(findClusters(Matrix::Random(50, 2), options));
    options.minClusterSize = 5;
    EXPECT_FALSE(findClusters(Matrix::Random(50, 5), options)) << "a map has at most 3 columns";
    Matrix bad = Matrix::Random(50, 2);
    bad(3, 1) = std::nanf("");
    const auto nan = findClusters(bad, options);
    ASSERT_FALSE(nan);
    EXPECT_NE(nan.error().message.find("not finite"), std::string::npos);
    EXPECT_FALSE(findClusters(Matrix(0, 2), options));
    EXPECT_FALSE(findClusters(Matrix(1, 2), options)) << "one point";
}

TEST(MapClusters, SummariesNameTheMajorityAndPickTheMedoid)
{
    // Cluster 0: a plus of 5 points centred at the origin, classes 2, 2, 2, 2, 7.
    // Cluster 1: a line of 3 points of class 1 and one unlabelled.
    Matrix map(9, 2);
    map << 0, 0, 1, 0, -1, 0, 0, 1, 0, -1, 10, 0, 11, 0, 12, 0, 13, 0;
    const std::vector<int> clusters = {0, 0, 0, 0, 0, 1, 1, 1, 1};
    const std::vector<int> classes = {2, 2, 7, 2, 2, 1, 1, 1, -1};
    const auto s = tse::tsne::summariseClusters(map, clusters, 2, classes, 4);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].size, 5);
    EXPECT_EQ(s[0].majority, 2);
    EXPECT_DOUBLE_EQ(s[0].share, 0.8);
    ASSERT_EQ(s[0].representatives.size(), 4u);
    EXPECT_EQ(s[0].representatives[0], 0) << "the centre of the plus";
    EXPECT_EQ(s[1].majority, 1);
    EXPECT_DOUBLE_EQ(s[1].share, 1.0) << "of the points that have a class";
    EXPECT_TRUE(s[1].representatives[0] == 6 || s[1].representatives[0] == 7) << "a middle point of the line";
    EXPECT_EQ(s[1].representatives.size(), 4u);
    // Noise (−1) and labels beyond the count are not anyone's.
    const auto none = tse::tsne::summariseClusters(map, std::vector<int>(9, -1), 1, classes, 4);
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(none[0].size, 0);
    EXPECT_TRUE(none[0].representatives.empty());
}
