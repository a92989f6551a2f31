// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/features/rawpixels.h"

namespace tse::features {
namespace {

constexpr float kPixelScale = 1.0f / 255.0f;

}  // namespace

ConstRowBlock RawPixelRows::block(Eigen::Index first, Eigen::Index count, Matrix& scratch) const
{
    const auto d = cols();
    scratch.resize(count, d);
    const std::uint8_t* src = dataset_.pixelData() + std::size_t(first) * std::size_t(d);
    float* dst = scratch.data();
    for (Eigen::Index k = 0; k < count * d; ++k)
        dst[k] = src[k] * kPixelScale;
    return ConstRowBlock(scratch.data(), count, d);
}

Status checkRawPixels(const imageio::Dataset& dataset)
{
    if (dataset.size() == 0 || dataset.imageBytes() == 0)
        return makeError(ErrorCode::InvalidArgument, "the dataset '" + dataset.name + "' has no images");
    if (dataset.pixelBytes() != dataset.size() * dataset.imageBytes())
        return makeError(ErrorCode::Internal, "the dataset '" + dataset.name + "' has inconsistent pixel data");
    return Status::success();
}

Result<Matrix> rawPixelFeatures(const imageio::Dataset& dataset, const Progress& progress)
{
    const auto n = static_cast<Eigen::Index>(dataset.size());
    const auto d = static_cast<Eigen::Index>(dataset.imageBytes());
    if (auto usable = checkRawPixels(dataset); !usable)
        return usable.error();
    Matrix features;
    try {
        features.resize(n, d);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, "not enough memory for a " + std::to_string(n) + "×" +
                                                     std::to_string(d) + " feature matrix");
    }
    const Eigen::Index chunk = 4096;
    for (Eigen::Index first = 0; first < n; first += chunk) {
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, "feature extraction was cancelled");
        const Eigen::Index last = std::min(n, first + chunk);
        const std::uint8_t* src = dataset.pixelData() + first * d;
        float* dst = features.data() + first * d;
        for (Eigen::Index k = 0; k < (last - first) * d; ++k)
            dst[k] = src[k] * kPixelScale;
        dataset.releaseImages(std::size_t(first), std::size_t(last - first));
        progress.report("Raw pixel features", double(last) / double(n));
    }
    return features;
}

}  // namespace tse::features
