#include "runstatusbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace tse::gui {

RunStatusBar::RunStatusBar(QStatusBar* bar) : QObject(bar)
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
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
    if (busy)
        progress_->setValue(0);
    stage_->setText(busy || !what.isEmpty() ? what : tr("Ready"));
}

void RunStatusBar::setProgress(int permille) { progress_->setValue(permille); }

void RunStatusBar::setStage(const QString& text) { stage_->setText(text); }

void RunStatusBar::retranslate()
{
    cancel_->setText(tr("Cancel"));
    if (stage_->text().isEmpty())
        stage_->setText(tr("Ready"));
}

}  // namespace tse::gui
