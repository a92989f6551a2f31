// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <Eigen/Dense>

#include <filesystem>
#include <random>

#include "tse/common/npy.h"

#include "tse/pca/pca.h"

using tse::Matrix;
using tse::pca::PcaMethod;
using tse::pca::PcaOptions;

namespace {

// Data with a known spectrum: random orthonormal directions scaled by decreasing sigmas.
Matrix lowRankData(int n, int d, const std::vector<double>& sigmas, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd basis(d, static_cast<int>(sigmas.size()));
    for (int i = 0; i < basis.size(); ++i)
        basis.data()[i] = normal(rng);
    Eigen::HouseholderQR<Eigen::MatrixXd> qr(basis);
    Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(d, basis.cols());
    Eigen::MatrixXd data = Eigen::MatrixXd::Zero(n, d);
    for (int i = 0; i < n; ++i) {
        for (std::size_t c = 0; c < sigmas.size(); ++c)
            data.row(i) += normal(rng) * sigmas[c] * q.col(static_cast<int>(c)).transpose();
        for (int j = 0; j < d; ++j)
            data(i, j) += 0.01 * normal(rng) + 3.0;  // small noise and an offset to centre away
    }
    return data.cast<float>();
}

// Reference: SVD of the centred data in double precision.
struct Reference {
    Eigen::MatrixXd components;  // k × d
    Eigen::VectorXd variances;
};

Reference directSvd(const Matrix& data, int k)
{
    Eigen::MatrixXd x = data.cast<double>();
    x.rowwise() -= x.colwise().mean();
    Eigen::BDCSVD<Eigen::MatrixXd> svd(x, Eigen::ComputeThinV);
    Reference r;
    r.components = svd.matrixV().leftCols(k).transpose();
    r.variances = svd.singularValues().head(k).array().square() / double(data.rows() - 1);
    return r;
}

// Largest principal angle between the row spaces, as 1 − smallest singular value of A Bᵀ.
double subspaceGap(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b)
{
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a * b.transpose());
    return 1.0 - svd.singularValues().minCoeff();
}

}  // namespace

class PcaMethods : public ::testing::TestWithParam<PcaMethod> {};

TEST_P(PcaMethods, MatchesDirectSvd)
{
    const std::vector<double> sigmas = {10, 7, 5, 3, 2, 1.5};
    const Matrix data = lowRankData(400, 60, sigmas, 7);
    PcaOptions options;
    options.components = 4;
    options.method = GetParam();
    auto result = tse::pca::fitTransform(data, options);
    ASSERT_TRUE(result.ok()) << result.error().message;
    const auto ref = directSvd(data, 4);
    EXPECT_LT(subspaceGap(result->components.cast<double>(), ref.components), 1e-4);
    for (int c = 0; c < 4; ++c) {
        EXPECT_NEAR(result->explainedVariance[c], ref.variances[c], 1e-3 * ref.variances[c]) << "component " << c;
        // Each component matches the reference up to sign.
        const double dot = result->components.row(c).cast<double>().dot(ref.components.row(c));
        EXPECT_NEAR(std::abs(dot), 1.0, 1e-3);
    }
    // Ratios decrease and sum to less than one.
    double total = 0;
    for (int c = 0; c < 4; ++c) {
        total += result->explainedVarianceRatio[c];
        if (c > 0) {
            EXPECT_LE(result->explainedVarianceRatio[c], result->explainedVarianceRatio[c - 1]);
        }
    }
    EXPECT_GT(total, 0.8);
    EXPECT_LT(total, 1.0);
    // The transform is the centred data projected on the components.
    Matrix centred = data.rowwise() - result->mean.transpose();
    Matrix expected = centred * result->components.transpose();
    EXPECT_LT((expected - result->transformed).cwiseAbs().maxCoeff(), 1e-3);
    EXPECT_EQ(result->transformed.rows(), 400);
    EXPECT_EQ(result->transformed.cols(), 4);
}

INSTANTIATE_TEST_SUITE_P(ExactAndRandomized, PcaMethods,
                         ::testing::Values(PcaMethod::Exact, PcaMethod::Randomized));

TEST(Pca, RandomizedAgreesWithExact)
{
    const Matrix data = lowRankData(600, 120, {9, 8, 6, 4, 3, 2, 1}, 3);
    PcaOptions options;
    options.components = 5;
    options.method = PcaMethod::Exact;
    auto exact = tse::pca::fitTransform(data, options);
    options.method = PcaMethod::Randomized;
    auto randomized = tse::pca::fitTransform(data, options);
    ASSERT_TRUE(exact.ok() && randomized.ok());
    // Same sign convention, so the projections agree directly.
    EXPECT_LT((exact->transformed - randomized->transformed).cwiseAbs().maxCoeff(), 1e-2);
}

TEST(Pca, SignsAreFixed)
{
    const Matrix data = lowRankData(200, 30, {5, 3, 1}, 11);
    PcaOptions options;
    options.components = 3;
    auto result = tse::pca::fitTransform(data, options);
    ASSERT_TRUE(result.ok());
    for (int c = 0; c < 3; ++c) {
        Eigen::Index arg;
        result->components.row(c).cwiseAbs().maxCoeff(&arg);
        EXPECT_GT(result->components(c, arg), 0.0f);
    }
}

TEST(Pca, AutoPicksRandomizedForWideData)
{
    const Matrix data = Matrix::Random(200, 25088);  // as wide as VGG16 pool5 features
    PcaOptions options;
    options.components = 10;
    options.powerIterations = 1;
    auto result = tse::pca::fitTransform(data, options);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->method, PcaMethod::Randomized);
    EXPECT_EQ(result->components.cols(), 25088);
}

TEST(Pca, BadInputIsExplained)
{
    Matrix data = Matrix::Random(20, 5);
    PcaOptions options;
    options.components = 6;
    auto tooMany = tse::pca::fitTransform(data, options);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_NE(tooMany.error().message.find("between 1 and 5"), std::string::npos);

    options.components = 2;
    data(3, 2) = std::numeric_limits<float>::quiet_NaN();
    auto nan = tse::pca::fitTransform(data, options);
    ASSERT_FALSE(nan.ok());
    EXPECT_NE(nan.error().message.find("NaN"), std::string::npos);
}

TEST(Pca, CancelIsHonoured)
{
    const Matrix data = Matrix::Random(2000, 200);
    auto flag = std::make_shared<tse::CancelFlag>();
    flag->cancel();
    PcaOptions options;
    options.components = 10;
    for (auto method : {PcaMethod::Exact, PcaMethod::Randomized}) {
        options.method = method;
        auto result = tse::pca::fitTransform(data, options, tse::Progress::withFlag(flag));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, tse::ErrorCode::Cancelled);
    }
}

// PCA of a mapped .npy, read in passes of row blocks (here three blocks over two threads),
// equals PCA of the same matrix in memory exactly: same subspace, variances and projection.
class OutOfCorePca : public ::testing::TestWithParam<PcaMethod> {};

TEST_P(OutOfCorePca, EqualsInMemoryPca)
{
    const Matrix data = lowRankData(16000, 600, {12, 9, 7, 5, 3, 2, 1}, 11);
    ASSERT_GT(data.rows(), 2 * tse::rowsPerBlock(data.cols())) << "the test needs several blocks";
    // One file per method: ctest -j2 runs the two instances at once, and a file rewritten while
    // the other maps it would pull its rows away.
    const auto path = std::filesystem::temp_directory_path() /
                      ("tse_test_pca_mapped_" + std::string(tse::pca::methodName(GetParam())) + ".npy");
    ASSERT_TRUE(tse::npy::writeMatrix(path, data).ok());
    auto mapped = tse::npy::MappedMatrix::open(path);
    ASSERT_TRUE(mapped.ok()) << mapped.error().message;
    PcaOptions options;
    options.components = 5;
    options.method = GetParam();
    auto inMemory = tse::pca::fitTransform(data, options);
    auto outOfCore = tse::pca::fitTransform(*mapped.value(), options);
    ASSERT_TRUE(inMemory.ok() && outOfCore.ok());
    EXPECT_EQ(outOfCore->method, GetParam());
    EXPECT_EQ(outOfCore->components, inMemory->components);
    EXPECT_EQ(outOfCore->explainedVariance, inMemory->explainedVariance);
    EXPECT_EQ(outOfCore->transformed, inMemory->transformed);
    EXPECT_EQ(outOfCore->mean, inMemory->mean);
    // (In-memory PCA against a direct SVD: PcaMethods.MatchesDirectSvd.)
    EXPECT_GT(outOfCore->explainedVarianceRatio.front(), 0.3);
    std::filesystem::remove(path);
}

INSTANTIATE_TEST_SUITE_P(ExactAndRandomized, OutOfCorePca, ::testing::Values(PcaMethod::Exact, PcaMethod::Randomized));

// A NaN in a late block is found by the statistics pass.
TEST(Pca, NonFiniteValueInAnyBlockIsRefused)
{
    Matrix data = lowRankData(8000, 600, {3, 2, 1}, 5);
    data(7990, 17) = std::numeric_limits<float>::quiet_NaN();
    auto result = tse::pca::fitTransform(tse::MatrixRows(data), PcaOptions{});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("NaN"), std::string::npos);
}
