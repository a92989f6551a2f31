// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run ▸ Find clusters…: a small dialog (minimum size, largest share of the map, finest or most
// stable clusters; remembered), the density clusters of the shown map found off the UI thread
// (pipeline/runclusters.h) and kept with the run in the project. (Not to be confused with
// ClusterCommands, which hands runs to a Slurm cluster.)

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

#include "pipeline/runclusters.h"

class QAction;
class QMenu;
class QWidget;

namespace tse::gui {

class ProjectController;

class MapClusterCommands : public QObject {
    Q_OBJECT
public:
    // shownRun: the id of the run the map shows (0: none).
    MapClusterCommands(ProjectController* projects, QWidget* window, std::function<int()> shownRun);
    ~MapClusterCommands() override;

    void addActions(QMenu* runMenu);
    void retranslate();
    QAction* findAction() const { return find_; }

    // Finds clusters of the shown run without the dialog; false when it cannot start (the
    // reason goes to failed()).
    bool findOnShownRun(const app::ClusterRequest& request);
    bool isFinding() const { return watcher_.isRunning(); }

signals:
    void message(const QString& text, int milliseconds);
    // The clusters of run id are found and kept with it.
    void found(int runId);
    void failed(const QString& reason);

private:
    struct Outcome {
        run::ClusterLabels clusters;
        QString error;
    };
    void askAndFind();
    void finish();

    ProjectController* projects_;
    QWidget* window_;
    std::function<int()> shownRun_;
    QAction* find_ = nullptr;
    QFutureWatcher<Outcome> watcher_;
    int runId_ = 0;
};

}  // namespace tse::gui
