// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finding and opening datasets by a short specification, as the CLI and the dataset browser
// name them:
//   "sample"         the bundled 3,000-image Fashion-MNIST sample
//   "fashion-mnist"  all 70,000 images of Debian's dataset-fashion-mnist (train then test)
//   a folder         a folder of images (see folderreader.h)
//   an IDX file      MNIST-style images, labels found beside it

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/imageio/dataset.h"
#include "tse/imageio/folderreader.h"

namespace tse::imageio {

struct DatasetEntry {
    std::string spec;         // what openDataset() takes
    std::string displayName;  // e.g. "Fashion-MNIST sample (3,000)"
    std::size_t itemCount = 0;
};

// Where the bundled sample lives: $TSE_SAMPLE_DIR, the install prefix beside the running
// executable, or the source tree. Empty when none exists.
std::optional<std::filesystem::path> locateSampleDirectory();
// The folder of Debian's dataset-fashion-mnist when it is installed.
std::optional<std::filesystem::path> locateFashionMnist();

// The datasets that are available without the user choosing a file.
std::vector<DatasetEntry> builtInDatasets();

Result<Dataset> openDataset(const std::string& spec, const FolderOptions& folderOptions = {},
                            const Progress& progress = {});

}  // namespace tse::imageio
