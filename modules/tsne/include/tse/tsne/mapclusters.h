// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Density-based clusters of a map (2 or 3 columns), HDBSCAN* style (Campello, Moulavi & Sander
// 2013): no number of clusters to choose, only the smallest group that counts as a cluster.
//
// Core distance = distance to the minSamples-th neighbour; mutual reachability between two
// points = max(their core distances, their distance); the minimum spanning tree of that graph
// is built over each point's nearest neighbours (a k-NN graph: exact for the clusters a map
// shows, O(N log N) instead of all pairs; parts of the graph it leaves apart join at infinite
// distance); its single-linkage hierarchy is condensed to clusters of at least minClusterSize
// points and the most stable ones (excess of mass) are kept. Deterministic: ties are broken by
// point index, and the answer is the same on any number of threads.

#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/result.h"

namespace tse::tsne {

// Which clusters of the condensed tree are kept: the most stable (excess of mass; large groups
// that persist, e.g. "footwear") or its leaves (the finest groups of at least the minimum size,
// e.g. "sneaker", "sandal", "ankle boot").
enum class ClusterSelection { ExcessOfMass, Leaves };

struct ClusterOptions {
    int minClusterSize = 0;  // 0: defaultMinClusterSize(N)
    int minSamples = 0;      // 0: min(minClusterSize, 10)
    ClusterSelection selection = ClusterSelection::ExcessOfMass;
    // Clusters larger than this are never kept (their parts are); 0 = no limit. Excess of mass
    // keeps a map's few touching continents whole: Fashion-MNIST's 2D maps give 2–3 clusters
    // without a limit and ~20 (majority shares 0.7–0.8) with a fifth of the map as the limit.
    int maxClusterSize = 0;
    int threads = 0;
};

struct MapClusters {
    std::vector<int> labels;         // per point: 0…count−1, largest cluster first; −1 = noise
    int count = 0;
    std::vector<int> sizes;          // per cluster
    std::vector<double> stability;   // per cluster (excess of mass; larger = more persistent)
    int minClusterSize = 0;          // the sizes used
    int minSamples = 0;
    int maxClusterSize = 0;
};

// A size that finds the groups a map of N points shows at a glance: 1 % of the points, within
// 5 and 5,000.
int defaultMinClusterSize(std::size_t n);

// Clusters of a map. Fails (InvalidArgument, saying why) for maps with other than 1–3 columns,
// non-finite coordinates, fewer points than twice the minimum size, or sizes below 2.
Result<MapClusters> findClusters(const Matrix& map, const ClusterOptions& options = {});

// What each cluster is: its size, the category most of its points have (categories: per point,
// −1 = none; e.g. classes or metadata values) with that share, and up to `representatives`
// points: the medoid first (the point with the least total distance to the others, estimated on
// a sample for clusters above 2,000 points), then the points nearest it.
struct ClusterSummary {
    int size = 0;
    int majority = -1;      // category, −1 when no point has one
    double share = 0.0;     // of the cluster's points with that category
    std::vector<int> representatives;
};
std::vector<ClusterSummary> summariseClusters(const Matrix& map, const std::vector<int>& clusterLabels, int count,
                                              const std::vector<int>& categories, int representatives = 4);

}  // namespace tse::tsne
