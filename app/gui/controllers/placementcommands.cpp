// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "placementcommands.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

#include "placementcontroller.h"
#include "projectcontroller.h"
#include "runstatusbar.h"

namespace tse::gui {
namespace {

// The placed run is in the project when pushed; undo takes it out, redo puts it back.
class PlaceRunCommand : public QUndoCommand {
public:
    PlaceRunCommand(ProjectController* projects, int id, const QString& text) : projects_(projects), id_(id)
    {
        setText(text);
    }
    void redo() override
    {
        if (taken_)
            projects_->restoreRun(std::move(*taken_));
        taken_.reset();
    }
    void undo() override { taken_ = projects_->takeRun(id_); }

private:
    ProjectController* projects_;
    int id_;
    std::optional<run::RunRecord> taken_;
};

}  // namespace

PlacementCommands::PlacementCommands(ProjectController* projects, DatasetLibrary* library, QUndoStack* undoStack,
                                     RunStatusBar* status, QWidget* window, std::function<int()> shownRun,
                                     std::function<bool()> busy)
    : QObject(window), projects_(projects), undoStack_(undoStack), status_(status), window_(window),
      shownRun_(std::move(shownRun)), busy_(std::move(busy))
{
    controller_ = new PlacementController(projects, library, this);
    connect(controller_, &PlacementController::progressChanged, this, [this](int permille, const QString& stage) {
        status_->setProgress(permille);
        status_->setStage(stage);
    });
    connect(controller_, &PlacementController::finished, this, [this](int id, const QString& summary) {
        status_->setBusy(false, QString());
        const auto* record = projects_->run(id);
        undoStack_->push(new PlaceRunCommand(
            projects_, id, tr("Place %Ln item(s)", nullptr, record ? static_cast<int>(record->placedCount()) : 0)));
        fromDialog_ = false;
        emit message(summary, 15000);
        emit placed(id);
    });
    connect(controller_, &PlacementController::failed, this, [this](const QString& reason) {
        status_->setBusy(false, QString());
        emit message(reason, 15000);
        if (fromDialog_)
            QMessageBox::warning(window_, tr("Place new images"), reason);
        fromDialog_ = false;
        emit failed(reason);
    });
}

void PlacementCommands::addActions(QMenu* runMenu)
{
    menu_ = runMenu->addMenu(QString());
    fromFolder_ = menu_->addAction(QString());
    fromFolder_->setObjectName(QStringLiteral("placeFromFolder"));
    fromFolder_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    fromFile_ = menu_->addAction(QString());
    fromFile_->setObjectName(QStringLiteral("placeFromFile"));
    connect(fromFolder_, &QAction::triggered, this, [this] { chooseAndPlace(true); });
    connect(fromFile_, &QAction::triggered, this, [this] { chooseAndPlace(false); });
    connect(runMenu, &QMenu::aboutToShow, this, &PlacementCommands::updateActions);
    retranslate();
}

void PlacementCommands::retranslate()
{
    if (!menu_)
        return;
    menu_->setTitle(tr("&Place new images"));
    fromFolder_->setText(tr("From a &folder…"));
    fromFile_->setText(tr("From an IDX file or feature &matrix…"));
    const QString tip = tr("Adds images to the shown map without moving its points: a new run holds both");
    fromFolder_->setStatusTip(tip);
    fromFile_->setStatusTip(tip);
}

void PlacementCommands::updateActions()
{
    const auto* run = projects_->run(shownRun_());
    const bool possible = run && run->status == run::RunStatus::Finished && !busy_() && !isPlacing();
    fromFolder_->setEnabled(possible);
    fromFile_->setEnabled(possible);
}

bool PlacementCommands::isPlacing() const { return controller_->isRunning(); }

void PlacementCommands::cancel() { controller_->cancel(); }

void PlacementCommands::chooseAndPlace(bool folder)
{
    const QString spec =
        folder ? QFileDialog::getExistingDirectory(window_, tr("Place the images of a folder on the map"))
               : QFileDialog::getOpenFileName(window_, tr("Place images or features on the map"), QString(),
                                              tr("IDX images or feature matrices (*idx3-ubyte *idx3-ubyte.gz *.npy *.csv);;"
                                                 "All files (*)"));
    if (spec.isEmpty())
        return;
    fromDialog_ = true;
    placeOnShownRun(spec);
}

bool PlacementCommands::placeOnShownRun(const QString& spec)
{
    const int id = shownRun_();
    const auto* run = projects_->run(id);
    QString refusal;
    if (!run)
        refusal = tr("Show a run first: new images are placed on the map shown.");
    else if (run->status != run::RunStatus::Finished)
        refusal = tr("Only a finished run's map can take new images.");
    else if (busy_())
        refusal = tr("Wait for the run to finish before placing images.");
    if (!refusal.isEmpty()) {
        emit message(refusal, 10000);
        if (fromDialog_)
            QMessageBox::information(window_, tr("Place new images"), refusal);
        fromDialog_ = false;
        return false;
    }
    status_->setBusy(true, tr("Placing %1 on %2…").arg(spec, QString::fromStdString(run->name)));
    return controller_->start(id, spec);
}

}  // namespace tse::gui
