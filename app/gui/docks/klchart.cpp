// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "klchart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace tse::gui {

KlChart::KlChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("KlChart"));
    chart_ = new QChart();
    chart_->legend()->hide();
    chart_->setMargins(QMargins(2, 2, 2, 2));
    series_ = new QLineSeries(chart_);
    series_->setPointsVisible(true);
    chart_->addSeries(series_);
    iterations_ = new QValueAxis(chart_);
    iterations_->setLabelFormat(QStringLiteral("%d"));
    kl_ = new QValueAxis(chart_);
    kl_->setLabelFormat(QStringLiteral("%.2f"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    for (QValueAxis* axis : {iterations_, kl_}) {
        axis->setLabelsFont(small);
        axis->setTickCount(4);
    }
    chart_->addAxis(iterations_, Qt::AlignBottom);
    chart_->addAxis(kl_, Qt::AlignLeft);
    series_->attachAxis(iterations_);
    series_->attachAxis(kl_);
    auto* view = new QChartView(chart_, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    retranslate();
    clear();
}

void KlChart::retranslate()
{
    // No axis titles: in a small dock they would crowd out the numbers; the tooltip says it.
    setToolTip(tr("KL divergence (vertical) by iteration (horizontal)"));
}

void KlChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KlChart::setSamples(const std::vector<tsne::KlSample>& samples)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(samples.size()));
    double lo = 0.0, hi = 1.0;
    int last = 1;
    for (const auto& s : samples) {
        points.append(QPointF(s.iteration, s.kl));
        lo = points.size() == 1 ? s.kl : std::min(lo, s.kl);
        hi = points.size() == 1 ? s.kl : std::max(hi, s.kl);
        last = std::max(last, s.iteration);
    }
    series_->replace(points);
    iterations_->setRange(0, last);
    const double pad = std::max(0.05, 0.05 * (hi - lo));
    kl_->setRange(std::max(0.0, lo - pad), hi + pad);
}

void KlChart::clear() { setSamples({}); }

int KlChart::pointCount() const { return static_cast<int>(series_->count()); }

}  // namespace tse::gui
