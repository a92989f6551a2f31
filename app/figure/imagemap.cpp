// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "imagemap.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>
#include <unordered_map>

namespace tse::figure {

std::vector<Thumbnail> chooseThumbnails(const std::vector<QPointF>& positions, double size, const QRectF& inside,
                                        unsigned seed)
{
    std::vector<int> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    // Chosen centres in a grid of cells as large as a thumbnail and its gap: a new thumbnail can
    // only collide with those in the 3 × 3 cells around its own.
    const double gap = 2.0;  // pixels between thumbnails
    const double reach = size + gap;
    std::unordered_map<std::int64_t, std::vector<QPointF>> cells;
    const auto cellKey = [](long cx, long cy) { return (std::int64_t(cx) << 32) ^ std::int64_t(std::uint32_t(cy)); };
    const QRectF allowed = inside.adjusted(size / 2, size / 2, -size / 2, -size / 2);
    if (!allowed.isValid())
        return {};  // not even one fits
    std::vector<Thumbnail> chosen;
    for (int i : order) {
        const QPointF p = positions[std::size_t(i)];
        // Thumbnails of points near the border move inside it rather than stick out.
        const QPointF c(std::clamp(p.x(), allowed.left(), allowed.right()), std::clamp(p.y(), allowed.top(), allowed.bottom()));
        const long cx = long(std::floor(c.x() / reach)), cy = long(std::floor(c.y() / reach));
        bool free = true;
        for (long dx = -1; dx <= 1 && free; ++dx)
            for (long dy = -1; dy <= 1 && free; ++dy) {
                const auto found = cells.find(cellKey(cx + dx, cy + dy));
                if (found == cells.end())
                    continue;
                for (const QPointF& q : found->second)
                    if (std::abs(q.x() - c.x()) < reach && std::abs(q.y() - c.y()) < reach) {
                        free = false;
                        break;
                    }
            }
        if (free) {
            cells[cellKey(cx, cy)].push_back(c);
            chosen.push_back({i, c});
        }
    }
    return chosen;
}

int automaticThumbnailSize(const QSizeF& plot, std::size_t n)
{
    // Twice the side of the square each point would get if the plot were shared out evenly,
    // within 24–96 pixels: large enough to see, and only a share of the points get one.
    const double side = std::sqrt(plot.width() * plot.height() / double(std::max<std::size_t>(n, 1))) * 2.0;
    return int(std::clamp(side, 24.0, 96.0));
}

ImageMap renderImageMap(const FigureData& data, const ImageSource& imageOf, const ImageMapOptions& options)
{
    ImageMap out;
    const FigureOptions& figure = options.figure;
    out.image = QImage(figure.size, QImage::Format_RGB32);
    out.image.fill(Qt::white);
    QPainter painter(&out.image);
    const QRectF area(QPointF(0, 0), QSizeF(figure.size));
    const QRectF plot = paintFrame(painter, area, figure.title, figure.showLegend ? data.legend : std::vector<LegendEntry>{});
    paintPoints(painter, plot, data, figure);
    const Eigen::Index n = data.coordinates.rows();
    if (n == 0)
        return out;
    const Placement placed = placePoints(plot, data.coordinates, figure);
    // The rows that may get a thumbnail, and where they are.
    std::vector<int> candidates;
    std::vector<QPointF> positions;
    for (Eigen::Index row = 0; row < n; ++row)
        if (options.onlyItems.empty() ||
            std::binary_search(options.onlyItems.begin(), options.onlyItems.end(), data.itemOf(row))) {
            candidates.push_back(int(row));
            positions.push_back(placed.positions[std::size_t(row)]);
        }
    // Sized by all points, so a selection's images are as large as in the whole map's figure.
    const int side = options.thumbnailSize > 0 ? options.thumbnailSize : automaticThumbnailSize(plot.size(), std::size_t(n));
    // Back to front, as the points: a 3D map's near images cover far ones' dots.
    std::vector<std::optional<QPointF>> centreOf(static_cast<std::size_t>(n));
    for (const Thumbnail& t : chooseThumbnails(positions, side, plot, options.seed))
        centreOf[std::size_t(candidates[std::size_t(t.index)])] = t.centre;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const double frame = std::max(1.5, side / 16.0);  // the colour of its class around each image
    for (int i : placed.order) {
        if (!centreOf[std::size_t(i)])
            continue;
        const QImage image = imageOf(data.itemOf(i));
        if (image.isNull())
            continue;
        const QPointF at = *centreOf[std::size_t(i)];
        const QRectF box(at.x() - side / 2.0, at.y() - side / 2.0, side, side);
        const int g = i < int(data.groups.size()) ? data.groups[std::size_t(i)] : -1;
        painter.fillRect(box, groupColour(data, g));
        // The image keeps its proportions inside the frame.
        const QRectF inner = box.adjusted(frame, frame, -frame, -frame);
        const QSizeF fitted = QSizeF(image.size()).scaled(inner.size(), Qt::KeepAspectRatio);
        const QRectF target(inner.center().x() - fitted.width() / 2, inner.center().y() - fitted.height() / 2,
                            fitted.width(), fitted.height());
        painter.fillRect(inner, Qt::white);
        painter.drawImage(target, image);
        ++out.thumbnails;
    }
    painter.end();
    return out;
}

Status writeImageMap(const std::filesystem::path& path, const FigureData& data, const ImageSource& imageOf,
                     const ImageMapOptions& options, int* thumbnails)
{
    if (auto ok = checkFigureSize(options.figure.size); !ok)
        return ok;
    const ImageMap map = renderImageMap(data, imageOf, options);
    if (!map.image.save(QString::fromStdString(path.string()), "PNG"))
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    if (thumbnails)
        *thumbnails = map.thumbnails;
    return {};
}

}  // namespace tse::figure
