// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/tsne/tsnerun.h"

#include <omp.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <random>

#include "gradient.h"
#include "tse/pca/pca.h"

namespace tse::tsne {
namespace {

constexpr double kInitialStd = 1e-4;
constexpr int kReorderEvery = 250;

using Clock = std::chrono::steady_clock;
double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }
// Affinities over all other points (exact t-SNE) only where the N×N matrix is small.
constexpr std::size_t kDenseAffinityLimit = 2000;

Result<std::vector<double>> initialEmbedding(const Matrix& data, const TsneOptions& o, const Progress& progress)
{
    const auto n = static_cast<std::size_t>(data.rows());
    const int dims = o.dimensions;
    std::vector<double> y(n * dims);
    if (o.initialization == Initialization::Pca && data.cols() >= dims) {
        pca::PcaOptions pcaOptions;
        pcaOptions.components = dims;
        pcaOptions.seed = o.seed;
        auto fitted = pca::fitTransform(data, pcaOptions, progress);
        if (!fitted)
            return fitted.error();
        const Matrix& t = fitted->transformed;
        // Scaled so the first coordinate has standard deviation 1e-4, as openTSNE does: small
        // enough that early exaggeration starts from a compact, well-ordered layout.
        const double mean = t.col(0).cast<double>().mean();
        const double sd = std::sqrt((t.col(0).cast<double>().array() - mean).square().sum() / double(n));
        const double scale = sd > 0 ? kInitialStd / sd : 1.0;
        for (std::size_t i = 0; i < n; ++i)
            for (int c = 0; c < dims; ++c)
                y[i * dims + c] = double(t(Eigen::Index(i), c)) * scale;
        return y;
    }
    std::mt19937_64 rng(o.seed);
    std::normal_distribution<double> normal(0.0, kInitialStd);
    for (double& v : y)
        v = normal(rng);
    return y;
}

}  // namespace

Result<SparseMatrix> TsneRun::jointAffinities(const Matrix& data, const TsneOptions& options, const Progress& progress)
{
    const auto n = static_cast<std::size_t>(data.rows());
    if (auto valid = validate(options, n); !valid)
        return valid.error();
    if (data.cols() < 1)
        return makeError(ErrorCode::InvalidArgument, "the input has no features");
    if (!data.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the input contains NaN or infinite values");
    const int threads = options.threads > 0 ? options.threads : omp_get_num_procs();
    const bool dense = resolveMethod(options, n) == GradientMethod::Exact && n <= kDenseAffinityLimit;
    return computeAffinities(data, options.perplexity, dense, threads, progress, options.neighbours, options.seed);
}

Result<std::unique_ptr<TsneRun>> TsneRun::create(const Matrix& data, const TsneOptions& options,
                                                 const Progress& progress)
{
    auto p = jointAffinities(data, options, progress.subRange(0.0, 0.9));
    if (!p)
        return p.error();
    return createWithAffinities(data, options, std::move(p.value()), progress.subRange(0.9, 1.0));
}

Result<std::unique_ptr<TsneRun>> TsneRun::createWithAffinities(const Matrix& data, const TsneOptions& options,
                                                               SparseMatrix affinities, const Progress& progress)
{
    const auto n = static_cast<std::size_t>(data.rows());
    if (auto valid = validate(options, n); !valid)
        return valid.error();
    if (data.cols() < 1 || !data.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the input has no features or values that are not finite");
    if (affinities.n != data.rows() || affinities.rowStart.size() != n + 1)
        return makeError(ErrorCode::InvalidArgument, "the affinities are of another input");

    std::unique_ptr<TsneRun> run(new TsneRun());
    run->options_ = options;
    run->method_ = resolveMethod(options, n);
    run->learningRate_ = resolveLearningRate(options, n);
    run->threads_ = options.threads > 0 ? options.threads : omp_get_num_procs();
    run->p_ = std::move(affinities);
    run->sumPLogP_ = detail::sumPLogP(run->p_);

    auto y = initialEmbedding(data, options, progress);
    if (!y)
        return y.error();
    run->y_ = std::move(y.value());
    const std::size_t values = n * options.dimensions;
    run->update_.assign(values, 0.0);
    run->gains_.assign(values, 1.0);
    run->attractive_.assign(values, 0.0);
    run->repulsive_.assign(values, 0.0);
    run->original_.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        run->original_[i] = static_cast<int>(i);
    run->reorderForLocality();
    progress.report("Affinities", 1.0);
    return run;
}

TsneRun::~TsneRun() = default;

double TsneRun::computeForces(double* klOut)
{
    const int n = p_.n, dims = options_.dimensions;
    const auto t0 = Clock::now();
    double z = 0.0;
    detail::AttractiveRows rows(p_, y_.data(), dims, attractive_.data(), klOut != nullptr);
    if (method_ == GradientMethod::Exact || method_ == GradientMethod::Fft) {
        detail::attractiveForces(rows, threads_);
        const auto t1 = Clock::now();
        timings_.attractive += seconds(t0, t1);
        if (method_ == GradientMethod::Exact) {
            z = detail::exactRepulsion(y_.data(), n, dims, threads_, repulsive_.data());
        } else {
            if (!fft_)
                fft_ = std::make_unique<detail::FftRepulsion>();
            z = (*fft_)(y_.data(), n, dims, detail::defaultFftGrid(dims), threads_, repulsive_.data());
        }
        timings_.repulsive += seconds(t1, Clock::now());
    } else {
        // Barnes–Hut: the attractive pass runs on the other threads while one builds the tree,
        // in the same parallel region; it is timed until both are done.
        double alongside = 0.0;
        z = detail::barnesHutRepulsion(y_.data(), n, dims, options_.theta, threads_, repulsive_.data(), &rows,
                                       &alongside);
        timings_.attractive += alongside;
        timings_.repulsive += seconds(t0, Clock::now()) - alongside;
    }
    if (klOut)  // KL = Σ p log p − Σ p log q̃ + log Z, since Σ p = 1.
        *klOut = sumPLogP_ - rows.sumPLogQ() + std::log(z);
    return z;
}

void TsneRun::applyGradient(double exaggeration, double invZ, double momentum)
{
    const int dims = options_.dimensions;
    const auto n = static_cast<std::int64_t>(size());
    // The map's sum per coordinate is added up per fixed block of points and the blocks in
    // order, so the centring is the same for any thread count.
    constexpr std::int64_t kBlockPoints = 8192;
    const std::int64_t blocks = (n + kBlockPoints - 1) / kBlockPoints;
    std::vector<double> blockSums(std::size_t(blocks) * dims, 0.0);
    // No more threads than blocks: a map of up to one block is updated by the calling thread
    // alone, without waking the others. Under the passive wait policy each wake-up costs tens
    // of microseconds, which at 2,500 points was more than the update itself.
    const int updateThreads = static_cast<int>(std::min<std::int64_t>(threads_, blocks));
    // One pass: the gradient, delta-bar-delta gains (Jacobs 1988, as in every t-SNE since van
    // der Maaten 2014), the step and the block sums. At 1,000,000 points the serial gradient
    // and centring loops this replaces took 10 s of a run.
#pragma omp parallel for schedule(static) num_threads(updateThreads)
    for (std::int64_t b = 0; b < blocks; ++b) {
        double sum[3] = {0.0, 0.0, 0.0};
        const std::int64_t last = std::min(n, (b + 1) * kBlockPoints);
        for (std::int64_t i = b * kBlockPoints; i < last; ++i)
            for (int c = 0; c < dims; ++c) {
                const std::size_t k = std::size_t(i) * dims + c;
                const double g = exaggeration * attractive_[k] - invZ * repulsive_[k];
                const bool sameSign = (g > 0) == (update_[k] > 0);
                gains_[k] = std::max(0.01, sameSign ? gains_[k] * 0.8 : gains_[k] + 0.2);
                update_[k] = momentum * update_[k] - learningRate_ * gains_[k] * g;
                y_[k] += update_[k];
                sum[c] += y_[k];
            }
        for (int c = 0; c < dims; ++c)
            blockSums[std::size_t(b) * dims + c] = sum[c];
    }
    // Keep the map centred; t-SNE is translation invariant, so this changes nothing else.
    double mean[3] = {0.0, 0.0, 0.0};
    for (std::int64_t b = 0; b < blocks; ++b)
        for (int c = 0; c < dims; ++c)
            mean[c] += blockSums[std::size_t(b) * dims + c];
    for (int c = 0; c < dims; ++c)
        mean[c] /= double(n);
#pragma omp parallel for schedule(static) num_threads(updateThreads)
    for (std::int64_t i = 0; i < n; ++i)
        for (int c = 0; c < dims; ++c)
            y_[std::size_t(i) * dims + c] -= mean[c];
}

int TsneRun::step(int iterations, const Progress& progress)
{
    int done = 0;
    while (done < iterations && !finished()) {
        if (progress.cancelled())
            break;
        const bool early = iteration_ < options_.exaggerationIterations;
        const double exaggeration = early ? options_.earlyExaggeration : options_.finalExaggeration;
        const double momentum = early ? options_.initialMomentum : options_.finalMomentum;
        const bool last = iteration_ + 1 == options_.iterations;
        const bool wantKl = last || (options_.klEvery > 0 && (iteration_ + 1) % options_.klEvery == 0);
        double kl = 0.0;
        const double z = computeForces(wantKl ? &kl : nullptr);
        const auto updateStart = Clock::now();
        applyGradient(exaggeration, z > 0 ? 1.0 / z : 0.0, momentum);
        timings_.update += seconds(updateStart, Clock::now());
        ++iteration_;
        // The map changes most during early exaggeration; refresh the memory order then and
        // every few hundred iterations after.
        // (Not after the last iteration: nothing would read the new order.)
        if ((iteration_ == options_.exaggerationIterations || iteration_ % kReorderEvery == 0) && !finished())
            reorderForLocality();
        ++done;
        if (wantKl)
            klHistory_.push_back({iteration_, kl});
        progress.report("t-SNE", double(iteration_) / double(options_.iterations));
    }
    return done;
}

bool TsneRun::runToEnd(const Progress& progress)
{
    while (!finished()) {
        step(10, progress);
        if (progress.cancelled())
            return false;
    }
    return true;
}

Matrix TsneRun::snapshot() const
{
    const auto n = static_cast<Eigen::Index>(size());
    const int dims = options_.dimensions;
    Matrix m(n, dims);
    for (Eigen::Index i = 0; i < n; ++i)
        for (int c = 0; c < dims; ++c)
            m(original_[i], c) = static_cast<float>(y_[std::size_t(i) * dims + c]);
    return m;
}

SparseMatrix TsneRun::affinities() const
{
    const int n = p_.n;
    SparseMatrix out;
    out.n = n;
    out.rowStart.assign(n + 1, 0);
    for (int r = 0; r < n; ++r)
        out.rowStart[original_[r] + 1] = p_.rowStart[r + 1] - p_.rowStart[r];
    for (int i = 0; i < n; ++i)
        out.rowStart[i + 1] += out.rowStart[i];
    out.columns.resize(p_.columns.size());
    out.values.resize(p_.values.size());
    for (int r = 0; r < n; ++r) {
        std::vector<std::pair<int, float>> row;
        for (auto e = p_.rowStart[r]; e < p_.rowStart[r + 1]; ++e)
            row.emplace_back(original_[p_.columns[e]], p_.values[e]);
        std::sort(row.begin(), row.end());
        auto at = out.rowStart[original_[r]];
        for (const auto& [c, v] : row) {
            out.columns[at] = c;
            out.values[at++] = v;
        }
    }
    return out;
}

void TsneRun::reorderForLocality()
{
    const int n = p_.n, dims = options_.dimensions;
    // Morton (Z-order) codes of the points quantised on a 2^bits grid per axis.
    const int bits = dims == 2 ? 31 : 21;
    double lo[3] = {0, 0, 0}, hi[3] = {0, 0, 0};
    for (int c = 0; c < dims; ++c) {
        lo[c] = hi[c] = y_[c];
        for (int i = 0; i < n; ++i) {
            lo[c] = std::min(lo[c], y_[std::size_t(i) * dims + c]);
            hi[c] = std::max(hi[c], y_[std::size_t(i) * dims + c]);
        }
    }
    std::vector<std::pair<std::uint64_t, int>> keys(n);
    const double cellsPerAxis = double((1ull << bits) - 1);
    for (int i = 0; i < n; ++i) {
        std::uint64_t code = 0;
        std::uint64_t q[3] = {0, 0, 0};
        for (int c = 0; c < dims; ++c) {
            const double span = hi[c] - lo[c];
            q[c] = span > 0 ? static_cast<std::uint64_t>((y_[std::size_t(i) * dims + c] - lo[c]) / span * cellsPerAxis) : 0;
        }
        for (int b = bits - 1; b >= 0; --b)
            for (int c = 0; c < dims; ++c)
                code = (code << 1) | ((q[c] >> b) & 1u);
        keys[i] = {code, i};
    }
    std::sort(keys.begin(), keys.end());
    std::vector<int> newIndexOf(n);
    for (int r = 0; r < n; ++r)
        newIndexOf[keys[r].second] = r;

    auto permuteRows = [&](std::vector<double>& values) {
        std::vector<double> out(values.size());
        for (int r = 0; r < n; ++r)
            std::copy_n(values.begin() + std::size_t(keys[r].second) * dims, dims, out.begin() + std::size_t(r) * dims);
        values.swap(out);
    };
    permuteRows(y_);
    permuteRows(update_);
    permuteRows(gains_);

    SparseMatrix p;
    p.n = n;
    p.rowStart.assign(n + 1, 0);
    p.columns.resize(p_.columns.size());
    p.values.resize(p_.values.size());
    for (int r = 0; r < n; ++r) {
        const int old = keys[r].second;
        p.rowStart[r + 1] = p.rowStart[r] + (p_.rowStart[old + 1] - p_.rowStart[old]);
    }
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads_)
    for (int r = 0; r < n; ++r) {
        const int old = keys[r].second;
        auto at = p.rowStart[r];
        for (auto e = p_.rowStart[old]; e < p_.rowStart[old + 1]; ++e, ++at) {
            p.columns[at] = newIndexOf[p_.columns[e]];
            p.values[at] = p_.values[e];
        }
    }
    // Columns increasing within each row again: the attractive pass then gathers a row's
    // neighbours in address order. A row's columns are distinct, so it is sorted as one 64-bit
    // key per entry (column above the value's bits), in a buffer each thread keeps, rather
    // than as (column, value) pairs in a fresh vector per row.
#pragma omp parallel num_threads(threads_)
    {
        std::vector<std::uint64_t> row;
#pragma omp for schedule(dynamic, 256)
        for (int r = 0; r < n; ++r) {
            row.clear();
            for (auto e = p.rowStart[r]; e < p.rowStart[r + 1]; ++e)
                row.push_back(std::uint64_t(std::uint32_t(p.columns[e])) << 32 | std::bit_cast<std::uint32_t>(p.values[e]));
            std::sort(row.begin(), row.end());
            auto at = p.rowStart[r];
            for (const std::uint64_t key : row) {
                p.columns[at] = int(key >> 32);
                p.values[at++] = std::bit_cast<float>(std::uint32_t(key));
            }
        }
    }
    p_ = std::move(p);
    std::vector<int> original(n);
    for (int r = 0; r < n; ++r)
        original[r] = original_[keys[r].second];
    original_.swap(original);
}

double TsneRun::klDivergence()
{
    double kl = 0.0;
    computeForces(&kl);
    return kl;
}

}  // namespace tse::tsne
