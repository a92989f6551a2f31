// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "aboutbox.h"
#include "comparisonwindow.h"
#include "datasetdock.h"
#include "datasetparameters.h"
#include "featurecacheaction.h"
#include "historycommands.h"
#include "klchart.h"
#include "mapsearch.h"
#include "maptitle.h"
#include "previewdock.h"
#include "parameterdock.h"
#include "placementcommands.h"
#include "clustercommands.h"
#include "clusterdock.h"
#include "itemimage.h"
#include "mapclustercommands.h"
#include "sweepcommands.h"
#include "sweepwindow.h"
#include "preferences.h"
#include "projectcontroller.h"
#include "projectcommands.h"
#include "runcontroller.h"
#include "runhistorydock.h"
#include "runstatusbar.h"
#include "shortcutguard.h"
#include "scatterview.h"
#include "spectrumtask.h"
#include "machinespeedtask.h"

namespace tse::gui {
namespace {

// Beyond this many items a first start does not run t-SNE on its own.
constexpr std::size_t kAutoRunLimit = 10000;

}  // namespace

MainWindow::MainWindow(const Options& options, QWidget* parent) : QMainWindow(parent), options_(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tsne-explorer.svg")));
    library_ = new DatasetLibrary(this);
    controller_ = new RunController(this);
    projects_ = new ProjectController(this);
    undoStack_ = new QUndoStack(this);

    view_ = new ScatterView(this);
    setCentralWidget(view_);

    datasetDock_ = new DatasetDock(this);
    parameterDock_ = new ParameterDock(this);
    historyDock_ = new RunHistoryDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, datasetDock_);
    addDockWidget(Qt::LeftDockWidgetArea, parameterDock_);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock_);
    klChart_ = new KlChart(this);
    klDock_ = new QDockWidget(this);
    klDock_->setObjectName(QStringLiteral("KlDock"));
    klDock_->setWidget(klChart_);
    addDockWidget(Qt::BottomDockWidgetArea, klDock_);
    splitDockWidget(historyDock_, klDock_, Qt::Horizontal);
    previewDock_ = new PreviewDock(this);
    // A tab beside the dataset browser, so the map keeps its room; picking a point raises it.
    tabifyDockWidget(datasetDock_, previewDock_);
    datasetDock_->raise();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(datasetDock_), static_cast<QDockWidget*>(parameterDock_),
                              static_cast<QDockWidget*>(historyDock_), klDock_, static_cast<QDockWidget*>(previewDock_)})
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);

    status_ = new RunStatusBar(statusBar());
    projectCommands_ = new ProjectCommands(projects_, this, [this] { return controller_->isRunning(); });
    connect(projectCommands_, &ProjectCommands::message, statusBar(), &QStatusBar::showMessage);
    placementCommands_ = new PlacementCommands(
        projects_, library_, undoStack_, status_, this, [this] { return shownRunId_; },
        [this] { return controller_->isRunning(); });
    connect(placementCommands_, &PlacementCommands::message, statusBar(), &QStatusBar::showMessage);
    clusterCommands_ = new ClusterCommands(projects_, historyDock_, this, [this] {
        return std::pair{currentSpec_, parameterDock_->parameters()};
    });
    connect(clusterCommands_, &ClusterCommands::message, statusBar(), &QStatusBar::showMessage);
    connect(clusterCommands_, &ClusterCommands::runArrived, this, [this](int id) {
        historyDock_->selectRun(id);
        showRun(id);
    });
    mapClusterCommands_ = new MapClusterCommands(projects_, this, [this] { return shownRunId_; });
    connect(mapClusterCommands_, &MapClusterCommands::message, statusBar(), &QStatusBar::showMessage);
    connect(mapClusterCommands_, &MapClusterCommands::failed, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 10000); });
    clusterDock_ = new ClusterDock(this);
    clusterDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, clusterDock_);
    clusterDock_->hide();  // shown once a map has clusters (or from View)
    connect(mapClusterCommands_, &MapClusterCommands::found, this, [this](int id) {
        if (id != shownRunId_)
            return;
        // Only here: renaming a run or editing its notes must not redraw the map.
        showClusters();
        mapTools_->runShown();  // the colour choices gain "Cluster"
        mapTools_->setColourBy(MapTools::clusterColouring());
        clusterDock_->show();
        clusterDock_->raise();
    });
    connect(clusterDock_, &ClusterDock::namingChanged, this, [this] { mapTools_->runShown(); });
    connect(clusterDock_, &ClusterDock::clusterChosen, this, [this](const std::vector<int>& items, const QString& name) {
        view_->setSelection(items);
        statusBar()->showMessage(tr("Cluster %1: %Ln point(s) selected", nullptr, int(items.size())).arg(name), 5000);
    });
    SweepCommands::Hooks sweepHooks;
    // The sweep's members keep the dataset it started on, whatever is opened meanwhile.
    sweepHooks.parameters = [this] {
        auto parameters = parameterDock_->parameters();
        parameters.dataset = currentSpec_.toStdString();
        return parameters;
    };
    sweepHooks.itemCount = [this] {
        const DatasetPtr ds = library_->dataset(currentSpec_);
        return ds ? ds->size() : std::size_t(0);
    };
    sweepHooks.launch = [this](const run::RunParameters& parameters) {
        const DatasetPtr ds = library_->dataset(QString::fromStdString(parameters.dataset));
        if (!ds || controller_->isRunning())
            return false;
        return launchRun(ds, parameters);
    };
    sweepCommands_ = new SweepCommands(projects_, controller_, this, std::move(sweepHooks));
    connect(sweepCommands_, &SweepCommands::message, statusBar(), &QStatusBar::showMessage);
    connect(sweepCommands_, &SweepCommands::failed, this, [this](const QString& reason) {
        statusBar()->showMessage(reason, 10000);
    });
    connect(sweepCommands_, &SweepCommands::runChosen, this, [this](int id) {
        historyDock_->selectRun(id);
        showRun(id);
    });
    connect(parameterDock_, &ParameterDock::sweepRequested, sweepCommands_, &SweepCommands::askAndSweep);
    spectrum_ = new SpectrumTask(this);
    connect(spectrum_, &SpectrumTask::ready, parameterDock_, &ParameterDock::setExplainedVariance);
    // The estimate is scaled to this machine's speed, measured once when the workbench is idle:
    // after a dataset's spectrum, or after a run.
    machineSpeed_ = new MachineSpeedTask(this);
    parameterDock_->setMachineSlowdown(machineSpeed_->slowdown());
    connect(machineSpeed_, &MachineSpeedTask::ready, parameterDock_, &ParameterDock::setMachineSlowdown);
    connect(controller_, &RunController::started, machineSpeed_, &MachineSpeedTask::noteBusy);  // sweeps' runs too
    connect(spectrum_, &SpectrumTask::ready, this, [this] {
        if (!controller_->isRunning())
            machineSpeed_->measureIfUnknown();
    });

    createActions();
    createMenus();
    new ShortcutGuard(this);

    connect(datasetDock_, &DatasetDock::datasetChosen, this, &MainWindow::openDataset);
    connect(parameterDock_, &ParameterDock::runRequested, this, &MainWindow::startRun);
    connect(parameterDock_, &ParameterDock::cancelRequested, this, &MainWindow::cancelRun);
    connect(parameterDock_, &ParameterDock::message, statusBar(), &QStatusBar::showMessage);
    connect(status_, &RunStatusBar::cancelClicked, this, [this] {
        if (placementCommands_->isPlacing())
            placementCommands_->cancel();
        else if (controller_->isRunning())
            cancelRun();
        else
            library_->cancel();
    });
    connect(historyDock_, &RunHistoryDock::runSelected, this, &MainWindow::showRun);
    connect(projects_, &ProjectController::runsReset, this, &MainWindow::rebuildHistory);
    connect(projects_, &ProjectController::runsReset, undoStack_, &QUndoStack::clear);
    connect(projects_, &ProjectController::runAdded, this,
            [this](int id) { historyDock_->setRun(*projects_->run(id)); });
    connect(projects_, &ProjectController::runChanged, this,
            [this](int id) { historyDock_->setRun(*projects_->run(id)); });
    connect(projects_, &ProjectController::runRemoved, this, [this](int id) {
        historyDock_->removeRun(id);
        if (id == shownRunId_) {
            shownRunId_ = 0;
            view_->clear();
            view_->setTitle(QString());
        }
    });
    history_ = new HistoryCommands(projects_, undoStack_, this);
    connect(history_, &HistoryCommands::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    history_->attach(historyDock_);
    connect(historyDock_, &RunHistoryDock::rerunRequested, this, &MainWindow::rerunIdentically);
    connect(historyDock_, &RunHistoryDock::loadParametersRequested, this, [this](int id) {
        if (const auto* record = projects_->run(id))
            parameterDock_->setParameters(record->parameters);
    });
    connect(projects_, &ProjectController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(projects_, &ProjectController::pathChanged, this, &MainWindow::updateTitle);

    connect(library_, &DatasetLibrary::loadingStarted, this, [this](const QString& spec) {
        datasetDock_->showLoading(spec);
        status_->setBusy(true, tr("Loading %1…").arg(spec));
    });
    connect(library_, &DatasetLibrary::progressChanged, this,
            [this](int value, const QString&) { status_->setProgress(value); });
    connect(library_, &DatasetLibrary::loaded, this, &MainWindow::onDatasetLoaded);
    connect(library_, &DatasetLibrary::failed, this, [this](const QString& spec, const QString& message) {
        pendingRerun_.reset();  // its dataset is not there: nothing to re-run
        setBusy(false, QString());
        datasetDock_->showError(spec, message);
        statusBar()->showMessage(tr("Could not open %1: %2").arg(spec, message), 10000);
    });

    connect(controller_, &RunController::progressChanged, status_, &RunStatusBar::showRunProgress);
    connect(controller_, &RunController::snapshotReady, this,
            [this](const Matrix& coordinates, int iteration, int total) {
                const DatasetPtr ds = library_->dataset(currentSpec_);
                view_->showLiveMap(coordinates, ds ? ds->labels : std::vector<int>{},
                                   ds ? ds->classNames : std::vector<std::string>{});
                view_->setTitle(tr("Run %1 — iteration %2 of %3").arg(liveRunId_).arg(iteration).arg(total));
                status_->showIterations(iteration, total);
            });
    connect(controller_, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(controller_, &RunController::warning, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(controller_, &RunController::klUpdated, klChart_, &KlChart::setSamples);
    // A picked point is shown in the preview; picking a neighbour there moves the selection.
    connect(view_, &ScatterView::itemSelected, this, [this](int item) {
        const auto* record = projects_->run(shownRunId_);
        previewDock_->showItem(record ? library_->datasetOf(*record) : nullptr, item, record ? record->tsneInput : nullptr,
                               record ? record->placed : std::vector<std::uint8_t>{});
        if (item >= 0)
            previewDock_->raise();
    });
    connect(previewDock_, &PreviewDock::neighbourChosen, view_, &ScatterView::selectItem);
    // A placed run is shown as soon as it is made, its new items apart from the map's own.
    connect(placementCommands_, &PlacementCommands::placed, this, [this](int id) {
        historyDock_->selectRun(id);
        showRun(id);
        mapTools_->setColourBy(MapTools::placementColouring());
    });

    datasetDock_->addKnownDatasets();

    parameterDock_->setParameters(preferences::defaultRunParameters());
    retranslate();
    restoreLayout();

    if (!options_.project.isEmpty()) {
        // The project's maps are what the user wants to see — or, when it cannot be opened, the
        // reason (as File ▸ Open gives it, once the window is up): no run starts on its own.
        autoRunDone_ = true;
        if (auto opened = openProject(options_.project); !opened)
            QTimer::singleShot(0, projectCommands_, [this, error = opened.error()] {
                projectCommands_->reportOpenFailure(options_.project, error);
            });
    }
    const QString first = options_.dataset.isEmpty() ? preferences::lastDataset() : options_.dataset;
    openDataset(first.isEmpty() ? QStringLiteral("sample") : first);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    openFolderAction_ = new QAction(this);
    openFolderAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openFolderAction_, &QAction::triggered, datasetDock_, &DatasetDock::chooseFolder);
    openFileAction_ = new QAction(this);
    openFileAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(openFileAction_, &QAction::triggered, datasetDock_, &DatasetDock::chooseIdxFile);
    mapTools_ = new MapTools(
        view_, this, [this] { return projects_->run(shownRunId_); },
        [this](const run::RunRecord& record) { return library_->datasetOf(record); });
    mapTools_->setClusterNames([this] { return clusterDock_->legendNames(); });
    mapTools_->setReplaySource([this] { return projects_->replay(shownRunId_); });
    connect(mapTools_, &MapTools::message, this,
            [this](const QString& text, int milliseconds) { statusBar()->showMessage(text, milliseconds); });
    quitAction_ = new QAction(this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    runAction_ = new QAction(this);
    runAction_->setObjectName(QStringLiteral("runAction"));
    runAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(runAction_, &QAction::triggered, this, &MainWindow::startRun);
    cancelAction_ = new QAction(this);
    cancelAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction_->setEnabled(false);
    connect(cancelAction_, &QAction::triggered, this, &MainWindow::cancelRun);
    resetCameraAction_ = new QAction(this);
    resetCameraAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetCameraAction_, &QAction::triggered, view_, &ScatterView::resetCamera);
    turntableAction_ = new QAction(this);
    turntableAction_->setObjectName(QStringLiteral("turntableAction"));
    turntableAction_->setCheckable(true);
    turntableAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(turntableAction_, &QAction::toggled, view_, &ScatterView::setTurntable);
    aboutAction_ = new QAction(this);
    connect(aboutAction_, &QAction::triggered, this, [this] { showAboutBox(this); });
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    projectCommands_->addActions(fileMenu_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(openFolderAction_);
    fileMenu_->addAction(openFileAction_);
    fileMenu_->addSeparator();
    mapTools_->addExportActions(fileMenu_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);
    editMenu_ = menuBar()->addMenu(QString());
    auto* undo = undoStack_->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = undoStack_->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    editMenu_->addAction(undo);
    editMenu_->addAction(redo);
    mapTools_->addEditActions(editMenu_);
    runMenu_ = menuBar()->addMenu(QString());
    runMenu_->addAction(runAction_);
    runMenu_->addAction(cancelAction_);
    runMenu_->addSeparator();
    placementCommands_->addActions(runMenu_);
    clusterCommands_->addActions(runMenu_);
    runMenu_->addSeparator();
    sweepCommands_->addActions(runMenu_);
    mapClusterCommands_->addActions(runMenu_);
    runMenu_->addSeparator();
    connect(new FeatureCacheAction(runMenu_, this), &FeatureCacheAction::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(resetCameraAction_);
    viewMenu_->addAction(turntableAction_);
    mapTools_->addViewActions(viewMenu_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(datasetDock_->toggleViewAction());
    viewMenu_->addAction(parameterDock_->toggleViewAction());
    viewMenu_->addAction(historyDock_->toggleViewAction());
    viewMenu_->addAction(klDock_->toggleViewAction());
    viewMenu_->addAction(previewDock_->toggleViewAction());
    viewMenu_->addAction(clusterDock_->toggleViewAction());
    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);

    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(runAction_);
    toolbar->addAction(cancelAction_);
    toolbar->addSeparator();
    mapTools_->addToToolbar(toolbar);
}

void MainWindow::retranslate()
{
    QGuiApplication::setApplicationDisplayName(tr("t-SNE Explorer"));
    updateTitle();
    fileMenu_->setTitle(tr("&File"));
    projectCommands_->retranslate();
    placementCommands_->retranslate();
    clusterCommands_->retranslate();
    mapClusterCommands_->retranslate();
    sweepCommands_->retranslate();
    editMenu_->setTitle(tr("&Edit"));
    runMenu_->setTitle(tr("&Run"));
    viewMenu_->setTitle(tr("&View"));
    helpMenu_->setTitle(tr("&Help"));
    openFolderAction_->setText(tr("Open image &folder…"));
    openFileAction_->setText(tr("Open &IDX file…"));
    quitAction_->setText(tr("&Quit"));
    runAction_->setText(tr("&Run t-SNE"));
    cancelAction_->setText(tr("&Cancel run"));
    resetCameraAction_->setText(tr("Reset &camera"));
    turntableAction_->setText(tr("&Turntable"));
    mapTools_->retranslate();
    aboutAction_->setText(tr("&About t-SNE Explorer"));
    klDock_->setWindowTitle(tr("KL divergence"));
    status_->retranslate();
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        toolbar->setWindowTitle(tr("Main toolbar"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = preferences::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (!restoreState(preferences::windowState())) {
        // First start: the map gets the room, the history a strip along the bottom. Sizes are
        // set once the window is laid out, or the docks' own size hints win.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({historyDock_}, {170}, Qt::Vertical);
            resizeDocks({datasetDock_, parameterDock_}, {220, 560}, Qt::Vertical);
            resizeDocks({datasetDock_}, {300}, Qt::Horizontal);
            resizeDocks({historyDock_, klDock_}, {860, 360}, Qt::Horizontal);
        });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!projectCommands_->maybeSave()) {
        event->ignore();
        return;
    }
    controller_->cancel();
    library_->cancel();
    preferences::setWindowGeometry(saveGeometry());
    preferences::setWindowState(saveState());
    if (!currentSpec_.isEmpty()) {
        preferences::setRunParametersFor(currentSpec_, parameterDock_->parameters());
        preferences::setLastDataset(currentSpec_);
    }
    event->accept();
}

void MainWindow::setBusy(bool busy, const QString& what) { status_->setBusy(busy, what); }

void MainWindow::openDataset(const QString& spec)
{
    if (controller_->isRunning()) {
        statusBar()->showMessage(tr("Cancel the run before switching datasets."), 5000);
        datasetDock_->setCurrent(currentSpec_);
        return;
    }
    if (library_->isLoading())
        return;
    library_->load(spec);
}

void MainWindow::onDatasetLoaded(const QString& spec)
{
    setBusy(false, QString());
    const DatasetPtr ds = library_->dataset(spec);
    if (!ds)
        return;
    if (!currentSpec_.isEmpty() && currentSpec_ != spec)  // the editor's values stay with their dataset
        preferences::setRunParametersFor(currentSpec_, parameterDock_->parameters());
    currentSpec_ = spec;
    preferences::setLastDataset(spec);
    datasetDock_->showDataset(spec, *ds);
    parameterDock_->setDataShape(ds->size(), ds->imageBytes());
    const DatasetParameters shown = parametersForDataset(spec, *ds);
    parameterDock_->setParameters(shown.parameters);
    parameterDock_->setExplainedVariance({});
    machineSpeed_->noteBusy();
    spectrum_->start(ds);
    statusBar()->showMessage(tr("Opened %1 (%Ln item(s))", nullptr, static_cast<int>(ds->size()))
                                     .arg(QString::fromStdString(ds->name)) +
                                 (shown.adjusted.isEmpty() ? QString() : QStringLiteral(" ") + shown.adjusted),
                             shown.adjusted.isEmpty() ? 5000 : 15000);
    if (pendingRerun_) {
        const auto parameters = *pendingRerun_;
        pendingRerun_.reset();
        parameterDock_->setParameters(parameters);
        autoRunDone_ = true;
        // Exactly the saved parameters, thread count included (not an editor field).
        auto exact = parameters;
        exact.dataset = spec.toStdString();
        launchRun(ds, exact);
        return;
    }
    if (options_.autoRun && !autoRunDone_ && (ds->size() <= kAutoRunLimit || options_.autoRunAnySize) &&
        shown.chosen() && parameterDock_->isValid()) {
        autoRunDone_ = true;
        startRun();
    }
}

bool MainWindow::startRun()
{
    const DatasetPtr ds = library_->dataset(currentSpec_);
    if (!ds || controller_->isRunning())
        return false;
    if (!parameterDock_->isValid()) {
        statusBar()->showMessage(tr("Fix the parameters marked in red first."), 5000);
        return false;
    }
    const auto parameters = parameterDock_->parameters();
    preferences::setRunParametersFor(currentSpec_, parameters);
    auto params = parameters;
    params.dataset = currentSpec_.toStdString();
    return launchRun(ds, params);
}

bool MainWindow::launchRun(const DatasetPtr& ds, const run::RunParameters& params)
{
    connect(controller_, &RunController::started, this, [this](int id) { liveRunId_ = id; },
            Qt::SingleShotConnection);
    if (!controller_->start(ds, params))
        return false;
    view_->setMap(Matrix(0, params.tsne.dimensions), {}, {});
    klChart_->clear();
    setBusy(true, tr("Running t-SNE…"));
    parameterDock_->setRunning(true);
    runAction_->setEnabled(false);
    cancelAction_->setEnabled(true);
    return true;
}

void MainWindow::cancelRun() { controller_->cancel(); }

void MainWindow::onRunFinished(const run::RunRecord& record, const QString& error)
{
    machineSpeed_->measureIfUnknown();
    parameterDock_->setRunning(false);
    runAction_->setEnabled(true);
    cancelAction_->setEnabled(false);
    setBusy(false, runOutcomeText(record, error));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Run failed"), tr("The run could not finish:\n%1").arg(error));
    int storedId = record.id;
    if (record.coordinates.rows() > 0) {
        storedId = projects_->addRun(record);  // the history row comes from runAdded
        showRun(storedId);
        historyDock_->selectRun(storedId);
    }
    emit runFinished(storedId);
    // A sweep goes on with its next member (or stops at a failed or cancelled one).
    sweepCommands_->runEnded(record.coordinates.rows() > 0 ? storedId : 0);
}

const std::map<int, run::RunRecord>& MainWindow::runRecords() const { return projects_->runs(); }

bool MainWindow::rerunIdentically(int runId)
{
    const auto* record = projects_->run(runId);
    if (!record || controller_->isRunning())
        return false;
    auto parameters = record->parameters;
    parameters.tsne.threads = record->threads;
    const QString spec = QString::fromStdString(parameters.dataset);
    pendingRerun_ = parameters;
    if (spec == currentSpec_ && library_->dataset(spec)) {
        onDatasetLoaded(spec);
        return true;
    }
    openDataset(spec);
    return true;
}

int MainWindow::applySearch(const QString& text) { return mapTools_->search()->applySearch(text); }

ComparisonWindow* MainWindow::compareRuns(const std::vector<int>& runIds) { return history_->compareRuns(runIds); }

void MainWindow::updateTitle()
{
    // The system adds the application's display name (set in retranslate) to the title.
    setWindowTitle(tr("%1[*]").arg(projects_->displayName()));
    setWindowModified(projects_->isModified());
}

void MainWindow::rebuildHistory()
{
    historyDock_->setRuns(projects_->runs());
    if (!projects_->runs().empty()) {
        const int last = projects_->runs().rbegin()->first;
        showRun(last);
        historyDock_->selectRun(last);
    } else {
        shownRunId_ = 0;
        view_->clear();
        view_->setTitle(QString());
    }
}

Status MainWindow::openProject(const QString& path) { return projectCommands_->openProject(path); }

Status MainWindow::saveProjectAs(const QString& path) { return projectCommands_->saveProjectAs(path); }

void MainWindow::showRun(int runId)
{
    const run::RunRecord* found = projects_->run(runId);
    if (!found)
        return;
    const auto& record = *found;
    shownRunId_ = runId;
    view_->setMap(record.coordinates, record.labels, record.classNames);
    klChart_->setSamples(record.klHistory);
    showClusters();  // before the colouring: colour by cluster takes the dock's names
    mapTools_->runShown();
    view_->setTitle(mapTitle(record));
}

void MainWindow::showClusters()
{
    const run::RunRecord* record = projects_->run(shownRunId_);
    const DatasetPtr dataset = record ? library_->datasetOf(*record) : nullptr;
    clusterDock_->showRun(
        record,
        [dataset](int item) {
            return dataset && std::size_t(item) < dataset->size() ? figure::itemImage(*dataset, std::size_t(item))
                                                                   : QImage();
        },
        dataset.get());
}

}  // namespace tse::gui
