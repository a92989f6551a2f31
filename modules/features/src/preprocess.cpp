// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/features/preprocess.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tse::features {
namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;  // Pillow's fixed-point precision for 8-bit images

// Pillow's precompute_coeffs + normalize_coeffs_8bpc for the bilinear (triangle) filter:
// per output pixel, the first input index, the count, and integer weights.
struct Coefficients {
    int kernelSize = 0;
    std::vector<int> first, count;
    std::vector<int> weights;  // outSize × kernelSize
};

Coefficients coefficients(int inSize, int outSize)
{
    const double scale = double(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = 1.0 * filterScale;
    Coefficients c;
    c.kernelSize = int(std::ceil(support)) * 2 + 1;
    c.first.resize(outSize);
    c.count.resize(outSize);
    c.weights.assign(std::size_t(outSize) * c.kernelSize, 0);
    std::vector<double> k(c.kernelSize);
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = (xx + 0.5) * scale;
        const double ss = 1.0 / filterScale;
        int xmin = int(center - support + 0.5);
        xmin = std::max(xmin, 0);
        int xmax = int(center + support + 0.5);
        xmax = std::min(xmax, inSize) - xmin;
        double total = 0.0;
        for (int x = 0; x < xmax; ++x) {
            const double t = std::abs((x + xmin - center + 0.5) * ss);
            k[x] = t < 1.0 ? 1.0 - t : 0.0;
            total += k[x];
        }
        for (int x = 0; x < xmax; ++x) {
            const double w = total != 0.0 ? k[x] / total : k[x];
            c.weights[std::size_t(xx) * c.kernelSize + x] =
                w < 0 ? int(-0.5 + w * (1 << kPrecisionBits)) : int(0.5 + w * (1 << kPrecisionBits));
        }
        c.first[xx] = xmin;
        c.count[xx] = xmax;
    }
    return c;
}

std::uint8_t clip8(long long value)
{
    value >>= kPrecisionBits;
    return std::uint8_t(std::clamp(value, 0LL, 255LL));
}

}  // namespace

ImagePreprocessing ImagePreprocessing::forInputSize(int inputSize)
{
    ImagePreprocessing p;
    p.cropSize = inputSize;
    p.resizeShortSide = int(std::lround(inputSize * 256.0 / 224.0));
    return p;
}

imageio::Image resizeLikePillow(const imageio::Image& in, int width, int height)
{
    if (in.width == width && in.height == height)
        return in;
    const int ch = in.channels;
    const Coefficients horizontal = coefficients(in.width, width);
    const Coefficients vertical = coefficients(in.height, height);
    // Horizontal pass over the rows the vertical pass will use, then the vertical pass; each
    // rounds to 8 bits like Pillow does.
    const int firstRow = vertical.first.front();
    const int lastRow = vertical.first.back() + vertical.count.back();
    imageio::Image temp = in;
    int rowShift = 0;
    if (width != in.width) {
        temp.width = width;
        temp.height = lastRow - firstRow;
        temp.pixels.assign(std::size_t(temp.width) * temp.height * ch, 0);
        for (int y = 0; y < temp.height; ++y)
            for (int xx = 0; xx < width; ++xx) {
                const int* k = &horizontal.weights[std::size_t(xx) * horizontal.kernelSize];
                for (int c = 0; c < ch; ++c) {
                    long long sum = 1LL << (kPrecisionBits - 1);
                    for (int x = 0; x < horizontal.count[xx]; ++x)
                        sum += (long long)in.at(horizontal.first[xx] + x, y + firstRow)[c] * k[x];
                    temp.pixels[(std::size_t(y) * width + xx) * ch + c] = clip8(sum);
                }
            }
        rowShift = firstRow;
    }
    if (height == in.height)
        return temp;
    imageio::Image out;
    out.width = width;
    out.height = height;
    out.channels = ch;
    out.pixels.assign(std::size_t(width) * height * ch, 0);
    for (int yy = 0; yy < height; ++yy) {
        const int* k = &vertical.weights[std::size_t(yy) * vertical.kernelSize];
        const int ymin = vertical.first[yy] - rowShift;
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < ch; ++c) {
                long long sum = 1LL << (kPrecisionBits - 1);
                for (int y = 0; y < vertical.count[yy]; ++y)
                    sum += (long long)temp.at(x, ymin + y)[c] * k[y];
                out.pixels[(std::size_t(yy) * width + x) * ch + c] = clip8(sum);
            }
    }
    return out;
}

void preprocessImage(const imageio::Image& image, const ImagePreprocessing& s, float* out)
{
    // torchvision's Resize(size): the short side becomes `size`, the long side int(size·long/short).
    int width, height;
    if (image.width <= image.height) {
        width = s.resizeShortSide;
        height = int(double(s.resizeShortSide) * image.height / image.width);
    } else {
        height = s.resizeShortSide;
        width = int(double(s.resizeShortSide) * image.width / image.height);
    }
    const imageio::Image scaled = resizeLikePillow(image, width, height);
    // CenterCrop: Python's round() rounds halves to even, as nearbyint does by default.
    const int top = int(std::nearbyint((scaled.height - s.cropSize) / 2.0));
    const int left = int(std::nearbyint((scaled.width - s.cropSize) / 2.0));
    const std::size_t plane = std::size_t(s.cropSize) * s.cropSize;
    for (int c = 0; c < 3; ++c) {
        const int source = scaled.channels == 1 ? 0 : c;
        const float scale = 1.0f / (255.0f * s.std[c]), shift = s.mean[c] / s.std[c];
        for (int y = 0; y < s.cropSize; ++y)
            for (int x = 0; x < s.cropSize; ++x) {
                const int sx = x + left, sy = y + top;
                // CenterCrop pads with zeros when the image is smaller than the crop.
                const bool inside = sx >= 0 && sy >= 0 && sx < scaled.width && sy < scaled.height;
                const float value = inside ? scaled.at(sx, sy)[source] : 0.0f;
                out[c * plane + std::size_t(y) * s.cropSize + x] = value * scale - shift;
            }
    }
}

}  // namespace tse::features
