// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "gradient.h"
#include "simd.h"

namespace tse::tsne::detail {
namespace {

// The attractive pass goes over the full rows of P: every row's sum is its own, so the result
// is the same for any thread count and no thread writes where another reads. (Visiting each
// symmetric pair once halves the reads of P but scatters a write to the partner's force:
// that kernel took 1.5× as long at 70,000 points, timed in `embed` runs.)
//
// The map is copied to floats, one point per 8 or 16 bytes (x, y[, z, 0]): each neighbour is
// then one load from one cache line.
template <int D>
constexpr int kStride = D == 3 ? 4 : 2;

template <int D>
std::vector<float> packedMap(const double* y, int n)
{
    std::vector<float> packed(std::size_t(n) * kStride<D>, 0.0f);
    for (std::size_t i = 0; i < std::size_t(n); ++i)
        for (int c = 0; c < D; ++c)
            packed[i * kStride<D> + c] = static_cast<float>(y[i * D + c]);
    return packed;
}

#ifdef TSE_TSNE_AVX2
// The coordinates of eight neighbours, one lane each: every point is one 8- or 16-byte load
// and the loads are transposed in registers (on the processors here this is several times
// fewer micro-operations than two or three gather instructions).
template <int D>
inline void loadNeighbours(const float* map, const int* j, __m256& x, __m256& y, __m256& z)
{
    if constexpr (D == 2) {
        auto pair = [&](int a, int b) {  // (x_a, y_a, x_b, y_b)
            const __m128 low = _mm_castpd_ps(_mm_load_sd(reinterpret_cast<const double*>(map + 2 * std::size_t(a))));
            return _mm_loadh_pi(low, reinterpret_cast<const __m64*>(map + 2 * std::size_t(b)));
        };
        const __m256 r0 = _mm256_insertf128_ps(_mm256_castps128_ps256(pair(j[0], j[1])), pair(j[4], j[5]), 1);
        const __m256 r1 = _mm256_insertf128_ps(_mm256_castps128_ps256(pair(j[2], j[3])), pair(j[6], j[7]), 1);
        x = _mm256_shuffle_ps(r0, r1, _MM_SHUFFLE(2, 0, 2, 0));
        y = _mm256_shuffle_ps(r0, r1, _MM_SHUFFLE(3, 1, 3, 1));
    } else {
        auto point = [&](int a) { return _mm_loadu_ps(map + 4 * std::size_t(a)); };
        auto two = [&](int a, int b) { return _mm256_insertf128_ps(_mm256_castps128_ps256(point(a)), point(b), 1); };
        const __m256 r0 = two(j[0], j[4]), r1 = two(j[1], j[5]), r2 = two(j[2], j[6]), r3 = two(j[3], j[7]);
        const __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1);
        const __m256 t2 = _mm256_unpacklo_ps(r2, r3), t3 = _mm256_unpackhi_ps(r2, r3);
        x = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(1, 0, 1, 0));
        y = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(3, 2, 3, 2));
        z = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(1, 0, 1, 0));
    }
}
#endif

// Σ_e p_e q̃_e (y_i − y_j) into f, and Σ_e p_e log(1 + d²_e) = −Σ p log q̃ into *logSum when asked.
template <int D, bool WithLog>
void attractiveRow(const float* map, const int* cols, const float* vals, std::int64_t first, std::int64_t last,
                   const float* yi, float* f, float* logSum)
{
#ifdef TSE_TSNE_AVX2
    using namespace simd;
    const __m256 one = _mm256_set1_ps(1.0f);
    const __m256 xi = _mm256_set1_ps(yi[0]), yiv = _mm256_set1_ps(yi[1]), zi = _mm256_set1_ps(D == 3 ? yi[2] : 0.0f);
    __m256 fx = _mm256_setzero_ps(), fy = fx, fz = fx, logs = fx;
    for (std::int64_t e = first; e < last; e += 8) {
        const int remaining = static_cast<int>(std::min<std::int64_t>(8, last - e));
        __m256 p, nx, ny, nz = _mm256_setzero_ps();
        if (remaining == 8) {
            p = _mm256_loadu_ps(vals + e);
            loadNeighbours<D>(map, cols + e, nx, ny, nz);
        } else {  // lanes past the row: column 0, weight 0, so they add nothing
            const __m256i mask = firstLanes(remaining);
            const __m256i at = _mm256_slli_epi32(_mm256_maskload_epi32(cols + e, mask), D == 3 ? 2 : 1);
            p = _mm256_maskload_ps(vals + e, mask);
            nx = _mm256_i32gather_ps(map, at, 4);
            ny = _mm256_i32gather_ps(map + 1, at, 4);
            if constexpr (D == 3)
                nz = _mm256_i32gather_ps(map + 2, at, 4);
        }
        const __m256 dx = _mm256_sub_ps(xi, nx);
        const __m256 dy = _mm256_sub_ps(yiv, ny);
        __m256 d = _mm256_fmadd_ps(dx, dx, _mm256_fmadd_ps(dy, dy, one));
        __m256 dz = _mm256_setzero_ps();
        if constexpr (D == 3) {
            dz = _mm256_sub_ps(zi, nz);
            d = _mm256_fmadd_ps(dz, dz, d);
        }
        const __m256 w = _mm256_mul_ps(p, reciprocal(d));
        fx = _mm256_fmadd_ps(w, dx, fx);
        fy = _mm256_fmadd_ps(w, dy, fy);
        if constexpr (D == 3)
            fz = _mm256_fmadd_ps(w, dz, fz);
        if constexpr (WithLog)
            logs = _mm256_fmadd_ps(p, simd::log(d), logs);
    }
    f[0] = sum(fx);
    f[1] = sum(fy);
    if constexpr (D == 3)
        f[2] = sum(fz);
    if constexpr (WithLog)
        *logSum = sum(logs);
#else
    float f0 = 0.0f, f1 = 0.0f, f2 = 0.0f, logs = 0.0f;
#pragma omp simd reduction(+ : f0, f1, f2)
    for (std::int64_t e = first; e < last; ++e) {
        const float* yj = map + std::size_t(cols[e]) * kStride<D>;
        const float dx = yi[0] - yj[0], dy = yi[1] - yj[1], dz = D == 3 ? yi[2] - yj[2] : 0.0f;
        const float w = vals[e] / (1.0f + dx * dx + dy * dy + dz * dz);
        f0 += w * dx;
        f1 += w * dy;
        f2 += w * dz;
    }
    if constexpr (WithLog)
        for (std::int64_t e = first; e < last; ++e) {
            const float* yj = map + std::size_t(cols[e]) * kStride<D>;
            float d2 = 0.0f;
            for (int c = 0; c < D; ++c)
                d2 += (yi[c] - yj[c]) * (yi[c] - yj[c]);
            logs += vals[e] * std::log1p(d2);
        }
    f[0] = f0;
    f[1] = f1;
    if constexpr (D == 3)
        f[2] = f2;
    if constexpr (WithLog)
        *logSum = logs;
#endif
}

// Rows per chunk of the attractive pass: the chunk its dynamic schedule used before, small enough
// that two threads finish within a chunk of each other, large enough that taking one is free.
constexpr int kRowsPerChunk = 512;

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

AttractiveRows::AttractiveRows(const SparseMatrix& p, const double* y, int dims, double* forces, bool withLog)
    : p_(p), dims_(dims), forces_(forces), withLog_(withLog),
      packed_(dims == 2 ? packedMap<2>(y, p.n) : packedMap<3>(y, p.n)), logTerms_(withLog ? p.n : 0, 0.0)
{
}

int AttractiveRows::chunks() const { return (p_.n + kRowsPerChunk - 1) / kRowsPerChunk; }

namespace {
template <int D, bool WithLog>
void attractiveChunk(const SparseMatrix& p, const float* map, int begin, int end, double* forces, double* logTerms)
{
    const int* cols = p.columns.data();
    const float* vals = p.values.data();
    for (int i = begin; i < end; ++i) {
        float f[D], logSum = 0.0f;
        attractiveRow<D, WithLog>(map, cols, vals, p.rowStart[i], p.rowStart[i + 1], map + std::size_t(i) * kStride<D>,
                                  f, &logSum);
        for (int c = 0; c < D; ++c)
            forces[std::size_t(i) * D + c] = f[c];
        if constexpr (WithLog)
            logTerms[i] = logSum;
    }
}
}  // namespace

void AttractiveRows::run(int chunk)
{
    const int begin = chunk * kRowsPerChunk, end = std::min(p_.n, begin + kRowsPerChunk);
    const float* map = packed_.data();
    if (dims_ == 2)
        withLog_ ? attractiveChunk<2, true>(p_, map, begin, end, forces_, logTerms_.data())
                 : attractiveChunk<2, false>(p_, map, begin, end, forces_, logTerms_.data());
    else
        withLog_ ? attractiveChunk<3, true>(p_, map, begin, end, forces_, logTerms_.data())
                 : attractiveChunk<3, false>(p_, map, begin, end, forces_, logTerms_.data());
}

double AttractiveRows::sumPLogQ() const
{
    double total = 0.0;
    for (double v : logTerms_)
        total -= v;
    return total;
}

void attractiveForces(AttractiveRows& rows, int threads)
{
    const int chunks = rows.chunks();
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int c = 0; c < chunks; ++c)
        rows.run(c);
}

void attractiveForces(const SparseMatrix& p, const double* y, int dims, int threads, double* forces,
                      double* sumPLogQ)
{
    AttractiveRows rows(p, y, dims, forces, sumPLogQ != nullptr);
    attractiveForces(rows, threads);
    if (sumPLogQ)
        *sumPLogQ = rows.sumPLogQ();
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
