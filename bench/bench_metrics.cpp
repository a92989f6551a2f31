// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times the run's scoring (what executeRun does after the last iteration) on N points:
//   bench_metrics N DIMS [REPEATS]
// leave-one-out 10-NN label accuracy (k-d tree in the map) and trustworthiness/continuity on
// the 1,000-item sample, for a random map of N points with 10 classes and 50 input features.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "tse/tsne/metrics.h"

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_metrics N DIMS [REPEATS]\n");
        return 2;
    }
    const int n = std::atoi(argv[1]), dims = std::atoi(argv[2]), repeats = argc > 3 ? std::atoi(argv[3]) : 3;
    std::mt19937 rng(1);
    std::normal_distribution<float> normal;
    tse::Matrix input(n, 50), map(n, dims);
    std::vector<int> labels(n);
    for (int i = 0; i < n; ++i) {
        labels[i] = i % 10;
        for (int c = 0; c < 50; ++c)
            input(i, c) = normal(rng) + (c == labels[i] ? 4.0f : 0.0f);
        for (int c = 0; c < dims; ++c)
            map(i, c) = normal(rng) + (c == labels[i] % dims ? 3.0f * float(labels[i]) : 0.0f);
    }
    using Clock = std::chrono::steady_clock;
    for (int r = 0; r < repeats; ++r) {
        auto t0 = Clock::now();
        const double accuracy = tse::tsne::knnAccuracy(map, labels, 10, 0);
        auto t1 = Clock::now();
        const auto m = tse::tsne::neighbourhoodMetrics(input, map, 10, 1000, 0);
        auto t2 = Clock::now();
        std::printf("N %d, %dD: 10-NN accuracy %.4f in %.3f s; trustworthiness %.4f (1,000 items) in %.3f s\n", n, dims,
                    accuracy, std::chrono::duration<double>(t1 - t0).count(), m.trustworthiness,
                    std::chrono::duration<double>(t2 - t1).count());
    }
    return 0;
}
