// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "runclusters.h"

#include <cmath>
#include <algorithm>
#include <cstdio>

namespace tse::app {

Result<run::ClusterLabels> findRunClusters(const run::RunRecord& run, const ClusterRequest& request)
{
    const auto n = std::size_t(run.coordinates.rows());
    if (n == 0)
        return makeError(ErrorCode::InvalidArgument, "the run has no map to find clusters on");
    if (!(request.maxClusterShare > 0.0 && request.maxClusterShare <= 1.0))
        return makeError(ErrorCode::InvalidArgument, "the largest cluster's share of the map must be above 0 and at most 1");
    if (request.minClusterSize < 0)
        return makeError(ErrorCode::InvalidArgument, "the minimum cluster size cannot be negative");
    tsne::ClusterOptions options;
    options.minClusterSize = request.minClusterSize;
    options.selection = request.leaves ? tsne::ClusterSelection::Leaves : tsne::ClusterSelection::ExcessOfMass;
    options.maxClusterSize = request.maxClusterShare >= 1.0 ? 0 : int(std::ceil(request.maxClusterShare * double(n)));
    options.threads = request.threads;
    auto found = tsne::findClusters(run.coordinates, options);
    if (!found)
        return found.error();
    run::ClusterLabels labels;
    labels.labels = std::move(found->labels);
    labels.count = found->count;
    labels.minClusterSize = found->minClusterSize;
    labels.maxClusterSize = found->maxClusterSize;
    labels.leaves = request.leaves;
    return labels;
}

std::vector<NamedCluster> nameClusters(const run::RunRecord& run, const std::vector<int>& categories,
                                       const std::vector<std::string>& categoryNames, int representatives)
{
    std::vector<NamedCluster> named;
    const auto summaries = tsne::summariseClusters(run.coordinates, run.clusters.labels, run.clusters.count,
                                                   categories, representatives);
    for (std::size_t c = 0; c < summaries.size(); ++c) {
        const auto& s = summaries[c];
        std::string name;
        if (s.majority >= 0 && std::size_t(s.majority) < categoryNames.size()) {
            char share[16];
            std::snprintf(share, sizeof share, " %d %%", int(std::lround(100.0 * s.share)));
            name = categoryNames[std::size_t(s.majority)] + share;
        } else {
            name = "Cluster " + std::to_string(c + 1);
        }
        named.push_back({std::move(name), s});
    }
    return named;
}

std::vector<NamedCluster> nameClusters(const run::RunRecord& run, int representatives)
{
    return nameClusters(run, run.labels, run.classNames, representatives);
}

std::vector<std::string> clusterLegendNames(const run::RunRecord& run, const std::vector<NamedCluster>& named)
{
    const std::size_t width = std::to_string(std::max<std::size_t>(named.size(), 1)).size();
    std::vector<std::string> names(named.size());
    for (std::size_t c = 0; c < named.size(); ++c) {
        const std::string number = std::to_string(c + 1);
        names[c] = std::string(width - number.size(), '0') + number + " \u00b7 " + named[c].name;
    }
    const std::vector<int>& labels = run.clusters.labels;
    std::vector<std::string> perItem(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0 && std::size_t(labels[i]) < names.size())
            perItem[i] = names[std::size_t(labels[i])];
    return perItem;
}

}  // namespace tse::app
