// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Density contours of a 2D map: a Gaussian kernel density on a grid (points binned, then
// blurred along each axis: O(N + G² · kernel), never O(N²)) and its iso-lines by marching
// squares at the levels that enclose given shares of the points (highest-density regions:
// 0.5 = the densest region holding half of the points).

#include <QPointF>

#include <vector>

#include "tse/common/matrix.h"

namespace tse::figure {

struct ContourOptions {
    int grid = 160;                          // cells per axis
    std::vector<double> shares = {0.25, 0.5, 0.75};
    double bandwidth = 0.0;                  // in map units; 0 = 2.5 % of the map's extent × (N/1000)^(−1/6)
};

// Line segments (pairs of points, in map coordinates) per level, in the order of the shares.
// Empty for maps that are not 2D, have fewer than 10 points or values that are not finite.
std::vector<std::vector<std::pair<QPointF, QPointF>>> densityContours(const Matrix& map,
                                                                      const ContourOptions& options = {});

}  // namespace tse::figure
