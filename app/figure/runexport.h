// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A run's coordinates for other tools: CSV "index,path,label[,cluster],<metadata…>,x,y[,z]"
// (cluster: when the run has clusters, −1 for noise) with the
// run's parameters and metrics in a sidecar JSON, or a float32 .npy; all items or a selection.

#include <filesystem>
#include <string>
#include <vector>

#include "tse/common/result.h"
#include "tse/imageio/dataset.h"
#include "tse/run/runrecord.h"

namespace tse::figure {

// What the dataset knows about each item (empty when the dataset is not at hand).
struct ItemDetails {
    std::vector<std::string> paths;
    std::vector<std::string> metadataColumns;
    std::vector<std::vector<std::string>> metadata;  // N × metadataColumns.size()
};

// Absolute paths and the metadata columns of a dataset's items.
ItemDetails itemDetailsOf(const imageio::Dataset& dataset);

// items: dataset indices to export in this order; empty = all.
Status writeRunCsv(const std::filesystem::path& path, const run::RunRecord& run, const ItemDetails& details,
                   const std::vector<int>& items = {});
Status writeRunNpy(const std::filesystem::path& path, const run::RunRecord& run, const std::vector<int>& items = {});
// The sidecar: run name, parameters (as in projects), metrics, timings, item count.
Status writeRunJson(const std::filesystem::path& path, const run::RunRecord& run, std::size_t exportedItems);
// coords.csv → coords.json
std::filesystem::path sidecarPath(const std::filesystem::path& csv);

}  // namespace tse::figure
