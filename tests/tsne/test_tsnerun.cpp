// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "testdata.h"
#include "tse/tsne/metrics.h"
#include "tse/tsne/tsnerun.h"

using namespace tse::tsne;
using tse::Matrix;

namespace {

// Smallest distance between points of different clusters over the mean distance within one.
double separation(const Matrix& y, const std::vector<int>& labels)
{
    double within = 0;
    long withinCount = 0;
    double between = std::numeric_limits<double>::max();
    for (int i = 0; i < y.rows(); ++i)
        for (int j = i + 1; j < y.rows(); ++j) {
            const double d = (y.row(i) - y.row(j)).norm();
            if (labels[i] == labels[j]) {
                within += d;
                ++withinCount;
            } else {
                between = std::min(between, d);
            }
        }
    return between / (within / withinCount);
}

}  // namespace

struct SeparationCase {
    int dims;
    GradientMethod method;
    int iterations = 500;
};

std::string caseName(const ::testing::TestParamInfo<SeparationCase>& info)
{
    return std::to_string(info.param.dims) + "D_" + methodName(info.param.method);
}

class ClustersStayApart : public ::testing::TestWithParam<SeparationCase> {};

TEST_P(ClustersStayApart, WellSeparatedBlobs)
{
    std::vector<int> labels;
    const Matrix data = tse::testdata::blobs(4, 80, 10, 12.0, 9, &labels);
    TsneOptions o;
    o.dimensions = GetParam().dims;
    o.method = GetParam().method;
    o.perplexity = 15;
    o.iterations = GetParam().iterations;
    o.threads = 2;
    auto run = TsneRun::create(data, o);
    ASSERT_TRUE(run.ok()) << run.error().message;
    ASSERT_TRUE((*run)->runToEnd());
    const Matrix y = (*run)->snapshot();
    ASSERT_EQ(y.rows(), 320);
    ASSERT_EQ(y.cols(), o.dimensions);
    EXPECT_TRUE(y.allFinite());
    EXPECT_DOUBLE_EQ(knnAccuracy(y, labels, 10), 1.0);
    EXPECT_GT(separation(y, labels), 0.5);
    ASSERT_FALSE((*run)->klHistory().empty());
    EXPECT_LT((*run)->klHistory().back().kl, (*run)->klHistory().front().kl);
}

INSTANTIATE_TEST_SUITE_P(DimsAndMethods, ClustersStayApart,
                         ::testing::Values(SeparationCase{2, GradientMethod::Exact},
                                           SeparationCase{3, GradientMethod::Exact},
                                           SeparationCase{2, GradientMethod::BarnesHut},
                                           SeparationCase{3, GradientMethod::BarnesHut},
                                           SeparationCase{2, GradientMethod::Fft},
                                           // The 3D FFT grid is costly per iteration: fewer of them.
                                           SeparationCase{3, GradientMethod::Fft, 300}),
                         caseName);

TEST(TsneRun, DeterministicForSeedAndThreads)
{
    const Matrix data = tse::testdata::blobs(5, 300, 12, 6.0, 4, nullptr);
    TsneOptions o;
    o.dimensions = 3;
    o.iterations = 120;
    o.threads = 2;
    o.initialization = Initialization::Random;
    o.seed = 7;
    auto a = TsneRun::create(data, o);
    auto b = TsneRun::create(data, o);
    ASSERT_TRUE(a.ok() && b.ok());
    (*a)->runToEnd();
    (*b)->runToEnd();
    EXPECT_EQ((*a)->snapshot(), (*b)->snapshot());
    o.seed = 8;
    auto c = TsneRun::create(data, o);
    ASSERT_TRUE(c.ok());
    (*c)->runToEnd();
    EXPECT_NE((*a)->snapshot(), (*c)->snapshot());
}

// The step adds the map's coordinates up per fixed block of 8,192 points for the centring: a
// map of more than one (uneven) block gives the same coordinates on 1 and 3 threads, centred.
TEST(TsneRun, StepIsTheSameOnAnyThreadCountAcrossCentringBlocks)
{
    const Matrix data = tse::testdata::blobs(3, 3000, 8, 6.0, 11, nullptr);
    TsneOptions o;
    o.dimensions = 2;
    o.iterations = 6;
    o.method = GradientMethod::BarnesHut;
    o.initialization = Initialization::Random;
    Matrix maps[2];
    for (int t = 0; t < 2; ++t) {
        o.threads = t == 0 ? 1 : 3;
        auto run = TsneRun::create(data, o);
        ASSERT_TRUE(run.ok()) << run.error().message;
        ASSERT_EQ((*run)->size(), 9000u);
        (*run)->runToEnd();
        maps[t] = (*run)->snapshot();
    }
    EXPECT_EQ(maps[0], maps[1]);
    for (int c = 0; c < 2; ++c) {
        const double mean = maps[0].col(c).cast<double>().mean();
        const double spread = maps[0].col(c).cast<double>().cwiseAbs().maxCoeff();
        EXPECT_LT(std::abs(mean), 1e-6 * spread) << "coordinate " << c << " is not centred";
    }
}

TEST(TsneRun, StepsAreResumable)
{
    const Matrix data = tse::testdata::blobs(3, 60, 6, 8.0, 5, nullptr);
    TsneOptions o;
    o.iterations = 100;
    o.threads = 1;
    auto whole = TsneRun::create(data, o);
    auto pieces = TsneRun::create(data, o);
    ASSERT_TRUE(whole.ok() && pieces.ok());
    EXPECT_EQ((*whole)->step(1000), 100);
    int done = 0;
    while (!(*pieces)->finished())
        done += (*pieces)->step(7);
    EXPECT_EQ(done, 100);
    EXPECT_EQ((*pieces)->iteration(), 100);
    EXPECT_EQ((*whole)->snapshot(), (*pieces)->snapshot());
}

TEST(TsneRun, CancelStopsAtTheNextIterationAndKeepsEmbedding)
{
    const Matrix data = tse::testdata::blobs(10, 300, 10, 5.0, 6, nullptr);
    TsneOptions o;
    o.dimensions = 3;
    o.iterations = 100000;
    auto run = TsneRun::create(data, o);
    ASSERT_TRUE(run.ok());
    // The cancel is seen before every iteration: asked for at iteration 37, none runs after it.
    const TsneRun* r = run->get();
    const tse::Progress progress({}, [r] { return r->iteration() >= 37; });
    EXPECT_FALSE((*run)->runToEnd(progress));
    EXPECT_EQ((*run)->iteration(), 37);
    EXPECT_EQ((*run)->step(10, progress), 0);
    EXPECT_TRUE((*run)->snapshot().allFinite());
}

TEST(TsneRun, RejectsBadInput)
{
    Matrix data = Matrix::Random(30, 4);
    TsneOptions o;
    auto tooFew = TsneRun::create(data, o);  // perplexity 30 needs 91 items
    ASSERT_FALSE(tooFew.ok());
    EXPECT_NE(tooFew.error().message.find("perplexity"), std::string::npos);
    o.perplexity = 5;
    data(2, 1) = std::numeric_limits<float>::infinity();
    auto nan = TsneRun::create(data, o);
    ASSERT_FALSE(nan.ok());
    EXPECT_NE(nan.error().message.find("NaN"), std::string::npos);
}

TEST(TsneRun, BarnesHutKlEstimateNearExact)
{
    std::vector<int> labels;
    const Matrix data = tse::testdata::blobs(4, 150, 10, 6.0, 10, &labels);
    TsneOptions o;
    o.method = GradientMethod::BarnesHut;
    o.iterations = 300;
    o.perplexity = 20;
    auto run = TsneRun::create(data, o);
    ASSERT_TRUE(run.ok());
    (*run)->runToEnd();
    const double estimate = (*run)->klDivergence();
    const double exact = exactKlDivergence((*run)->affinities(), (*run)->snapshot());
    EXPECT_NEAR(estimate, exact, 0.02 * exact);
}
