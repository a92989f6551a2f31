// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <QAction>
#include <QMenuBar>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTimer>
#include <QMessageBox>
#include <QMenu>
#include <QListWidget>
#include <QMouseEvent>
#include <QWindow>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QScrollArea>
#include <QThread>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>

#include <set>

#include "comparisonwindow.h"
#include "datasetdock.h"
#include "hovercard.h"
#include "klchart.h"
#include "mapexports.h"
#include "mapsearch.h"
#include "maptools.h"
#include "tse/common/csv.h"
#include "tse/common/npy.h"
#include "mainwindow.h"
#include "parameterdock.h"
#include "preferences.h"
#include "previewdock.h"
#include "projectcontroller.h"
#include "runcontroller.h"
#include "runhistorydock.h"
#include "scatterview.h"
#include "translations.h"
#include "workbenchtest.h"

using tse::gui::MainWindow;

QT_BEGIN_NAMESPACE
// Readable QString values in assertion messages.
inline void PrintTo(const QString& text, std::ostream* os) { *os << '"' << text.toStdString() << '"'; }
QT_END_NAMESPACE

namespace {

// With TSE_SCREENSHOT_DIR set, keeps a copy of an exported file there for checking by eye.
void saveFile(const QString& path, const QString& name)
{
    const QString dir = qEnvironmentVariable("TSE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QFile::copy(path, dir + QLatin1Char('/') + name);
}

int distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

}  // namespace

TEST(Workbench, RunsTheSampleAndShowsEveryPoint)
{
    auto window = openWorkbench();
    EXPECT_GE(window->datasetDock()->entryCount(), 1);
    setSmallRun(window->parameterDock(), 300, 3);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QSignalSpy snapshots(window->runs(), &tse::gui::RunController::snapshotReady);
    // The run takes well under a second: refresh often enough to see it form whatever the load.
    window->runs()->setSnapshotInterval(20);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_GE(snapshots.count(), 2) << "the view should update while the map forms";

    auto* view = window->scatterView();
    EXPECT_EQ(view->pointCount(), 3000);
    EXPECT_EQ(view->seriesCount(), 10);  // one per class
    EXPECT_EQ(view->dimensions(), 3);
    ASSERT_EQ(window->runRecords().size(), 1u);
    const auto& record = window->runRecords().begin()->second;
    EXPECT_EQ(record.status, tse::run::RunStatus::Finished);
    EXPECT_EQ(record.coordinates.rows(), 3000);
    ASSERT_TRUE(record.klDivergence.has_value());
    EXPECT_GT(*record.klDivergence, 0.0);
    EXPECT_EQ(window->historyDock()->runCount(), 1);
    // KL every 50 iterations: 6 samples for 300 iterations, drawn in the chart.
    EXPECT_EQ(record.klHistory.size(), 6u);
    EXPECT_EQ(window->klChart()->pointCount(), 6);

    // Picking a point shows it with its nearest neighbours; picking a neighbour moves there.
    view->selectItem(42);
    auto* preview = window->previewDock();
    EXPECT_EQ(preview->shownItem(), 42);
    EXPECT_TRUE(preview->details().contains(QStringLiteral("#42")));
    ASSERT_EQ(preview->neighbours().size(), 10u);
    EXPECT_EQ(std::count(preview->neighbours().begin(), preview->neighbours().end(), 42), 0);
    const int neighbour = preview->neighbours().front();
    emit preview->neighbourChosen(neighbour);
    EXPECT_EQ(view->selectedItem(), neighbour);
    EXPECT_EQ(preview->shownItem(), neighbour);
    saveScreenshot(window.get(), QStringLiteral("preview.png"));

    // Hovering: the mouse moved onto another point shows it in the card, while the preview
    // stays pinned to the clicked point.
    QWindow* graph = nullptr;
    for (QWindow* w : QGuiApplication::allWindows())
        if (w->inherits("Q3DScatter") && w->isExposed())
            graph = w;
    ASSERT_NE(graph, nullptr);
    int hovered = -1;
    std::optional<tse::gui::ScreenPointIndex::Point> at;
    for (int item = 100; item < 3000 && hovered < 0; item += 97)
        if (item != neighbour && (at = view->screenPoint(item)) && view->pointAt(QPoint(int(at->x), int(at->y))) == item)
            hovered = item;  // one not covered by another point
    ASSERT_GE(hovered, 0);
    QMouseEvent move(QEvent::MouseMove, QPointF(at->x, at->y), graph->mapToGlobal(QPointF(at->x, at->y)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    const auto before = view->pickStatistics();
    QCoreApplication::sendEvent(graph, &move);
    auto* card = window->findChild<tse::gui::HoverCard*>(QStringLiteral("hoverCard"));
    ASSERT_NE(card, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return card->isVisible(); }, 3000));
    EXPECT_EQ(preview->shownItem(), neighbour) << "hover does not replace the clicked point";
    EXPECT_EQ(view->selectedItem(), neighbour);
    // The hover was answered from the screen index, with no selection render pass.
    EXPECT_EQ(view->pickStatistics().rendererQueries, before.rendererQueries);
    EXPECT_LE(view->pickStatistics().indexBuilds, before.indexBuilds + 1);
    // The card shows the hovered image beside the cursor, until the mouse rests over empty space.
    EXPECT_TRUE(card->caption().startsWith(QStringLiteral("#%1 — ").arg(hovered))) << card->caption().toStdString();
    EXPECT_TRUE(card->caption().contains(QString::fromStdString(
        window->datasets()->dataset(QStringLiteral("sample"))->className(record.labels[std::size_t(hovered)]))));
    saveScreenshot(window.get(), QStringLiteral("hover.png"));
    // Moving on hides it at once (it shows again where the mouse rests).
    const QPointF further(at->x + 40, at->y);
    QMouseEvent moving(QEvent::MouseMove, further, graph->mapToGlobal(further), Qt::NoButton, Qt::NoButton,
                       Qt::NoModifier);
    QCoreApplication::sendEvent(graph, &moving);
    EXPECT_FALSE(card->isVisible());
    QMouseEvent away(QEvent::MouseMove, QPointF(2, 2), graph->mapToGlobal(QPointF(2, 2)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(graph, &away);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !card->isVisible(); }, 3000)) << "nothing under the mouse";
    EXPECT_EQ(preview->shownItem(), neighbour) << "the preview keeps the clicked point";

    // Search: one class out of ten lights up, the rest is greyed out as one series.
    EXPECT_EQ(window->applySearch(QStringLiteral("trouser")), 300);
    EXPECT_EQ(view->seriesCount(), 2);
    EXPECT_EQ(view->pointCount(), 3000);
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("searchCount"))->text().contains(QStringLiteral("300")));
    saveScreenshot(window.get(), QStringLiteral("search.png"));
    EXPECT_EQ(window->applySearch(QStringLiteral("no such thing")), 0);
    EXPECT_EQ(window->applySearch(QString()), 3000);
    EXPECT_EQ(view->seriesCount(), 10);

    const QImage image = view->renderImage(QSize(640, 480));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(640, 480));
    EXPECT_GT(distinctColours(image), 20) << "the rendered map looks blank";
}

TEST(Workbench, TwoDimensionalRunLiesFlat)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 100, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_EQ(window->scatterView()->dimensions(), 2);
    EXPECT_EQ(window->scatterView()->pointCount(), 3000);
    EXPECT_TRUE(window->scatterView()->rotationLocked());
    window->scatterView()->setTurntable(true);
    EXPECT_FALSE(window->scatterView()->turntable()) << "a flat map does not turn";
}

TEST(Workbench, TurntableTurnsA3DMap)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 60, 3);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    auto* view = window->scatterView();
    EXPECT_FALSE(view->rotationLocked());
    const float before = view->cameraXRotation();
    window->findChild<QAction*>(QStringLiteral("turntableAction"))->setChecked(true);
    EXPECT_TRUE(view->turntable());
    QTest::qWait(400);
    EXPECT_NE(view->cameraXRotation(), before);
    window->findChild<QAction*>(QStringLiteral("turntableAction"))->setChecked(false);
    EXPECT_FALSE(view->turntable());
}

TEST(Workbench, CancelStopsTheComputationAndKeepsTheMap)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 100000, 3);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QSignalSpy snapshots(window->runs(), &tse::gui::RunController::snapshotReady);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(snapshots.wait(60000));  // t-SNE is iterating
    // The effect of Cancel is the computation stopping. It is measured without running the
    // event loop, because under Xvfb a software-rendered frame of the map can hold the UI
    // thread for longer than the worker needs to stop.
    QElapsedTimer timer;
    timer.start();
    window->cancelRun();
    while (window->runs()->isRunning() && timer.elapsed() < 5000)
        QThread::msleep(1);
    // How fast is a benchmark's question (the worker checks the cancel every iteration, which
    // tests/pipeline asserts); here: it stops, long before the 100,000 iterations.
    std::cout << "computation stopped " << timer.elapsed() << " ms after Cancel\n";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    ASSERT_EQ(window->runRecords().size(), 1u);
    const auto& record = window->runRecords().begin()->second;
    EXPECT_EQ(record.status, tse::run::RunStatus::Cancelled);
    EXPECT_LT(record.iterationsDone, 100000);
    EXPECT_EQ(record.coordinates.rows(), 3000) << "the map so far is kept";
    EXPECT_FALSE(window->runs()->isRunning());
}

TEST(Workbench, InvalidParametersAreExplainedNextToTheField)
{
    auto window = openWorkbench();
    auto* dock = window->parameterDock();
    auto p = dock->parameters();
    p.tsne.perplexity = 2000;
    dock->setParameters(p);
    EXPECT_FALSE(dock->isValid());
    EXPECT_TRUE(dock->perplexityProblem().contains(QStringLiteral("3000")));
    auto* run = dock->findChild<QWidget*>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    EXPECT_FALSE(run->isEnabled());
    EXPECT_FALSE(window->startRun());

    p.tsne.perplexity = 30;
    p.pcaDims = 1000;
    dock->setParameters(p);
    EXPECT_TRUE(dock->pcaProblem().contains(QStringLiteral("784")));
    p.pcaDims = 50;
    dock->setParameters(p);
    EXPECT_TRUE(dock->isValid());
    EXPECT_TRUE(run->isEnabled());
}

TEST(Workbench, LayoutIsRememberedBetweenStarts)
{
    {
        auto window = openWorkbench();
        window->addDockWidget(Qt::RightDockWidgetArea, window->historyDock());
        window->close();
    }
    auto again = openWorkbench();
    EXPECT_EQ(again->dockWidgetArea(again->historyDock()), Qt::RightDockWidgetArea);
    again->addDockWidget(Qt::BottomDockWidgetArea, again->historyDock());
    again->close();
}

TEST(Workbench, KoreanTranslationCoversWindowAndParameters)
{
    QTranslator korean;
    ASSERT_TRUE(korean.load(QLocale(QLocale::Korean), QStringLiteral("tsne-explorer"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QApplication::installTranslator(&korean);
    auto window = openWorkbench();
    // The title names the project; the system adds the (translated) application name once.
    EXPECT_EQ(window->windowTitle(), QStringLiteral("제목 없음[*]"));
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), QStringLiteral("t-SNE 탐색기"));
    EXPECT_EQ(window->parameterDock()->windowTitle(), QStringLiteral("매개변수"));
    auto* run = window->parameterDock()->findChild<QPushButton*>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->text(), QStringLiteral("실행(&R)"));
    // Switching language at run time retranslates the open window.
    QApplication::removeTranslator(&korean);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->windowTitle() == QStringLiteral("Untitled[*]"); }, 2000));
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), QStringLiteral("t-SNE Explorer"));
    EXPECT_EQ(run->text(), QStringLiteral("&Run"));
}

// German and Simplified Chinese (issue 18): the window, the parameter editor, a menu and the
// language's plural forms come from the compiled translations; the screenshots show the fonts.
struct LanguageCase {
    QLocale locale;
    const char* name;
    QString untitled, parameters, run, fileMenu, oneItem, threeItems;
};

TEST(Workbench, GermanAndChineseTranslationsCoverWindowMenusAndPlurals)
{
    const LanguageCase cases[] = {
        {QLocale(QLocale::German, QLocale::Germany), "de", QStringLiteral("Unbenannt[*]"), QStringLiteral("Parameter"),
         QStringLiteral("&Ausführen"), QStringLiteral("&Datei"), QStringLiteral("1 Element"), QStringLiteral("3 Elemente")},
        {QLocale(QLocale::Chinese, QLocale::China), "zh_CN", QStringLiteral("未命名[*]"), QStringLiteral("参数"),
         QStringLiteral("运行(&R)"), QStringLiteral("文件(&F)"), QStringLiteral("1 个项目"), QStringLiteral("3 个项目")},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        QTranslator translator;
        ASSERT_TRUE(translator.load(c.locale, QStringLiteral("tsne-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        EXPECT_TRUE(translator.filePath().contains(QLatin1String(c.name))) << translator.filePath().toStdString();
        QApplication::installTranslator(&translator);
        {
            auto window = openWorkbench();
            EXPECT_EQ(window->windowTitle(), c.untitled);
            EXPECT_EQ(window->parameterDock()->windowTitle(), c.parameters);
            auto* run = window->parameterDock()->findChild<QPushButton*>(QStringLiteral("runButton"));
            ASSERT_NE(run, nullptr);
            EXPECT_EQ(run->text(), c.run);
            QStringList menus;
            for (QAction* action : window->menuBar()->actions())
                menus.append(action->text());
            EXPECT_TRUE(menus.contains(c.fileMenu)) << menus.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(QCoreApplication::translate("tse::gui::ScatterView", "%Ln item(s)", nullptr, 1), c.oneItem);
            EXPECT_EQ(QCoreApplication::translate("tse::gui::ScatterView", "%Ln item(s)", nullptr, 3), c.threeItems);
            saveScreenshot(window.get(), QStringLiteral("language-%1.png").arg(QLatin1String(c.name)));
            window->close();
        }
        QApplication::removeTranslator(&translator);
    }
}

TEST(Workbench, ParameterEditorShowsPcaExplainedVariance)
{
    auto window = openWorkbench();
    auto* dock = window->parameterDock();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->varianceText().contains(QLatin1Char('%')); }, 30000));
    const QString at50 = dock->varianceText();
    EXPECT_TRUE(at50.contains(QStringLiteral("50"))) << at50.toStdString();
    auto p = dock->parameters();
    p.pcaDims = 10;
    dock->setParameters(p);
    const QString at10 = dock->varianceText();
    EXPECT_NE(at10, at50);
    // Fewer components keep less variance: compare the percentages.
    auto percent = [](const QString& text) {
        const auto match = QRegularExpression(QStringLiteral("([0-9.]+)%")).match(text);
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    };
    EXPECT_GT(percent(at50), percent(at10));
    EXPECT_GT(percent(at10), 30.0);
    EXPECT_LT(percent(at50), 100.0);
}

TEST(Workbench, RunsAreSavedToAProjectAndReopened)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maps.tsnex"));
    tse::Matrix coordinates;
    {
        auto window = openWorkbench();
        EXPECT_FALSE(window->isWindowModified());
        setSmallRun(window->parameterDock(), 80, 2);
        QSignalSpy finished(window.get(), &MainWindow::runFinished);
        ASSERT_TRUE(window->startRun());
        ASSERT_TRUE(finished.wait(120000));
        EXPECT_TRUE(window->isWindowModified()) << "a new run is unsaved work";
        ASSERT_TRUE(window->saveProjectAs(path).ok());
        EXPECT_FALSE(window->isWindowModified());
        EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("maps.tsnex")));
        ASSERT_EQ(window->runRecords().size(), 1u);
        coordinates = window->runRecords().begin()->second.coordinates;
        EXPECT_GT(window->runRecords().begin()->first, 0) << "saved runs carry their project id";
    }
    MainWindow::Options options;
    options.dataset = QStringLiteral("sample");
    options.project = path;
    MainWindow reopened(options);
    reopened.show();
    ASSERT_EQ(reopened.runRecords().size(), 1u);
    EXPECT_EQ(reopened.runRecords().begin()->second.coordinates, coordinates);
    EXPECT_EQ(reopened.historyDock()->runCount(), 1);
    EXPECT_EQ(reopened.scatterView()->pointCount(), 3000);
    EXPECT_FALSE(reopened.isWindowModified());
    EXPECT_FALSE(reopened.projects()->readOnly());

    // A second workbench on the same project (issue 19): it opens, shows the runs, is marked
    // read-only in its title and says why; the first keeps editing.
    {
        MainWindow second(options);
        second.show();
        ASSERT_TRUE(second.projects()->readOnly());
        EXPECT_TRUE(second.projects()->readOnlyReason().contains(QStringLiteral("open in another t-SNE Explorer")))
            << second.projects()->readOnlyReason().toStdString();
        EXPECT_TRUE(second.windowTitle().contains(QStringLiteral("(read-only)"))) << second.windowTitle().toStdString();
        EXPECT_EQ(second.runRecords().size(), 1u);
    }

    // A file that is not a project is refused and the open project stays.
    QFile text(dir.filePath(QStringLiteral("notes.tsnex")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    const auto refused = reopened.openProject(text.fileName());
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("not a t-SNE Explorer project"), std::string::npos);
    EXPECT_EQ(reopened.runRecords().size(), 1u);
    EXPECT_EQ(reopened.projects()->path(), path);
}

TEST(Workbench, HistoryRenameDeleteUndoAndIdenticalRerun)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 120, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_EQ(window->runRecords().size(), 1u);
    const int first = window->runRecords().begin()->first;
    const auto& record = window->runRecords().begin()->second;
    ASSERT_TRUE(record.trustworthiness.has_value());
    EXPECT_GT(*record.trustworthiness, 0.9);
    EXPECT_LE(*record.trustworthiness, 1.0);

    // Re-running with the same parameters, seed and threads gives the same map.
    ASSERT_TRUE(window->rerunIdentically(first));
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_EQ(window->runRecords().size(), 2u);
    const auto& again = window->runRecords().begin()->second;  // ids are negative: the newest is first
    EXPECT_NE(window->runRecords().begin()->first, first);
    EXPECT_EQ(again.coordinates, window->runRecords().at(first).coordinates);

    // Rename, then delete both and undo.
    ASSERT_TRUE(window->projects()->renameRun(first, QStringLiteral("baseline")));
    EXPECT_EQ(window->runRecords().at(first).name, "baseline");
    std::vector<int> ids;
    for (const auto& [id, r] : window->runRecords())
        ids.push_back(id);
    window->historyDock()->selectRun(ids[0]);
    emit window->historyDock()->deleteRequested(ids);
    EXPECT_TRUE(window->runRecords().empty());
    EXPECT_EQ(window->historyDock()->runCount(), 0);
    window->undoStack()->undo();
    EXPECT_EQ(window->runRecords().size(), 2u);
    EXPECT_EQ(window->historyDock()->runCount(), 2);
    EXPECT_EQ(window->runRecords().at(first).name, "baseline");
}

TEST(Workbench, ComparesTwoRunsSideBySide)
{
    auto window = openWorkbench();
    const std::vector<int> ids = runWithPerplexities(window.get(), 150, {30.0, 15.0});
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(window->compareRuns({ids[0]}), nullptr) << "one run is not a comparison";
    auto* comparison = window->compareRuns(ids);
    ASSERT_NE(comparison, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(comparison));
    ASSERT_EQ(comparison->viewCount(), 2);
    EXPECT_EQ(comparison->view(0)->pointCount(), 3000);
    EXPECT_EQ(comparison->view(1)->pointCount(), 3000);

    // The second map is turned onto the first: closer after alignment than before.
    const auto& records = window->runRecords();
    const auto& a = records.at(ids[0]);
    const auto& b = records.at(ids[1]);
    const tse::Matrix& older = a.created <= b.created ? a.coordinates : b.coordinates;
    const tse::Matrix& newer = a.created <= b.created ? b.coordinates : a.coordinates;
    EXPECT_EQ(comparison->alignedCoordinates(0), older) << "the oldest run is the reference";
    EXPECT_LT((comparison->alignedCoordinates(1) - older).squaredNorm(), (newer - older).squaredNorm());

    // Linked cameras.
    comparison->view(0)->setCamera(33.0f, 21.0f, 150.0f);
    EXPECT_FLOAT_EQ(comparison->view(1)->cameraXRotation(), 33.0f);
    EXPECT_FLOAT_EQ(comparison->view(1)->cameraYRotation(), 21.0f);
    EXPECT_FLOAT_EQ(comparison->view(1)->cameraZoom(), 150.0f);
    comparison->view(1)->setCameraTarget(QVector3D(0.25f, 0.0f, -0.5f));
    EXPECT_EQ(comparison->view(0)->cameraTarget(), QVector3D(0.25f, 0.0f, -0.5f)) << "zooming at the mouse is linked";

    // Colour by movement: the second map's points fall into movement bins, then back to classes.
    comparison->setColourByMovement(true);
    saveScreenshot(comparison, QStringLiteral("comparison-movement.png"));
    EXPECT_EQ(comparison->view(1)->pointCount(), 3000);
    EXPECT_GE(comparison->view(1)->seriesCount(), 2);
    EXPECT_LE(comparison->view(1)->seriesCount(), 8);
    EXPECT_EQ(comparison->view(0)->seriesCount(), 10) << "the reference keeps its class colours";
    comparison->setColourByMovement(false);
    EXPECT_EQ(comparison->view(1)->seriesCount(), 10);
    EXPECT_EQ(comparison->view(1)->pointCount(), 3000);

    // Linked selection, by dataset item.
    comparison->view(0)->selectItem(1234);
    EXPECT_EQ(comparison->view(0)->selectedItem(), 1234);
    EXPECT_EQ(comparison->view(1)->selectedItem(), 1234);
    comparison->view(1)->selectItem(7);
    EXPECT_EQ(comparison->view(0)->selectedItem(), 7);

    ASSERT_TRUE(QTest::qWaitFor([&] { return comparison->metricsComplete(); }, 60000));
    saveScreenshot(comparison, QStringLiteral("comparison.png"));
    bool ok = false;
    const double agreement = comparison->metricsTable()->item(1, 5)->text().toDouble(&ok);
    ASSERT_TRUE(ok) << comparison->metricsTable()->item(1, 5)->text().toStdString();
    EXPECT_GT(agreement, 0.2);
    EXPECT_LE(agreement, 1.0);
    comparison->close();
}

TEST(Workbench, FolderImportReportsSkippedFiles)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("cats"));
    QDir(dir.path()).mkpath(QStringLiteral("dogs"));
    for (int i = 0; i < 6; ++i) {
        QImage image(16, 16, QImage::Format_RGB888);
        image.fill(QColor(i * 40, 100, i < 3 ? 0 : 255));
        ASSERT_TRUE(image.save(dir.filePath(QStringLiteral("%1/%2.png").arg(i < 3 ? "cats" : "dogs").arg(i))));
    }
    QFile notes(dir.filePath(QStringLiteral("dogs/notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("not an image");
    notes.close();
    QTemporaryDir cache;  // a folder index of its own: the first import decodes, whatever ran before
    qputenv("TSE_CACHE_DIR", cache.path().toUtf8());
    const QString fromCacheNote = tse::gui::DatasetDock::tr("Read from the cache: no file has changed since the import.");

    auto window = openWorkbench();
    window->openDataset(dir.path());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == dir.path(); }, 20000));
    auto* summary = window->datasetDock()->findChild<QLabel*>(QStringLiteral("datasetSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_FALSE(summary->text().contains(fromCacheNote)) << "decoded, not read from the cache";
    saveScreenshot(window.get(), QStringLiteral("folder-import.png"));
    const auto report = window->datasetDock()->skippedReport();
    ASSERT_EQ(report.size(), 1);
    EXPECT_TRUE(report.front().startsWith(QStringLiteral("dogs/notes.txt: "))) << report.front().toStdString();
    // The reasons are in sight without a click.
    auto* skipped = window->datasetDock()->findChild<QListWidget*>(QStringLiteral("skippedFiles"));
    ASSERT_NE(skipped, nullptr);
    EXPECT_TRUE(skipped->isVisible());
    ASSERT_EQ(skipped->count(), 1);
    EXPECT_EQ(skipped->item(0)->text(), report.front());
    // Its title and the summary above it are whole, not cut by a squeezed layout.
    auto* title = window->datasetDock()->findChild<QLabel*>(QStringLiteral("skippedTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->isVisible());
    EXPECT_EQ(title->text(), tse::gui::DatasetDock::tr("%Ln file(s) skipped:", nullptr, 1));
    EXPECT_GE(title->height(), title->sizeHint().height());
    EXPECT_GE(summary->height(), summary->heightForWidth(summary->width()));
    const auto dataset = window->datasets()->dataset(dir.path());
    ASSERT_NE(dataset, nullptr);
    EXPECT_EQ(dataset->size(), 6u);
    EXPECT_EQ(dataset->classNames, (std::vector<std::string>{"cats", "dogs"}));
    EXPECT_FALSE(dataset->fromFolderIndex);
    window.reset();

    // The next session reads the folder's index and says so, with the same report.
    auto again = openWorkbench();
    again->openDataset(dir.path());
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->currentDatasetSpec() == dir.path(); }, 20000));
    const auto reread = again->datasets()->dataset(dir.path());
    ASSERT_NE(reread, nullptr);
    EXPECT_TRUE(reread->fromFolderIndex);
    auto* summaryAgain = again->datasetDock()->findChild<QLabel*>(QStringLiteral("datasetSummary"));
    ASSERT_NE(summaryAgain, nullptr);
    EXPECT_TRUE(summaryAgain->text().contains(fromCacheNote)) << summaryAgain->text().toStdString();
    saveScreenshot(again.get(), QStringLiteral("folder-from-cache.png"));
    EXPECT_EQ(again->datasetDock()->skippedReport(), report);
    qunsetenv("TSE_CACHE_DIR");
}

TEST(Workbench, CnnFeaturesAreChosenInTheParameterEditor)
{
    QTemporaryDir torchHome, cache;
    qputenv("TORCH_HOME", torchHome.path().toUtf8());
    qputenv("TSE_CACHE_DIR", cache.path().toUtf8());
    auto window = openWorkbench();
    auto* dock = window->parameterDock();
    auto* features = dock->findChild<QComboBox*>(QStringLiteral("features"));
    ASSERT_NE(features, nullptr);

    // VGG16 without its weights: the editor says where they belong and offers the download.
    features->setCurrentIndex(features->findData(int(tse::run::Extractor::Vgg16)));
    EXPECT_FALSE(dock->isValid());
    EXPECT_TRUE(dock->featuresProblem().contains(QStringLiteral("vgg16-397923af.pth"))) << dock->featuresProblem().toStdString();
    EXPECT_TRUE(dock->offersDownload());
    EXPECT_TRUE(dock->findChild<QWidget*>(QStringLiteral("featureLayer"))->isVisible());
    EXPECT_FALSE(dock->findChild<QWidget*>(QStringLiteral("inputSize"))->isVisible());
    saveScreenshot(window.get(), QStringLiteral("features-missing-weights.png"));

    // A TorchScript model shows its input settings.
    features->setCurrentIndex(features->findData(int(tse::run::Extractor::TorchScript)));
    EXPECT_TRUE(dock->findChild<QWidget*>(QStringLiteral("inputSize"))->isVisible());
    EXPECT_FALSE(dock->offersDownload());
    EXPECT_FALSE(dock->isValid());  // no model file chosen yet

    // VGG-shaped weights chosen by the user, on a small folder: the run uses fc6 features.
    QTemporaryDir images;
    for (int i = 0; i < 10; ++i) {
        QDir(images.path()).mkpath(i < 5 ? QStringLiteral("a") : QStringLiteral("b"));
        QImage image(40 + i, 30, QImage::Format_RGB888);
        image.fill(QColor(i < 5 ? 200 : 20, i * 20, 90));
        ASSERT_TRUE(image.save(images.filePath(QStringLiteral("%1/%2.png").arg(i < 5 ? "a" : "b").arg(i))));
    }
    window->openDataset(images.path());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == images.path(); }, 20000));
    auto p = dock->parameters();
    p.features.extractor = tse::run::Extractor::VggFile;
    p.features.modelFile = TSE_FEATURE_FIXTURES "/tiny-vgg.pth";
    p.features.layer = tse::run::NetworkLayer::Fc6;
    p.pcaDims = 0;
    p.tsne.perplexity = 2;
    p.tsne.iterations = 200;
    dock->setParameters(p);
    EXPECT_TRUE(dock->isValid()) << dock->featuresProblem().toStdString();
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(60000));
    const auto& record = window->runRecords().rbegin()->second;
    EXPECT_EQ(record.status, tse::run::RunStatus::Finished);
    EXPECT_EQ(record.parameters.features.extractor, tse::run::Extractor::VggFile);
    EXPECT_NE(record.featuresKey.find("vgg/fc6"), std::string::npos) << record.featuresKey;
    EXPECT_EQ(record.coordinates.rows(), 10);
    EXPECT_EQ(QDir(cache.path() + QStringLiteral("/features")).entryList({QStringLiteral("*.npy")}).size(), 1)
        << "CNN features are kept on disk";
    saveScreenshot(window.get(), QStringLiteral("features-vgg-run.png"));

    // Run ▸ Clear feature cache… shows the size, asks, and empties the cache.
    auto* clearCache = window->findChild<QAction*>(QStringLiteral("clearFeatureCacheAction"));
    ASSERT_NE(clearCache, nullptr);
    auto* runMenu = qobject_cast<QMenu*>(clearCache->parent());
    ASSERT_NE(runMenu, nullptr);
    emit runMenu->aboutToShow();
    EXPECT_TRUE(clearCache->isEnabled());
    EXPECT_FALSE(clearCache->text().contains(QStringLiteral("(0 bytes)"))) << clearCache->text().toStdString();
    QTimer::singleShot(100, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    clearCache->trigger();
    EXPECT_TRUE(QDir(cache.path() + QStringLiteral("/features")).entryList(QDir::Files).isEmpty());
    EXPECT_FALSE(clearCache->isEnabled()) << "nothing left to clear";
    qunsetenv("TORCH_HOME");
    qunsetenv("TSE_CACHE_DIR");
}

TEST(MapView, ClickAndHoverPickThePointUnderTheMouse)
{
    // A known layout: item 0 in the middle of a flat map, four items in the corners.
    tse::gui::ScatterView view;
    view.resize(600, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    tse::Matrix c(5, 2);
    c << 0, 0, -10, -10, 10, -10, -10, 10, 10, 10;
    view.setMap(c, {0, 1, 1, 1, 1}, {"centre", "corner"});
    QTest::qWait(300);
    QSignalSpy picked(&view, &tse::gui::ScatterView::itemSelected);
    view.pickAt(QPoint(view.mapSize().width() / 2, view.mapSize().height() / 2));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.selectedItem() == 0; }, 3000));
    EXPECT_GT(view.lastPickMilliseconds(), 0.0);
    EXPECT_GE(view.pickStatistics().indexBuilds, 1) << "picked from the screen index";

    // Hover: the mouse resting on the centre point reports that point (for the card), and the
    // picked point stays what the last click made it.
    view.selectItem(-1);
    QSignalSpy hovered(&view, &tse::gui::ScatterView::pointHovered);
    QWindow* window = nullptr;
    for (QWindow* w : QGuiApplication::allWindows())
        if (w->inherits("Q3DScatter") && w->isExposed())
            window = w;
    ASSERT_NE(window, nullptr);
    picked.clear();
    QMouseEvent move(QEvent::MouseMove, QPointF(window->width() / 2.0, window->height() / 2.0),
                     window->mapToGlobal(QPointF(window->width() / 2.0, window->height() / 2.0)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &move);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !hovered.isEmpty() && hovered.last().at(0).toInt() == 0; }, 3000))
        << "hover did not find the centre";
    EXPECT_EQ(view.selectedItem(), -1) << "hover does not pick";

    // Clicks: on a corner point, shift-click on another (added to the multi-selection), on
    // empty space (cleared).
    const auto press = [&](QPointF at, Qt::KeyboardModifiers modifiers) {
        QMouseEvent event(QEvent::MouseButtonPress, at, window->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                          modifiers);
        QCoreApplication::sendEvent(window, &event);
        QMouseEvent release(QEvent::MouseButtonRelease, at, window->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                            modifiers);
        QCoreApplication::sendEvent(window, &release);
    };
    const auto corner = view.screenPoint(4);
    ASSERT_TRUE(corner.has_value());
    press(QPointF(corner->x + 1, corner->y), Qt::NoModifier);
    EXPECT_EQ(view.selectedItem(), 4);
    EXPECT_TRUE(view.selection().empty());
    const auto other = view.screenPoint(1);
    ASSERT_TRUE(other.has_value());
    press(QPointF(other->x, other->y + 1), Qt::ShiftModifier);
    EXPECT_EQ(view.selectedItem(), 1);
    EXPECT_EQ(view.selection(), std::vector<int>{1});
    press(QPointF((corner->x + window->width() / 2.0) / 2, (corner->y + window->height() / 2.0) / 2), Qt::NoModifier);
    EXPECT_EQ(view.selectedItem(), -1) << "a click on empty space clears the picked point";
    EXPECT_EQ(view.pickStatistics().rendererQueries, 0) << "clicks pick from the screen index, not a render pass";

    // Hidden classes cannot be picked.
    auto* legend = view.findChild<QListWidget*>(QStringLiteral("legend"));
    ASSERT_NE(legend, nullptr);
    const QPoint onCorner(int(corner->x), int(corner->y));
    EXPECT_EQ(view.pointAt(onCorner), 4);
    legend->item(1)->setCheckState(Qt::Unchecked);  // "corner"
    EXPECT_EQ(view.pointAt(onCorner), -1);
    legend->item(1)->setCheckState(Qt::Checked);
    EXPECT_EQ(view.pointAt(onCorner), 4);
}

TEST(Workbench, SelectColourAndExportTheMap)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 300, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    auto* tools = window->mapTools();
    auto* view = window->scatterView();
    const auto& record = window->runRecords().rbegin()->second;

    // Search, then select every match, then add one more point by shift-click's toggle.
    EXPECT_EQ(window->applySearch(QStringLiteral("trouser")), 300);
    EXPECT_EQ(tools->search()->selectAllMatches(), 300);
    EXPECT_EQ(view->selection().size(), 300u);
    const int other = record.labels[0] == 1 ? 1 : 0;
    view->toggleSelected(other);
    EXPECT_EQ(view->selection().size(), 301u);
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("selectionCount"))->text().contains(QStringLiteral("301")));
    EXPECT_EQ(view->seriesCount(), 3) << "the selection's classes plus the dimmed rest";
    saveScreenshot(window.get(), QStringLiteral("selection.png"));

    const QImage grid = tools->selectionGrid(64);
    ASSERT_FALSE(grid.isNull());
    EXPECT_EQ(grid.width(), 18 * 64);  // ceil(sqrt(301)) columns
    tools->showSelectionGrid();
    auto* gridDialog = window->findChild<QDialog*>(QStringLiteral("selectionGrid"));
    ASSERT_NE(gridDialog, nullptr);
    EXPECT_TRUE(gridDialog->isVisible());
    saveScreenshot(gridDialog, QStringLiteral("selection-grid.png"));
    gridDialog->close();

    QTemporaryDir dir;
    // PNG with title and legend at the asked size.
    const QString png = dir.filePath(QStringLiteral("map.png"));
    ASSERT_TRUE(tools->exports()->exportImage(png, QSize(1280, 720)).ok());
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1280, 720));
    EXPECT_GT(distinctColours(image), 5);
    // Without title and legend the map takes the whole figure: the legend's strip on the right
    // and the title's at the top are left to the points.
    const QString bare = dir.filePath(QStringLiteral("bare.png"));
    ASSERT_TRUE(tools->exports()->exportImage(bare, QSize(1280, 720), QString(), false).ok());
    const auto inkIn = [](const QImage& picture, const QRect& area) {
        int ink = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                ink += picture.pixelColor(x, y).lightness() < 200;
        return ink;
    };
    const QImage bareImage(bare);
    const QRect legendCorner(1120, 40, 150, 70), titleStrip(300, 5, 680, 30);
    EXPECT_GT(inkIn(image, legendCorner), 50) << "the legend's swatches and names";
    EXPECT_GT(inkIn(image, titleStrip), 200) << "the title";
    EXPECT_EQ(inkIn(bareImage, legendCorner), 0) << "no legend";
    EXPECT_LT(inkIn(bareImage, titleStrip), 20) << "no title (a point or two may lie there)";
    // The image map: thumbnails of the selected garments over the points, none overlapping.
    const QString imageMap = dir.filePath(QStringLiteral("imap.png"));
    int shown = 0;
    ASSERT_TRUE(tools->exports()->exportImageMap(imageMap, QSize(1600, 1000), std::nullopt, true, 0, &shown).ok());
    EXPECT_EQ(QImage(imageMap).size(), QSize(1600, 1000));
    EXPECT_GT(shown, 10);
    EXPECT_LE(shown, 301) << "only the selection's images";
    saveFile(imageMap, QStringLiteral("image-map-2d.png"));
    // Vector figures of the 2D map.
    const QString svg = dir.filePath(QStringLiteral("map.svg")), pdf = dir.filePath(QStringLiteral("map.pdf"));
    ASSERT_TRUE(tools->exports()->exportVector(svg).ok());
    ASSERT_TRUE(tools->exports()->exportVector(pdf).ok());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().startsWith("<?xml"));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");
    // Coordinates of the selection only, and of everything as .npy.
    const QString csv = dir.filePath(QStringLiteral("sel.csv"));
    ASSERT_TRUE(tools->exports()->exportCoordinates(csv, true).ok());
    auto table = tse::csv::read(csv.toStdString());
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.size(), 301u);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("sel.json"))));
    const QString npy = dir.filePath(QStringLiteral("all.npy"));
    ASSERT_TRUE(tools->exports()->exportCoordinates(npy, false).ok());
    EXPECT_EQ(tse::npy::readMatrix(npy.toStdString()).value(), record.coordinates);

    tools->clearSelection();
    EXPECT_TRUE(view->selection().empty());
    EXPECT_EQ(window->applySearch(QString()), 3000);
    EXPECT_EQ(view->seriesCount(), 10);
    // Without a selection every image may appear: hundreds of the 3,000 fit.
    int everyone = 0;
    ASSERT_TRUE(tools->exports()->exportImageMap(imageMap, QSize(1600, 1000), std::nullopt, true, 0, &everyone).ok());
    EXPECT_GT(everyone, 100);
    EXPECT_LT(everyone, 3000);
    saveFile(imageMap, QStringLiteral("image-map-2d-all.png"));
    view->setPointScale(2.0f);
    EXPECT_FLOAT_EQ(view->pointScale(), 2.0f);
    EXPECT_EQ(view->pointCount(), 3000);
}

TEST(Workbench, ColourByMetadataAnd3DViews)
{
    QTemporaryDir dir;
    QFile labels(dir.filePath(QStringLiteral("labels.csv")));
    ASSERT_TRUE(labels.open(QIODevice::WriteOnly));
    labels.write("file,label,age,site\n");
    for (int i = 0; i < 24; ++i) {
        QImage image(16, 16, QImage::Format_RGB888);
        image.fill(QColor((i * 37) % 255, i < 12 ? 40 : 220, (i * 91) % 255));
        ASSERT_TRUE(image.save(dir.filePath(QStringLiteral("%1.png").arg(i))));
        labels.write(QStringLiteral("%1.png,%2,%3,%4\n")
                         .arg(i)
                         .arg(i < 12 ? "a" : "b")
                         .arg(i == 5 ? QString() : QString::number(20 + i))
                         .arg(i % 3 == 0 ? "north" : "south")
                         .toUtf8());
    }
    labels.close();
    auto window = openWorkbench();
    window->openDataset(dir.path());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == dir.path(); }, 20000));
    auto p = window->parameterDock()->parameters();
    p.features.extractor = tse::run::Extractor::RawPixels;
    p.pcaDims = 0;
    p.tsne.perplexity = 5;
    p.tsne.iterations = 250;
    p.tsne.dimensions = 3;
    window->parameterDock()->setParameters(p);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(60000));
    auto* tools = window->mapTools();
    auto* view = window->scatterView();
    EXPECT_EQ(tools->colourColumns(), (QStringList{QStringLiteral("age"), QStringLiteral("site")}));
    tools->setColourBy(QStringLiteral("age"));  // numeric: 8 bins + "(no value)" for item 5
    const auto numeric = view->figureData();
    EXPECT_EQ(numeric.legend.size(), 9u);
    EXPECT_EQ(numeric.legend.back().name, QStringLiteral("(no value)"));
    saveScreenshot(window.get(), QStringLiteral("colour-by-age.png"));
    tools->setColourBy(QStringLiteral("site"));  // categorical
    const auto categories = view->figureData();
    ASSERT_EQ(categories.legend.size(), 2u);
    EXPECT_EQ(categories.legend[0].name, QStringLiteral("north"));
    tools->setColourBy(QString());
    EXPECT_EQ(view->figureData().legend.size(), 2u);  // classes a and b

    // Camera presets turn the 3D view; vector export refuses a 3D map, PNG works.
    view->setCameraView(tse::gui::ScatterView::CameraView::Front);
    const float front = view->cameraYRotation();
    view->setCameraView(tse::gui::ScatterView::CameraView::Top);
    EXPECT_NE(front, view->cameraYRotation());
    QTemporaryDir out;
    EXPECT_FALSE(tools->exports()->exportVector(out.filePath(QStringLiteral("x.svg"))).ok());
    const QString png = out.filePath(QStringLiteral("m3d.png"));
    ASSERT_TRUE(tools->exports()->exportImage(png, QSize(800, 600)).ok());
    EXPECT_EQ(QImage(png).size(), QSize(800, 600));
    EXPECT_GT(distinctColours(QImage(png)), 5);
    // The image map of a 3D run, seen from the camera's side: the 24 pictures where they fit.
    view->setCameraView(tse::gui::ScatterView::CameraView::Isometric);
    const QString imageMap = out.filePath(QStringLiteral("imap3d.png"));
    int shown = 0;
    ASSERT_TRUE(tools->exports()->exportImageMap(imageMap, QSize(900, 600), std::nullopt, true, 48, &shown).ok());
    EXPECT_EQ(QImage(imageMap).size(), QSize(900, 600));
    EXPECT_GT(shown, 5);
    EXPECT_LE(shown, 24);
    saveFile(imageMap, QStringLiteral("image-map-3d.png"));
    saveScreenshot(window.get(), QStringLiteral("image-map-3d-view.png"));
    // The CSV carries paths and both metadata columns.
    const QString csv = out.filePath(QStringLiteral("all.csv"));
    ASSERT_TRUE(tools->exports()->exportCoordinates(csv, false).ok());
    auto table = tse::csv::read(csv.toStdString());
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header, (std::vector<std::string>{"index", "path", "label", "age", "site", "x", "y", "z"}));
    EXPECT_EQ(table->rows.size(), 24u);
}

// Runs last: it installs translators for the rest of the process.
TEST(Workbench, EnglishPluralsAndSystemLocaleFallback)
{
    EXPECT_FALSE(tse::gui::installTranslations(*qApp, QLocale(QLocale::English)));
    EXPECT_EQ(QCoreApplication::translate("tse::gui::RunHistoryDock", "%n item(s)", nullptr, 1), QStringLiteral("1 item(s)"))
        << "an unknown context stays untranslated";
    EXPECT_EQ(QCoreApplication::translate("tse::gui::ScatterView", "%Ln item(s)", nullptr, 1), QStringLiteral("1 item"));
    EXPECT_EQ(QCoreApplication::translate("tse::gui::ScatterView", "%Ln item(s)", nullptr, 3), QStringLiteral("3 items"));
}
