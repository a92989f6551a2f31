// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/imageio/dataset.h"

#include <algorithm>
#include <cstdio>

namespace tse::imageio {

std::string Dataset::itemName(std::size_t i) const
{
    if (i < itemPaths.size() && !itemPaths[i].empty())
        return itemPaths[i];
    return source + "#" + std::to_string(i);
}

std::string Dataset::className(int label) const
{
    if (label >= 0 && label < static_cast<int>(classNames.size()))
        return classNames[label];
    return label < 0 ? std::string("(unlabelled)") : std::to_string(label);
}

std::vector<std::size_t> Dataset::classCounts() const
{
    std::vector<std::size_t> counts(classNames.size(), 0);
    for (int label : labels)
        if (label >= 0 && label < static_cast<int>(counts.size()))
            ++counts[label];
    return counts;
}

void Dataset::releaseImages(std::size_t first, std::size_t count) const
{
    if (pixelFile)
        pixelFile->release(pixelOffset + first * imageBytes(), count * imageBytes());
}

void Dataset::loadPixels()
{
    if (!pixelFile)
        return;
    pixels.assign(pixelData(), pixelData() + pixelBytes());
    pixelFile.reset();
    pixelOffset = 0;
}

std::string Dataset::contentHash() const
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* data, std::size_t bytes) {
        const auto* p = static_cast<const std::uint8_t*>(data);
        for (std::size_t i = 0; i < bytes; ++i) {
            h ^= p[i];
            h *= 1099511628211ull;
        }
    };
    const int shape[3] = {width, height, channels};
    mix(shape, sizeof shape);
    // A block at a time, so that a mapped store's pages leave resident memory once hashed.
    const std::size_t perBlock = std::max<std::size_t>(1, (std::size_t(64) << 20) / std::max<std::size_t>(1, imageBytes()));
    if (pixelFile) {
        for (std::size_t first = 0; first < size(); first += perBlock) {
            const std::size_t count = std::min(perBlock, size() - first);
            mix(image(first), count * imageBytes());
            releaseImages(first, count);
        }
    } else {
        mix(pixels.data(), pixels.size());
    }
    mix(labels.data(), labels.size() * sizeof(int));
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

}  // namespace tse::imageio
