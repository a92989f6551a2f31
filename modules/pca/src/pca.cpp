// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/pca/pca.h"

#include <Eigen/Dense>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace tse::pca {
namespace {

using MatrixCM = Eigen::MatrixXf;  // column-major for the dense linear algebra

void fixSigns(Matrix& components)
{
    for (Eigen::Index r = 0; r < components.rows(); ++r) {
        Eigen::Index arg = 0;
        components.row(r).cwiseAbs().maxCoeff(&arg);
        if (components(r, arg) < 0)
            components.row(r) *= -1.0f;
    }
}

// Covariance eigen-decomposition in double precision for accuracy.
Result<Matrix> exactComponents(const Matrix& data, const Eigen::VectorXf& mean, int k, std::vector<double>& variances,
                               const Progress& progress)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    // XᵀX as a sum of symmetric rank updates (SYRK: half the work of a general product) over
    // row blocks. Eigen does not parallelise SYRK itself, so each thread takes every other
    // block into its own float accumulator; the accumulators are added in double, in thread
    // order, so the result does not depend on scheduling.
    const Eigen::Index block = 4096;
    const Eigen::Index blocks = (n + block - 1) / block;
    const int threads = std::max(1, omp_get_max_threads());
    std::vector<Eigen::MatrixXf> partial(threads);
    bool cancelled = false;
#pragma omp parallel num_threads(threads)
    {
        const int t = omp_get_thread_num();
        Eigen::MatrixXf& gram = partial[t];
        gram.setZero(d, d);
        MatrixCM part;
        for (Eigen::Index b = t; b < blocks && !cancelled; b += threads) {
            const Eigen::Index first = b * block, rows = std::min(block, n - first);
            part = data.middleRows(first, rows).rowwise() - mean.transpose();
            gram.selfadjointView<Eigen::Lower>().rankUpdate(part.transpose());
            if (t == 0) {
                progress.report("PCA", 0.8 * double(first + rows) / double(n));
                if (progress.cancelled())
                    cancelled = true;
            }
        }
    }
    if (cancelled || progress.cancelled())
        return makeError(ErrorCode::Cancelled, "PCA was cancelled");
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(d, d);
    for (const auto& gram : partial)
        cov += gram.cast<double>();
    cov = cov.selfadjointView<Eigen::Lower>();
    cov /= double(std::max<Eigen::Index>(1, n - 1));
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
    if (solver.info() != Eigen::Success)
        return makeError(ErrorCode::Internal, "PCA eigen-decomposition did not converge");
    Matrix components(k, d);
    variances.resize(k);
    for (int c = 0; c < k; ++c) {
        const Eigen::Index idx = d - 1 - c;  // eigenvalues come in increasing order
        components.row(c) = solver.eigenvectors().col(idx).cast<float>().transpose();
        variances[c] = std::max(0.0, solver.eigenvalues()(idx));
    }
    return components;
}

// The data are never centred in memory (at N = 100,000 and D = 25,088 a centred copy would
// take 10 GB): every product with X − 1μᵀ is formed as a product with X plus a rank-one fix.
Result<Matrix> randomizedComponents(const Matrix& data, const Eigen::VectorXf& mean, const PcaOptions& options,
                                    std::vector<double>& variances, const Progress& progress)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    const int k = options.components;
    const Eigen::Index l = std::min<Eigen::Index>(std::min(n, d), k + std::max(0, options.oversamples));
    std::mt19937_64 rng(options.seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    MatrixCM omega(d, l);
    for (Eigen::Index i = 0; i < omega.size(); ++i)
        omega.data()[i] = normal(rng);
    const Eigen::RowVectorXf meanRow = mean.transpose();

    // (X − 1μᵀ) M  and  (X − 1μᵀ)ᵀ Q
    auto timesCentred = [&](const MatrixCM& m) -> MatrixCM {
        MatrixCM out = data * m;
        out.rowwise() -= meanRow * m;
        return out;
    };
    auto centredTransposeTimes = [&](const MatrixCM& q) -> MatrixCM {
        MatrixCM out = data.transpose() * q;
        out -= mean * q.colwise().sum();
        return out;
    };

    const int passes = 2 * options.powerIterations + 2;
    int pass = 0;
    auto step = [&]() {
        progress.report("PCA", 0.95 * double(++pass) / double(passes));
        return !progress.cancelled();
    };
    // Subspace iteration with QR re-orthonormalisation between products keeps the small
    // singular directions from being swamped in float precision.
    MatrixCM y = timesCentred(omega);
    if (!step())
        return makeError(ErrorCode::Cancelled, "PCA was cancelled");
    MatrixCM q = Eigen::HouseholderQR<MatrixCM>(y).householderQ() * MatrixCM::Identity(n, l);
    for (int it = 0; it < options.powerIterations; ++it) {
        MatrixCM z = centredTransposeTimes(q);
        if (!step())
            return makeError(ErrorCode::Cancelled, "PCA was cancelled");
        z = Eigen::HouseholderQR<MatrixCM>(z).householderQ() * MatrixCM::Identity(d, l);
        y = timesCentred(z);
        if (!step())
            return makeError(ErrorCode::Cancelled, "PCA was cancelled");
        q = Eigen::HouseholderQR<MatrixCM>(y).householderQ() * MatrixCM::Identity(n, l);
    }
    // B = Qᵀ (X − 1μᵀ) is small (l × D); its SVD gives the components.
    MatrixCM b = centredTransposeTimes(q).transpose();
    if (!step())
        return makeError(ErrorCode::Cancelled, "PCA was cancelled");
    Eigen::BDCSVD<Eigen::MatrixXd> svd(b.cast<double>(), Eigen::ComputeThinV);
    Matrix components(k, d);
    variances.resize(k);
    for (int c = 0; c < k; ++c) {
        components.row(c) = svd.matrixV().col(c).cast<float>().transpose();
        const double s = svd.singularValues()(c);
        variances[c] = s * s / double(std::max<Eigen::Index>(1, n - 1));
    }
    return components;
}

}  // namespace

const char* methodName(PcaMethod method)
{
    switch (method) {
    case PcaMethod::Auto: return "auto";
    case PcaMethod::Exact: return "exact";
    case PcaMethod::Randomized: return "randomized";
    }
    return "?";
}

Result<PcaResult> fitTransform(const Matrix& data, const PcaOptions& options, const Progress& progress)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    if (n < 2)
        return makeError(ErrorCode::InvalidArgument, "PCA needs at least 2 items, got " + std::to_string(n));
    if (options.components < 1 || options.components > std::min(n, d))
        return makeError(ErrorCode::InvalidArgument,
                         "PCA dimensions must be between 1 and " + std::to_string(std::min(n, d)) +
                             " (the number of features" + std::string(n < d ? " or items" : "") + "), got " +
                             std::to_string(options.components));
    if (!data.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the feature matrix contains NaN or infinite values");

    PcaResult result;
    // Column means in double (float sums of 70,000 values would lose digits), then the total
    // variance in one parallel pass over the rows. The data are never copied.
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
    for (Eigen::Index i = 0; i < n; ++i)
        mean += data.row(i).transpose().cast<double>();
    mean /= double(n);
    result.mean = mean.cast<float>();
    std::vector<double> rowSquares(n);
#pragma omp parallel for schedule(static)
    for (Eigen::Index i = 0; i < n; ++i)
        rowSquares[i] = (data.row(i) - result.mean.transpose()).cast<double>().squaredNorm();
    double sumSquares = 0.0;
    for (double v : rowSquares)
        sumSquares += v;
    const double totalVariance = sumSquares / double(std::max<Eigen::Index>(1, n - 1));

    PcaMethod method = options.method;
    if (method == PcaMethod::Auto) {
        // Cost model in multiply-adds per item: XᵀX is D²/2; randomized is (2q+2)·D·l.
        const double exactCost = 0.5 * double(d) * double(d);
        const double l = options.components + options.oversamples;
        const double randomizedCost = (2.0 * options.powerIterations + 2.0) * double(d) * l;
        method = (d <= 4096 && exactCost <= randomizedCost) || options.components * 5 > std::min(n, d) * 4
                     ? PcaMethod::Exact
                     : PcaMethod::Randomized;
        if (d > 8192)
            method = PcaMethod::Randomized;
    }
    result.method = method;

    auto components = method == PcaMethod::Exact
                          ? exactComponents(data, result.mean, options.components, result.explainedVariance, progress)
                          : randomizedComponents(data, result.mean, options, result.explainedVariance, progress);
    if (!components)
        return components.error();
    result.components = std::move(components.value());
    fixSigns(result.components);
    result.transformed = data * result.components.transpose();
    result.transformed.rowwise() -= (result.components * result.mean).transpose();
    for (double v : result.explainedVariance)
        result.explainedVarianceRatio.push_back(totalVariance > 0 ? v / totalVariance : 0.0);
    progress.report("PCA", 1.0);
    return result;
}

}  // namespace tse::pca
