// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "variancechart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tse::gui {

VarianceChart::VarianceChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("varianceChart"));
    setMinimumHeight(70);
}

void VarianceChart::setRatios(std::vector<double> ratios)
{
    ratios_ = std::move(ratios);
    update();
}

void VarianceChart::setMarker(int components)
{
    marker_ = components;
    update();
}

double VarianceChart::cumulative(int components) const
{
    double sum = 0.0;
    for (int c = 0; c < std::min<int>(components, static_cast<int>(ratios_.size())); ++c)
        sum += ratios_[c];
    return std::min(1.0, sum);
}

void VarianceChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(area);
    if (ratios_.empty())
        return;
    const int count = static_cast<int>(ratios_.size());
    const double step = area.width() / count;
    const double top = ratios_.front() > 0 ? ratios_.front() : 1.0;
    // Bars: each component's share, scaled to the largest.
    painter.setPen(Qt::NoPen);
    for (int c = 0; c < count; ++c) {
        const double h = area.height() * 0.9 * ratios_[c] / top;
        painter.setBrush(c < marker_ ? QColor(0x44AA99) : QColor(0xBBBBBB));
        painter.drawRect(QRectF(area.left() + c * step, area.bottom() - h, std::max(1.0, step - 1), h));
    }
    // Cumulative curve on a 0–100 % scale.
    QPainterPath curve;
    double sum = 0.0;
    for (int c = 0; c < count; ++c) {
        sum += ratios_[c];
        const QPointF p(area.left() + (c + 1) * step, area.bottom() - area.height() * std::min(1.0, sum));
        if (c == 0)
            curve.moveTo(area.left(), area.bottom());
        curve.lineTo(p);
    }
    painter.setPen(QPen(QColor(0x332288), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(curve);
    if (marker_ > 0 && marker_ <= count) {
        const double x = area.left() + marker_ * step;
        painter.setPen(QPen(QColor(0xCC6677), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

}  // namespace tse::gui
