// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "gradient.h"

using namespace tse::tsne::detail;

namespace {

std::vector<double> randomEmbedding(int n, int dims, unsigned seed, double scale)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, scale);
    std::vector<double> y(std::size_t(n) * dims);
    for (double& v : y)
        v = normal(rng);
    return y;
}

double relativeError(const std::vector<double>& approx, const std::vector<double>& exact)
{
    double num = 0, den = 0;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        num += (approx[i] - exact[i]) * (approx[i] - exact[i]);
        den += exact[i] * exact[i];
    }
    return std::sqrt(num / den);
}

}  // namespace

struct GradientCase {
    int dims;
    double theta;
    double maxError;
};

class BarnesHutAccuracy : public ::testing::TestWithParam<GradientCase> {};

TEST_P(BarnesHutAccuracy, CloseToExactRepulsion)
{
    const auto c = GetParam();
    const int n = 1500;
    const auto y = randomEmbedding(n, c.dims, 42, 10.0);
    std::vector<double> exact(y.size()), bh(y.size());
    const double zExact = exactRepulsion(y.data(), n, c.dims, 2, exact.data());
    const double zBh = barnesHutRepulsion(y.data(), n, c.dims, c.theta, 2, bh.data());
    const double error = relativeError(bh, exact);
    RecordProperty("relative_error", std::to_string(error));
    std::cout << "dims " << c.dims << " theta " << c.theta << ": relative force error " << error
              << ", Z error " << std::abs(zBh - zExact) / zExact << "\n";
    EXPECT_LT(error, c.maxError);
    EXPECT_NEAR(zBh, zExact, c.maxError * zExact);
}

INSTANTIATE_TEST_SUITE_P(Dims, BarnesHutAccuracy,
                         ::testing::Values(GradientCase{2, 0.5, 0.03}, GradientCase{3, 0.5, 0.03},
                                           GradientCase{2, 0.1, 0.002}, GradientCase{3, 0.1, 0.002}));

TEST(Gradient, ExactRepulsionMatchesDefinition)
{
    // Three points on a line: check against hand-computed q̃² (y_i − y_j).
    const std::vector<double> y = {0.0, 0.0, 1.0, 0.0, 3.0, 0.0};
    std::vector<double> f(6);
    const double z = exactRepulsion(y.data(), 3, 2, 1, f.data());
    const double q01 = 1.0 / 2.0, q02 = 1.0 / 10.0, q12 = 1.0 / 5.0;
    EXPECT_NEAR(z, 2 * (q01 + q02 + q12), 1e-12);
    EXPECT_NEAR(f[0], q01 * q01 * (0 - 1) + q02 * q02 * (0 - 3), 1e-12);
    EXPECT_NEAR(f[2], q01 * q01 * (1 - 0) + q12 * q12 * (1 - 3), 1e-12);
    EXPECT_NEAR(f[1], 0.0, 1e-12);
}

TEST(Gradient, BarnesHutHandlesDuplicatePoints)
{
    std::vector<double> y(200 * 3, 1.0);  // all points identical
    y[0] = 2.0;
    std::vector<double> f(y.size());
    const double z = barnesHutRepulsion(y.data(), 200, 3, 0.5, 2, f.data());
    EXPECT_TRUE(std::isfinite(z));
    for (double v : f)
        EXPECT_TRUE(std::isfinite(v));
}

TEST(Gradient, AttractiveForcesAndLogTerm)
{
    tse::tsne::SparseMatrix p;
    p.n = 2;
    p.rowStart = {0, 1, 2};
    p.columns = {1, 0};
    p.values = {0.5f, 0.5f};
    const std::vector<double> y = {0.0, 0.0, 0.0, 2.0, 0.0, 0.0};
    std::vector<double> f(6);
    double sumPLogQ = 0;
    attractiveForces(p, y.data(), 3, 1, f.data(), &sumPLogQ);
    const double q = 1.0 / 5.0;
    EXPECT_NEAR(f[0], 0.5 * q * (0 - 2), 1e-6);  // forces are summed in float
    EXPECT_NEAR(f[3], 0.5 * q * (2 - 0), 1e-6);
    EXPECT_NEAR(sumPLogQ, std::log(q), 1e-6);  // the logarithm is taken in float too
}

// Rows of every length from 1 to 40 (the vectorised pass works in blocks of 8 and a masked
// remainder), random weights and distances from 0 to ~50: forces and Σ p log q̃ against a
// double-precision evaluation of the definition, and the same bits for any thread count.
class AttractiveAccuracy : public ::testing::TestWithParam<int> {};

TEST_P(AttractiveAccuracy, MatchesDoublePrecisionDefinition)
{
    const int dims = GetParam(), n = 600;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> column(0, n - 1);
    std::uniform_real_distribution<float> weight(0.0f, 1e-3f);
    tse::tsne::SparseMatrix p;
    p.n = n;
    p.rowStart = {0};
    for (int i = 0; i < n; ++i) {
        const int length = 1 + i % 40;
        for (int e = 0; e < length; ++e) {
            p.columns.push_back(column(rng));
            p.values.push_back(weight(rng));
        }
        p.rowStart.push_back(static_cast<std::int64_t>(p.columns.size()));
    }
    const auto y = randomEmbedding(n, dims, 11, 15.0);
    std::vector<double> expected(y.size(), 0.0);
    double expectedLog = 0.0;
    for (int i = 0; i < n; ++i)
        for (auto e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
            const int j = p.columns[e];
            double d2 = 0.0;
            for (int c = 0; c < dims; ++c)
                d2 += (y[i * dims + c] - y[j * dims + c]) * (y[i * dims + c] - y[j * dims + c]);
            for (int c = 0; c < dims; ++c)
                expected[i * dims + c] += p.values[e] / (1.0 + d2) * (y[i * dims + c] - y[j * dims + c]);
            expectedLog -= p.values[e] * std::log1p(d2);
        }
    std::vector<double> forces(y.size()), again(y.size());
    double sumPLogQ = 0.0, sumAgain = 0.0;
    attractiveForces(p, y.data(), dims, 1, forces.data(), &sumPLogQ);
    EXPECT_LT(relativeError(forces, expected), 1e-5);
    EXPECT_NEAR(sumPLogQ, expectedLog, 1e-5 * std::abs(expectedLog));
    attractiveForces(p, y.data(), dims, 3, again.data(), &sumAgain);
    EXPECT_EQ(forces, again);
    EXPECT_EQ(sumPLogQ, sumAgain);
    // Without the log term the forces are the same.
    attractiveForces(p, y.data(), dims, 2, again.data());
    EXPECT_EQ(forces, again);

    // Run alongside the Barnes–Hut tree build, in its parallel region (600 rows: two chunks),
    // on 1 to 3 threads: the same attractive forces and log sum as alone, and the same
    // repulsion as without it.
    std::vector<double> repulsionAlone(y.size());
    const double zAlone = barnesHutRepulsion(y.data(), n, dims, 0.5, 2, repulsionAlone.data());
    for (int threads : {1, 2, 3}) {
        std::vector<double> alongside(y.size(), -1.0), repulsion(y.size(), -1.0);
        AttractiveRows rows(p, y.data(), dims, alongside.data(), true);
        ASSERT_EQ(rows.chunks(), 2);
        double seconds = -1.0;
        const double z = barnesHutRepulsion(y.data(), n, dims, 0.5, threads, repulsion.data(), &rows, &seconds);
        EXPECT_EQ(alongside, forces) << threads << " threads";
        EXPECT_EQ(rows.sumPLogQ(), sumPLogQ) << threads << " threads";
        EXPECT_EQ(repulsion, repulsionAlone) << threads << " threads";
        EXPECT_EQ(z, zAlone) << threads << " threads";
        EXPECT_GE(seconds, 0.0);
    }
}

INSTANTIATE_TEST_SUITE_P(Dims, AttractiveAccuracy, ::testing::Values(2, 3));

// Points as a converging t-SNE map has them: dense unit-width clusters spread over the map.
std::vector<double> clusteredEmbedding(int n, int dims, unsigned seed, double spread)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(-spread, spread);
    std::vector<double> centres(10 * dims);
    for (double& c : centres)
        c = uniform(rng);
    std::vector<double> y(std::size_t(n) * dims);
    for (int i = 0; i < n; ++i)
        for (int c = 0; c < dims; ++c)
            y[std::size_t(i) * dims + c] = centres[(i % 10) * dims + c] + normal(rng);
    return y;
}

struct FftCase {
    int dims;
    double scale;  // spread of the cluster centres: the grid grows with it
    double maxError;
};

class FftAccuracy : public ::testing::TestWithParam<FftCase> {};

TEST_P(FftAccuracy, CloseToExactRepulsion)
{
    const auto c = GetParam();
    const int n = 1200;
    const auto y = clusteredEmbedding(n, c.dims, 7, c.scale);
    std::vector<double> exact(y.size()), fft(y.size());
    const double zExact = exactRepulsion(y.data(), n, c.dims, 2, exact.data());
    const double zFft = fftRepulsion(y.data(), n, c.dims, defaultFftGrid(c.dims), 2, fft.data());
    const double error = relativeError(fft, exact);
    std::cout << "FFT dims " << c.dims << " scale " << c.scale << ": relative force error " << error << ", Z error "
              << std::abs(zFft - zExact) / zExact << "\n";
    EXPECT_LT(error, c.maxError);
    EXPECT_NEAR(zFft, zExact, c.maxError * zExact);
}

INSTANTIATE_TEST_SUITE_P(Dims, FftAccuracy,
                         ::testing::Values(FftCase{2, 10.0, 0.03}, FftCase{2, 60.0, 0.03}, FftCase{3, 5.0, 0.04},
                                           FftCase{3, 12.0, 0.04}));

// A run keeps one FftRepulsion and rebuilds its grid every iteration: the kept buffers and
// plans must give exactly what a fresh grid gives, also after the grid changed size in between
// (the kept zero halves of the padded lines and the kept spectrum must not leak into the next
// call), and the same answer on one thread as on three (uneven chunks of every axis).
TEST(FftRepulsionKept, EqualsAFreshGridAcrossMapsAndSizes)
{
    for (int dims : {2, 3}) {
        FftRepulsion kept;
        const int n = 900;
        for (double spread : {4.0, 30.0, 4.0}) {  // small grid, larger grid, small again
            const auto y = clusteredEmbedding(n, dims, 11, spread);
            std::vector<double> fresh(y.size()), reused(y.size()), single(y.size()), three(y.size());
            const double zFresh = fftRepulsion(y.data(), n, dims, defaultFftGrid(dims), 2, fresh.data());
            const double zReused = kept(y.data(), n, dims, defaultFftGrid(dims), 2, reused.data());
            EXPECT_EQ(zReused, zFresh) << "dims " << dims << " spread " << spread;
            EXPECT_EQ(reused, fresh) << "dims " << dims << " spread " << spread;
            const double zSingle = fftRepulsion(y.data(), n, dims, defaultFftGrid(dims), 1, single.data());
            const double zThree = kept(y.data(), n, dims, defaultFftGrid(dims), 3, three.data());
            EXPECT_NEAR(zSingle, zFresh, 1e-9 * zFresh);
            EXPECT_NEAR(zThree, zFresh, 1e-9 * zFresh);
            EXPECT_LT(relativeError(single, fresh), 1e-9);
            EXPECT_LT(relativeError(three, fresh), 1e-9);
        }
    }
}
