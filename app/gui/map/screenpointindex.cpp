// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "screenpointindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tse::gui {

void ScreenPointIndex::clear()
{
    points_.clear();
    cellStart_.clear();
    slotOfItem_.clear();
    columns_ = rows_ = 0;
    largestRadius_ = 0.0f;
}

void ScreenPointIndex::build(std::vector<Point> points, QSize viewport)
{
    clear();
    columns_ = std::max(1, static_cast<int>(std::ceil(viewport.width() / kCell)));
    rows_ = std::max(1, static_cast<int>(std::ceil(viewport.height() / kCell)));
    std::erase_if(points, [&](const Point& p) {
        return !(p.x >= 0.0f && p.y >= 0.0f && p.x < viewport.width() && p.y < viewport.height());
    });
    // Counting sort by cell: one pass to count, one to place.
    const auto cellOf = [this](const Point& p) {
        const int column = std::min(columns_ - 1, static_cast<int>(p.x / kCell));
        const int row = std::min(rows_ - 1, static_cast<int>(p.y / kCell));
        return row * columns_ + column;
    };
    cellStart_.assign(static_cast<std::size_t>(columns_) * rows_ + 1, 0);
    for (const Point& p : points) {
        ++cellStart_[cellOf(p) + 1];
        largestRadius_ = std::max(largestRadius_, p.radius);
    }
    for (std::size_t c = 1; c < cellStart_.size(); ++c)
        cellStart_[c] += cellStart_[c - 1];
    points_.resize(points.size());
    std::vector<int> next(cellStart_.begin(), cellStart_.end() - 1);
    int largestItem = -1;
    for (const Point& p : points) {
        points_[next[cellOf(p)]++] = p;
        largestItem = std::max(largestItem, p.item);
    }
    slotOfItem_.assign(static_cast<std::size_t>(largestItem + 1), -1);
    for (std::size_t k = 0; k < points_.size(); ++k)
        if (points_[k].item >= 0)
            slotOfItem_[static_cast<std::size_t>(points_[k].item)] = static_cast<int>(k);
}

const ScreenPointIndex::Point* ScreenPointIndex::find(int item) const
{
    if (item < 0 || item >= static_cast<int>(slotOfItem_.size()) || slotOfItem_[item] < 0)
        return nullptr;
    return &points_[static_cast<std::size_t>(slotOfItem_[item])];
}

int ScreenPointIndex::pick(QPointF position, float tolerance) const
{
    if (points_.empty())
        return -1;
    const float reach = std::max(largestRadius_, tolerance);
    const float px = static_cast<float>(position.x()), py = static_cast<float>(position.y());
    const int c0 = std::max(0, static_cast<int>(std::floor((px - reach) / kCell)));
    const int c1 = std::min(columns_ - 1, static_cast<int>(std::floor((px + reach) / kCell)));
    const int r0 = std::max(0, static_cast<int>(std::floor((py - reach) / kCell)));
    const int r1 = std::min(rows_ - 1, static_cast<int>(std::floor((py + reach) / kCell)));
    int covering = -1, nearest = -1;
    float coveringDepth = std::numeric_limits<float>::max();
    float nearestDistance = tolerance * tolerance;
    for (int row = r0; row <= r1; ++row)
        for (int column = c0; column <= c1; ++column) {
            const int cell = row * columns_ + column;
            for (int k = cellStart_[cell]; k < cellStart_[cell + 1]; ++k) {
                const Point& p = points_[k];
                const float dx = p.x - px, dy = p.y - py;
                const float d2 = dx * dx + dy * dy;
                if (d2 <= p.radius * p.radius && p.depth < coveringDepth) {
                    coveringDepth = p.depth;
                    covering = p.item;
                }
                if (d2 <= nearestDistance) {
                    nearestDistance = d2;
                    nearest = p.item;
                }
            }
        }
    return covering >= 0 ? covering : nearest;
}

std::vector<int> ScreenPointIndex::inside(const QPolygonF& polygon) const
{
    std::vector<int> items;
    if (points_.empty() || polygon.size() < 3)
        return items;
    // Odd-even rule by ray casting to the right, each point tested only against the edges that
    // span its row of cells (a lasso has hundreds of vertices; a row meets a few of its edges).
    const QRectF box = polygon.boundingRect();
    const int c0 = std::max(0, static_cast<int>(std::floor(box.left() / kCell)));
    const int c1 = std::min(columns_ - 1, static_cast<int>(std::floor(box.right() / kCell)));
    const int r0 = std::max(0, static_cast<int>(std::floor(box.top() / kCell)));
    const int r1 = std::min(rows_ - 1, static_cast<int>(std::floor(box.bottom() / kCell)));
    if (c0 > c1 || r0 > r1)
        return items;
    struct Edge {
        double x0, y0, x1, y1;
    };
    std::vector<std::vector<Edge>> edgesOfRow(static_cast<std::size_t>(r1 - r0 + 1));
    for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const Edge e{polygon[i].x(), polygon[i].y(), polygon[j].x(), polygon[j].y()};
        if (e.y0 == e.y1)
            continue;  // a horizontal edge is never crossed by a horizontal ray
        const int top = std::max(r0, static_cast<int>(std::floor(std::min(e.y0, e.y1) / kCell)));
        const int bottom = std::min(r1, static_cast<int>(std::floor(std::max(e.y0, e.y1) / kCell)));
        for (int row = top; row <= bottom; ++row)
            edgesOfRow[static_cast<std::size_t>(row - r0)].push_back(e);
    }
    for (int row = r0; row <= r1; ++row) {
        const std::vector<Edge>& edges = edgesOfRow[static_cast<std::size_t>(row - r0)];
        if (edges.empty())
            continue;
        for (int k = cellStart_[row * columns_ + c0]; k < cellStart_[row * columns_ + c1 + 1]; ++k) {
            const Point& p = points_[k];
            const double px = p.x, py = p.y;
            bool inside = false;
            for (const Edge& e : edges)
                if ((e.y0 > py) != (e.y1 > py) && px < (e.x1 - e.x0) * (py - e.y0) / (e.y1 - e.y0) + e.x0)
                    inside = !inside;
            if (inside && p.item >= 0)
                items.push_back(p.item);
        }
    }
    std::sort(items.begin(), items.end());
    return items;
}

}  // namespace tse::gui
