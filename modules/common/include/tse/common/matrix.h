// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one matrix type passed between modules: N rows (items) × D columns (features or
// coordinates), float32, row-major so that one item's values are contiguous.

#include <Eigen/Core>

namespace tse {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// True when every value is finite (no NaN, no ±inf).
inline bool allFinite(const Matrix& m) { return m.allFinite(); }

}  // namespace tse
