// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Image maps: which points get a thumbnail, and that each thumbnail shows its own item's image.

#include <gtest/gtest.h>

#include <QPainter>

#include "guiapp.h"
#include "imagemap.h"

using namespace tse::figure;

TEST(ImageMap, ChosenThumbnailsNeverOverlapAndIsolatedPointsAllGetOne)
{
    std::vector<QPointF> points;
    // A dense clump of 200 points around (300, 300) and five isolated points.
    for (int i = 0; i < 200; ++i)
        points.emplace_back(300 + 40 * std::sin(i * 0.7), 300 + 40 * std::cos(i * 1.3));
    for (int k = 0; k < 5; ++k)
        points.emplace_back(100 + 120 * k, 50);
    points.emplace_back(5, 300);  // at the edge: its thumbnail moves inside the plot
    const double side = 32;
    const QRectF plot(0, 0, 700, 500);
    const auto indices = [](const std::vector<Thumbnail>& thumbnails) {
        std::vector<int> out;
        for (const auto& t : thumbnails)
            out.push_back(t.index);
        return out;
    };
    const auto chosen = chooseThumbnails(points, side, plot, 7);
    for (std::size_t a = 0; a < chosen.size(); ++a) {
        const QPointF p = chosen[a].centre;
        EXPECT_TRUE(plot.contains(QRectF(p.x() - side / 2, p.y() - side / 2, side, side)));
        for (std::size_t b = a + 1; b < chosen.size(); ++b) {
            const QPointF q = chosen[b].centre;
            EXPECT_TRUE(std::abs(p.x() - q.x()) >= side || std::abs(p.y() - q.y()) >= side)
                << chosen[a].index << " and " << chosen[b].index << " overlap";
        }
    }
    const auto picked = indices(chosen);
    for (int k = 200; k < 206; ++k)
        EXPECT_NE(std::find(picked.begin(), picked.end(), k), picked.end()) << "isolated point " << k;
    for (const auto& t : chosen) {
        if (t.index == 205)
            EXPECT_EQ(t.centre, QPointF(side / 2, 300)) << "moved just inside";
        else if (t.index >= 200)
            EXPECT_EQ(t.centre, points[std::size_t(t.index)]) << "on its point";
    }
    const int inClump = int(std::count_if(picked.begin(), picked.end(), [](int i) { return i < 200; }));
    EXPECT_GE(inClump, 4);
    EXPECT_LE(inClump, 16) << "an 80-pixel clump holds a few 32-pixel thumbnails";
    EXPECT_EQ(indices(chooseThumbnails(points, side, plot, 7)), picked) << "the same seed, the same figure";
    EXPECT_NE(indices(chooseThumbnails(points, side, plot, 8)), picked);
    EXPECT_TRUE(chooseThumbnails(points, 800, plot, 7).empty()) << "thumbnails larger than the plot";
    EXPECT_EQ(automaticThumbnailSize(QSizeF(100, 100), 1000000), 24);
    EXPECT_EQ(automaticThumbnailSize(QSizeF(4000, 4000), 10), 96);
}

TEST(ImageMap, EachThumbnailShowsItsOwnItemsImage)
{
    guiApplication();
    // Four points in the corners of a square; the rows are items 3, 2, 1, 0 of a dataset whose
    // images are flat colours, so the figure shows whether rows were matched to items.
    FigureData data;
    data.coordinates.resize(4, 2);
    data.coordinates << -1, -1, 1, -1, -1, 1, 1, 1;
    data.items = {3, 2, 1, 0};
    data.groups = {0, 0, 0, 0};
    data.legend = {{QStringLiteral("all"), QColor(Qt::black)}};
    const QColor colours[] = {Qt::red, Qt::green, Qt::blue, Qt::yellow};
    std::vector<int> asked;
    const ImageSource imageOf = [&](int item) {
        asked.push_back(item);
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(colours[item]);
        return image;
    };
    ImageMapOptions options;
    options.figure.size = QSize(600, 600);
    options.figure.showLegend = false;
    options.thumbnailSize = 80;
    const ImageMap map = renderImageMap(data, imageOf, options);
    EXPECT_EQ(map.thumbnails, 4);
    EXPECT_EQ(asked.size(), 4u);
    const auto colourNear = [&](double fx, double fy) {
        return map.image.pixelColor(int(fx * map.image.width()), int(fy * map.image.height()));
    };
    // Row 0 (item 3, yellow) at the bottom left: y grows upwards in the map.
    EXPECT_EQ(colourNear(0.08, 0.92), QColor(Qt::yellow));
    EXPECT_EQ(colourNear(0.92, 0.92), QColor(Qt::blue));   // row 1 = item 2
    EXPECT_EQ(colourNear(0.08, 0.08), QColor(Qt::green));  // row 2 = item 1
    EXPECT_EQ(colourNear(0.92, 0.08), QColor(Qt::red));    // row 3 = item 0
    EXPECT_EQ(colourNear(0.5, 0.5), QColor(Qt::white));

    // Only some items' images: the others stay dots.
    ImageMapOptions some = options;
    some.onlyItems = {0, 3};
    const ImageMap chosen = renderImageMap(data, imageOf, some);
    EXPECT_EQ(chosen.thumbnails, 2);
    EXPECT_EQ(chosen.image.pixelColor(int(0.92 * 600), int(0.08 * 600)), QColor(Qt::red));
    EXPECT_NE(chosen.image.pixelColor(int(0.92 * 600), int(0.92 * 600)), QColor(Qt::blue));

    // An item without an image stays a dot.
    const ImageMap partial = renderImageMap(
        data, [&](int item) { return item == 0 ? QImage() : imageOf(item); }, options);
    EXPECT_EQ(partial.thumbnails, 3);
}
