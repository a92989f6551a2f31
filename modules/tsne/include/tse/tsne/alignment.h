// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Comparing maps: t-SNE maps are defined only up to translation, rotation and reflection, so
// they are aligned before they are compared.

#include "tse/common/matrix.h"

namespace tse::tsne {

// `moving` (N × d) turned onto `reference` (N × d, same items in the same order): both are
// centred on the reference's centroid and `moving` is multiplied by the orthogonal matrix R
// (rotation or rotation + reflection) that minimises ‖moving·R − reference‖ (orthogonal
// Procrustes, via the SVD of movingᵀ·reference). No scaling: distances are kept.
Matrix procrustesAlign(const Matrix& reference, const Matrix& moving);

// Mean fraction of each item's k nearest neighbours that two maps share (1 = same
// neighbourhoods); exact, O(N²·d).
double neighbourhoodAgreement(const Matrix& a, const Matrix& b, int k = 10, int threads = 0);

// Distance each item moved between two aligned maps.
Eigen::VectorXf displacement(const Matrix& a, const Matrix& b);

}  // namespace tse::tsne
