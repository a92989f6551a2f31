// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// One image at its own size, 8-bit gray or RGB: what feature extractors that do their own
// resizing (VGG, TorchScript models) start from.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "tse/common/result.h"
#include "tse/imageio/dataset.h"

namespace tse::imageio {

struct Image {
    int width = 0;
    int height = 0;
    int channels = 0;  // 1 (gray) or 3 (RGB)
    std::vector<std::uint8_t> pixels;  // height × width × channels, row-major, interleaved

    bool empty() const { return pixels.empty(); }
    const std::uint8_t* at(int x, int y) const { return pixels.data() + (std::size_t(y) * width + x) * channels; }
};

// Reads any format OpenCV decodes, applies EXIF orientation and converts 16-bit, float and
// RGBA images to 8-bit gray (when the file is gray) or RGB.
Result<Image> readImageFile(const std::filesystem::path& path);

// Item i at its best available resolution: the original file for folder imports (paths are
// relative to dataset.source), else the in-memory pixels (IDX datasets are stored at full size).
Result<Image> loadOriginalImage(const Dataset& dataset, std::size_t i);

// The part of an image inside [x, x+width) × [y, y+height), clipped to the image.
Image crop(const Image& image, int x, int y, int width, int height);

// Area/bilinear resize to exactly width × height (aspect not kept); used for thumbnails and
// raw-pixel features of cropped faces.
Image resized(const Image& image, int width, int height);

}  // namespace tse::imageio
