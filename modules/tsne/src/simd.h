// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Eight-lane float helpers for the gradient's inner loops, where AVX2 and FMA are available
// (the compute modules are built with -march=native unless TSE_MARCH says otherwise; without
// AVX2 the callers keep their portable loops).
//
// Why by hand: the loops are bound by one division per pair and, for the KL divergence, one
// logarithm; the compiler keeps both exact (vdivps, a scalar log call per lane) unless the
// whole file is built with -ffast-math. An approximate reciprocal refined by one Newton step
// and a polynomial logarithm are accurate to a few float ulps and several times cheaper.

#if defined(__AVX2__) && defined(__FMA__)
#define TSE_TSNE_AVX2 1
#include <immintrin.h>

namespace tse::tsne::detail::simd {

// 1/x for x ≥ 1 (all callers pass 1 + a squared distance): relative error below 1e-6.
inline __m256 reciprocal(__m256 x)
{
    const __m256 r = _mm256_rcp_ps(x);
    // One Newton step: r' = r (2 − x r).
    return _mm256_mul_ps(r, _mm256_fnmadd_ps(x, r, _mm256_set1_ps(2.0f)));
}

// Natural logarithm for finite x > 0, absolute error below 1e-6 on [1, 1e30]: the exponent
// split off, the mantissa moved to [√½, √2) and the classic minimax polynomial of
// log(1 + m) (Cephes' logf coefficients) evaluated on m − 1.
inline __m256 log(__m256 x)
{
    const __m256i bits = _mm256_castps_si256(x);
    __m256 exponent = _mm256_cvtepi32_ps(_mm256_sub_epi32(_mm256_srli_epi32(bits, 23), _mm256_set1_epi32(126)));
    // Mantissa in [0.5, 1).
    __m256 m = _mm256_castsi256_ps(
        _mm256_or_si256(_mm256_and_si256(bits, _mm256_set1_epi32(0x007fffff)), _mm256_set1_epi32(0x3f000000)));
    const __m256 small = _mm256_cmp_ps(m, _mm256_set1_ps(0.707106781186547524f), _CMP_LT_OQ);
    exponent = _mm256_sub_ps(exponent, _mm256_and_ps(small, _mm256_set1_ps(1.0f)));
    m = _mm256_add_ps(_mm256_sub_ps(m, _mm256_set1_ps(1.0f)), _mm256_and_ps(small, m));
    const __m256 z = _mm256_mul_ps(m, m);
    __m256 y = _mm256_set1_ps(7.0376836292e-2f);
    for (float c : {-1.1514610310e-1f, 1.1676998740e-1f, -1.2420140846e-1f, 1.4249322787e-1f, -1.6668057665e-1f,
                    2.0000714765e-1f, -2.4999993993e-1f, 3.3333331174e-1f})
        y = _mm256_fmadd_ps(y, m, _mm256_set1_ps(c));
    y = _mm256_mul_ps(_mm256_mul_ps(y, m), z);
    y = _mm256_fmadd_ps(exponent, _mm256_set1_ps(-2.12194440e-4f), y);
    y = _mm256_fnmadd_ps(z, _mm256_set1_ps(0.5f), y);
    return _mm256_fmadd_ps(exponent, _mm256_set1_ps(0.693359375f), _mm256_add_ps(m, y));
}

inline float sum(__m256 v)
{
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

// Lanes [0, count) set, for the last, partial block of a row (count < 8).
inline __m256i firstLanes(int count)
{
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(count), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

}  // namespace tse::tsne::detail::simd
#endif
