// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What placing new items on a finished map needs (tse::tsne::placePoints): the feature space of
// the run's t-SNE input. A run keeps it in memory when it finishes; projects save it (one copy
// shared by every run with the same space) and load it on demand.

#include <cstddef>
#include <memory>
#include <string>

#include "tse/common/matrix.h"
#include "tse/common/result.h"

namespace tse::run {

struct ReferenceSpace {
    std::size_t featureCount = 0;  // D: features per item before PCA
    Eigen::VectorXf pcaMean;       // D; empty when the run used no PCA
    Matrix pcaComponents;          // k × D, orthonormal rows; empty when the run used no PCA
    std::shared_ptr<const Matrix> features;  // N × k (N × D without PCA): what t-SNE embedded

    bool hasPca() const { return pcaComponents.rows() > 0; }
    std::size_t items() const { return features ? static_cast<std::size_t>(features->rows()) : 0; }
    // Dimensions of the space new items are placed in: k, or D without PCA.
    std::size_t dimensions() const { return features ? static_cast<std::size_t>(features->cols()) : 0; }

    // New items' features (M × D) in this space: (X − mean)·componentsᵀ, or X without PCA.
    // Fails when X does not have D columns (the message gives both counts).
    Result<Matrix> project(const Matrix& newFeatures) const;
    // Checks that the parts fit together (after loading a file): D, k and N agree, all finite.
    Status check() const;
    // A content hash (16 hex digits) that names the space in a project.
    std::string contentKey() const;
};

}  // namespace tse::run
