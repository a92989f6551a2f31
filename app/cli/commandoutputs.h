// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the commands that write results share: the check that their output folders exist
// (before hours of work, not after) and the peak memory for reports.

#include <string>
#include <vector>

#include "tse/common/result.h"

namespace tse::cli {

// Fails, naming the file and its folder, for the first non-empty path whose folder is missing.
Status checkOutputFolders(const std::vector<std::string>& files);
// Peak resident memory of this process in MiB (VmHWM).
double peakMemoryMiB();

}  // namespace tse::cli
