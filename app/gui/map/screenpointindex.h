// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The points of a map as drawn on screen, in a grid of pixel cells, so that the point under the
// mouse is found by looking at a few cells instead of all points (or asking the GPU).

#include <QPointF>
#include <QPolygonF>
#include <QSize>

#include <vector>

namespace tse::gui {

class ScreenPointIndex {
public:
    struct Point {
        float x = 0.0f, y = 0.0f;  // pixels, origin top left
        float depth = 0.0f;        // distance from the camera (smaller = in front)
        float radius = 0.0f;       // drawn radius in pixels
        int item = -1;             // what the caller wants back
    };

    // Points outside the viewport are left out.
    void build(std::vector<Point> points, QSize viewport);
    void clear();
    std::size_t size() const { return points_.size(); }

    // The point drawn under the position: the front-most one whose disc covers it; else the one
    // whose centre is nearest, if within tolerance pixels; else −1.
    int pick(QPointF position, float tolerance) const;
    // The items whose centres lie inside a closed polygon (odd-even rule), sorted: a lasso or a
    // box drawn over the view selects what it encloses on screen, whatever the depth.
    std::vector<int> inside(const QPolygonF& polygon) const;
    // Where an item is (nullptr: not in the view).
    const Point* find(int item) const;

private:
    static constexpr float kCell = 8.0f;
    int columns_ = 0, rows_ = 0;
    float largestRadius_ = 0.0f;
    std::vector<Point> points_;          // sorted by cell
    std::vector<int> cellStart_;         // rows × columns + 1 offsets into points_
    std::vector<int> slotOfItem_;        // item → index into points_ (−1: not in the view)
};

}  // namespace tse::gui
