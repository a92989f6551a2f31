// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the CLI says about files an import skipped: every one, with its reason, one per line.

#include <ostream>
#include <string>

#include "tse/imageio/dataset.h"

namespace tse::cli {

// Also says when a folder was read back from its folder index instead of decoded.
void printSkippedFiles(const imageio::Dataset& dataset, std::ostream& err);
// The same as a JSON array of {"path", "reason"} objects.
std::string skippedFilesJson(const imageio::Dataset& dataset);

}  // namespace tse::cli
