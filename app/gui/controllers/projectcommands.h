// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The project commands of the File menu — new, open, open recent, save, save as — with their
// dialogs and messages, kept out of MainWindow. The project itself lives in ProjectController.

#include <QObject>

#include <functional>

#include "tse/common/result.h"

class QAction;
class QMenu;
class QWidget;

namespace tse::gui {

class ProjectController;

class ProjectCommands : public QObject {
    Q_OBJECT
public:
    // busy: true while something (a run) forbids replacing the project.
    ProjectCommands(ProjectController* projects, QWidget* window, std::function<bool()> busy);

    void addActions(QMenu* fileMenu);
    void retranslate();

    // Without dialogs (the menu versions add them); errors are returned.
    Status openProject(const QString& path);
    Status saveProjectAs(const QString& path);
    // Asks to save unsaved work; false when the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    // The message File ▸ Open gives when a project cannot be opened (the file is left untouched).
    void reportOpenFailure(const QString& path, const Error& error);

signals:
    void message(const QString& text, int milliseconds);

private:
    void openWithDialog();
    void openAndReport(const QString& path);
    void fillRecentMenu();

    ProjectController* projects_;
    QWidget* window_;
    std::function<bool()> busy_;
    QAction* new_ = nullptr;
    QAction* open_ = nullptr;
    QMenu* recent_ = nullptr;
    QAction* save_ = nullptr;
    QAction* saveAs_ = nullptr;
};

}  // namespace tse::gui
