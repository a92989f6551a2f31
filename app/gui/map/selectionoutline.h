// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The outline of a lasso or box being drawn over the 3D view. The view is a native OpenGL
// window that covers any sibling widget, so the outline is a small top-level window of its own,
// shaped (a mask, not translucency: no compositor needed) to the stroke itself and transparent
// to the mouse, laid over the view while the button is held.

#include <QPolygon>
#include <QRegion>
#include <QWidget>

namespace tse::gui {

class SelectionOutline : public QWidget {
public:
    SelectionOutline();

    // Shows the outline of a path (in the view's pixels) over the view at viewOrigin (global
    // pixels); closed: the last point joins the first (a box).
    void showPath(const QPolygon& path, bool closed, const QPoint& viewOrigin, const QSize& viewSize);
    const QPolygon& path() const { return path_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPolygon path_;
};

}  // namespace tse::gui
