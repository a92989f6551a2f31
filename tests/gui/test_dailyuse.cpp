// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The workbench as a daily instrument: what a new user trips over (issue 16), each with a test.

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QWindow>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "comparisonwindow.h"
#include "pipeline/machinespeed.h"
#include "mapmodel.h"
#include "preferences.h"
#include "previewdock.h"
#include "projectcontroller.h"
#include "runcontroller.h"
#include "runhistorydock.h"
#include "runstatusbar.h"
#include "scatterview.h"
#include "workbenchtest.h"

TEST(Workbench, EverydayParametersAndRunAreInSightAtTheDefaultSize)
{
    // A first start (no remembered layout) at the default 1280×800 window.
    tse::gui::preferences::setWindowGeometry({});
    tse::gui::preferences::setWindowState({});
    auto window = openWorkbench();
    ASSERT_EQ(window->size(), QSize(1280, 800));
    QTest::qWait(200);  // the first-start dock sizes are applied once the window is laid out
    auto* dock = window->parameterDock();
    auto* scroll = dock->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    const QRect viewport = scroll->viewport()->rect();
    auto inSight = [&](const char* name) {
        auto* w = dock->findChild<QWidget*>(QString::fromLatin1(name));
        if (!w || !w->isVisible())
            return false;
        const QRect at(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        return viewport.contains(at);
    };
    for (const char* name : {"perplexity", "learningRate", "iterations", "pcaDims", "dimensions"})
        EXPECT_TRUE(inSight(name)) << name << " needs scrolling at 1280x800";
    auto* run = dock->findChild<QWidget*>(QStringLiteral("runButton"));
    ASSERT_TRUE(run && run->isVisible());
    EXPECT_TRUE(dock->rect().contains(QRect(run->mapTo(dock, QPoint(0, 0)), run->size())));

    // Run disabled: the reason stands right above it, whatever the form's scroll position.
    auto p = dock->parameters();
    p.tsne.perplexity = 2000;
    dock->setParameters(p);
    auto* reason = dock->findChild<QLabel*>(QStringLiteral("runBlockedReason"));
    ASSERT_NE(reason, nullptr);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_TRUE(reason->text().contains(QStringLiteral("3000"))) << reason->text().toStdString();
    EXPECT_FALSE(run->isEnabled());
    saveScreenshot(window.get(), QStringLiteral("parameters-default-size.png"));
    p.tsne.perplexity = 30;
    dock->setParameters(p);
    EXPECT_FALSE(reason->isVisible());

    // The spectrum and the seed fold away under "More".
    auto* more = dock->findChild<QToolButton*>(QStringLiteral("moreParameters"));
    ASSERT_NE(more, nullptr);
    EXPECT_FALSE(dock->findChild<QWidget*>(QStringLiteral("seed"))->isVisible());
    more->click();
    EXPECT_TRUE(dock->findChild<QWidget*>(QStringLiteral("seed"))->isVisible());
    more->click();
}

namespace {

// A folder of `count` small coloured images in two classes.
void makeImageFolder(const QString& path, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString cls = i % 2 ? QStringLiteral("b") : QStringLiteral("a");
        QDir(path).mkpath(cls);
        QImage image(24, 24, QImage::Format_RGB888);
        image.fill(QColor(i % 2 ? 220 : 30, 10 * i, 90));
        ASSERT_TRUE(image.save(QStringLiteral("%1/%2/%3.png").arg(path, cls).arg(i)));
    }
}

}  // namespace

TEST(DailyUse, ParametersBelongToTheirDatasetAndDefaultsFitSmallOnes)
{
    QTemporaryDir tiny;
    makeImageFolder(tiny.path(), 7);
    auto window = openWorkbench();
    auto* dock = window->parameterDock();
    auto p = dock->parameters();
    p.tsne.perplexity = 12;
    p.tsne.iterations = 777;
    dock->setParameters(p);

    // A 7-image folder gets the defaults, adapted to fit it, and says so.
    window->openDataset(tiny.path());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == tiny.path(); }, 20000));
    const auto small = dock->parameters();
    EXPECT_DOUBLE_EQ(small.tsne.perplexity, 2.0);
    EXPECT_EQ(small.pcaDims, 6);
    EXPECT_EQ(small.tsne.iterations, 1000) << "the sample's 777 iterations do not carry over";
    EXPECT_TRUE(dock->isValid());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("perplexity 30 → 2")))
        << window->statusBar()->currentMessage().toStdString();

    // Back on the sample: its own values again, not the folder's.
    window->openDataset(QStringLiteral("sample"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == QStringLiteral("sample"); }, 20000));
    EXPECT_DOUBLE_EQ(dock->parameters().tsne.perplexity, 12.0);
    EXPECT_EQ(dock->parameters().tsne.iterations, 777);
    p.tsne.perplexity = 30;
    p.tsne.iterations = 1000;
    dock->setParameters(p);
}

TEST(DailyUse, AdaptedDefaultsNeverStartARunUnasked)
{
    QTemporaryDir tiny;
    makeImageFolder(tiny.path(), 9);
    MainWindow::Options options;
    options.dataset = tiny.path();
    options.autoRun = true;
    MainWindow window(options);
    window.show();
    QSignalSpy started(window.runs(), &tse::gui::RunController::started);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.currentDatasetSpec() == tiny.path(); }, 20000));
    QTest::qWait(300);
    EXPECT_EQ(started.count(), 0) << "values the user did not choose for this dataset";
    EXPECT_TRUE(window.parameterDock()->isValid());
}

TEST(DailyUse, ABadProjectOnTheCommandLineIsRefusedWithTheMessageAndNoRun)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.tsnex"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a project");
    file.close();
    MainWindow::Options options;
    options.dataset = QStringLiteral("sample");
    options.project = bad;
    options.autoRun = true;
    // The message box runs its own event loop: it is read and closed from a timer inside it.
    QString shownText;
    QTimer closer;
    closer.setInterval(50);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shownText = box->text();
            saveScreenshot(box, QStringLiteral("bad-project.png"));
            box->accept();
        }
    });
    closer.start();
    MainWindow window(options);
    window.show();
    QSignalSpy started(window.runs(), &tse::gui::RunController::started);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !shownText.isEmpty(); }, 20000));
    closer.stop();
    EXPECT_TRUE(shownText.contains(bad)) << shownText.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.currentDatasetSpec() == QStringLiteral("sample"); }, 20000));
    QTest::qWait(300);
    EXPECT_EQ(started.count(), 0);
    EXPECT_TRUE(window.runRecords().empty());
    QFile after(bad);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), QByteArray("this is not a project")) << "the file is left untouched";
}

TEST(DailyUse, FiguresLeaveOutThePickedPointWhichTheViewDrawsInRed)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 100, 3);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    auto* view = window->scatterView();
    // On screen the pick is drawn in its own strong red.
    auto redPixels = [&] {
        QTest::qWait(400);
        const QImage screen =
            window->screen()->grabWindow(0, window->x(), window->y(), window->width(), window->height()).toImage();
        int red = 0;
        for (int y = 0; y < screen.height(); ++y)
            for (int x = 0; x < screen.width(); ++x) {
                const QColor c = screen.pixelColor(x, y);
                red += c.red() > 150 && c.green() < 70 && c.blue() < 90;
            }
        return red;
    };
    view->selectItem(-1);
    const int before = redPixels();
    view->selectItem(123);
    EXPECT_GT(redPixels(), before + 20) << "the picked point is drawn clearly";
    saveScreenshot(window.get(), QStringLiteral("picked-point.png"));
    // A figure shows the map, not the pick.
    view->selectItem(-1);
    const QImage plain = view->renderImage(QSize(400, 300));
    view->selectItem(123);
    const QImage withPick = view->renderImage(QSize(400, 300));
    EXPECT_EQ(plain, withPick) << "a figure shows the map, not the pick";
    EXPECT_EQ(view->selectedItem(), 123) << "…and the pick stays";
}

TEST(DailyUse, HistoryNamesTheDatasetRunNamesAreUniqueAndCancelledRunsSaySo)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 100000, 3);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QSignalSpy snapshots(window->runs(), &tse::gui::RunController::snapshotReady);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(snapshots.wait(60000));
    window->cancelRun();
    ASSERT_TRUE(finished.wait(60000));
    const auto& record = window->runRecords().begin()->second;
    ASSERT_EQ(record.status, tse::run::RunStatus::Cancelled);
    EXPECT_TRUE(window->scatterView()->title().contains(
        QStringLiteral("cancelled at iteration %1 of 100000").arg(record.iterationsDone)))
        << window->scatterView()->title().toStdString();
    auto* table = window->historyDock()->findChild<QTableWidget*>(QStringLiteral("runTable"));
    ASSERT_NE(table, nullptr);
    int datasetColumn = -1, iterationsColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Dataset"))
            datasetColumn = c;
        if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Iterations"))
            iterationsColumn = c;
    }
    ASSERT_GE(datasetColumn, 0);
    ASSERT_GE(iterationsColumn, 0);
    EXPECT_EQ(table->item(0, datasetColumn)->text(), QStringLiteral("sample"));
    EXPECT_EQ(table->item(0, iterationsColumn)->text(), QStringLiteral("%L1 of %L2").arg(record.iterationsDone).arg(100000));
    saveScreenshot(window.get(), QStringLiteral("cancelled-run.png"));

    // Two runs never share a name in a project.
    auto* projects = window->projects();
    tse::run::RunRecord copy = record;
    const int second = projects->addRun(copy);
    EXPECT_EQ(projects->run(second)->name, record.name + " (2)");
    const int third = projects->addRun(copy);
    EXPECT_EQ(projects->run(third)->name, record.name + " (3)");
    EXPECT_TRUE(projects->renameRun(third, QString::fromStdString(record.name)));
    EXPECT_EQ(projects->run(third)->name, record.name + " (3)") << "renaming onto another run's name";
}

TEST(DailyUse, WindowShortcutsWorkFromTextFields)
{
    auto window = openWorkbench();
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    ASSERT_NE(search, nullptr);
    window->activateWindow();
    search->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }, 3000));
    // Ctrl+E (export coordinates) with no run yet: its message, not the end of the line.
    search->setText(QStringLiteral("abc"));
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("no finished run")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(search->cursorPosition(), 0);
    // Ctrl+T (turntable) from a parameter's spin box.
    auto* perplexity = window->parameterDock()->findChild<QDoubleSpinBox*>(QStringLiteral("perplexity"));
    ASSERT_NE(perplexity, nullptr);
    perplexity->setFocus();
    auto* turntable = window->findChild<QAction*>(QStringLiteral("turntableAction"));
    const bool before = turntable->isChecked();
    QTest::keyClick(perplexity, Qt::Key_T, Qt::ControlModifier);
    EXPECT_NE(turntable->isChecked(), before);
    turntable->setChecked(false);
    // Editing keys stay the field's: Ctrl+A selects the text.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(search->selectedText(), QStringLiteral("abc"));
}

TEST(DailyUse, LeftDragTurnsEveryMapAndAClickStillPicks)
{
    auto window = openWorkbench();
    const std::vector<int> ids = runWithPerplexities(window.get(), 100, {30.0, 20.0});
    ASSERT_EQ(ids.size(), 2u);
    auto* comparison = window->compareRuns(ids);
    ASSERT_NE(comparison, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(comparison));
    for (auto* view : {window->scatterView(), comparison->view(1)}) {
        QWindow* graph = view->graphWindow();
        const float before = view->cameraXRotation();
        const int picked = view->selectedItem();
        const QPointF start(graph->width() / 2.0, graph->height() / 2.0);
        auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, graph->mapToGlobal(at), button, buttons, Qt::NoModifier);
            QCoreApplication::sendEvent(graph, &event);
        };
        send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 10; ++step)
            send(QEvent::MouseMove, start + QPointF(8.0 * step, 0), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, start + QPointF(80, 0), Qt::LeftButton, Qt::NoButton);
        EXPECT_GT(std::abs(view->cameraXRotation() - before), 10.0f) << "left-drag turns the map";
        EXPECT_EQ(view->selectedItem(), picked) << "a drag is not a click";
    }
    // A click without moving still picks.
    auto* view = window->scatterView();
    int item = -1;
    std::optional<tse::gui::ScreenPointIndex::Point> at;
    for (int i = 0; i < 3000 && item < 0; i += 37)
        if ((at = view->screenPoint(i)) && view->pointAt(QPoint(int(at->x), int(at->y))) == i)
            item = i;
    ASSERT_GE(item, 0);
    QWindow* graph = view->graphWindow();
    const QPointF point(QPoint(int(at->x), int(at->y)));  // the pixel pointAt was asked about
    QMouseEvent press(QEvent::MouseButtonPress, point, graph->mapToGlobal(point), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(graph, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, point, graph->mapToGlobal(point), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(graph, &release);
    EXPECT_EQ(view->selectedItem(), item);
}

TEST(DailyUse, ExportDialogsStartInTheHomeFolderNotTheRoot)
{
    QSettings().remove(QStringLiteral("export/lastFolder"));
    EXPECT_EQ(tse::gui::preferences::lastExportFolder(), QDir::homePath());
    tse::gui::preferences::setLastExportFolder(QStringLiteral("/nonexistent/folder"));
    EXPECT_EQ(tse::gui::preferences::lastExportFolder(), QDir::homePath()) << "a folder that is gone";
    QTemporaryDir dir;
    tse::gui::preferences::setLastExportFolder(dir.path());
    EXPECT_EQ(tse::gui::preferences::lastExportFolder(), dir.path());
}

TEST(DailyUse, RunProgressReadsByStageThenIterations)
{
    QStatusBar bar;
    tse::gui::RunStatusBar status(&bar);
    status.setBusy(true, QStringLiteral("Running t-SNE…"));
    auto* progress = bar.findChild<QProgressBar*>(QStringLiteral("runProgress"));
    ASSERT_NE(progress, nullptr);
    status.showRunProgress(60, QStringLiteral("Affinities"));
    EXPECT_EQ(progress->format(), QStringLiteral("Affinities — %p%"));
    // The optimisation's overall share does not move the bar; its iterations do.
    status.showRunProgress(151, QStringLiteral("t-SNE"));
    EXPECT_EQ(progress->value(), 60);
    status.showIterations(2, 1000);
    EXPECT_EQ(progress->value(), 2) << "iteration 2 of 1000 is 0.2 %, not 15 %";
    EXPECT_EQ(progress->text(), QStringLiteral("iteration 2 of 1000"));
    status.showRunProgress(1000, QStringLiteral("Scoring the map"));
    EXPECT_TRUE(progress->text().startsWith(QStringLiteral("Scoring the map")));
    // A passing message from before does not outlive the next state.
    bar.showMessage(QStringLiteral("Opened the sample"), 60000);
    status.setBusy(false, QStringLiteral("Run 1 finished"));
    EXPECT_TRUE(bar.currentMessage().isEmpty());
}

TEST(DailyUse, MovementColoursUseQuantilesWithAUnit)
{
    // 800 points that moved a little and 5 that moved far: equal-width bins would put the 800
    // in one colour; quantile bins spread them.
    const int n = 805;
    tse::gui::MapModel model;
    model.setMap(tse::Matrix::Zero(n, 2), std::vector<int>(n, 0), {"all"});
    Eigen::VectorXf moved(n);
    for (int i = 0; i < n; ++i)
        moved[i] = i < 800 ? 0.001f * float(i) : 100.0f + float(i);
    ASSERT_TRUE(model.setValueColouring(moved, {true, QStringLiteral("map units moved")}));
    const auto quantile = model.shownGrouping();
    std::vector<int> counts(quantile.names.size(), 0);
    for (int g : quantile.groups)
        ++counts[std::size_t(g)];
    for (int c : counts)
        EXPECT_NEAR(c, n / 8, 2) << "each bin holds about an eighth of the points";
    EXPECT_TRUE(quantile.names.front().endsWith(QStringLiteral(" map units moved")))
        << quantile.names.front().toStdString();

    ASSERT_TRUE(model.setValueColouring(moved));  // equal width: what a numeric metadata column gets
    const auto equal = model.shownGrouping();
    EXPECT_EQ(std::count(equal.groups.begin(), equal.groups.end(), 0), 800);
}

TEST(DailyUse, ThePointDockShowsAllTenNeighboursWithoutScrolling)
{
    tse::gui::preferences::setWindowGeometry({});
    tse::gui::preferences::setWindowState({});
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 100, 3);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    window->scatterView()->selectItem(42);
    auto* preview = window->previewDock();
    ASSERT_EQ(preview->neighbours().size(), 10u);
    QTest::qWait(200);
    auto* list = preview->findChild<QListWidget*>(QStringLiteral("previewNeighbours"));
    ASSERT_NE(list, nullptr);
    const QRect viewport = list->viewport()->rect();
    for (int row = 0; row < list->count(); ++row)
        EXPECT_TRUE(viewport.contains(list->visualItemRect(list->item(row)))) << "neighbour " << row << " is cut off";
    saveScreenshot(window.get(), QStringLiteral("point-dock.png"));
}

TEST(DailyUse, TinyRunsAreScoredWithAKTheyAllowAndSaySo)
{
    QTemporaryDir tiny;
    makeImageFolder(tiny.path(), 9);
    auto window = openWorkbench();
    window->openDataset(tiny.path());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == tiny.path(); }, 20000));
    auto p = window->parameterDock()->parameters();
    p.tsne.iterations = 100;
    window->parameterDock()->setParameters(p);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(60000));
    const auto& record = window->runRecords().begin()->second;
    EXPECT_EQ(record.metricK, 4) << "below N / 2 for 9 items";
    ASSERT_TRUE(record.trustworthiness && record.knnAccuracy);
    EXPECT_GE(*record.trustworthiness, 0.0);
    EXPECT_LE(*record.trustworthiness, 1.0);
    EXPECT_LE(*record.continuity, 1.0);
    auto* table = window->historyDock()->findChild<QTableWidget*>(QStringLiteral("runTable"));
    bool said = false;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->item(0, c) && table->item(0, c)->toolTip().startsWith(QStringLiteral("k = 4")))
            said = true;
    EXPECT_TRUE(said) << "the history says which k";
}

TEST(MapModel, HiddenGroupsAndTheSelectionShapeTheFigure)
{
    tse::gui::MapModel model;
    tse::Matrix points(6, 2);
    points << 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5;
    model.setMap(points, {0, 0, 1, 1, 2, 2}, {"a", "b", "c"});
    auto grouping = model.shownGrouping();
    EXPECT_EQ(model.figureData(grouping).items.size(), 6u);
    model.setGroupHidden(1, true);
    const auto hidden = model.figureData(grouping);
    EXPECT_EQ(hidden.items, (std::vector<int>{0, 1, 4, 5})) << "class b is unticked";
    ASSERT_EQ(hidden.legend.size(), 2u) << "a and c; b hidden, the empty unlabelled group left out";
    model.showAllGroups();
    // A selection dims the rest into one grey group after the classes.
    ASSERT_TRUE(model.setSelection({4, 1}));
    EXPECT_EQ(model.selection(), (std::vector<int>{1, 4}));
    grouping = model.shownGrouping();
    EXPECT_EQ(grouping.groups[0], int(grouping.names.size()) - 1);
    EXPECT_EQ(grouping.groups[1], 0);
    EXPECT_FALSE(model.setSelection({1, 4})) << "the same selection is no change";
    EXPECT_TRUE(model.setMap(tse::Matrix::Zero(3, 2), {0, 0, 0}, {"a"})) << "other items";
    EXPECT_TRUE(model.selection().empty());
}

TEST(DailyUse, TheEditorShowsWhatTheRunWillCost)
{
    // Issue 13: the expected time and peak memory, from the dataset's size and the settings,
    // before Run is pressed; they follow the settings.
    auto window = openWorkbench();
    auto* dock = window->parameterDock();
    dock->setMachineSlowdown(1.0);  // the reference machine's times, whatever an earlier test measured here
    setSmallRun(dock, 1000, 2);
    auto* cost = dock->findChild<QLabel*>(QStringLiteral("costEstimate"));
    ASSERT_NE(cost, nullptr);
    EXPECT_TRUE(cost->isVisible());
    const QString short2d = cost->text();
    EXPECT_TRUE(short2d.startsWith(QStringLiteral("Estimated: about "))) << short2d.toStdString();
    EXPECT_TRUE(short2d.contains(QStringLiteral("of memory"))) << short2d.toStdString();
    setSmallRun(dock, 20000, 3);
    EXPECT_NE(cost->text(), short2d) << "20,000 iterations in 3D cost more than 1,000 in 2D";
    saveScreenshot(window.get(), QStringLiteral("cost-estimate.png"));
    setSmallRun(dock, 1000, 2);
    EXPECT_EQ(cost->text(), short2d);

    // Scaled to this machine's speed once it is known (pipeline/machinespeed.h); the tooltip says
    // which speed the times are for.
    dock->setMachineSlowdown(std::nullopt);
    EXPECT_EQ(cost->text(), short2d) << "not measured yet: the reference machine's times";
    EXPECT_TRUE(dock->costEstimateToolTip().contains(QStringLiteral("reference machine"))) << dock->costEstimateToolTip().toStdString();
    dock->setMachineSlowdown(30.0);
    EXPECT_NE(cost->text(), short2d) << "a machine 30× slower than the reference";
    EXPECT_TRUE(dock->costEstimateToolTip().contains(QStringLiteral("30.00×"))) << dock->costEstimateToolTip().toStdString();
    EXPECT_EQ(dock->costEstimateShown(), cost->text());
    dock->setMachineSlowdown(1.0);
    EXPECT_EQ(cost->text(), short2d) << "the reference's own speed";
}

TEST(DailyUse, TheEstimateUsesTheRememberedMachineSpeed)
{
    // A speed remembered for this machine is read when the workbench starts; nothing is
    // measured then. A private cache folder keeps other tests' measurements out.
    QTemporaryDir cache;
    ASSERT_TRUE(cache.isValid());
    const QByteArray before = qgetenv("TSE_CACHE_DIR");
    qputenv("TSE_CACHE_DIR", cache.path().toUtf8());
    ASSERT_TRUE(tse::app::rememberSlowdown(tse::app::machineSpeedFile(), tse::app::machineIdentity(), 7.5));
    {
        auto window = openWorkbench();
        auto* dock = window->parameterDock();
        setSmallRun(dock, 1000, 2);
        EXPECT_TRUE(dock->costEstimateToolTip().contains(QStringLiteral("7.50×"))) << dock->costEstimateToolTip().toStdString();
    }
    // A damaged file is measured again: the workbench measures once its dataset's spectrum is in.
    {
        QFile damaged(QString::fromStdString(tse::app::machineSpeedFile().string()));
        ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("tse-machine-speed-1\tnot this machine\tabc\n");
    }
    {
        auto window = openWorkbench();
        auto* dock = window->parameterDock();
        EXPECT_TRUE(dock->costEstimateToolTip().contains(QStringLiteral("reference machine"))) << dock->costEstimateToolTip().toStdString();
        EXPECT_TRUE(QTest::qWaitFor([&] { return tse::app::rememberedSlowdown(tse::app::machineSpeedFile(), tse::app::machineIdentity()).has_value(); }, 60000))
            << "measured in the background and remembered";
        EXPECT_TRUE(QTest::qWaitFor([&] { return dock->costEstimateToolTip().contains(QStringLiteral("Times for this machine")); }, 5000))
            << dock->costEstimateToolTip().toStdString();
    }
    if (before.isEmpty())
        qunsetenv("TSE_CACHE_DIR");
    else
        qputenv("TSE_CACHE_DIR", before);
}
