// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// KL divergence per iteration of the run being shown or computed (Qt Charts).

#include <QWidget>

#include <vector>

#include "tse/tsne/tsnerun.h"

class QChart;
class QLineSeries;
class QValueAxis;

namespace tse::gui {

class KlChart : public QWidget {
    Q_OBJECT
public:
    explicit KlChart(QWidget* parent = nullptr);

    void setSamples(const std::vector<tsne::KlSample>& samples);
    void clear();
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QChart* chart_ = nullptr;
    QLineSeries* series_ = nullptr;
    QValueAxis* iterations_ = nullptr;
    QValueAxis* kl_ = nullptr;
};

}  // namespace tse::gui
