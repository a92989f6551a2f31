// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/run/mapreplay.h"

#include <algorithm>
#include <cmath>

namespace tse::run {

std::size_t MapReplay::frameBytes(std::size_t items, int dimensions)
{
    const std::size_t d = std::size_t(std::max(dimensions, 0));
    return items * d * sizeof(std::uint16_t) + 2 * d * sizeof(float) + sizeof(int);
}

int MapReplay::intervalFor(int iterations, std::size_t items, int dimensions, std::size_t budgetBytes)
{
    const std::size_t perFrame = frameBytes(items, dimensions);
    if (iterations < 1 || perFrame == 0)
        return 0;
    const std::size_t fitting = budgetBytes / perFrame;
    if (fitting < 2)
        return 0;
    // Frames: the start, every interval-th iteration, and the last when it falls between.
    // ceil(iterations / interval) + 1 ≤ fitting.
    for (int interval = 1; interval <= iterations; ++interval)
        if (std::size_t((iterations + interval - 1) / interval) + 1 <= fitting)
            return interval;
    return iterations;
}

bool MapReplay::add(int iteration, const Matrix& c)
{
    if (c.rows() != items_ || c.cols() != dimensions_ || items_ <= 0 || !c.allFinite())
        return false;
    iterations_.push_back(iteration);
    values_.reserve(values_.size() + std::size_t(items_) * std::size_t(dimensions_));
    const std::size_t first = values_.size();
    values_.resize(first + std::size_t(items_) * std::size_t(dimensions_));
    for (int d = 0; d < dimensions_; ++d) {
        const float lo = c.col(d).minCoeff(), hi = c.col(d).maxCoeff();
        const float step = hi > lo ? (hi - lo) / 65535.0f : 0.0f;
        offsets_.push_back(lo);
        steps_.push_back(step);
        for (int i = 0; i < items_; ++i) {
            const float q = step > 0.0f ? std::round((c(i, d) - lo) / step) : 0.0f;
            values_[first + std::size_t(i) * std::size_t(dimensions_) + std::size_t(d)] =
                static_cast<std::uint16_t>(std::clamp(q, 0.0f, 65535.0f));
        }
    }
    return true;
}

Matrix MapReplay::frame(int k) const
{
    if (k < 0 || k >= frameCount())
        return {};
    Matrix out(items_, dimensions_);
    const std::size_t first = std::size_t(k) * std::size_t(items_) * std::size_t(dimensions_);
    for (int d = 0; d < dimensions_; ++d) {
        const float lo = offsets_[std::size_t(k) * std::size_t(dimensions_) + std::size_t(d)];
        const float step = steps_[std::size_t(k) * std::size_t(dimensions_) + std::size_t(d)];
        for (int i = 0; i < items_; ++i)
            out(i, d) = lo + step * float(values_[first + std::size_t(i) * std::size_t(dimensions_) + std::size_t(d)]);
    }
    return out;
}

std::size_t MapReplay::bytes() const { return std::size_t(frameCount()) * frameBytes(std::size_t(items_), dimensions_); }

bool MapReplay::assign(int items, int dimensions, std::vector<int> iterations, std::vector<float> offsets,
                       std::vector<float> steps, std::vector<std::uint16_t> values)
{
    *this = MapReplay();
    const std::size_t frames = iterations.size();
    if (items <= 0 || dimensions < 1 || dimensions > 3 || offsets.size() != frames * std::size_t(dimensions) ||
        steps.size() != offsets.size() || values.size() / std::size_t(items) / std::size_t(dimensions) != frames ||
        values.size() % (std::size_t(items) * std::size_t(dimensions)) != 0)
        return false;
    for (std::size_t k = 0; k < offsets.size(); ++k)
        if (!std::isfinite(offsets[k]) || !std::isfinite(steps[k]) || steps[k] < 0.0f)
            return false;
    for (std::size_t k = 1; k < frames; ++k)
        if (iterations[k] <= iterations[k - 1])
            return false;
    items_ = items;
    dimensions_ = dimensions;
    iterations_ = std::move(iterations);
    offsets_ = std::move(offsets);
    steps_ = std::move(steps);
    values_ = std::move(values);
    return true;
}

}  // namespace tse::run
