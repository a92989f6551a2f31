// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times the approximate k-nearest-neighbour graph t-SNE's affinities are built on, and scores its
// recall against an exact search for an evenly spread sample of rows.
//
//   bench_knn MATRIX.npy [K=90] [THREADS=0 (all)] [SAMPLE=1000]
// Prints one JSON line: rows, seconds, recall@K over the sample.

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <unordered_set>

#include "tse/common/npy.h"
#include "tse/tsne/affinities.h"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_knn MATRIX.npy [K] [THREADS] [SAMPLE]\n");
        return 2;
    }
    auto data = tse::npy::readMatrix(argv[1]);
    if (!data) {
        std::fprintf(stderr, "error: %s\n", data.error().message.c_str());
        return 1;
    }
    const int k = argc > 2 ? std::stoi(argv[2]) : 90;
    const int threads = argc > 3 && std::stoi(argv[3]) > 0 ? std::stoi(argv[3]) : omp_get_num_procs();
    const int sample = std::min<int>(argc > 4 ? std::stoi(argv[4]) : 1000, int(data->rows()));
    const tse::Matrix& x = data.value();

    // Where the progress passes each tenth, on stderr: the search's phases show as jumps.
    const auto start = std::chrono::steady_clock::now();
    int tenth = 0;
    tse::Progress progress(
        [&](std::string_view name, double fraction) {
            for (; tenth < 10 && fraction >= 0.1 * (tenth + 1); ++tenth)
                std::fprintf(stderr, "  %.*s %3d%% at %.2f s\n", int(name.size()), name.data(), 10 * (tenth + 1),
                             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        },
        {});
    auto graph = tse::tsne::approximateNeighbours(x, k, threads, 1, progress);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!graph) {
        std::fprintf(stderr, "error: %s\n", graph.error().message.c_str());
        return 1;
    }

    // Exact neighbours of the sample rows, as queries against all rows (themselves excluded).
    tse::Matrix queries(sample, x.cols());
    std::vector<int> rows(sample);
    for (int s = 0; s < sample; ++s) {
        rows[s] = int((long(s) * x.rows()) / sample);
        queries.row(s) = x.row(rows[s]);
    }
    auto exact = tse::tsne::neighboursInReference(x, queries, k + 1, threads, tse::tsne::NeighbourSearch::Exact);
    if (!exact) {
        std::fprintf(stderr, "error: %s\n", exact.error().message.c_str());
        return 1;
    }
    long hits = 0;
    for (int s = 0; s < sample; ++s) {
        std::unordered_set<int> truth;
        for (int m = 0; m < k + 1 && int(truth.size()) < k; ++m)
            if (const int j = exact->indices[std::size_t(s) * (k + 1) + m]; j != rows[s])
                truth.insert(j);
        for (int m = 0; m < k; ++m)
            hits += truth.count(graph->indices[std::size_t(rows[s]) * k + m]);
    }
    std::printf("{\"rows\": %ld, \"cols\": %ld, \"k\": %d, \"threads\": %d, \"seconds\": %.3f, \"recall\": %.4f}\n",
                long(x.rows()), long(x.cols()), k, threads, seconds, double(hits) / (double(sample) * k));
    return 0;
}
