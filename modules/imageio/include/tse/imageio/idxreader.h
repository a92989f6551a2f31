// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// IDX files as used by MNIST and Fashion-MNIST, gzipped or not.

#include <filesystem>
#include <optional>
#include <vector>

#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/imageio/dataset.h"

namespace tse::imageio {

// Reads an idx3-ubyte image file. When labelsPath is not given, the labels file is looked for
// beside it (…images-idx3-ubyte[.gz] → …labels-idx1-ubyte[.gz]); without one, labels are -1.
// classNames are 0…9 unless a classes.txt (one name per line) sits beside the images.
Result<Dataset> readIdx(const std::filesystem::path& imagesPath,
                        std::optional<std::filesystem::path> labelsPath = std::nullopt,
                        const Progress& progress = {});

// The labels file that belongs to an images file, if one exists beside it.
std::optional<std::filesystem::path> findIdxLabels(const std::filesystem::path& imagesPath);

// True when the file starts with an IDX magic number (after gunzip).
bool looksLikeIdx(const std::filesystem::path& path);

// Appends b's items to a (same image size and class names required).
Status appendDataset(Dataset& a, const Dataset& b);

}  // namespace tse::imageio
