// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Clusters of a run's map, as the workbench (Run ▸ Find clusters) and the CLI
// (`embed … --clusters`) find and name them: tse/tsne/mapclusters.h with the front ends' defaults
// and each cluster's name from its majority class ("Sneaker 94 %").

#include <string>
#include <vector>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"
#include "tse/tsne/mapclusters.h"

namespace tse::app {

struct ClusterRequest {
    int minClusterSize = 0;         // 0: 1 % of the map (tsne::defaultMinClusterSize)
    double maxClusterShare = 0.2;   // no cluster above this share of the map (1 = no limit)
    bool leaves = false;
    int threads = 0;
};

// InvalidArgument with the reason for a request the map cannot answer (too few points for the
// size, a share outside (0, 1]) or a run without a map.
Result<run::ClusterLabels> findRunClusters(const run::RunRecord& run, const ClusterRequest& request);

struct NamedCluster {
    std::string name;  // "Sneaker 94 %", or "Cluster 3" when its points have no class
    tsne::ClusterSummary summary;
};
// The run's clusters, named by the majority of `categories` (per item, −1 = none; names index
// categoryNames): by default the run's classes.
std::vector<NamedCluster> nameClusters(const run::RunRecord& run, const std::vector<int>& categories,
                                       const std::vector<std::string>& categoryNames, int representatives = 4);
std::vector<NamedCluster> nameClusters(const run::RunRecord& run, int representatives = 4);
// Per item, its cluster's name numbered in the clusters' order ("03 · Sneaker 94 %"; sorted,
// these list the clusters largest first) or "" for items in none: for colouring a map.
std::vector<std::string> clusterLegendNames(const run::RunRecord& run, const std::vector<NamedCluster>& named);

}  // namespace tse::app
