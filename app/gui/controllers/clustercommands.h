// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run ▸ Run on cluster… (shown when sbatch is on the PATH): the current dataset and parameters
// as a Slurm plan (app/cluster/slurmplan.h: extract in shards → merge → embed into the open
// project), the plan shown in the run history with its state (queued, running k/N shards, failed
// shards, done) and, when it is done, its run loaded from the project and shown.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <filesystem>
#include <functional>
#include <vector>

#include "slurmplan.h"

class QAction;
class QMenu;
class QWidget;

namespace tse::gui {

class ProjectController;
class RunHistoryDock;

class ClusterCommands : public QObject {
    Q_OBJECT
public:
    // current: the dataset spec and parameters a local run would use now.
    using CurrentRun = std::function<std::pair<QString, run::RunParameters>()>;
    ClusterCommands(ProjectController* projects, RunHistoryDock* history, QWidget* window, CurrentRun current);

    void addActions(QMenu* runMenu);
    void retranslate();
    // Whether sbatch is on the PATH (the action is hidden otherwise).
    static bool slurmAvailable();

    // Submits the current run as an embed plan with these resources, without a dialog; the
    // reason goes to message() when it cannot.
    struct Resources {
        int shards = 4;
        QString partition, time, memory;
        int cpus = 1;
        int gpus = 0;
    };
    bool submit(const Resources& resources);
    // The tsne-explorer-cli the jobs run (found beside this program or on the PATH by default).
    void setProgram(const std::filesystem::path& program) { program_ = program; }
    int activePlans() const { return static_cast<int>(plans_.size()); }

signals:
    void message(const QString& text, int milliseconds);
    // The plan finished and its run is in the project under runId.
    void runArrived(int runId);

private:
    struct ActivePlan {
        std::filesystem::path folder;
        std::string runName;
        run::RunParameters parameters;
        int rowId = 0;  // its row in the history
    };
    void chooseAndSubmit();
    void poll();
    void showPlan(const ActivePlan& plan, const QString& state, run::RunStatus status);

    ProjectController* projects_;
    RunHistoryDock* history_;
    QWidget* window_;
    CurrentRun current_;
    std::filesystem::path program_;
    QAction* action_ = nullptr;
    QTimer timer_;
    std::vector<ActivePlan> plans_;
    int nextRowId_ = -1000000;  // far below the unsaved runs' ids
    QFutureWatcher<std::vector<std::pair<std::size_t, std::vector<cluster::StageStatus>>>> watcher_;
};

}  // namespace tse::gui
