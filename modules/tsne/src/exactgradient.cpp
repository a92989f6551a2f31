// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <cmath>
#include <vector>

#include "gradient.h"

namespace tse::tsne::detail {
namespace {

// Each symmetric pair (i, j), i < j, is evaluated once and applied to both ends. Every
// thread owns a contiguous block of rows and its own force buffer; the buffers are added in
// thread order, so the result depends on the thread count but not on scheduling.
template <int D>
void symmetricAttractive(const SparseMatrix& p, const float* ax, const float* ay, const float* az, int threads,
                         double* forces)
{
    const int n = p.n;
    // Contiguous row blocks with about the same number of pairs each, found once: block t
    // holds the rows whose preceding pair count lies in [pairs·t/threads, pairs·(t+1)/threads).
    std::int64_t pairs = 0;
    for (int i = 0; i < n; ++i)
        pairs += p.rowStart[i + 1] - p.upperStart[i];
    std::vector<int> blockStart(threads + 1, n);
    blockStart[0] = 0;
    std::int64_t seen = 0;
    for (int i = 0, t = 1; i < n && t < threads; ++i) {
        while (t < threads && seen >= pairs * t / threads)
            blockStart[t++] = i;
        seen += p.rowStart[i + 1] - p.upperStart[i];
    }
    std::vector<std::vector<float>> buffers(threads);
    // One buffer per block (not per thread), so the sums do not depend on the team OpenMP forms.
#pragma omp parallel for schedule(static, 1) num_threads(threads)
    for (int t = 0; t < threads; ++t) {
        std::vector<float>& acc = buffers[t];
        acc.assign(std::size_t(n) * D, 0.0f);
        const int* cols = p.columns.data();
        const float* vals = p.values.data();
        for (int i = blockStart[t]; i < blockStart[t + 1]; ++i) {
            const std::int64_t first = p.upperStart[i], last = p.rowStart[i + 1];
            const float xi = ax[i], yi = ay[i], zi = az[i];
            float f0 = 0.0f, f1 = 0.0f, f2 = 0.0f;
            float* a = acc.data();
            for (std::int64_t e = first; e < last; ++e) {
                const int j = cols[e];
                const float dx = xi - ax[j], dy = yi - ay[j];
                const float dz = D == 3 ? zi - az[j] : 0.0f;
                const float w = vals[e] / (1.0f + dx * dx + dy * dy + dz * dz);
                f0 += w * dx;
                f1 += w * dy;
                a[std::size_t(j) * D] -= w * dx;
                a[std::size_t(j) * D + 1] -= w * dy;
                if constexpr (D == 3) {
                    f2 += w * dz;
                    a[std::size_t(j) * D + 2] -= w * dz;
                }
            }
            a[std::size_t(i) * D] += f0;
            a[std::size_t(i) * D + 1] += f1;
            if constexpr (D == 3)
                a[std::size_t(i) * D + 2] += f2;
        }
    }
    for (std::size_t k = 0; k < std::size_t(n) * D; ++k) {
        double sum = 0.0;
        for (const auto& acc : buffers)
            sum += acc[k];
        forces[k] = sum;
    }
}

template <int D>
void attractiveImpl(const SparseMatrix& p, const double* y, int threads, double* forces, double* sumPLogQ)
{
    const int n = p.n;
    // A float copy of the map, one array per axis: the inner loop below is then a vectorised
    // gather over a row's neighbours (float division is the cost that dominates here).
    std::vector<float> axis[D];
    for (int c = 0; c < D; ++c) {
        axis[c].resize(n);
        for (int i = 0; i < n; ++i)
            axis[c][i] = static_cast<float>(y[std::size_t(i) * D + c]);
    }
    const float* ax = axis[0].data();
    const float* ay = axis[1].data();
    const float* az = axis[D - 1].data();
    std::vector<double> logTerms(sumPLogQ ? n : 0, 0.0);
    if (!p.upperStart.empty()) {
        symmetricAttractive<D>(p, ax, ay, az, threads, forces);
    } else {
#pragma omp parallel for schedule(dynamic, 512) num_threads(threads)
        for (int i = 0; i < n; ++i) {
            const std::int64_t first = p.rowStart[i], last = p.rowStart[i + 1];
            const int* cols = p.columns.data();
            const float* vals = p.values.data();
            const float xi = ax[i], yi = ay[i], zi = az[i];
            float f0 = 0.0f, f1 = 0.0f, f2 = 0.0f;
            if constexpr (D == 2) {
#pragma omp simd reduction(+ : f0, f1)
                for (std::int64_t e = first; e < last; ++e) {
                    const int j = cols[e];
                    const float dx = xi - ax[j], dy = yi - ay[j];
                    const float w = vals[e] / (1.0f + dx * dx + dy * dy);
                    f0 += w * dx;
                    f1 += w * dy;
                }
            } else {
#pragma omp simd reduction(+ : f0, f1, f2)
                for (std::int64_t e = first; e < last; ++e) {
                    const int j = cols[e];
                    const float dx = xi - ax[j], dy = yi - ay[j], dz = zi - az[j];
                    const float w = vals[e] / (1.0f + dx * dx + dy * dy + dz * dz);
                    f0 += w * dx;
                    f1 += w * dy;
                    f2 += w * dz;
                }
            }
            double* f = forces + std::size_t(i) * D;
            f[0] = f0;
            f[1] = f1;
            if constexpr (D == 3)
                f[2] = f2;
        }
    }
    if (sumPLogQ) {
#pragma omp parallel for schedule(dynamic, 512) num_threads(threads)
        for (int i = 0; i < n; ++i) {
            double logSum = 0.0;
            const double* yi = y + std::size_t(i) * D;
            for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
                const double* yj = y + std::size_t(p.columns[e]) * D;
                double d2 = 0.0;
                for (int c = 0; c < D; ++c)
                    d2 += (yi[c] - yj[c]) * (yi[c] - yj[c]);
                logSum -= double(p.values[e]) * std::log1p(d2);
            }
            logTerms[i] = logSum;
        }
    }
    if (sumPLogQ) {
        double total = 0.0;
        for (double v : logTerms)
            total += v;
        *sumPLogQ = total;
    }
}

template <int D>
double exactRepulsionImpl(const double* y, int n, int threads, double* forces)
{
    std::vector<double> z(n, 0.0);
#pragma omp parallel for schedule(dynamic, 64) num_threads(threads)
    for (int i = 0; i < n; ++i) {
        double f[D] = {};
        double zi = 0.0;
        const double* yi = y + std::size_t(i) * D;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double* yj = y + std::size_t(j) * D;
            double diff[D];
            double d2 = 0.0;
            for (int c = 0; c < D; ++c) {
                diff[c] = yi[c] - yj[c];
                d2 += diff[c] * diff[c];
            }
            const double q = 1.0 / (1.0 + d2);
            zi += q;
            for (int c = 0; c < D; ++c)
                f[c] += q * q * diff[c];
        }
        for (int c = 0; c < D; ++c)
            forces[std::size_t(i) * D + c] = f[c];
        z[i] = zi;
    }
    double total = 0.0;
    for (double v : z)
        total += v;
    return total;
}

}  // namespace

void attractiveForces(const SparseMatrix& p, const double* y, int dims, int threads, double* forces,
                      double* sumPLogQ)
{
    if (dims == 2)
        attractiveImpl<2>(p, y, threads, forces, sumPLogQ);
    else
        attractiveImpl<3>(p, y, threads, forces, sumPLogQ);
}

double exactRepulsion(const double* y, int n, int dims, int threads, double* forces)
{
    return dims == 2 ? exactRepulsionImpl<2>(y, n, threads, forces) : exactRepulsionImpl<3>(y, n, threads, forces);
}

double sumPLogP(const SparseMatrix& p)
{
    double total = 0.0;
    for (float v : p.values)
        if (v > 0)
            total += double(v) * std::log(double(v));
    return total;
}

}  // namespace tse::tsne::detail
