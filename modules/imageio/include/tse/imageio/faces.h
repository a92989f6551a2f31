// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Face mode for face collections: find the largest frontal face with the Haar cascade that
// Debian's opencv-data ships and crop it with a margin, so features describe the face rather
// than the background.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "tse/common/result.h"
#include "tse/imageio/image.h"

namespace tse::imageio {

struct FaceBox {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

// /usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml (package opencv-data).
std::filesystem::path defaultFaceCascade();

class FaceDetector {
public:
    static Result<FaceDetector> load(const std::filesystem::path& cascade = defaultFaceCascade());

    // The largest face, or nothing when none is found. Faces smaller than 1/20 of the short
    // side are ignored (they are mostly false positives on textures).
    std::optional<FaceBox> largestFace(const Image& image) const;

    FaceDetector(FaceDetector&&) noexcept;
    FaceDetector& operator=(FaceDetector&&) noexcept;
    ~FaceDetector();

private:
    struct Impl;
    explicit FaceDetector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The face box grown by `margin` of its size on every side (clipped to the image), so hair and
// chin are kept.
Image cropFace(const Image& image, const FaceBox& face, double margin = 0.25);

}  // namespace tse::imageio
