// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the commands that write results share: the check that their output folders exist
// (before hours of work, not after) and the peak memory for reports.

#include <string>
#include <vector>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

namespace tse::cli {

// Fails, naming the file and its folder, for the first non-empty path whose folder is missing.
Status checkOutputFolders(const std::vector<std::string>& files);
// The record's coordinates as CSV (index,label,x,y[,z]) and/or float32 .npy, for paths not empty.
Status writeCoordinates(const run::RunRecord& record, const std::string& csv, const std::string& npy);
// Peak resident memory of this process in MiB (VmHWM).
double peakMemoryMiB();

}  // namespace tse::cli
