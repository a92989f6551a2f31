// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading and writing NumPy .npy files (format versions 1.0–3.0), so users can bring feature
// matrices from Python and take coordinates back. Only C-order (row-major) little-endian
// float32, float64, int32 and int64 arrays of one or two dimensions are accepted; anything
// else is a BadFormat error naming what was found.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/result.h"
#include "tse/common/rowblocks.h"

namespace tse::npy {

// A 1-D array reads as N×1.
Result<Matrix> readMatrix(const std::filesystem::path& path);
// The matrix of a .npy file mapped into memory, not read: rows are handed out in blocks (views
// for float32, converted for the other dtypes), and released blocks leave the process's resident
// memory. Every size is checked against the file as readMatrix does. The file must not be
// truncated while it is mapped (the system would stop the program on reading past its end).
class MappedMatrix final : public RowBlocks {
public:
    static Result<std::shared_ptr<const MappedMatrix>> open(const std::filesystem::path& path);
    ~MappedMatrix() override;
    MappedMatrix(const MappedMatrix&) = delete;
    MappedMatrix& operator=(const MappedMatrix&) = delete;

    Eigen::Index rows() const override { return rows_; }
    Eigen::Index cols() const override { return cols_; }
    ConstRowBlock block(Eigen::Index first, Eigen::Index count, Matrix& scratch) const override;
    void release(Eigen::Index first, Eigen::Index count) const override;
    const std::string& dtype() const { return dtype_; }

private:
    MappedMatrix() = default;
    void* mapping_ = nullptr;
    std::size_t mappingBytes_ = 0;
    std::size_t dataOffset_ = 0;
    std::size_t elementBytes_ = 0;
    std::string dtype_;
    Eigen::Index rows_ = 0, cols_ = 0;
};

// Integer labels; a float array is accepted when every value is integral.
Result<std::vector<std::int64_t>> readLabels(const std::filesystem::path& path);

Status writeMatrix(const std::filesystem::path& path, const Matrix& m);
Status writeLabels(const std::filesystem::path& path, const std::vector<std::int64_t>& labels);

// Writes an N × D float32 .npy in pieces, so a large matrix never has to be in memory at once
// (merging shards). The row count is fixed up front; close() fails unless exactly that many rows
// were appended. Nothing is left at `path` unless close() succeeds: rows go to path + ".part",
// which is renamed into place at the end.
class MatrixWriter {
public:
    static Result<MatrixWriter> open(const std::filesystem::path& path, std::int64_t rows, std::int64_t cols);
    MatrixWriter(MatrixWriter&&) noexcept;
    MatrixWriter& operator=(MatrixWriter&&) noexcept;
    ~MatrixWriter();
    Status append(const Matrix& rows);
    Status close();

private:
    MatrixWriter() = default;
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace tse::npy
