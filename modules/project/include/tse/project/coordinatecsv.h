// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Coordinates as CSV: header "index,label[,cluster],x,y[,z]", one row per item in dataset order.
// The label column holds the class name (quoted when it needs to be); the cluster column, when
// clusters are given, the map's density cluster (−1 = noise). Written atomically: the
// file either keeps its old content or has the complete new one.

#include <filesystem>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/result.h"

namespace tse::project {

Status writeCoordinatesCsv(const std::filesystem::path& path, const Matrix& coordinates,
                           const std::vector<int>& labels, const std::vector<std::string>& classNames,
                           const std::vector<int>& clusters = {});

// Quotes a CSV field when it contains a comma, quote or line break (RFC 4180).
std::string csvField(const std::string& text);

}  // namespace tse::project
