// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times Run ▸ Find clusters (tse/tsne/mapclusters.h) on a saved map:
//
//   bench_clusters MAP.npy [LABELS.npy] [MIN_CLUSTER_SIZE=0 (default: 1 % of N)] [REPEATS=3]
//                  [eom|leaves] [MIN_SAMPLES=0 (default)] [MAX_CLUSTER_SIZE=0 (none)]
//
// e.g. bench/results/tsne-70000-3d.npy with bench/data/fmnist-labels-70000.npy. Prints one
// JSON line per repeat: seconds for the clusters and for their summaries, the clusters found,
// the share of points left as noise and, with labels, the clusters' mean majority share.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "tse/common/npy.h"
#include "tse/tsne/mapclusters.h"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_clusters MAP.npy [LABELS.npy] [MIN_CLUSTER_SIZE] [REPEATS]\n");
        return 2;
    }
    const auto map = tse::npy::readMatrix(argv[1]);
    if (!map) {
        std::fprintf(stderr, "%s\n", map.error().message.c_str());
        return 1;
    }
    std::vector<int> labels;
    if (argc > 2 && argv[2][0] != '\0') {
        const auto read = tse::npy::readMatrix(argv[2]);
        if (!read) {
            std::fprintf(stderr, "%s\n", read.error().message.c_str());
            return 1;
        }
        for (Eigen::Index i = 0; i < read->size(); ++i)
            labels.push_back(int(read->data()[i]));
    }
    tse::tsne::ClusterOptions options;
    options.minClusterSize = argc > 3 ? std::atoi(argv[3]) : 0;
    const int repeats = argc > 4 ? std::atoi(argv[4]) : 3;
    if (argc > 5 && std::string(argv[5]) == "leaves")
        options.selection = tse::tsne::ClusterSelection::Leaves;
    if (argc > 6)
        options.minSamples = std::atoi(argv[6]);
    if (argc > 7)
        options.maxClusterSize = std::atoi(argv[7]);
    using Clock = std::chrono::steady_clock;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = Clock::now();
        const auto found = tse::tsne::findClusters(*map, options);
        const auto t1 = Clock::now();
        if (!found) {
            std::fprintf(stderr, "%s\n", found.error().message.c_str());
            return 1;
        }
        const auto summaries = tse::tsne::summariseClusters(*map, found->labels, found->count, labels, 4);
        const auto t2 = Clock::now();
        std::size_t noise = 0;
        for (int l : found->labels)
            noise += l < 0;
        double share = 0.0;
        for (const auto& s : summaries)
            share += s.share / double(std::max<std::size_t>(summaries.size(), 1));
        std::printf("{\"points\": %lld, \"dims\": %lld, \"min_cluster_size\": %d, \"cluster_seconds\": %.3f, "
                    "\"summary_seconds\": %.3f, \"clusters\": %d, \"noise_share\": %.3f, \"mean_majority_share\": %.3f}\n",
                    static_cast<long long>(map->rows()), static_cast<long long>(map->cols()), found->minClusterSize,
                    std::chrono::duration<double>(t1 - t0).count(), std::chrono::duration<double>(t2 - t1).count(),
                    found->count, double(noise) / double(map->rows()), share);
        std::fflush(stdout);
    }
    return 0;
}
