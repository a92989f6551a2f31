// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `embed … --sweep perplexity=5,15,30,50 [--sweep learning-rate=auto,200]`: every combination a
// run (pipeline/sweep.h), run one after another sharing features, PCA and affinities; each
// member's coordinates in FILE-<member>.csv/.npy, saved as a run of the project, summed up in a
// table (KL, 10-NN accuracy, trustworthiness, seconds) and the report.

#include <iosfwd>

#include "clioptions.h"
#include "pipeline/executerun.h"
#include "pipeline/featurecache.h"

namespace tse::cli {

// `fitted`: the command's parameters fitted to the input (the members vary them).
int runSweep(const EmbedCommand& command, const app::RunInput& input, const run::RunParameters& fitted,
             std::ostream& out, std::ostream& err);

// What embed and its sweep run with: the stage and feature caches, console progress, replay
// frames for runs saved to a project, the exact KL for reports, the clusters asked for.
app::RunHooks embedHooks(const EmbedCommand& command, app::StageCache& cache, const app::FeatureDiskCache& disk,
                         std::ostream& err);
// --min-cluster-size that no two clusters of `items` could have is refused before the work.
Status clusterSizeFits(const EmbedCommand& command, std::size_t items);

// FILE.csv → FILE-perplexity5-learning-rate-auto.csv: a name per member beside the one asked for.
std::string memberPath(const std::string& path, const std::string& label);

}  // namespace tse::cli
