// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// How a map formed: snapshots of the coordinates every few iterations, kept compact so that a
// saved run can be replayed. Each frame is quantised to 16 bits per coordinate over its own
// bounding box (the error is at most 1/131070 of the frame's extent per axis plus float
// rounding, far below a pixel), and the frames are spaced so that they fit a stated budget of bytes.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "tse/common/matrix.h"

namespace tse::run {

// 10 MB (decimal): a 3D run of 70,000 points over 1,000 iterations keeps 23 frames.
constexpr std::size_t kDefaultReplayBudgetBytes = 10'000'000;

class MapReplay {
public:
    MapReplay() = default;
    MapReplay(int items, int dimensions) : items_(items), dimensions_(dimensions) {}

    // Every how many iterations a frame is kept so that the frames of a run (the start, every
    // interval-th iteration and the last) fit in budgetBytes; 0 when not even two fit.
    static int intervalFor(int iterations, std::size_t items, int dimensions, std::size_t budgetBytes);
    static std::size_t frameBytes(std::size_t items, int dimensions);

    // Adds the coordinates (items × dimensions) at an iteration; false on a shape mismatch or
    // non-finite values (the frame is then not kept).
    bool add(int iteration, const Matrix& coordinates);
    int frameCount() const { return static_cast<int>(iterations_.size()); }
    int items() const { return items_; }
    int dimensions() const { return dimensions_; }
    bool empty() const { return iterations_.empty(); }
    const std::vector<int>& iterations() const { return iterations_; }
    // The coordinates of frame k (dequantised).
    Matrix frame(int k) const;
    // Bytes the frames take (what a project stores).
    std::size_t bytes() const;

    // The stored form: per frame its iteration and, per axis, offset and step; the values
    // frame by frame, item by item, axis by axis.
    const std::vector<float>& offsets() const { return offsets_; }
    const std::vector<float>& steps() const { return steps_; }
    const std::vector<std::uint16_t>& values() const { return values_; }
    // Rebuilt from the stored form; false (and empty) when the parts do not fit together.
    bool assign(int items, int dimensions, std::vector<int> iterations, std::vector<float> offsets,
                std::vector<float> steps, std::vector<std::uint16_t> values);

    bool operator==(const MapReplay&) const = default;

private:
    int items_ = 0;
    int dimensions_ = 0;
    std::vector<int> iterations_;
    std::vector<float> offsets_, steps_;  // frames × dimensions
    std::vector<std::uint16_t> values_;   // frames × items × dimensions
};

}  // namespace tse::run
