// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The project table of runs' density clusters, beside the runs table (older projects have none
// and open as before; the first save that has clusters creates it):
//   run_clusters(run_id, count, labels, settings)
//       labels: little-endian int32 per item (−1 = noise); settings: JSON of what found them.

#include <QSqlDatabase>

#include <filesystem>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

namespace tse::project::detail {

// Within the caller's transaction. Empty clusters remove the run's row.
Status writeClusters(QSqlDatabase& db, int runId, const run::ClusterLabels& clusters);
Status deleteClusters(QSqlDatabase& db, int runId);
// Fills record.clusters of a loaded run of n items (nothing when it has none), every label
// checked against the count and the item count.
Status readClusters(const QSqlDatabase& db, int runId, std::size_t n, run::RunRecord& record,
                    const std::filesystem::path& file);

}  // namespace tse::project::detail
