// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Run ▸ Place new images in the workbench: the placed run joins the history, the map keeps its
// points and shows the placed ones apart, the preview lists a placed item's neighbours on the
// map, undo takes it back, and input that does not fit is refused with the reason.

#include <QTemporaryDir>

#include "mapsearch.h"
#include "maptools.h"
#include "placementcommands.h"
#include "previewdock.h"
#include "projectcontroller.h"
#include "runhistorydock.h"
#include "scatterview.h"
#include "tse/common/npy.h"
#include "workbenchtest.h"

#include <QUndoStack>

using tse::gui::MapTools;
using tse::gui::PlacementCommands;

TEST(Placement, PlacesImagesOnTheShownMapAndUndoes)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 150, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_EQ(window->runRecords().size(), 1u);
    const int referenceId = window->runRecords().begin()->first;
    const tse::Matrix referenceMap = window->runRecords().begin()->second.coordinates;

    PlacementCommands* placement = window->placementCommands();
    QSignalSpy placed(placement, &PlacementCommands::placed);
    // The bundled sample placed on its own map: every image has a twin there.
    ASSERT_TRUE(placement->placeOnShownRun(QStringLiteral("sample")));
    ASSERT_TRUE(placed.wait(120000));
    const int placedId = placed.takeFirst().at(0).toInt();
    ASSERT_EQ(window->runRecords().size(), 2u);
    const auto& record = window->runRecords().at(placedId);
    EXPECT_EQ(record.placedCount(), 3000u);
    EXPECT_EQ(record.placedOnto, referenceId);
    EXPECT_TRUE(record.coordinates.topRows(3000) == referenceMap) << "the map's points stay where they were";
    EXPECT_NE(record.notes.find("10-NN accuracy against the map's labels"), std::string::npos);

    // Shown at once, coloured placed / on the map (a legend of two).
    EXPECT_EQ(window->scatterView()->pointCount(), 6000);
    const auto figure = window->scatterView()->figureData();
    ASSERT_EQ(figure.legend.size(), 2u);
    EXPECT_EQ(figure.legend[0].name, QStringLiteral("On the map"));
    EXPECT_EQ(figure.legend[1].name, QStringLiteral("Placed"));
    EXPECT_EQ(window->historyDock()->runCount(), 2);
    saveScreenshot(window.get(), QStringLiteral("placed-sample.png"));

    // A placed item's neighbours in the preview are the map's own items, with their images.
    window->scatterView()->selectItem(3000 + 17);
    const auto& neighbours = window->previewDock()->neighbours();
    ASSERT_EQ(neighbours.size(), 10u);
    for (int j : neighbours)
        EXPECT_LT(j, 3000);
    EXPECT_EQ(neighbours.front(), 17) << "its twin is the nearest in feature space";
    EXPECT_TRUE(window->previewDock()->details().contains(QStringLiteral("placed on the map")));

    window->undoStack()->undo();
    EXPECT_EQ(window->runRecords().size(), 1u);
    EXPECT_EQ(window->historyDock()->runCount(), 1);
    window->undoStack()->redo();
    ASSERT_EQ(window->runRecords().size(), 2u);
    EXPECT_EQ(window->runRecords().at(placedId).placedCount(), 3000u);

    // Saved and opened again: the placed run is there, and its images once both parts are loaded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("placed.tsnex"));
    ASSERT_TRUE(window->saveProjectAs(path).ok());
    MainWindow::Options options;
    options.dataset = QStringLiteral("sample");
    options.project = path;
    options.autoRun = false;
    MainWindow reopened(options);
    reopened.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reopened.datasets()->dataset(QStringLiteral("sample")) != nullptr; }, 20000));
    const tse::run::RunRecord* again = nullptr;
    for (const auto& [id, r] : reopened.runRecords())
        if (r.placedCount() == 3000)
            again = &r;
    ASSERT_NE(again, nullptr);
    EXPECT_TRUE(again->coordinates.topRows(3000) == referenceMap);
    const auto images = reopened.datasets()->datasetOf(*again);
    ASSERT_NE(images, nullptr);
    EXPECT_EQ(images->size(), 6000u);
}

TEST(Placement, InputThatDoesNotFitIsRefusedWithTheReason)
{
    auto window = openWorkbench();
    PlacementCommands* placement = window->placementCommands();
    EXPECT_FALSE(placement->placeOnShownRun(QStringLiteral("sample"))) << "no map is shown yet";

    setSmallRun(window->parameterDock(), 60, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    QTemporaryDir dir;
    const QString narrow = dir.filePath(QStringLiteral("narrow.npy"));
    ASSERT_TRUE(tse::npy::writeMatrix(narrow.toStdString(), tse::Matrix::Zero(4, 7)).ok());
    QSignalSpy failed(placement, &PlacementCommands::failed);
    ASSERT_TRUE(placement->placeOnShownRun(narrow));
    ASSERT_TRUE(failed.wait(60000));
    const QString reason = failed.takeFirst().at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("7 features each but the map was made from 784"))) << reason.toStdString();
    EXPECT_EQ(window->runRecords().size(), 1u) << "nothing was added";
    EXPECT_EQ(window->undoStack()->count(), 0);
}
