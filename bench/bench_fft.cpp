// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times one FFT-interpolated repulsion pass (the grid build and the evaluation at every point)
// on a map, repeated, and prints the median with the Z estimate and the force norm, so a
// faster grid can be checked for the same answer.
//
//   bench_fft MAP.npy [REPEATS=10] [THREADS=0 (all)]
//   bench_fft --cloud N DIMS [REPEATS=10] [THREADS=0]
// --cloud makes a seeded map of N points in 40 Gaussian blobs spread over an 80-unit cube
// (the shape and width of a formed million-point map), Z-order sorted like the engine's.
// Prints one JSON line: fft_ms (median), fft_ms_min, z, force_norm.

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "../modules/tsne/src/gradient.h"
#include "tse/common/npy.h"
#include "zorder.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<double> cloud(int n, int dims)
{
    std::mt19937_64 rng(12345);
    std::uniform_real_distribution<double> centre(-40.0, 40.0);
    std::normal_distribution<double> spread(0.0, 3.0);
    std::vector<double> centres(40 * dims);
    for (double& c : centres)
        c = centre(rng);
    std::vector<double> y(std::size_t(n) * dims);
    for (int i = 0; i < n; ++i) {
        const int blob = i % 40;
        for (int c = 0; c < dims; ++c)
            y[std::size_t(i) * dims + c] = centres[blob * dims + c] + spread(rng);
    }
    return y;
}

// Renumbers the points along a Z-order curve, as the engine does for memory locality.
void zSort(std::vector<double>& y, int n, int dims)
{
    const auto order = tse::bench::zOrder(y, n, dims);
    std::vector<double> sorted(y.size());
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < dims; ++c)
            sorted[std::size_t(r) * dims + c] = y[std::size_t(order[r]) * dims + c];
    y.swap(sorted);
}

}  // namespace

int main(int argc, char** argv)
{
    const bool synthetic = argc >= 4 && std::string(argv[1]) == "--cloud";
    if (argc < 2 || (std::string(argv[1]) == "--cloud" && !synthetic)) {
        std::fprintf(stderr, "usage: bench_fft MAP.npy [REPEATS] [THREADS]\n"
                             "       bench_fft --cloud N DIMS [REPEATS] [THREADS]\n");
        return 2;
    }
    std::vector<double> y;
    int n = 0, dims = 0, next = 2;
    if (synthetic) {
        n = std::atoi(argv[2]);
        dims = std::atoi(argv[3]);
        if (n < 2 || (dims != 2 && dims != 3)) {
            std::fprintf(stderr, "bench_fft: --cloud needs N ≥ 2 and DIMS 2 or 3\n");
            return 2;
        }
        y = cloud(n, dims);
        next = 4;
    } else {
        auto map = tse::npy::readMatrix(argv[1]);
        if (!map.ok() || (map.value().cols() != 2 && map.value().cols() != 3)) {
            std::fprintf(stderr, "bench_fft: %s: not an N × 2 or N × 3 matrix\n", argv[1]);
            return 1;
        }
        n = static_cast<int>(map.value().rows());
        dims = static_cast<int>(map.value().cols());
        y.assign(map.value().data(), map.value().data() + map.value().size());
    }
    zSort(y, n, dims);
    const int repeats = argc > next ? std::max(1, std::atoi(argv[next])) : 10;
    int threads = argc > next + 1 ? std::atoi(argv[next + 1]) : 0;
    if (threads <= 0)
        threads = omp_get_max_threads();

    const auto options = tse::tsne::detail::defaultFftGrid(dims);
    std::vector<double> forces(y.size());
    std::vector<double> ms;
    double z = 0.0;
    tse::tsne::detail::FftRepulsion repulsion;  // as a run keeps it between iterations
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        z = repulsion(y.data(), n, dims, options, threads, forces.data());
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    double norm2 = 0.0;
    for (double f : forces)
        norm2 += f * f;
    std::sort(ms.begin(), ms.end());
    std::printf("{\"n\": %d, \"dims\": %d, \"threads\": %d, \"fft_ms\": %.2f, \"fft_ms_min\": %.2f, "
                "\"z\": %.10g, \"force_norm\": %.10g}\n",
                n, dims, threads, ms[ms.size() / 2], ms.front(), z, std::sqrt(norm2));
    return 0;
}
