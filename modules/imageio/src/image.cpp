// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/imageio/image.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "decode.h"
#include "tse/imageio/folderreader.h"
#include "eightbit.h"

namespace tse::imageio {
namespace fs = std::filesystem;

namespace detail {

cv::Mat toEightBit(const cv::Mat& image, bool gray)
{
    cv::Mat eight;
    if (image.depth() == CV_8U) {
        eight = image;
    } else if (image.depth() == CV_16U) {
        image.convertTo(eight, CV_8U, 1.0 / 257.0);
    } else {
        double lo = 0, hi = 1;
        cv::minMaxLoc(image.reshape(1), &lo, &hi);
        image.convertTo(eight, CV_8U, hi > lo ? 255.0 / (hi - lo) : 1.0, hi > lo ? -lo * 255.0 / (hi - lo) : 0.0);
    }
    cv::Mat out;
    const int c = eight.channels();
    if (gray) {
        if (c == 1) out = eight;
        else if (c == 3) cv::cvtColor(eight, out, cv::COLOR_BGR2GRAY);
        else cv::cvtColor(eight, out, cv::COLOR_BGRA2GRAY);
    } else {
        if (c == 1) cv::cvtColor(eight, out, cv::COLOR_GRAY2RGB);
        else if (c == 3) cv::cvtColor(eight, out, cv::COLOR_BGR2RGB);
        else cv::cvtColor(eight, out, cv::COLOR_BGRA2RGB);
    }
    return out;
}
}  // namespace detail

namespace {

Image fromMat(const cv::Mat& mat)
{
    Image image;
    image.width = mat.cols;
    image.height = mat.rows;
    image.channels = mat.channels();
    image.pixels.resize(std::size_t(mat.rows) * mat.cols * mat.channels());
    for (int y = 0; y < mat.rows; ++y)
        std::copy_n(mat.ptr<std::uint8_t>(y), std::size_t(mat.cols) * mat.channels(),
                    image.pixels.data() + std::size_t(y) * mat.cols * mat.channels());
    return image;
}

cv::Mat asMat(const Image& image)
{
    return cv::Mat(image.height, image.width, CV_8UC(image.channels), const_cast<std::uint8_t*>(image.pixels.data()));
}

}  // namespace

Result<Image> readImageFile(const fs::path& path)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return makeError(ErrorCode::FileNotFound, path.string() + " does not exist");
    // The same pixel limit as an import (FolderOptions::maxPixels): the file may have
    // changed since it was imported.
    if (const auto claimed = detail::claimedImageSize(path);
        claimed && std::uint64_t(claimed->width) * claimed->height > FolderOptions{}.maxPixels)
        return makeError(ErrorCode::BadFormat, path.string() + ": image too large (" + std::to_string(claimed->width) +
                                                   "×" + std::to_string(claimed->height) + " pixels)");
    const auto decoded = detail::decodeImage(path);
    if (decoded.image.empty())
        return makeError(ErrorCode::BadFormat, path.string() + ": " + decoded.reason);
    return fromMat(detail::toEightBit(decoded.image, decoded.image.channels() == 1));
}

Result<Image> loadOriginalImage(const Dataset& dataset, std::size_t i)
{
    if (i >= dataset.size())
        return makeError(ErrorCode::InvalidArgument, "item " + std::to_string(i) + " is outside the dataset");
    if (i < dataset.itemPaths.size() && !dataset.itemPaths[i].empty()) {
        fs::path path = dataset.itemPaths[i];
        if (path.is_relative())
            path = fs::path(dataset.source) / path;
        return readImageFile(path);
    }
    Image image;
    image.width = dataset.width;
    image.height = dataset.height;
    image.channels = dataset.channels;
    image.pixels.assign(dataset.image(i), dataset.image(i) + dataset.imageBytes());
    return image;
}

Image crop(const Image& image, int x, int y, int width, int height)
{
    const int x0 = std::clamp(x, 0, image.width), y0 = std::clamp(y, 0, image.height);
    const int x1 = std::clamp(x + width, x0, image.width), y1 = std::clamp(y + height, y0, image.height);
    Image out;
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.channels = image.channels;
    out.pixels.resize(std::size_t(out.width) * out.height * out.channels);
    for (int row = 0; row < out.height; ++row)
        std::copy_n(image.at(x0, y0 + row), std::size_t(out.width) * out.channels,
                    out.pixels.data() + std::size_t(row) * out.width * out.channels);
    return out;
}

Image resized(const Image& image, int width, int height)
{
    if (image.empty() || width <= 0 || height <= 0)
        return {};
    cv::Mat out;
    cv::resize(asMat(image), out, cv::Size(width, height), 0, 0,
               width < image.width ? cv::INTER_AREA : cv::INTER_LINEAR);
    return fromMat(out);
}

}  // namespace tse::imageio
