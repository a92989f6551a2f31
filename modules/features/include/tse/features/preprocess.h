// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// ImageNet preprocessing exactly as torchvision documents it for its classification models:
// Resize(256) on the short side with PIL's antialiased bilinear filter, CenterCrop(224),
// ToTensor (scale to [0, 1]) and Normalize(mean, std); gray images are repeated to 3 channels.
// The resize reproduces Pillow's fixed-point arithmetic, so the network sees the same input
// as in Python.

#include <array>

#include "tse/imageio/image.h"

namespace tse::features {

struct ImagePreprocessing {
    int resizeShortSide = 256;
    int cropSize = 224;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};

    // For models whose input is `inputSize`: the short side is resized by the same 256/224
    // ratio torchvision uses.
    static ImagePreprocessing forInputSize(int inputSize);
};

// Pillow's Image.resize(..., BILINEAR) for 8-bit gray or RGB images.
imageio::Image resizeLikePillow(const imageio::Image& image, int width, int height);

// Writes 3 × cropSize × cropSize floats (CHW) to out.
void preprocessImage(const imageio::Image& image, const ImagePreprocessing& settings, float* out);

}  // namespace tse::features
