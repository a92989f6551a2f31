// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "runstatusbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace tse::gui {

RunStatusBar::RunStatusBar(QStatusBar* bar) : QObject(bar), bar_(bar)
{
    progress_ = new QProgressBar(bar);
    progress_->setObjectName(QStringLiteral("runProgress"));
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(240);
    progress_->setVisible(false);
    stage_ = new QLabel(bar);
    cancel_ = new QPushButton(bar);
    cancel_->setVisible(false);
    bar->addWidget(stage_, 1);
    bar->addPermanentWidget(progress_);
    bar->addPermanentWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, &RunStatusBar::cancelClicked);
}

void RunStatusBar::setBusy(bool busy, const QString& what)
{
    // A new state: a passing message from before (e.g. "Opened …") must not hide it.
    bar_->clearMessage();
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
    if (busy)
        progress_->setValue(0);
    stage_->setText(busy || !what.isEmpty() ? what : tr("Ready"));
}

void RunStatusBar::setProgress(int permille)
{
    progress_->setFormat(QStringLiteral("%p%"));
    progress_->setValue(permille);
}

void RunStatusBar::showRunProgress(int permille, const QString& stage)
{
    // The optimisation's own share is shown as iterations (showIterations), not overall percent.
    if (stage == QLatin1String("t-SNE"))
        return;
    progress_->setFormat(stage.isEmpty() ? QStringLiteral("%p%") : stage + QStringLiteral(" — %p%"));
    progress_->setValue(permille);
    if (!stage.isEmpty())
        stage_->setText(tr("Running: %1").arg(stage));
}

void RunStatusBar::showIterations(int iteration, int total)
{
    progress_->setFormat(tr("iteration %1 of %2").arg(iteration).arg(total));
    progress_->setValue(total > 0 ? static_cast<int>(1000LL * iteration / total) : 0);
    stage_->setText(tr("Running: t-SNE"));
}

void RunStatusBar::setStage(const QString& text) { stage_->setText(text); }

void RunStatusBar::retranslate()
{
    cancel_->setText(tr("Cancel"));
    if (stage_->text().isEmpty())
        stage_->setText(tr("Ready"));
}

}  // namespace tse::gui
