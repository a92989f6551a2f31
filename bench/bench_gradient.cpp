// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times the passes of one t-SNE gradient on a formed map, where they cost the most: the
// attractive pass over P, the Barnes–Hut repulsion and the FFT repulsion, each repeated and
// reported as the median. The map is renumbered along a Z-order curve first, as the engine
// does, so memory access is as in a real run.
//
//   bench_gradient FEATURES.npy MAP.npy [REPEATS=20] [THREADS=0 (all)] [PERPLEXITY=30]
// MAP.npy is N × 2 or N × 3 (e.g. the --out-npy of a finished embed of FEATURES.npy).
// Prints one JSON line with the medians in milliseconds, and the time to merely read P once
// (its columns and values, on all threads): the memory-bandwidth floor of the attractive pass.

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "../modules/tsne/src/gradient.h"
#include "zorder.h"
#include "tse/common/npy.h"
#include "tse/tsne/tsnerun.h"

namespace {

using Clock = std::chrono::steady_clock;

template <class F>
double medianMs(int repeats, F&& pass)
{
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        pass();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_gradient FEATURES.npy MAP.npy [REPEATS] [THREADS] [PERPLEXITY]\n");
        return 2;
    }
    auto data = tse::npy::readMatrix(argv[1]);
    auto map = tse::npy::readMatrix(argv[2]);
    if (!data || !map) {
        std::fprintf(stderr, "error: %s\n", (!data ? data.error() : map.error()).message.c_str());
        return 1;
    }
    const int repeats = argc > 3 ? std::max(1, std::stoi(argv[3])) : 20;
    const int threads = argc > 4 && std::stoi(argv[4]) > 0 ? std::stoi(argv[4]) : omp_get_num_procs();
    const int n = int(data->rows()), dims = int(map->cols());
    if (map->rows() != data->rows() || (dims != 2 && dims != 3)) {
        std::fprintf(stderr, "error: the map must be N x 2 or N x 3 for the N rows of the features\n");
        return 1;
    }
    tse::tsne::TsneOptions options;
    options.perplexity = argc > 5 ? std::stod(argv[5]) : 30.0;
    options.threads = threads;
    options.dimensions = dims;
    auto p = tse::tsne::TsneRun::jointAffinities(data.value(), options);
    if (!p) {
        std::fprintf(stderr, "error: %s\n", p.error().message.c_str());
        return 1;
    }
    std::vector<double> y0(std::size_t(n) * dims);
    for (int i = 0; i < n; ++i)
        for (int c = 0; c < dims; ++c)
            y0[std::size_t(i) * dims + c] = (*map)(i, c);

    // Renumber map and P along the curve, as the engine does every few hundred iterations.
    const std::vector<int> order = tse::bench::zOrder(y0, n, dims);
    std::vector<int> newIndex(n);
    for (int r = 0; r < n; ++r)
        newIndex[order[r]] = r;
    std::vector<double> y(y0.size());
    tse::tsne::SparseMatrix q;
    q.n = n;
    q.rowStart.assign(n + 1, 0);
    for (int r = 0; r < n; ++r) {
        const int old = order[r];
        std::copy_n(y0.begin() + std::size_t(old) * dims, dims, y.begin() + std::size_t(r) * dims);
        std::vector<std::pair<int, float>> row;
        for (auto e = p->rowStart[old]; e < p->rowStart[old + 1]; ++e)
            row.emplace_back(newIndex[p->columns[e]], p->values[e]);
        std::sort(row.begin(), row.end());
        q.rowStart[r + 1] = q.rowStart[r] + std::int64_t(row.size());
        for (const auto& [c, v] : row) {
            q.columns.push_back(c);
            q.values.push_back(v);
        }
    }

    // The floor for the attractive pass: reading P's columns and values once, on all threads.
    // (Integer sums, which the compiler vectorises freely: a float sum would be bound by the
    // latency of its additions, not by memory.)
    volatile unsigned sink = 0;  // keeps the read from being optimised away
    const double streamP = medianMs(repeats, [&] {
        unsigned sum = 0;
        const auto* cols = reinterpret_cast<const unsigned*>(q.columns.data());
        const auto* vals = reinterpret_cast<const unsigned*>(q.values.data());
#pragma omp parallel for reduction(+ : sum) schedule(static) num_threads(threads)
        for (std::int64_t e = 0; e < q.nonZeros(); ++e)
            sum += cols[e] ^ vals[e];
        sink = sink + sum;
    });
    std::vector<double> forces(y.size());
    double sumPLogQ = 0.0;
    const double attractive = medianMs(repeats, [&] {
        tse::tsne::detail::attractiveForces(q, y.data(), dims, threads, forces.data());
    });
    const double attractiveKl = medianMs(std::max(1, repeats / 4), [&] {
        tse::tsne::detail::attractiveForces(q, y.data(), dims, threads, forces.data(), &sumPLogQ);
    });
    double zBh = 0.0, zFft = 0.0;
    const double bh = medianMs(repeats, [&] {
        zBh = tse::tsne::detail::barnesHutRepulsion(y.data(), n, dims, 0.5, threads, forces.data());
    });
    const double fft = medianMs(std::max(1, repeats / 4), [&] {
        zFft = tse::tsne::detail::fftRepulsion(y.data(), n, dims, tse::tsne::detail::defaultFftGrid(dims), threads,
                                               forces.data());
    });
    std::printf("{\"n\": %d, \"dims\": %d, \"threads\": %d, \"nonzeros\": %lld, \"read_p_ms\": %.3f, "
                "\"attractive_ms\": %.3f, \"attractive_with_kl_ms\": %.3f, \"barnes_hut_ms\": %.3f, \"fft_ms\": %.3f, \"z_bh\": %.6g, "
                "\"z_fft\": %.6g, \"sum_p_log_q\": %.9g}\n",
                n, dims, threads, static_cast<long long>(q.nonZeros()), streamP, attractive, attractiveKl, bh, fft, zBh, zFft,
                sumPLogQ);
    return 0;
}
