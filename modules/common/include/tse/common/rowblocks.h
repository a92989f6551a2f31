// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The rows of an N × D float matrix handed out a block at a time, so that a matrix larger than
// memory (a mapped .npy file; raw-pixel features made from the images as they are needed) can go
// through PCA in passes without ever being held whole.

#include <memory>

#include "tse/common/matrix.h"

namespace tse {

using ConstRowBlock = Eigen::Map<const Matrix>;

class RowBlocks {
public:
    virtual ~RowBlocks() = default;
    virtual Eigen::Index rows() const = 0;
    virtual Eigen::Index cols() const = 0;
    // Rows [first, first + count) (the caller keeps within rows()): a view of the source's own
    // memory when it holds float32 rows, else converted into scratch. The view is valid while
    // scratch is and until release(). Safe to call from several threads with their own scratch.
    virtual ConstRowBlock block(Eigen::Index first, Eigen::Index count, Matrix& scratch) const = 0;
    // The caller is done with those rows for this pass: a mapped file drops their pages from
    // the process (they stay in the system's page cache), so one pass over a 16 GB file does not
    // leave 16 GB resident.
    virtual void release(Eigen::Index /*first*/, Eigen::Index /*count*/) const {}
};

// A matrix in memory as row blocks (views, no copies); the matrix must outlive it.
class MatrixRows final : public RowBlocks {
public:
    explicit MatrixRows(const Matrix& matrix) : matrix_(matrix) {}
    Eigen::Index rows() const override { return matrix_.rows(); }
    Eigen::Index cols() const override { return matrix_.cols(); }
    ConstRowBlock block(Eigen::Index first, Eigen::Index count, Matrix&) const override
    {
        return ConstRowBlock(matrix_.data() + first * matrix_.cols(), count, matrix_.cols());
    }

private:
    const Matrix& matrix_;
};

// Rows per block for a pass over rows of `cols` floats: about 16 MB, at least one row.
Eigen::Index rowsPerBlock(Eigen::Index cols);

// All rows in memory (for the steps that need them whole: t-SNE without PCA, small slices).
Matrix toMatrix(const RowBlocks& source);
// Rows [first, first + count) in memory.
Matrix copyRows(const RowBlocks& source, Eigen::Index first, Eigen::Index count);

}  // namespace tse
