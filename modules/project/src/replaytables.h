// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The project table of runs' replay frames (run/mapreplay.h), beside the runs table (older
// projects have none; the first save of a run with frames creates it):
//   run_replay(run_id, items, dims, iterations, offsets, steps, frame_values)
//       little-endian int32 iterations, float32 offsets and steps (frames × dims), uint16 values
//       (frames × items × dims).

#include <QSqlDatabase>

#include <filesystem>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

namespace tse::project::detail {

// Within the caller's transaction; nothing for a run without frames.
Status writeReplay(QSqlDatabase& db, int runId, const run::MapReplay& replay);
Status deleteReplay(QSqlDatabase& db, int runId);
// Fills record.replay of a loaded run of n items × dims (nothing when it has none), every size
// checked against the bytes present before anything is allocated.
Status readReplay(const QSqlDatabase& db, int runId, std::size_t n, int dims, run::RunRecord& record,
                  const std::filesystem::path& file);

}  // namespace tse::project::detail
