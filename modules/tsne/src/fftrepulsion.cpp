// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Repulsive forces by FFT-accelerated interpolation (Linderman et al. 2019, "FIt-SNE"), in 2D
// and — beyond the published method — in 3D.
//
// The kernel K²(d) = 1/(1+d²)² is smooth, so its sums over all points are interpolated on an
// equispaced grid: the map's box is cut into intervals per axis, each holding p Lagrange nodes.
// Charges are spread from the points onto the nodes, convolved with the kernel on the grid
// (a Toeplitz product, done as a circular FFT convolution on a grid twice as large per axis),
// and interpolated back. With charges 1, y_c and |y|² one gets, for every point i,
//   Σ_j K²(y_i − y_j) (y_i − y_j)      (the repulsive force)
//   Σ_j K(y_i − y_j) = Σ_j K² (1 + |y_i − y_j|²)   (its share of Z)
// in O(N·p^D + G log G) for G grid nodes instead of O(N²).

#include <fftw3.h>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>
#include <vector>

#include "kernelgrid.h"

namespace tse::tsne::detail {
namespace {

// FFTW's planner (plan creation and destruction) is not thread-safe; executing distinct plans
// on distinct arrays is.
std::mutex planMutex;
// FFTW_ESTIMATE, not MEASURE: measured plans are chosen by timing, so two runs with one seed
// could differ in the last bits (and measuring costs a second per grid size).
constexpr unsigned kPlanFlags = FFTW_ESTIMATE;

// Smallest n ≥ value whose only prime factors are 2, 3 and 5 (fast FFT sizes).
int fftFriendly(int value)
{
    for (int n = std::max(1, value);; ++n) {
        int m = n;
        for (int f : {2, 3, 5})
            while (m % f == 0)
                m /= f;
        if (m == 1)
            return n;
    }
}

// [begin, end) ranges cutting `count` into `parts` nearly equal pieces (empty ones dropped).
std::vector<std::pair<int, int>> split(int count, int parts)
{
    std::vector<std::pair<int, int>> ranges;
    for (int c = 0; c < parts; ++c) {
        const int begin = int(std::int64_t(count) * c / parts), end = int(std::int64_t(count) * (c + 1) / parts);
        if (end > begin)
            ranges.emplace_back(begin, end);
    }
    return ranges;
}

// Visits the p^D nodes of a point's interval with their interpolation weights: f holds its
// first node per axis, w its p weights per axis, stride is the nodes per axis. Spreading and
// interpolation walk the same nodes in the same order.
template <int D, class Visit>
inline void forEachNode(const int* f, const double* w, std::size_t stride, Visit&& visit)
{
    constexpr int p = kNodesPerInterval;
    for (int a = 0; a < p; ++a)
        for (int b = 0; b < p; ++b) {
            const std::size_t row = std::size_t(f[0] + a) * stride + std::size_t(f[1] + b);
            const double wab = w[a] * w[p + b];
            if constexpr (D == 2) {
                visit(row, wab);
            } else {
                for (int e = 0; e < p; ++e)
                    visit(row * stride + std::size_t(f[2] + e), wab * w[2 * p + e]);
            }
        }
}

}  // namespace

// The convolution of the node charges with the kernel, on a grid padded to S = 2·nodes per
// axis so the circular FFT convolution equals the linear one at the nodes. Three savings over
// a plain S^D transform per term, which cost three times as much at 1,000,000 points in 3D:
//  - Pruning: the charges fill only the first `nodes` entries per axis and only those outputs
//    are needed, so the transform runs axis by axis (last first) over the lines that can be
//    non-zero, and back over the lines whose outputs are kept.
//  - The kernel is real and even, so its spectrum is real: a DCT-I of (nodes+1)^D values
//    instead of an S^D FFT, and a real product.
//  - Every step is cut into per-thread chunks along an axis the step does not transform, each
//    with its own plan, so all threads work on every term (no 3:2 split of 5 terms on 2 cores).
// Layouts: `lines` holds the real charge lines, nodes^{D−1} × S (the second half zero);
// `spectrum` the half-complex grid, S^{D−1} × H with H = S/2 + 1; `kernel` (nodes+1)^D.
template <int D>
struct KernelGrid<D>::Convolution {
    int nodes = 0, size = 0, half = 0, threads = 0;
    double* lines = nullptr;
    fftw_complex* spectrum = nullptr;
    double* kernel = nullptr;
    fftw_plan kernelPlan = nullptr;
    std::vector<std::pair<int, int>> outer;  // chunks of axis 0 over the nodes
    std::vector<std::pair<int, int>> inner;  // chunks of axis 1 (3D: over S; 2D: over H)
    // Per chunk. Forward: along the last axis (r2c), [3D: along axis 1], along axis 0; backward
    // in reverse order.
    std::vector<fftw_plan> forwardLast, forwardMiddle, forwardFirst, backwardFirst, backwardMiddle, backwardLast;

    Convolution(int nodesPerAxis, int threadCount);  // throws std::bad_alloc when FFTW has no memory or plan
    ~Convolution() { release(); }
    void release(bool planMutexHeld = false);
    Convolution(const Convolution&) = delete;
    Convolution& operator=(const Convolution&) = delete;

    std::size_t lineStride() const { return std::size_t(size); }
    std::size_t spectrumRow() const { return std::size_t(D == 3 ? size : 1) * half; }  // one step of axis 0
};

template <int D>
KernelGrid<D>::Convolution::Convolution(int nodesPerAxis, int threadCount)
    : nodes(nodesPerAxis), size(2 * nodesPerAxis), half(nodesPerAxis + 1), threads(threadCount)
{
    const std::size_t n = nodes, s = size, h = half;
    const std::size_t lineCount = D == 3 ? n * n : n;
    const std::size_t spectrumCount = (D == 3 ? s * s : s) * h;
    const std::size_t kernelCount = D == 3 ? (n + 1) * (n + 1) * (n + 1) : (n + 1) * (n + 1);
    lines = fftw_alloc_real(lineCount * s);
    spectrum = fftw_alloc_complex(spectrumCount);
    kernel = fftw_alloc_real(kernelCount);
    if (!lines || !spectrum || !kernel) {
        release();
        throw std::bad_alloc();
    }
    outer = split(nodes, threads);
    inner = split(D == 3 ? size : half, threads);

    std::lock_guard lock(planMutex);
    const int kernelSides[3] = {nodes + 1, nodes + 1, nodes + 1};
    const fftw_r2r_kind cosine[3] = {FFTW_REDFT00, FFTW_REDFT00, FFTW_REDFT00};
    kernelPlan = fftw_plan_r2r(D, kernelSides, kernel, kernel, cosine, FFTW_ESTIMATE);
    const int S = size, H = half, N = nodes;
    for (const auto& [a, b] : outer) {
        const int count = b - a;
        double* chunkLines = lines + std::size_t(a) * (D == 3 ? n : 1) * s;
        fftw_complex* chunkSpectrum = spectrum + std::size_t(a) * spectrumRow();
        const fftw_iodim along = {S, 1, 1};
        if constexpr (D == 3) {
            // Lines (x < N, y < N) of the last axis, real S → half-complex H.
            const fftw_iodim loopsR2c[2] = {{count, N * S, S * H}, {N, S, H}};
            forwardLast.push_back(fftw_plan_guru_dft_r2c(1, &along, 2, loopsR2c, chunkLines, chunkSpectrum, kPlanFlags));
            const fftw_iodim loopsC2r[2] = {{count, S * H, N * S}, {N, H, S}};
            backwardLast.push_back(fftw_plan_guru_dft_c2r(1, &along, 2, loopsC2r, chunkSpectrum, chunkLines, kPlanFlags));
            // Axis 1 for x < N, every kz.
            const fftw_iodim axis1 = {S, H, H};
            const fftw_iodim loops1[2] = {{count, S * H, S * H}, {H, 1, 1}};
            forwardMiddle.push_back(fftw_plan_guru_dft(1, &axis1, 2, loops1, chunkSpectrum, chunkSpectrum, FFTW_FORWARD, kPlanFlags));
            backwardMiddle.push_back(fftw_plan_guru_dft(1, &axis1, 2, loops1, chunkSpectrum, chunkSpectrum, FFTW_BACKWARD, kPlanFlags));
        } else {
            const fftw_iodim loopsR2c = {count, S, H};
            forwardLast.push_back(fftw_plan_guru_dft_r2c(1, &along, 1, &loopsR2c, chunkLines, chunkSpectrum, kPlanFlags));
            const fftw_iodim loopsC2r = {count, H, S};
            backwardLast.push_back(fftw_plan_guru_dft_c2r(1, &along, 1, &loopsC2r, chunkSpectrum, chunkLines, kPlanFlags));
        }
    }
    for (const auto& [a, b] : inner) {
        const int count = b - a;
        if constexpr (D == 3) {
            // Axis 0 for every (y, kz) of the chunk of y.
            fftw_complex* chunk = spectrum + std::size_t(a) * h;
            const fftw_iodim axis0 = {S, S * H, S * H};
            const fftw_iodim loops[2] = {{count, H, H}, {H, 1, 1}};
            forwardFirst.push_back(fftw_plan_guru_dft(1, &axis0, 2, loops, chunk, chunk, FFTW_FORWARD, kPlanFlags));
            backwardFirst.push_back(fftw_plan_guru_dft(1, &axis0, 2, loops, chunk, chunk, FFTW_BACKWARD, kPlanFlags));
        } else {
            fftw_complex* chunk = spectrum + a;
            const fftw_iodim axis0 = {S, H, H};
            const fftw_iodim loops = {count, 1, 1};
            forwardFirst.push_back(fftw_plan_guru_dft(1, &axis0, 1, &loops, chunk, chunk, FFTW_FORWARD, kPlanFlags));
            backwardFirst.push_back(fftw_plan_guru_dft(1, &axis0, 1, &loops, chunk, chunk, FFTW_BACKWARD, kPlanFlags));
        }
    }
    // FFTW returns no plan when it cannot make one (out of memory): executing it would crash.
    bool planned = kernelPlan != nullptr;
    for (auto* plans : {&forwardLast, &forwardMiddle, &forwardFirst, &backwardFirst, &backwardMiddle, &backwardLast})
        planned = planned && std::find(plans->begin(), plans->end(), nullptr) == plans->end();
    if (!planned) {
        release(true);
        throw std::bad_alloc();
    }
    // The zero halves of the lines, written once: the lines are refilled only up to N.
    std::fill(lines, lines + lineCount * s, 0.0);
}

template <int D>
void KernelGrid<D>::Convolution::release(bool planMutexHeld)
{
    {
        std::unique_lock lock(planMutex, std::defer_lock);
        if (!planMutexHeld)
            lock.lock();
        for (auto* plans : {&forwardLast, &forwardMiddle, &forwardFirst, &backwardFirst, &backwardMiddle, &backwardLast}) {
            for (fftw_plan plan : *plans)
                if (plan)
                    fftw_destroy_plan(plan);
            plans->clear();
        }
        if (kernelPlan)
            fftw_destroy_plan(kernelPlan);
        kernelPlan = nullptr;
    }
    fftw_free(lines);  // fftw_free(nullptr) does nothing
    fftw_free(spectrum);
    fftw_free(kernel);
    lines = nullptr;
    spectrum = nullptr;
    kernel = nullptr;
}

template <int D>
KernelGrid<D>::~KernelGrid() = default;

template <int D>
KernelGrid<D>::KernelGrid(const double* y, int n, double lo, double extent, const FftGridOptions& options, int threads)
{
    build(y, n, lo, extent, options, threads);
}

template <int D>
void KernelGrid<D>::build(const double* y, int n, double lo, double extent, const FftGridOptions& options, int threads)
{
    constexpr int p = kNodesPerInterval;
    threads = std::max(1, threads);
    lo_ = lo;
    extent = std::max(extent, 1e-6);
    const int wanted = std::clamp(static_cast<int>(std::ceil(extent * options.intervalsPerUnit)), options.minIntervals,
                                  options.maxIntervals);
    // The padded FFT size (2·intervals·p) should factor into small primes.
    const int padded = fftFriendly(2 * wanted * p);
    intervals_ = std::max(1, padded / (2 * p));
    nodes_ = intervals_ * p;  // per axis
    boxWidth_ = extent / intervals_;

    first_.resize(std::size_t(n) * D);
    weights_.resize(std::size_t(n) * D * p);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int i = 0; i < n; ++i)
        weightsAt(y + std::size_t(i) * D, &first_[std::size_t(i) * D], &weights_[std::size_t(i) * D * p]);

    if (!convolution_ || convolution_->nodes != nodes_ || convolution_->threads != threads) {
        convolution_.reset();  // its memory goes before the next size's is taken
        convolution_ = std::make_unique<Convolution>(nodes_, threads);
    }
    spread(y, n, threads);
    convolve(threads);
}

// Charges onto the nodes. A source touches only the p^D nodes of its own interval, so sources
// are grouped by their interval on axis 0 and the groups spread in parallel without write
// conflicts; within a node the sum runs in source order, whatever the number of threads.
template <int D>
void KernelGrid<D>::spread(const double* y, int n, int threads)
{
    constexpr int p = kNodesPerInterval;
    constexpr int terms = kTerms;
    bucketStart_.assign(std::size_t(intervals_) + 1, 0);
    for (int i = 0; i < n; ++i)
        ++bucketStart_[std::size_t(first_[std::size_t(i) * D] / p) + 1];
    for (int b = 0; b < intervals_; ++b)
        bucketStart_[std::size_t(b) + 1] += bucketStart_[std::size_t(b)];
    bucketPoints_.resize(std::size_t(n));
    {
        std::vector<int> next(bucketStart_.begin(), bucketStart_.end() - 1);
        for (int i = 0; i < n; ++i)
            bucketPoints_[std::size_t(next[std::size_t(first_[std::size_t(i) * D] / p)]++)] = i;
    }

    std::size_t nodeCount = 1;
    for (int c = 0; c < D; ++c)
        nodeCount *= std::size_t(nodes_);
    potentials_.resize(nodeCount * terms);
    const std::size_t stride = std::size_t(nodes_);
#pragma omp parallel num_threads(threads)
    {
#pragma omp for schedule(static)
        for (std::int64_t k = 0; k < static_cast<std::int64_t>(potentials_.size()); ++k)
            potentials_[std::size_t(k)] = 0.0;
#pragma omp for schedule(dynamic, 1)
        for (int b = 0; b < intervals_; ++b) {
            for (int r = bucketStart_[std::size_t(b)]; r < bucketStart_[std::size_t(b) + 1]; ++r) {
                const int i = bucketPoints_[std::size_t(r)];
                const double* yi = y + std::size_t(i) * D;
                double charge[terms];
                charge[0] = 1.0;
                charge[D + 1] = 0.0;
                for (int c = 0; c < D; ++c) {
                    charge[1 + c] = yi[c];
                    charge[D + 1] += yi[c] * yi[c];
                }
                forEachNode<D>(&first_[std::size_t(i) * D], &weights_[std::size_t(i) * D * p], stride,
                               [&](std::size_t node, double weight) {
                                   double* g = &potentials_[node * terms];
                                   for (int t = 0; t < terms; ++t)
                                       g[t] += weight * charge[t];
                               });
            }
        }
    }
}

// The charges in potentials_ convolved with K², term by term, in place.
template <int D>
void KernelGrid<D>::convolve(int threads)
{
    constexpr int terms = kTerms;
    Convolution& cv = *convolution_;
    const int N = cv.nodes, S = cv.size, H = cv.half;
    const std::size_t n = std::size_t(N), s = std::size_t(S), h = std::size_t(H);
    const double spacing = boxWidth_ / kNodesPerInterval;

    // The kernel's spectrum: the DFT of its even extension, a DCT-I, scaled for the round trip.
    const double scale = D == 3 ? 1.0 / (double(S) * S * S) : 1.0 / (double(S) * S);
    const std::size_t side = n + 1;
    const std::size_t kernelRows = D == 3 ? side * side : side;
#pragma omp parallel for schedule(static) num_threads(threads)
    for (std::int64_t row = 0; row < static_cast<std::int64_t>(kernelRows); ++row) {
        double base = 0.0;
        if constexpr (D == 3) {
            const double a = double(row / std::int64_t(side)) * spacing, b = double(row % std::int64_t(side)) * spacing;
            base = a * a + b * b;
        } else {
            const double a = double(row) * spacing;
            base = a * a;
        }
        for (std::size_t k = 0; k < side; ++k) {
            const double d = double(k) * spacing;
            const double q = 1.0 / (1.0 + base + d * d);
            cv.kernel[std::size_t(row) * side + k] = q * q * scale;
        }
    }
    fftw_execute(cv.kernelPlan);
    auto fold = [&](int i) { return std::size_t(i <= N ? i : S - i); };

    const int outerChunks = static_cast<int>(cv.outer.size()), innerChunks = static_cast<int>(cv.inner.size());
    const std::size_t row0 = cv.spectrumRow();  // complex values per step of axis 0
    for (int t = 0; t < terms; ++t) {
        // Forward along the last axis (and in 3D axis 1), chunks of axis 0 < N.
#pragma omp parallel for schedule(static, 1) num_threads(threads)
        for (int c = 0; c < outerChunks; ++c) {
            const auto [a, b] = cv.outer[std::size_t(c)];
            const std::size_t perX = D == 3 ? n : 1;  // lines per step of axis 0
            for (std::size_t line = std::size_t(a) * perX; line < std::size_t(b) * perX; ++line) {
                double* out = cv.lines + line * s;
                const double* in = &potentials_[line * n * terms + std::size_t(t)];
                for (std::size_t z = 0; z < n; ++z)
                    out[z] = in[z * terms];
            }
            fftw_execute(cv.forwardLast[std::size_t(c)]);
            if constexpr (D == 3) {
                for (int x = a; x < b; ++x)  // rows y ≥ N were not written: zero for axis 1
                    std::memset(cv.spectrum + std::size_t(x) * row0 + n * h, 0, (s - n) * h * sizeof(fftw_complex));
                fftw_execute(cv.forwardMiddle[std::size_t(c)]);
            }
            // This chunk's share of the planes x ≥ N, zero for axis 0: planes N + a … N + b − 1
            // (there are S − N = N of them, as many as planes below N).
            std::memset(cv.spectrum + (n + std::size_t(a)) * row0, 0, std::size_t(b - a) * row0 * sizeof(fftw_complex));
        }
        // Along axis 0, the product with the kernel's spectrum, and back, per chunk of axis 1.
#pragma omp parallel for schedule(static, 1) num_threads(threads)
        for (int c = 0; c < innerChunks; ++c) {
            const auto [a, b] = cv.inner[std::size_t(c)];
            fftw_execute(cv.forwardFirst[std::size_t(c)]);
            for (int x = 0; x < S; ++x) {
                if constexpr (D == 3) {
                    for (int yy = a; yy < b; ++yy) {
                        fftw_complex* v = cv.spectrum + std::size_t(x) * row0 + std::size_t(yy) * h;
                        const double* k = cv.kernel + (fold(x) * side + fold(yy)) * side;
                        for (std::size_t kz = 0; kz < h; ++kz) {
                            v[kz][0] *= k[kz];
                            v[kz][1] *= k[kz];
                        }
                    }
                } else {
                    fftw_complex* v = cv.spectrum + std::size_t(x) * row0;
                    const double* k = cv.kernel + fold(x) * side;
                    for (int ky = a; ky < b; ++ky) {
                        v[ky][0] *= k[ky];
                        v[ky][1] *= k[ky];
                    }
                }
            }
            fftw_execute(cv.backwardFirst[std::size_t(c)]);
        }
        // Back along axis 1 (3D) and the last axis, and the potentials at the nodes kept.
#pragma omp parallel for schedule(static, 1) num_threads(threads)
        for (int c = 0; c < outerChunks; ++c) {
            const auto [a, b] = cv.outer[std::size_t(c)];
            if constexpr (D == 3)
                fftw_execute(cv.backwardMiddle[std::size_t(c)]);
            fftw_execute(cv.backwardLast[std::size_t(c)]);
            const std::size_t perX = D == 3 ? n : 1;
            for (std::size_t line = std::size_t(a) * perX; line < std::size_t(b) * perX; ++line) {
                double* in = cv.lines + line * s;
                double* out = &potentials_[line * n * terms + std::size_t(t)];
                for (std::size_t z = 0; z < n; ++z)
                    out[z * terms] = in[z];
                std::fill(in + n, in + s, 0.0);  // c2r wrote the whole line: restore the zero half
            }
        }
    }
}

template <int D>
void KernelGrid<D>::weightsAt(const double* x, int* first, double* weights) const
{
    constexpr int p = kNodesPerInterval;
    double denominators[p];
    for (int j = 0; j < p; ++j) {
        denominators[j] = 1.0;
        for (int l = 0; l < p; ++l)
            if (l != j)
                denominators[j] *= (j - l);
    }
    for (int c = 0; c < D; ++c) {
        const double u = (x[c] - lo_) / boxWidth_;
        const int box = std::clamp(static_cast<int>(u), 0, intervals_ - 1);
        const double local = (u - box) * p - 0.5;  // in node units, nodes at 0 … p−1
        first[c] = box * p;
        for (int j = 0; j < p; ++j) {
            double w = 1.0;
            for (int l = 0; l < p; ++l)
                if (l != j)
                    w *= (local - l);
            weights[c * p + j] = w / denominators[j];
        }
    }
}

template <int D>
double KernelGrid<D>::evaluateWith(const double* x, const int* f, const double* w, double* force) const
{
    constexpr int terms = kTerms;
    double phi[terms] = {};
    forEachNode<D>(f, w, std::size_t(nodes_), [&](std::size_t node, double weight) {
        const double* v = &potentials_[node * terms];
        for (int t = 0; t < terms; ++t)
            phi[t] += weight * v[t];
    });
    double norm2 = 0.0, dot = 0.0;
    for (int c = 0; c < D; ++c) {
        force[c] = x[c] * phi[0] - phi[1 + c];
        norm2 += x[c] * x[c];
        dot += x[c] * phi[1 + c];
    }
    // Σ_j K = Σ_j K² (1 + |x|² − 2 x·y_j + |y_j|²).
    return (1.0 + norm2) * phi[0] - 2.0 * dot + phi[D + 1];
}

template <int D>
double KernelGrid<D>::evaluate(const double* x, double* force) const
{
    int first[D];
    double weights[D * kNodesPerInterval];
    weightsAt(x, first, weights);
    return evaluateWith(x, first, weights, force);
}

template <int D>
double KernelGrid<D>::evaluateSource(int i, const double* yi, double* force) const
{
    return evaluateWith(yi, &first_[std::size_t(i) * D], &weights_[std::size_t(i) * D * kNodesPerInterval], force);
}

template class KernelGrid<2>;
template class KernelGrid<3>;

struct FftRepulsion::State {
    KernelGrid<2> grid2;
    KernelGrid<3> grid3;
    std::vector<double> z;

    template <int D>
    double repulsion(KernelGrid<D>& grid, const double* y, int n, const FftGridOptions& options, int threads,
                     double* forces)
    {
        double lo = y[0], hi = y[0];
        for (std::size_t k = 0; k < std::size_t(n) * D; ++k) {
            lo = std::min(lo, y[k]);
            hi = std::max(hi, y[k]);
        }
        grid.build(y, n, lo, hi - lo, options, threads);
        z.resize(std::size_t(n));
#pragma omp parallel for schedule(static) num_threads(threads)
        for (int i = 0; i < n; ++i)  // the j = i term (K = 1) is removed from Z
            z[std::size_t(i)] = grid.evaluateSource(i, y + std::size_t(i) * D, forces + std::size_t(i) * D) - 1.0;
        double total = 0.0;
        for (double v : z)
            total += v;
        return total;
    }
};

FftRepulsion::FftRepulsion() : state_(std::make_unique<State>()) {}
FftRepulsion::~FftRepulsion() = default;

double FftRepulsion::operator()(const double* y, int n, int dims, const FftGridOptions& options, int threads,
                                double* forces)
{
    return dims == 2 ? state_->repulsion(state_->grid2, y, n, options, threads, forces)
                     : state_->repulsion(state_->grid3, y, n, options, threads, forces);
}

double fftRepulsion(const double* y, int n, int dims, const FftGridOptions& options, int threads, double* forces)
{
    FftRepulsion repulsion;
    return repulsion(y, n, dims, options, threads, forces);
}

FftGridOptions defaultFftGrid(int dims)
{
    FftGridOptions o;
    if (dims == 2) {
        o.intervalsPerUnit = 1.0;  // FIt-SNE's default
        o.minIntervals = 50;
        o.maxIntervals = 400;
    } else {
        // A 3D grid grows with the cube of its side: it is capped at 24 intervals (72 nodes,
        // a 144³ FFT), so maps wider than 24 units get coarser intervals and larger errors.
        o.intervalsPerUnit = 1.0;
        o.minIntervals = 8;
        o.maxIntervals = 24;
    }
    return o;
}

}  // namespace tse::tsne::detail
