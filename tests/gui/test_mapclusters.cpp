// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Run ▸ Find clusters in the workbench: found off the UI thread, listed in the cluster dock with
// names and thumbnails, the map coloured by them, a click selecting one, kept through Save and
// Open; and the clear messages for a map that is not there or a size that cannot fit.

#include <gtest/gtest.h>

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "clusterdock.h"
#include "mapclustercommands.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "scatterview.h"
#include "workbenchtest.h"

using tse::gui::ClusterDock;
using tse::gui::MapClusterCommands;

TEST(WorkbenchClusters, FoundListedColouredSelectedAndSaved)
{
    auto window = openWorkbench();
    auto* commands = window->mapClusterCommands();
    QSignalSpy failed(commands, &MapClusterCommands::failed);
    EXPECT_FALSE(commands->findOnShownRun({}));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.takeFirst().at(0).toString().contains(QStringLiteral("Show a finished run first")));

    setSmallRun(window->parameterDock(), 300, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    const int runId = finished.takeFirst().at(0).toInt();

    // A size the map cannot hold: the reason, nothing kept.
    tse::app::ClusterRequest tooLarge;
    tooLarge.minClusterSize = 2000;
    ASSERT_TRUE(commands->findOnShownRun(tooLarge));
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_TRUE(failed.takeFirst().at(0).toString().contains(QStringLiteral("lower the minimum cluster size")));
    EXPECT_TRUE(window->projects()->run(runId)->clusters.empty());

    QSignalSpy found(commands, &MapClusterCommands::found);
    ASSERT_TRUE(commands->findOnShownRun({}));
    ASSERT_TRUE(found.wait(30000));
    const auto& clusters = window->projects()->run(runId)->clusters;
    ASSERT_FALSE(clusters.empty());
    EXPECT_GE(clusters.count, 5) << "the sample's classes make several groups";
    EXPECT_TRUE(window->projects()->isModified());

    ClusterDock* dock = window->clusterDock();
    EXPECT_TRUE(dock->isVisible());
    ASSERT_EQ(dock->clusterCount(), clusters.count);
    auto* list = dock->findChild<QListWidget*>(QStringLiteral("clusterList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), clusters.count);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("%"))) << list->item(0)->text().toStdString();
    EXPECT_FALSE(list->item(0)->icon().isNull()) << "thumbnails of the medoid and its neighbours";
    EXPECT_EQ(dock->cluster(0).summary.representatives.size(), 4u);
    // The map is coloured by cluster: one legend entry per cluster, plus the points in none.
    const auto figure = window->scatterView()->figureData();
    ASSERT_GE(figure.legend.size(), std::size_t(clusters.count));
    EXPECT_TRUE(figure.legend.front().name.startsWith(QStringLiteral("01 · "))) << figure.legend.front().name.toStdString();
    saveScreenshot(window.get(), QStringLiteral("clusters.png"));

    // A click on the second cluster selects exactly its points.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    const std::vector<int> expected = dock->itemsOf(1);
    EXPECT_EQ(int(expected.size()), dock->cluster(1).summary.size);
    EXPECT_EQ(window->scatterView()->selection(), expected);

    // Save, open again: the clusters come back with the run.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clusters.tsnex"));
    ASSERT_TRUE(window->projects()->saveAs(path));
    const auto saved = window->projects()->run(window->projects()->runs().begin()->first)->clusters;
    auto reopened = openWorkbench();
    ASSERT_TRUE(reopened->openProject(path));
    ASSERT_EQ(reopened->projects()->runs().size(), 1u);
    EXPECT_EQ(reopened->projects()->runs().begin()->second.clusters, saved);
}

TEST(WorkbenchClusters, DensityContoursOnA2DMapAndInItsFigures)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 300, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    auto* contours = window->mapTools()->contoursAction();
    contours->setChecked(true);
    EXPECT_TRUE(window->scatterView()->hasContours());
    const auto figure = window->scatterView()->figureData();
    EXPECT_GT(figure.contours.size(), 100u) << "figures get the contour lines";
    EXPECT_EQ(figure.items.size(), 3000u) << "the contours are no points of the map";
    saveScreenshot(window.get(), QStringLiteral("contours.png"));
    contours->setChecked(false);
    EXPECT_FALSE(window->scatterView()->hasContours());
    EXPECT_TRUE(window->scatterView()->figureData().contours.empty());
    // A 3D map has none, and says so.
    contours->setChecked(true);
    setSmallRun(window->parameterDock(), 100, 3);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_FALSE(window->scatterView()->hasContours());
    contours->setChecked(false);
}

TEST(WorkbenchClusters, NamedByAMetadataColumnWhenChosen)
{
    // Two clusters of 40 points; classes say "a" for both, the "site" column tells them apart.
    tse::run::RunRecord run;
    run.coordinates.resize(80, 2);
    run.classNames = {"a"};
    tse::imageio::Dataset dataset;
    dataset.metadataColumns = {"site"};
    for (int i = 0; i < 80; ++i) {
        run.coordinates(i, 0) = float(i < 40 ? 0 : 50) + float(i % 7) * 0.1f;
        run.coordinates(i, 1) = float(i % 5) * 0.1f;
        run.labels.push_back(0);
        run.clusters.labels.push_back(i < 40 ? 0 : 1);
        dataset.labels.push_back(0);
        dataset.metadata.push_back({i < 40 ? (i < 30 ? "north" : "south") : "south"});
    }
    run.clusters.count = 2;
    ClusterDock dock;
    dock.showRun(&run, {}, &dataset);
    ASSERT_EQ(dock.clusterCount(), 2);
    EXPECT_EQ(dock.cluster(0).name, "a 100 %");
    QSignalSpy renamed(&dock, &ClusterDock::namingChanged);
    dock.setNamingColumn(QStringLiteral("site"));
    EXPECT_EQ(renamed.count(), 1);
    EXPECT_EQ(dock.cluster(0).name, "north 75 %");
    EXPECT_EQ(dock.cluster(1).name, "south 100 %");
    EXPECT_EQ(dock.legendNames().front(), "1 · north 75 %") << "the map's legend follows";
    dock.setNamingColumn(QStringLiteral("no such column"));
    EXPECT_EQ(dock.cluster(0).name, "a 100 %") << "by class again";
}
