// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A map drawn with the images themselves, the classic figure of an embedded image collection:
// every point as a small dot in its colour, and on top as many thumbnails as fit without
// overlapping, each at its point and framed in the point's colour. Which points get a
// thumbnail is decided in a shuffled order (seeded, so the figure is reproducible), so dense
// and sparse regions are both shown.

#include <QImage>

#include <filesystem>
#include <functional>
#include <vector>

#include "figure.h"

namespace tse::figure {

struct ImageMapOptions {
    FigureOptions figure;
    int thumbnailSize = 0;  // pixels; 0 = chosen from the number of points and the size
    unsigned seed = 1;
    // Items that may get a thumbnail (sorted); empty = all. The others stay dots.
    std::vector<int> onlyItems;
};

// Of points at `positions`, those that get a thumbnail of side `size` pixels, in the order
// tried, with the thumbnail's centre: on the point, or moved just inside `inside` for points
// near its border. No two chosen thumbnails overlap.
struct Thumbnail {
    int index = 0;
    QPointF centre;
};
std::vector<Thumbnail> chooseThumbnails(const std::vector<QPointF>& positions, double size, const QRectF& inside,
                                        unsigned seed);

// The thumbnail side chosen for n points in a plot of this size.
int automaticThumbnailSize(const QSizeF& plot, std::size_t n);

// imageOf(item) gives a dataset item's image (a null image leaves the point as a dot).
using ImageSource = std::function<QImage(int item)>;

struct ImageMap {
    QImage image;
    int thumbnails = 0;  // how many images it shows
};
ImageMap renderImageMap(const FigureData& data, const ImageSource& imageOf, const ImageMapOptions& options);
Status writeImageMap(const std::filesystem::path& path, const FigureData& data, const ImageSource& imageOf,
                     const ImageMapOptions& options, int* thumbnails = nullptr);

}  // namespace tse::figure
