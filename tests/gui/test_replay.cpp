// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Replaying how a map formed (the run's saved frames in the main map, exported as PNG frames)
// and morphing compared maps from the first one into each of the others.

#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "comparisonwindow.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "replaydialog.h"
#include "scatterview.h"
#include "workbenchtest.h"

namespace {

// The view's points in item order (the figure lists shown points by item).
tse::Matrix shownCoordinates(const tse::gui::ScatterView& view)
{
    const auto figure = view.figureData();
    tse::Matrix out(figure.coordinates.rows(), figure.coordinates.cols());
    for (Eigen::Index r = 0; r < figure.coordinates.rows(); ++r)
        out.row(figure.itemOf(r)) = figure.coordinates.row(r);
    return out;
}

}  // namespace

TEST(WorkbenchReplay, FramesShownExportedAndTheMapPutBack)
{
    auto window = openWorkbench();
    EXPECT_EQ(window->mapTools()->showReplay(), nullptr) << "no run: a message, no dialog";
    setSmallRun(window->parameterDock(), 200, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    const auto* run = window->projects()->run(finished.takeFirst().at(0).toInt());
    ASSERT_NE(run, nullptr);
    ASSERT_GE(run->replay.frameCount(), 10) << "a 3,000-point run keeps many frames in 10 MB";
    EXPECT_EQ(run->replay.iterations().back(), 200);

    auto* dialog = window->mapTools()->showReplay();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->frameCount(), run->replay.frameCount());
    dialog->showFrame(1);
    EXPECT_EQ(shownCoordinates(*window->scatterView()), run->replay.frame(1)) << "the frame is what the map shows";
    saveScreenshot(window.get(), QStringLiteral("replay.png"));
    dialog->setPlaying(true);
    EXPECT_TRUE(dialog->playing());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->shownFrame() >= 3; }, 5000)) << "playing moves on";
    dialog->setPlaying(false);

    QTemporaryDir dir;
    ASSERT_TRUE(dialog->exportFrames(dir.path(), QSize(320, 240)));
    const QStringList frames = QDir(dir.path()).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(frames.size(), run->replay.frameCount());
    EXPECT_EQ(frames.front(), QStringLiteral("frame-001.png"));
    EXPECT_EQ(QImage(dir.filePath(frames.back())).size(), QSize(320, 240));
    EXPECT_FALSE(dialog->exportFrames(dir.path(), QSize(100000, 10))) << "a size beyond 8K is refused";

    dialog->close();
    EXPECT_EQ(shownCoordinates(*window->scatterView()), run->coordinates) << "closing puts the finished map back";

    // Saved, opened again: the frames are read from the project when the replay is asked for.
    const tse::run::MapReplay saved = run->replay;
    const QString path = dir.filePath(QStringLiteral("replay.tsnex"));
    ASSERT_TRUE(window->projects()->saveAs(path));
    auto reopened = openWorkbench();
    ASSERT_TRUE(reopened->openProject(path));
    const int id = reopened->projects()->runs().begin()->first;
    EXPECT_TRUE(reopened->projects()->run(id)->replay.empty()) << "not read with the run";
    reopened->showRun(id);
    auto* again = reopened->mapTools()->showReplay();
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->frameCount(), saved.frameCount());
    EXPECT_EQ(reopened->projects()->run(id)->replay, saved);
    again->close();
}

TEST(ComparisonMorph, TheOtherMapsSlideFromTheFirstIntoTheirOwn)
{
    tse::run::RunRecord a, b;
    a.coordinates = tse::Matrix::Random(300, 2);
    b.coordinates = tse::Matrix::Random(300, 2) * 3.0f;
    a.labels = b.labels = std::vector<int>(300, 0);
    a.classNames = b.classNames = {"points"};
    tse::gui::ComparisonWindow window({&a, &b});
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setMorph(0.0);
    EXPECT_TRUE(shownCoordinates(*window.view(1)).isApprox(window.alignedCoordinates(0), 1e-6f));
    window.setMorph(0.5);
    const tse::Matrix half = 0.5f * window.alignedCoordinates(0) + 0.5f * window.alignedCoordinates(1);
    EXPECT_TRUE(shownCoordinates(*window.view(1)).isApprox(half, 1e-5f));
    window.setMorph(1.0);
    EXPECT_TRUE(shownCoordinates(*window.view(1)).isApprox(window.alignedCoordinates(1), 1e-6f));
    EXPECT_TRUE(shownCoordinates(*window.view(0)).isApprox(window.alignedCoordinates(0), 1e-6f)) << "the first stays";
    // Played: from the first map, through the steps between, to the other's own.
    window.playMorph();
    EXPECT_TRUE(window.morphing());
    EXPECT_LT(window.morph(), 0.1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.morph() > 0.2 && window.morph() < 1.0; }, 5000)) << "part way";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.morphing(); }, 10000));
    EXPECT_EQ(window.morph(), 1.0);
    QTest::qWait(200);  // the last redraw of the paced live update
    EXPECT_TRUE(shownCoordinates(*window.view(1)).isApprox(window.alignedCoordinates(1), 1e-6f));
}
