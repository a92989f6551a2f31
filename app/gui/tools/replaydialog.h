// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// View ▸ Replay how the map formed…: the run's saved frames (run/mapreplay.h) shown in the main
// map with a slider and Play, and exported as numbered PNG frames for a video; closing the
// dialog puts the finished map back.

#include <QDialog>
#include <QSize>
#include <QString>

#include <vector>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace tse::gui {

class ScatterView;

class ReplayDialog : public QDialog {
    Q_OBJECT
public:
    // frames: the run's replay (not empty) of the map the view shows.
    ReplayDialog(ScatterView* view, const run::RunRecord& run, const run::MapReplay& frames, QWidget* parent);
    ~ReplayDialog() override;

    int frameCount() const { return replay_.frameCount(); }
    int shownFrame() const { return shown_; }
    void showFrame(int k);
    void setPlaying(bool playing);
    bool playing() const;
    // Writes frame-001.png … into folder (created if needed), size × size pixels each.
    Status exportFrames(const QString& folder, const QSize& size);

protected:
    void done(int result) override;

private:
    void askAndExport();

    ScatterView* view_;
    run::MapReplay replay_;
    Matrix finished_;
    std::vector<int> labels_;
    std::vector<std::string> classNames_;
    QString runName_;
    QSlider* slider_ = nullptr;
    QPushButton* play_ = nullptr;
    QLabel* caption_ = nullptr;
    QTimer* timer_ = nullptr;
    int shown_ = -1;
};

}  // namespace tse::gui
