// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/common/rowblocks.h"

#include <algorithm>

namespace tse {

Eigen::Index rowsPerBlock(Eigen::Index cols)
{
    constexpr Eigen::Index kBlockFloats = Eigen::Index(1) << 22;  // 16 MB of float32
    return std::max<Eigen::Index>(1, kBlockFloats / std::max<Eigen::Index>(1, cols));
}

Matrix copyRows(const RowBlocks& source, Eigen::Index first, Eigen::Index count)
{
    Matrix out(count, source.cols());
    Matrix scratch;
    const Eigen::Index step = rowsPerBlock(source.cols());
    for (Eigen::Index at = 0; at < count; at += step) {
        const Eigen::Index rows = std::min(step, count - at);
        out.middleRows(at, rows) = source.block(first + at, rows, scratch);
        source.release(first + at, rows);
    }
    return out;
}

Matrix toMatrix(const RowBlocks& source) { return copyRows(source, 0, source.rows()); }

}  // namespace tse
