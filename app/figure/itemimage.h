// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A dataset item's pixels as a QImage, for previews, grids and image-map figures.

#include <QImage>

#include "tse/imageio/dataset.h"

namespace tse::figure {

// A deep copy of item i of the dataset as a QImage (gray or RGB).
QImage itemImage(const imageio::Dataset& dataset, std::size_t index);

}  // namespace tse::figure
