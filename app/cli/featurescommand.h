// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <iosfwd>

#include "clioptions.h"

namespace tse::cli {

// `features`: writes the feature matrix, its labels and the list of files; returns the exit code.
int runFeatures(const FeaturesCommand& command, std::ostream& out, std::ostream& err);
// `download-weights`: fetches torchvision's VGG weights into the torch hub cache.
int runDownload(const DownloadCommand& command, std::ostream& out, std::ostream& err);

}  // namespace tse::cli
