// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "selectionoutline.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

namespace tse::gui {
namespace {

constexpr int kStrokeWidth = 2;

}  // namespace

SelectionOutline::SelectionOutline()
    : QWidget(nullptr, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowTransparentForInput |
                           Qt::WindowDoesNotAcceptFocus | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("selectionOutline"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
}

void SelectionOutline::showPath(const QPolygon& path, bool closed, const QPoint& viewOrigin, const QSize& viewSize)
{
    path_ = path;
    if (path.size() < 2) {
        hide();
        return;
    }
    QPainterPath line;
    line.addPolygon(QPolygonF(path));
    if (closed)
        line.closeSubpath();
    QPainterPathStroker stroker;
    stroker.setWidth(kStrokeWidth);
    stroker.setJoinStyle(Qt::MiterJoin);
    QRegion shape;
    for (const QPolygonF& piece : stroker.createStroke(line).toFillPolygons())
        shape += QRegion(piece.toPolygon(), Qt::WindingFill);
    if (shape.isEmpty()) {
        hide();
        return;
    }
    setGeometry(QRect(viewOrigin, viewSize));
    setMask(shape);
    if (!isVisible())
        show();
    update();
}

void SelectionOutline::paintEvent(QPaintEvent*)
{
    // Light and dark: the stroke stays visible over white background and dark clusters alike.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    painter.setPen(QPen(QColor(0xFF, 0xC0, 0x00), 1));
    painter.drawPolyline(path_);
}

}  // namespace tse::gui
