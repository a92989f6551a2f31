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

// Calls work(thread, first, block) for every block of rows; block b goes to thread b mod T, so
// per-thread partial sums, added in thread order, are the same on every run. Blocks are
// released when done with. Progress goes from `from` to `to` of the PCA stage as rows are done.
// Returns false when the progress was cancelled.
template <class Work>
bool forEachBlock(const RowBlocks& data, Work&& work, const Progress& progress, double from, double to)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index step = rowsPerBlock(data.cols());
    const Eigen::Index blocks = (n + step - 1) / step;
    const int threads = std::max(1, omp_get_max_threads());
    bool cancelled = false;
#pragma omp parallel num_threads(threads)
    {
        const int t = omp_get_thread_num();
        Matrix scratch;
        for (Eigen::Index b = t; b < blocks && !cancelled; b += threads) {
            const Eigen::Index first = b * step, rows = std::min(step, n - first);
            work(t, first, data.block(first, rows, scratch));
            data.release(first, rows);
            if (t == 0) {
                progress.report("PCA", from + (to - from) * double(first + rows) / double(n));
                if (progress.cancelled())
                    cancelled = true;
            }
        }
    }
    return !cancelled && !progress.cancelled();
}

int threadCount() { return std::max(1, omp_get_max_threads()); }

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
Result<Matrix> exactComponents(const RowBlocks& data, const Eigen::VectorXf& mean, int k, std::vector<double>& variances,
                               const Progress& progress)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    // XᵀX as a sum of symmetric rank updates (SYRK: half the work of a general product) over
    // row blocks. Eigen does not parallelise SYRK itself, so each thread takes every other
    // block into its own float accumulator; the accumulators are added in double, in thread
    // order, so the result does not depend on scheduling.
    std::vector<Eigen::MatrixXf> partial(threadCount());
    for (auto& gram : partial)
        gram.setZero(d, d);
    const bool done = forEachBlock(
        data,
        [&](int t, Eigen::Index, const ConstRowBlock& block) {
            const MatrixCM part = block.rowwise() - mean.transpose();
            partial[std::size_t(t)].selfadjointView<Eigen::Lower>().rankUpdate(part.transpose());
        },
        progress, 0.1, 0.8);
    if (!done)
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
// X is only read a block of rows at a time, one pass per product.
Result<Matrix> randomizedComponents(const RowBlocks& data, const Eigen::VectorXf& mean, const PcaOptions& options,
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

    const int passes = 2 * options.powerIterations + 2;
    int pass = 0;
    auto passRange = [&](double& from, double& to) {
        from = 0.1 + 0.85 * double(pass) / passes;
        to = 0.1 + 0.85 * double(++pass) / passes;
    };
    bool cancelled = false;
    // (X − 1μᵀ) M, one block of rows of the result per block of X.
    auto timesCentred = [&](const MatrixCM& m) -> MatrixCM {
        MatrixCM out(n, m.cols());
        double from, to;
        passRange(from, to);
        cancelled = cancelled || !forEachBlock(
                                     data,
                                     [&](int, Eigen::Index first, const ConstRowBlock& block) {
                                         out.middleRows(first, block.rows()).noalias() = block * m;
                                     },
                                     progress, from, to);
        out.rowwise() -= meanRow * m;
        return out;
    };
    // (X − 1μᵀ)ᵀ Q, summed over blocks per thread, the threads' sums added in order.
    auto centredTransposeTimes = [&](const MatrixCM& q) -> MatrixCM {
        std::vector<MatrixCM> partial(std::size_t(threadCount()), MatrixCM::Zero(d, q.cols()));
        double from, to;
        passRange(from, to);
        cancelled = cancelled || !forEachBlock(
                                     data,
                                     [&](int t, Eigen::Index first, const ConstRowBlock& block) {
                                         partial[std::size_t(t)].noalias() +=
                                             block.transpose() * q.middleRows(first, block.rows());
                                     },
                                     progress, from, to);
        MatrixCM out = partial.front();
        for (std::size_t t = 1; t < partial.size(); ++t)
            out += partial[t];
        out -= mean * q.colwise().sum();
        return out;
    };
    auto step = [&]() { return !cancelled && !progress.cancelled(); };
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
    return fitTransform(MatrixRows(data), options, progress);
}

Result<PcaResult> fitTransform(const RowBlocks& data, const PcaOptions& options, const Progress& progress)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    if (n < 2)
        return makeError(ErrorCode::InvalidArgument, "PCA needs at least 2 items, got " + std::to_string(n));
    if (options.components < 1 || options.components > std::min(n, d))
        return makeError(ErrorCode::InvalidArgument,
                         "PCA dimensions must be between 1 and " + std::to_string(std::min(n, d)) +
                             " (the number of features" + std::string(n < d ? " or items" : "") + "), got " +
                             std::to_string(options.components));

    PcaResult result;
    // Column means in double (float sums of 70,000 values would lose digits), checking every
    // value on the way; then the total variance in a second pass.
    const int threads = threadCount();
    std::vector<Eigen::VectorXd> sums(std::size_t(threads), Eigen::VectorXd::Zero(d));
    std::vector<char> finite(std::size_t(threads), 1);
    if (!forEachBlock(
            data,
            [&](int t, Eigen::Index, const ConstRowBlock& block) {
                if (!block.allFinite())
                    finite[std::size_t(t)] = 0;
                sums[std::size_t(t)] += block.cast<double>().colwise().sum().transpose();
            },
            progress, 0.0, 0.05))
        return makeError(ErrorCode::Cancelled, "PCA was cancelled");
    if (std::find(finite.begin(), finite.end(), 0) != finite.end())
        return makeError(ErrorCode::InvalidArgument, "the feature matrix contains NaN or infinite values");
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
    for (const auto& sum : sums)
        mean += sum;
    mean /= double(n);
    result.mean = mean.cast<float>();
    std::vector<double> squares(std::size_t(threads), 0.0);
    if (!forEachBlock(
            data,
            [&](int t, Eigen::Index, const ConstRowBlock& block) {
                squares[std::size_t(t)] += (block.rowwise() - result.mean.transpose()).cast<double>().squaredNorm();
            },
            progress, 0.05, 0.1))
        return makeError(ErrorCode::Cancelled, "PCA was cancelled");
    double sumSquares = 0.0;
    for (double v : squares)
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
    // The projection, one more pass.
    result.transformed.resize(n, options.components);
    const Eigen::RowVectorXf shift = (result.components * result.mean).transpose();
    const Matrix basis = result.components.transpose();
    if (!forEachBlock(
            data,
            [&](int, Eigen::Index first, const ConstRowBlock& block) {
                auto rows = result.transformed.middleRows(first, block.rows());
                rows.noalias() = block * basis;
                rows.rowwise() -= shift;
            },
            progress, 0.95, 1.0))
        return makeError(ErrorCode::Cancelled, "PCA was cancelled");
    for (double v : result.explainedVariance)
        result.explainedVarianceRatio.push_back(totalVariance > 0 ? v / totalVariance : 0.0);
    progress.report("PCA", 1.0);
    return result;
}

}  // namespace tse::pca
