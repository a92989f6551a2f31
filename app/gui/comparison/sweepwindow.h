// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A sweep's maps as small multiples: one tile per member, every map turned onto the first by
// an orthogonal Procrustes rotation (t-SNE maps are defined only up to rotation and
// reflection), its KL, 10-NN accuracy and trustworthiness under it; clicking a tile opens that
// run in the main window.

#include <QWidget>

#include <vector>

#include "tse/run/runrecord.h"

class QGridLayout;
class QToolButton;

namespace tse::gui {

class SweepWindow : public QWidget {
    Q_OBJECT
public:
    // runs: the members in order (ids and records); title: what the sweep varied.
    SweepWindow(const std::vector<std::pair<int, const run::RunRecord*>>& runs, const QString& title,
                QWidget* parent = nullptr);

    int tileCount() const { return static_cast<int>(tiles_.size()); }
    QToolButton* tile(int index) const { return tiles_.at(std::size_t(index)); }
    const Matrix& alignedCoordinates(int index) const { return aligned_.at(std::size_t(index)); }
    // The caption under a tile: member, KL, 10-NN accuracy, trustworthiness.
    static QString caption(const run::RunRecord& run);

signals:
    void runChosen(int runId);

private:
    std::vector<QToolButton*> tiles_;
    std::vector<Matrix> aligned_;
};

}  // namespace tse::gui
