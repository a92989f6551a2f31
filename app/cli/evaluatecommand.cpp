// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "evaluatecommand.h"

#include <algorithm>

#include <iomanip>
#include <ostream>

#include "tse/common/npy.h"
#include "tse/tsne/affinities.h"
#include "tse/tsne/metrics.h"
#include "tse/tsne/options.h"

namespace tse::cli {
namespace {

// The exact KL needs all N² pairs: affordable up to here.
constexpr Eigen::Index kExactKlLimit = 20000;

}  // namespace

int runEvaluate(const EvaluateCommand& command, std::ostream& out, std::ostream& err)
{
    auto fail = [&](const std::string& message) {
        err << "error: " << message << "\n";
        return 1;
    };
    auto features = npy::readMatrix(command.features);
    if (!features)
        return fail(features.error().message);
    auto coordinates = npy::readMatrix(command.coordinates);
    if (!coordinates)
        return fail(coordinates.error().message);
    if (features->rows() != coordinates->rows())
        return fail(command.coordinates + " has " + std::to_string(coordinates->rows()) + " rows but " +
                    command.features + " has " + std::to_string(features->rows()));
    if (!features->allFinite() || !coordinates->allFinite())
        return fail("the inputs contain NaN or infinite values");
    const auto n = static_cast<std::size_t>(features->rows());
    if (command.perplexity > tsne::maxPerplexity(n))
        return fail("perplexity " + std::to_string(command.perplexity) + " is too large for " + std::to_string(n) +
                    " items");

    // k below N / 2, as the neighbourhood measures need (the k used is printed).
    const int k = std::max(1, std::min(command.k, static_cast<int>((n - 1) / 2)));
    out << std::setprecision(6) << "{\"items\": " << n << ", \"k\": " << k;
    if (features->rows() <= kExactKlLimit) {
        auto p = tsne::computeAffinities(features.value(), command.perplexity, false, command.threads > 0 ? command.threads : 0,
                                         {}, tsne::NeighbourSearch::Exact);
        if (!p)
            return fail(p.error().message);
        out << ", \"kl_divergence_exact\": " << tsne::exactKlDivergence(p.value(), coordinates.value(), command.threads);
    }
    if (!command.labelsNpy.empty()) {
        auto labels = npy::readLabels(command.labelsNpy);
        if (!labels)
            return fail(labels.error().message);
        if (labels->size() != n)
            return fail(command.labelsNpy + " has " + std::to_string(labels->size()) + " labels for " +
                        std::to_string(n) + " items");
        const std::vector<int> asInt(labels->begin(), labels->end());
        out << ", \"knn_accuracy\": " << tsne::knnAccuracy(coordinates.value(), asInt, k, command.threads);
    }
    const auto m = tsne::neighbourhoodMetrics(features.value(), coordinates.value(), k, 10000, command.threads);
    out << ", \"trustworthiness\": " << m.trustworthiness << ", \"continuity\": " << m.continuity
        << ", \"knn_preservation\": " << m.knnPreservation << ", \"metric_queries\": " << m.queries << "}\n";
    return 0;
}

}  // namespace tse::cli
