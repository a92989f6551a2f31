// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Raw-pixel features: every image flattened to height × width × channels values in [0, 1],
// as the MNIST demos do.

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/imageio/dataset.h"

namespace tse::features {

// Returns N × (height·width·channels), row i = dataset.image(i) / 255.
Result<Matrix> rawPixelFeatures(const imageio::Dataset& dataset, const Progress& progress = {});

}  // namespace tse::features
