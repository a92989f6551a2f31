// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the run history's context menu does to saved runs: rename and delete (undoable), notes,
// parameter differences, and the side-by-side comparison of maps.

#include <QObject>
#include <QString>

#include <vector>

class QUndoStack;
class QWidget;

namespace tse::gui {

class ComparisonWindow;
class ProjectController;

class HistoryCommands : public QObject {
    Q_OBJECT
public:
    HistoryCommands(ProjectController* projects, QUndoStack* undoStack, QWidget* dialogParent);

    // Carries out what the history dock's menus and keys ask for.
    void attach(class RunHistoryDock* dock);

    void renameRun(int runId);  // asks for the name
    void editNotes(int runId);
    void deleteRuns(const std::vector<int>& runIds);
    void compareParameters(int first, int second);
    // Opens the side-by-side comparison of 2–4 runs; null (and a message) when not possible.
    ComparisonWindow* compareRuns(const std::vector<int>& runIds);

signals:
    void message(const QString& text);

private:
    ProjectController* projects_;
    QUndoStack* undoStack_;
    QWidget* dialogParent_;
};

}  // namespace tse::gui
