// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finding a saved run by what the user typed, for the commands that take --run ID|NAME.

#include <string>

#include "tse/project/projectfile.h"

namespace tse::cli {

// The run whose id or name is `which`; the error lists the runs the project has.
Result<run::RunRecord> findRun(const project::ProjectFile& file, const std::string& which);
// The same with its feature space loaded, for placing new items on it.
Result<run::RunRecord> findRunWithSpace(const project::ProjectFile& file, const std::string& which);

}  // namespace tse::cli
