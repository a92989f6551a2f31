// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the importers: whatever OpenCV decoded, as 8-bit gray or RGB.

#include <opencv2/core.hpp>

namespace tse::imageio::detail {

// Converts 8/16-bit or float images with 1, 3 or 4 channels in OpenCV's BGR order to 8-bit
// gray or RGB.
cv::Mat toEightBit(const cv::Mat& image, bool gray);

}  // namespace tse::imageio::detail
