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
#include <map>
#include <mutex>
#include <vector>

#include "kernelgrid.h"

namespace tse::tsne::detail {
namespace {

// FFTW's planner is not thread-safe and plans are reusable across iterations: keep them here.
std::mutex planMutex;

struct Plans {
    fftw_plan forward = nullptr;
    fftw_plan backward = nullptr;
};

// Plans for a D-dimensional real grid of `size` per axis, created once per size.
template <int D>
Plans plansFor(int size, double* real, fftw_complex* spectrum)
{
    // Lives as long as the process (never destroyed, so the plans stay reachable at exit and
    // LeakSanitizer does not call FFTW's plans leaks).
    static auto* cache = new std::map<int, Plans>;
    std::lock_guard lock(planMutex);
    auto it = cache->find(size);
    if (it != cache->end())
        return it->second;
    Plans plans;
    int dims[3] = {size, size, size};
    plans.forward = fftw_plan_dft_r2c(D, dims, real, spectrum, FFTW_ESTIMATE);
    plans.backward = fftw_plan_dft_c2r(D, dims, spectrum, real, FFTW_ESTIMATE);
    (*cache)[size] = plans;
    return plans;
}

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

struct FftBuffer {
    double* real = nullptr;
    fftw_complex* spectrum = nullptr;
    std::size_t realSize = 0, spectrumSize = 0;
    FftBuffer(std::size_t r, std::size_t s)
        : real(fftw_alloc_real(r)), spectrum(fftw_alloc_complex(s)), realSize(r), spectrumSize(s)
    {
    }
    ~FftBuffer()
    {
        fftw_free(real);
        fftw_free(spectrum);
    }
    FftBuffer(const FftBuffer&) = delete;
    FftBuffer& operator=(const FftBuffer&) = delete;
};

}  // namespace

template <int D>
KernelGrid<D>::KernelGrid(const double* y, int n, double lo, double extent, const FftGridOptions& options, int threads)
    : lo_(lo)
{
    constexpr int p = kNodesPerInterval;
    constexpr int terms = kTerms;
    extent = std::max(extent, 1e-6);
    const int wanted = std::clamp(static_cast<int>(std::ceil(extent * options.intervalsPerUnit)), options.minIntervals,
                                  options.maxIntervals);
    // The padded FFT size (2·intervals·p) should factor into small primes.
    const int padded = fftFriendly(2 * wanted * p);
    intervals_ = std::max(1, padded / (2 * p));
    nodes_ = intervals_ * p;               // per axis
    const int nodes = nodes_;
    const int size = 2 * nodes;            // padded, per axis
    boxWidth_ = extent / intervals_;
    const double spacing = boxWidth_ / p;

    first_.resize(std::size_t(n) * D);
    weights_.resize(std::size_t(n) * D * p);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int i = 0; i < n; ++i)
        weightsAt(y + std::size_t(i) * D, &first_[std::size_t(i) * D], &weights_[std::size_t(i) * D * p]);

    std::size_t realSize = 1, spectrumSize = 1;
    for (int c = 0; c < D; ++c) {
        realSize *= size;
        spectrumSize *= (c == D - 1 ? size / 2 + 1 : size);
    }
    auto paddedIndex = [&](const int* idx) {
        std::size_t k = 0;
        for (int c = 0; c < D; ++c)
            k = k * size + idx[c];
        return k;
    };
    auto forEachNode = [&](int i, auto&& visit) {
        const int* f = &first_[std::size_t(i) * D];
        const double* w = &weights_[std::size_t(i) * D * p];
        int idx[3];
        if constexpr (D == 2) {
            for (int a = 0; a < p; ++a)
                for (int b = 0; b < p; ++b) {
                    idx[0] = f[0] + a;
                    idx[1] = f[1] + b;
                    visit(paddedIndex(idx), w[a] * w[p + b]);
                }
        } else {
            for (int a = 0; a < p; ++a)
                for (int b = 0; b < p; ++b)
                    for (int e = 0; e < p; ++e) {
                        idx[0] = f[0] + a;
                        idx[1] = f[1] + b;
                        idx[2] = f[2] + e;
                        visit(paddedIndex(idx), w[a] * w[p + b] * w[2 * p + e]);
                    }
        }
    };

    // Spread charges onto the grid: one padded real grid per term.
    std::vector<std::unique_ptr<FftBuffer>> grids;
    for (int t = 0; t < terms; ++t) {
        grids.push_back(std::make_unique<FftBuffer>(realSize, spectrumSize));
        std::fill(grids[t]->real, grids[t]->real + realSize, 0.0);
    }
    // Terms are independent, so each thread spreads whole terms: no write conflicts.
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int t = 0; t < terms; ++t) {
        double* grid = grids[t]->real;
        for (int i = 0; i < n; ++i) {
            const double* yi = y + std::size_t(i) * D;
            double charge = 1.0;
            if (t >= 1 && t <= D)
                charge = yi[t - 1];
            else if (t == D + 1) {
                charge = 0.0;
                for (int c = 0; c < D; ++c)
                    charge += yi[c] * yi[c];
            }
            forEachNode(i, [&](std::size_t k, double w) { grid[k] += w * charge; });
        }
    }

    // The kernel on the padded grid, laid out circularly (offset k and k − size coincide).
    FftBuffer kernel(realSize, spectrumSize);
    {
        int idx[3] = {0, 0, 0};
        for (std::size_t k = 0; k < realSize; ++k) {
            std::size_t rest = k;
            double d2 = 0.0;
            for (int c = D - 1; c >= 0; --c) {
                idx[c] = static_cast<int>(rest % size);
                rest /= size;
                const int offset = idx[c] < nodes ? idx[c] : idx[c] - size;
                const double d = offset * spacing;
                d2 += d * d;
            }
            const double q = 1.0 / (1.0 + d2);
            kernel.real[k] = q * q;
        }
    }
    const Plans plans = plansFor<D>(size, kernel.real, kernel.spectrum);
    fftw_execute_dft_r2c(plans.forward, kernel.real, kernel.spectrum);
    const double scale = 1.0 / double(realSize);
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int t = 0; t < terms; ++t) {
        FftBuffer& g = *grids[t];
        fftw_execute_dft_r2c(plans.forward, g.real, g.spectrum);
        for (std::size_t k = 0; k < spectrumSize; ++k) {
            const double re = g.spectrum[k][0] * kernel.spectrum[k][0] - g.spectrum[k][1] * kernel.spectrum[k][1];
            const double im = g.spectrum[k][0] * kernel.spectrum[k][1] + g.spectrum[k][1] * kernel.spectrum[k][0];
            g.spectrum[k][0] = re * scale;
            g.spectrum[k][1] = im * scale;
        }
        fftw_execute_dft_c2r(plans.backward, g.spectrum, g.real);
    }

    // Only the unpadded corner holds potentials at real nodes: keep it, terms side by side.
    std::size_t nodeCount = 1;
    for (int c = 0; c < D; ++c)
        nodeCount *= nodes;
    potentials_.resize(nodeCount * terms);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (std::int64_t node = 0; node < static_cast<std::int64_t>(nodeCount); ++node) {
        int idx[3] = {0, 0, 0};
        std::int64_t rest = node;
        for (int c = D - 1; c >= 0; --c) {
            idx[c] = static_cast<int>(rest % nodes);
            rest /= nodes;
        }
        const std::size_t k = paddedIndex(idx);
        for (int t = 0; t < terms; ++t)
            potentials_[std::size_t(node) * terms + t] = grids[t]->real[k];
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
    constexpr int p = kNodesPerInterval;
    constexpr int terms = kTerms;
    double phi[terms] = {};
    auto add = [&](std::size_t node, double weight) {
        const double* v = &potentials_[node * terms];
        for (int t = 0; t < terms; ++t)
            phi[t] += weight * v[t];
    };
    const std::size_t stride = std::size_t(nodes_);
    if constexpr (D == 2) {
        for (int a = 0; a < p; ++a)
            for (int b = 0; b < p; ++b)
                add(std::size_t(f[0] + a) * stride + std::size_t(f[1] + b), w[a] * w[p + b]);
    } else {
        for (int a = 0; a < p; ++a)
            for (int b = 0; b < p; ++b)
                for (int e = 0; e < p; ++e)
                    add((std::size_t(f[0] + a) * stride + std::size_t(f[1] + b)) * stride + std::size_t(f[2] + e),
                        w[a] * w[p + b] * w[2 * p + e]);
    }
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

namespace {

template <int D>
double fftImpl(const double* y, int n, const FftGridOptions& options, int threads, double* forces)
{
    double lo = y[0], hi = y[0];
    for (std::size_t k = 0; k < std::size_t(n) * D; ++k) {
        lo = std::min(lo, y[k]);
        hi = std::max(hi, y[k]);
    }
    const KernelGrid<D> grid(y, n, lo, hi - lo, options, threads);
    std::vector<double> z(n, 0.0);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int i = 0; i < n; ++i)  // the j = i term (K = 1) is removed from Z
        z[i] = grid.evaluateSource(i, y + std::size_t(i) * D, forces + std::size_t(i) * D) - 1.0;
    double total = 0.0;
    for (double v : z)
        total += v;
    return total;
}

}  // namespace

double fftRepulsion(const double* y, int n, int dims, const FftGridOptions& options, int threads, double* forces)
{
    return dims == 2 ? fftImpl<2>(y, n, options, threads, forces) : fftImpl<3>(y, n, options, threads, forces);
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
