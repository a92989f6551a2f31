// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// tsne-explorer-cli cluster submit|status|resubmit: plans of Slurm array jobs (app/cluster/slurmplan.h).

#include <iosfwd>
#include <string>
#include <vector>

namespace tse::cli {

// args: everything after "cluster". Returns the exit code; errors as one line on err.
int runCluster(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
std::string clusterUsage();

}  // namespace tse::cli
