// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "replaydialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include "figure.h"
#include "preferences.h"
#include "scatterview.h"

namespace tse::gui {
namespace {

constexpr int kFrameMilliseconds = 120;  // about 8 frames a second: the map's growth can be followed

}  // namespace

ReplayDialog::ReplayDialog(ScatterView* view, const run::RunRecord& run, const run::MapReplay& frames, QWidget* parent)
    : QDialog(parent), view_(view), replay_(frames), finished_(run.coordinates), labels_(run.labels),
      classNames_(run.classNames), runName_(QString::fromStdString(run.name))
{
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Replay — %1").arg(runName_));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("replaySlider"));
    slider_->setRange(0, std::max(0, replay_.frameCount() - 1));
    slider_->setPageStep(1);
    connect(slider_, &QSlider::valueChanged, this, &ReplayDialog::showFrame);
    caption_ = new QLabel(this);
    caption_->setMinimumWidth(220);
    play_ = new QPushButton(tr("&Play"), this);
    play_->setObjectName(QStringLiteral("replayPlay"));
    play_->setCheckable(true);
    connect(play_, &QPushButton::toggled, this, &ReplayDialog::setPlaying);
    auto* save = new QPushButton(tr("&Export frames…"), this);
    connect(save, &QPushButton::clicked, this, &ReplayDialog::askAndExport);
    auto* close = new QPushButton(tr("&Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    timer_ = new QTimer(this);
    timer_->setInterval(kFrameMilliseconds);
    connect(timer_, &QTimer::timeout, this, [this] {
        if (shown_ + 1 >= replay_.frameCount()) {
            play_->setChecked(false);
            return;
        }
        slider_->setValue(shown_ + 1);
    });
    auto* row = new QHBoxLayout();
    row->addWidget(play_);
    row->addWidget(slider_, 1);
    row->addWidget(caption_);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(buttons);
    resize(640, sizeHint().height());
    showFrame(0);
}

ReplayDialog::~ReplayDialog() = default;

void ReplayDialog::showFrame(int k)
{
    if (k < 0 || k >= replay_.frameCount() || k == shown_)
        return;
    shown_ = k;
    if (slider_->value() != k)
        slider_->setValue(k);
    view_->updateCoordinates(replay_.frame(k));
    caption_->setText(tr("Iteration %1 of %2 (frame %3 of %4)")
                          .arg(replay_.iterations()[std::size_t(k)])
                          .arg(replay_.iterations().back())
                          .arg(k + 1)
                          .arg(replay_.frameCount()));
}

void ReplayDialog::setPlaying(bool playing)
{
    if (play_->isChecked() != playing) {
        play_->setChecked(playing);  // comes back here through toggled
        return;
    }
    play_->setText(playing ? tr("&Pause") : tr("&Play"));
    if (playing && shown_ + 1 >= replay_.frameCount())
        showFrame(0);  // from the start again
    playing ? timer_->start() : timer_->stop();
}

bool ReplayDialog::playing() const { return timer_->isActive(); }

Status ReplayDialog::exportFrames(const QString& folder, const QSize& size)
{
    if (auto checked = figure::checkFigureSize(size); !checked)
        return checked;
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::UnreadableFile, "cannot create the folder " + folder.toStdString());
    for (int k = 0; k < replay_.frameCount(); ++k) {
        figure::FigureOptions options;
        options.size = size;
        options.title = tr("%1 — iteration %2").arg(runName_).arg(replay_.iterations()[std::size_t(k)]);
        options.azimuth = view_->cameraXRotation();
        options.elevation = view_->cameraYRotation();
        const QString path = QDir(folder).filePath(QStringLiteral("frame-%1.png").arg(k + 1, 3, 10, QLatin1Char('0')));
        if (auto written = figure::writePng(path.toStdString(), figure::classFigure(replay_.frame(k), labels_, classNames_),
                                            options);
            !written)
            return written;
    }
    return Status::success();
}

void ReplayDialog::askAndExport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export replay frames to"),
                                                             preferences::lastExportFolder());
    if (folder.isEmpty())
        return;
    if (auto written = exportFrames(folder, QSize(1280, 960)); !written) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(written.error().message));
        return;
    }
    QMessageBox::information(this, tr("Frames exported"),
                             tr("%n frame(s) written to %1 (frame-001.png, frame-002.png, …).", nullptr,
                                replay_.frameCount())
                                     .arg(folder) +
                                 QLatin1Char('\n') + tr("A video of them:") +
                                 QStringLiteral(" ffmpeg -framerate 8 -i frame-%03d.png replay.mp4"));
}

void ReplayDialog::done(int result)
{
    timer_->stop();
    view_->updateCoordinates(finished_);  // the finished map again
    QDialog::done(result);
}

}  // namespace tse::gui
