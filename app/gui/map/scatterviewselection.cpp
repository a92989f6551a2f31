// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// ScatterView's box and lasso: the path follows a left drag, its outline is drawn over the view
// (selectionoutline.h), and the release selects the shown points whose centres it encloses on
// screen, found in the same screen-space index the picking uses (scatterviewpicking.cpp).

#include <QElapsedTimer>
#include <QWindow>
#include <QtDataVisualization/Q3DScatter>

#include <algorithm>
#include <iterator>

#include "scatterview.h"
#include "selectionoutline.h"

namespace tse::gui {
namespace {

// A drag shorter than this is a click; lasso points closer than this to the last add nothing.
constexpr int kDragThreshold = 4;
constexpr int kLassoSpacing = 3;

QPolygon boxPath(const QPoint& from, const QPoint& to)
{
    const QRect box = QRect(from, to).normalized();
    return QPolygon({box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()});
}

}  // namespace

void ScatterView::setDragTool(DragTool tool)
{
    if (leftPress_ && !leftPress_->path.isEmpty())
        cancelSelectionPath();
    dragTool_ = tool;
    graph_->setCursor(tool == DragTool::Rotate ? Qt::ArrowCursor : Qt::CrossCursor);
}

ScatterView::SelectionChange ScatterView::selectionChangeFor(Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier)
        return SelectionChange::Subtract;
    if (modifiers & Qt::ShiftModifier)
        return SelectionChange::Add;
    return SelectionChange::Replace;
}

std::vector<int> ScatterView::itemsInside(const QPolygonF& polygon) { return screenIndex().inside(polygon); }

int ScatterView::selectInside(const QPolygonF& polygon, SelectionChange change)
{
    QElapsedTimer clock;
    clock.start();
    const std::vector<int> inside = itemsInside(polygon);
    const std::vector<int>& current = model_.selection();
    std::vector<int> next;
    switch (change) {
    case SelectionChange::Replace:
        next = inside;
        break;
    case SelectionChange::Add:
        std::set_union(current.begin(), current.end(), inside.begin(), inside.end(), std::back_inserter(next));
        break;
    case SelectionChange::Subtract:
        std::set_difference(current.begin(), current.end(), inside.begin(), inside.end(), std::back_inserter(next));
        break;
    }
    setSelection(std::move(next));
    lastSelectMs_ = clock.nsecsElapsed() / 1e6;
    emit selectionDrawn(static_cast<int>(inside.size()), static_cast<int>(model_.selection().size()));
    return static_cast<int>(inside.size());
}

void ScatterView::extendSelectionPath(const QPoint& at)
{
    LeftPress& press = *leftPress_;
    if (!press.dragged && (at - press.at).manhattanLength() <= kDragThreshold)
        return;
    press.dragged = true;
    if (dragTool_ == DragTool::Box) {
        press.path = boxPath(press.at, at);
    } else {
        if (press.path.isEmpty())
            press.path << press.at;
        if ((at - press.path.last()).manhattanLength() < kLassoSpacing)
            return;
        press.path << at;
    }
    if (!outline_)
        outline_ = new SelectionOutline();
    outline_->showPath(press.path, dragTool_ == DragTool::Box, graph_->mapToGlobal(QPoint(0, 0)), graph_->size());
}

void ScatterView::finishSelectionPath()
{
    const QPolygon path = leftPress_->path;
    const Qt::KeyboardModifiers modifiers = leftPress_->modifiers;
    cancelSelectionPath();
    if (path.size() >= 3)
        selectInside(QPolygonF(path), selectionChangeFor(modifiers));
}

void ScatterView::cancelSelectionPath()
{
    if (leftPress_) {
        leftPress_->path.clear();
        leftPress_->dragged = true;  // the release is not a click either
    }
    if (outline_)
        outline_->hide();
}

}  // namespace tse::gui
