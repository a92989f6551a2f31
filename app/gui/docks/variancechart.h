// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small chart of PCA explained variance: bars per component and the cumulative curve, with
// a marker at the chosen number of dimensions.

#include <QWidget>

#include <vector>

namespace tse::gui {

class VarianceChart : public QWidget {
    Q_OBJECT
public:
    explicit VarianceChart(QWidget* parent = nullptr);

    // Explained-variance ratio per component, largest first.
    void setRatios(std::vector<double> ratios);
    void setMarker(int components);
    // Fraction of the variance the first `components` keep (components beyond the known
    // ratios count as nothing).
    double cumulative(int components) const;
    bool hasData() const { return !ratios_.empty(); }

    QSize sizeHint() const override { return {220, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<double> ratios_;
    int marker_ = 0;
};

}  // namespace tse::gui
