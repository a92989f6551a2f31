// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The workbench window: assembles the docks and the map and routes signals between them and
// the controllers. Behaviour lives in DatasetLibrary and RunController.

#include <QFutureWatcher>
#include <QMainWindow>

#include <map>
#include <optional>

#include "datasetlibrary.h"
#include "tse/common/result.h"
#include "tse/run/runrecord.h"

class QAction;
class QUndoStack;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tse::gui {

class ComparisonWindow;
class DatasetDock;
class HistoryCommands;
class KlChart;
class PreviewDock;
class ProjectController;
class ParameterDock;
class MapTools;
class RunController;
class RunHistoryDock;
class ScatterView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        QString dataset;       // empty: the last one used, or the bundled sample
        QString project;       // a .tsnex project to open at start
        bool autoRun = true;   // run the first small dataset at once, so the user sees a map
        bool autoRunAnySize = false;  // … and large ones too (scripting, screenshots)
    };
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    explicit MainWindow(QWidget* parent = nullptr) : MainWindow(Options{}, parent) {}
    ~MainWindow() override;

    // For tests and scripting.
    DatasetLibrary* datasets() const { return library_; }
    RunController* runs() const { return controller_; }
    ScatterView* scatterView() const { return view_; }
    ParameterDock* parameterDock() const { return parameterDock_; }
    MapTools* mapTools() const { return mapTools_; }
    RunHistoryDock* historyDock() const { return historyDock_; }
    KlChart* klChart() const { return klChart_; }
    PreviewDock* previewDock() const { return previewDock_; }
    DatasetDock* datasetDock() const { return datasetDock_; }
    const std::map<int, run::RunRecord>& runRecords() const;
    ProjectController* projects() const { return projects_; }
    // Project commands without dialogs (the menu versions add them); errors are returned.
    Status openProject(const QString& path);
    Status saveProjectAs(const QString& path);
    QString currentDatasetSpec() const { return currentSpec_; }
    class PlacementCommands* placementCommands() const { return placementCommands_; }
    class ClusterCommands* clusterCommands() const { return clusterCommands_; }
    class MapClusterCommands* mapClusterCommands() const { return mapClusterCommands_; }
    class ClusterDock* clusterDock() const { return clusterDock_; }
    class SweepCommands* sweepCommands() const { return sweepCommands_; }

    void openDataset(const QString& spec);
    bool startRun();
    // Starts a run with exactly the saved run's parameters, seed and thread count.
    bool rerunIdentically(int runId);
    QUndoStack* undoStack() const { return undoStack_; }
    // Highlights the items of the shown map whose class name, file path or metadata contains
    // `text` (case-insensitive); returns how many match (all when text is empty).
    int applySearch(const QString& text);
    // Opens the side-by-side comparison of 2–4 runs; null (and a message) when not possible.
    ComparisonWindow* compareRuns(const std::vector<int>& runIds);
    void cancelRun();
    void showRun(int runId);
    // The shown run's clusters in the cluster dock (with the dataset's thumbnails when loaded).
    void showClusters();

signals:
    void runFinished(int runId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void restoreLayout();
    void retranslate();
    void onDatasetLoaded(const QString& spec);
    bool launchRun(const DatasetPtr& dataset, const run::RunParameters& parameters);
    void onRunFinished(const run::RunRecord& record, const QString& error);
    void setBusy(bool busy, const QString& what);
    void updateTitle();
    void rebuildHistory();

    Options options_;
    DatasetLibrary* library_ = nullptr;
    RunController* controller_ = nullptr;
    ScatterView* view_ = nullptr;
    DatasetDock* datasetDock_ = nullptr;
    ParameterDock* parameterDock_ = nullptr;
    RunHistoryDock* historyDock_ = nullptr;
    HistoryCommands* history_ = nullptr;
    QDockWidget* klDock_ = nullptr;
    KlChart* klChart_ = nullptr;
    PreviewDock* previewDock_ = nullptr;
    class RunStatusBar* status_ = nullptr;
    class ProjectCommands* projectCommands_ = nullptr;
    class PlacementCommands* placementCommands_ = nullptr;
    class ClusterCommands* clusterCommands_ = nullptr;
    class MapClusterCommands* mapClusterCommands_ = nullptr;
    class ClusterDock* clusterDock_ = nullptr;
    class SweepCommands* sweepCommands_ = nullptr;
    class SpectrumTask* spectrum_ = nullptr;
    class MachineSpeedTask* machineSpeed_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* runMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* openFolderAction_ = nullptr;
    QAction* openFileAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* runAction_ = nullptr;
    QAction* cancelAction_ = nullptr;
    QAction* resetCameraAction_ = nullptr;
    QAction* turntableAction_ = nullptr;
    MapTools* mapTools_ = nullptr;
    QAction* aboutAction_ = nullptr;

    QString currentSpec_;
    ProjectController* projects_ = nullptr;
    QUndoStack* undoStack_ = nullptr;
    QMenu* editMenu_ = nullptr;
    std::optional<run::RunParameters> pendingRerun_;  // waits for its dataset to load
    int shownRunId_ = 0;
    int liveRunId_ = 0;
    bool autoRunDone_ = false;
};

}  // namespace tse::gui
