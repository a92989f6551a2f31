// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The project tables behind placement, beside the runs table (older projects have neither and
// open as before; they are created by the first save that needs them):
//   reference_spaces(key, feature_count, rows, dims, pca_mean, pca_components, features)
//       one row per distinct feature space (ReferenceSpace::contentKey), shared by the runs
//       that have it: a perplexity sweep over the same PCA keeps one copy;
//   run_placement(run_id, reference_space, placed, placed_onto, placed_dataset)
//       which space a run has, and for placed runs which items were placed and onto what.
// Blobs are little-endian float32 row-major (as in memory) and one byte per placed flag.

#include <QSqlDatabase>

#include <filesystem>
#include <memory>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

namespace tse::project::detail {

// Within the caller's transaction.
Status writePlacement(QSqlDatabase& db, int runId, const run::RunRecord& record);
// Removes a run's row and every space no run refers to any more.
Status deletePlacement(QSqlDatabase& db, int runId);
// Fills placed, placedOnto and placedDataset of a loaded run of n items.
Status readPlacement(const QSqlDatabase& db, int runId, std::size_t n, run::RunRecord& record,
                     const std::filesystem::path& file);
// The space saved with the run, checked against the run's item count; InvalidArgument when the
// run was saved without one.
Result<std::shared_ptr<const run::ReferenceSpace>> readReferenceSpace(const QSqlDatabase& db, int runId,
                                                                     std::size_t items,
                                                                     const std::filesystem::path& file);

}  // namespace tse::project::detail
