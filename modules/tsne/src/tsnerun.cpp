#include "tse/tsne/tsnerun.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "gradient.h"
#include "tse/pca/pca.h"

namespace tse::tsne {
namespace {

constexpr double kInitialStd = 1e-4;
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

Result<std::unique_ptr<TsneRun>> TsneRun::create(const Matrix& data, const TsneOptions& options,
                                                 const Progress& progress)
{
    const auto n = static_cast<std::size_t>(data.rows());
    if (auto valid = validate(options, n); !valid)
        return valid.error();
    if (data.cols() < 1)
        return makeError(ErrorCode::InvalidArgument, "the input has no features");
    if (!data.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the input contains NaN or infinite values");

    std::unique_ptr<TsneRun> run(new TsneRun());
    run->options_ = options;
    run->method_ = resolveMethod(options, n);
    run->learningRate_ = resolveLearningRate(options, n);
    run->threads_ = options.threads > 0 ? options.threads : omp_get_num_procs();

    const bool dense = run->method_ == GradientMethod::Exact && n <= kDenseAffinityLimit;
    auto p = computeAffinities(data, options.perplexity, dense, run->threads_, progress.subRange(0.0, 0.9));
    if (!p)
        return p.error();
    run->p_ = std::move(p.value());
    run->sumPLogP_ = detail::sumPLogP(run->p_);

    auto y = initialEmbedding(data, options, progress.subRange(0.9, 1.0));
    if (!y)
        return y.error();
    run->y_ = std::move(y.value());
    const std::size_t values = n * options.dimensions;
    run->gradient_.assign(values, 0.0);
    run->update_.assign(values, 0.0);
    run->gains_.assign(values, 1.0);
    run->attractive_.assign(values, 0.0);
    run->repulsive_.assign(values, 0.0);
    progress.report("Affinities", 1.0);
    return run;
}

double TsneRun::computeGradient(double exaggeration, double* klOut)
{
    const int n = p_.n, dims = options_.dimensions;
    double sumPLogQ = 0.0;
    detail::attractiveForces(p_, y_.data(), dims, threads_, attractive_.data(), klOut ? &sumPLogQ : nullptr);
    const double z = method_ == GradientMethod::Exact
                         ? detail::exactRepulsion(y_.data(), n, dims, threads_, repulsive_.data())
                         : detail::barnesHutRepulsion(y_.data(), n, dims, options_.theta, threads_, repulsive_.data());
    const double invZ = z > 0 ? 1.0 / z : 0.0;
    for (std::size_t k = 0; k < gradient_.size(); ++k)
        gradient_[k] = exaggeration * attractive_[k] - invZ * repulsive_[k];
    if (klOut)  // KL = Σ p log p − Σ p log q̃ + log Z, since Σ p = 1.
        *klOut = sumPLogP_ - sumPLogQ + std::log(z);
    return z;
}

int TsneRun::step(int iterations, const Progress& progress)
{
    int done = 0;
    const std::size_t n = size();
    const int dims = options_.dimensions;
    while (done < iterations && !finished()) {
        if (progress.cancelled())
            break;
        const bool early = iteration_ < options_.exaggerationIterations;
        const double exaggeration = early ? options_.earlyExaggeration : options_.finalExaggeration;
        const double momentum = early ? options_.initialMomentum : options_.finalMomentum;
        const bool last = iteration_ + 1 == options_.iterations;
        const bool wantKl = last || (options_.klEvery > 0 && (iteration_ + 1) % options_.klEvery == 0);
        double kl = 0.0;
        computeGradient(exaggeration, wantKl ? &kl : nullptr);

        // Delta-bar-delta gains (Jacobs 1988) as in every t-SNE since van der Maaten 2014.
        for (std::size_t k = 0; k < y_.size(); ++k) {
            const double g = gradient_[k];
            const bool sameSign = (g > 0) == (update_[k] > 0);
            gains_[k] = std::max(0.01, sameSign ? gains_[k] * 0.8 : gains_[k] + 0.2);
            update_[k] = momentum * update_[k] - learningRate_ * gains_[k] * g;
            y_[k] += update_[k];
        }
        // Keep the map centred; t-SNE is translation invariant, so this changes nothing else.
        for (int c = 0; c < dims; ++c) {
            double mean = 0.0;
            for (std::size_t i = 0; i < n; ++i)
                mean += y_[i * dims + c];
            mean /= double(n);
            for (std::size_t i = 0; i < n; ++i)
                y_[i * dims + c] -= mean;
        }
        ++iteration_;
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
            m(i, c) = static_cast<float>(y_[std::size_t(i) * dims + c]);
    return m;
}

double TsneRun::klDivergence()
{
    double kl = 0.0;
    computeGradient(1.0, &kl);
    return kl;
}

}  // namespace tse::tsne
