// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <iosfwd>

#include "clioptions.h"
#include "tse/tsne/placement.h"

namespace tse::cli {

// Runs `place`: 0 when the placed run was saved, 1 with a one-line reason on err otherwise (the
// project is then unchanged).
int runPlace(const PlaceCommand& command, std::ostream& out, std::ostream& err);
// The placement options the command asks for (the seed is the run's own).
tsne::PlacementOptions placementOptions(const PlaceCommand& command, const run::RunRecord& reference);

}  // namespace tse::cli
