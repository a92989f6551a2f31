// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run ▸ Place new images ▸ From a folder… / From a file…: the dialogs, the progress in the
// status bar, cancel, the message, and Edit ▸ Undo for a placement. The work itself is done by
// PlacementController; MainWindow only shows the new run.

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace tse::gui {

class DatasetLibrary;
class PlacementController;
class ProjectController;
class RunStatusBar;

class PlacementCommands : public QObject {
    Q_OBJECT
public:
    // shownRun: the id of the run the map shows (0: none); busy: true while a run is going.
    PlacementCommands(ProjectController* projects, DatasetLibrary* library, QUndoStack* undoStack,
                      RunStatusBar* status, QWidget* window, std::function<int()> shownRun,
                      std::function<bool()> busy);

    void addActions(QMenu* runMenu);
    void retranslate();
    PlacementController* controller() const { return controller_; }

    // Places what spec names on the shown run, without dialogs; false when it cannot start
    // (the reason goes to message()).
    bool placeOnShownRun(const QString& spec);
    bool isPlacing() const;
    void cancel();

signals:
    void message(const QString& text, int milliseconds);
    // The placed run was added (undoably) to the project.
    void placed(int runId);
    void failed(const QString& reason);

private:
    void chooseAndPlace(bool folder);
    void updateActions();

    ProjectController* projects_;
    QUndoStack* undoStack_;
    RunStatusBar* status_;
    QWidget* window_;
    std::function<int()> shownRun_;
    std::function<bool()> busy_;
    PlacementController* controller_ = nullptr;
    QMenu* menu_ = nullptr;
    QAction* fromFolder_ = nullptr;
    QAction* fromFile_ = nullptr;
    bool fromDialog_ = false;  // a failure after a dialog gets a message box, not just the status bar
};

}  // namespace tse::gui
