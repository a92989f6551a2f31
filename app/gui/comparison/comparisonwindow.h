// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Two to four runs of the same dataset side by side: each map aligned to the first by an
// orthogonal Procrustes rotation (t-SNE maps are defined only up to rotation and reflection),
// cameras and selection linked (rotate one, all follow; pick a point or draw a box or lasso in
// one, it lights up in all),
// optional colouring by how far points moved, and a table of quality metrics per run, including
// how many 10-nearest neighbours each map shares with the first.

#include <QFutureWatcher>
#include <QWidget>

#include <vector>

#include "tse/run/runrecord.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QSlider;
class QTableWidget;

namespace tse::gui {

class ScatterView;
class SelectionTools;

class ComparisonWindow : public QWidget {
    Q_OBJECT
public:
    // Empty when the runs can be compared, else the reason (translated).
    static QString cannotCompare(const std::vector<const run::RunRecord*>& runs);

    explicit ComparisonWindow(const std::vector<const run::RunRecord*>& runs, QWidget* parent = nullptr);
    ~ComparisonWindow() override;

    int viewCount() const { return static_cast<int>(views_.size()); }
    ScatterView* view(int index) const { return views_.at(index); }
    const Matrix& alignedCoordinates(int index) const { return aligned_.at(index); }
    QTableWidget* metricsTable() const { return table_; }
    SelectionTools* selectionTools() const { return selectionTools_; }
    // True once the neighbourhood agreements (computed in the background) are shown.
    bool metricsComplete() const { return agreementsDone_; }
    // Colours the other maps by how far each point moved from the first map.
    void setColourByMovement(bool on);
    // The other maps shown part way between the first map (t = 0) and their own (t = 1).
    void setMorph(double t);
    // Animates the morph from the first map (0) to the others' own (1) over about two seconds.
    void playMorph();
    bool morphing() const;
    double morph() const;

signals:
    void metricsCompleted();

private:
    void linkCameras();

    std::vector<ScatterView*> views_;
    std::vector<Matrix> aligned_;
    QTableWidget* table_ = nullptr;
    QCheckBox* movement_ = nullptr;
    SelectionTools* selectionTools_ = nullptr;
    QLabel* selectionCount_ = nullptr;
    QSlider* morph_ = nullptr;
    QPushButton* morphPlay_ = nullptr;
    QTimer* morphTimer_ = nullptr;
    QFutureWatcher<std::vector<double>> agreements_;
    bool agreementsDone_ = false;
    bool syncing_ = false;
};

}  // namespace tse::gui
