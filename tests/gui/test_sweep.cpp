// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// A parameter sweep in the workbench: the dialog refuses values that cannot work, the members
// run one after another and are saved under names that say what they vary, a member equals the
// same run made on its own, and the small multiples open a member in the main window.

#include <gtest/gtest.h>

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "projectcontroller.h"
#include "scatterview.h"
#include "sweepcommands.h"
#include "sweepwindow.h"
#include "workbenchtest.h"

using tse::gui::SweepCommands;

TEST(WorkbenchSweep, MembersRunSavedShownAndEqualToSeparateRuns)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 150, 2);
    auto* sweeps = window->sweepCommands();

    // The dialog: a perplexity too large for 3,000 items is named and the run button is off.
    bool checked = false;
    QTimer::singleShot(300, [&] {
        auto* dialog = qApp->activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        auto* values = dialog->findChild<QLineEdit*>(QStringLiteral("sweepValues1"));
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("sweepProblem"));
        ASSERT_TRUE(values && problem);
        values->setText(QStringLiteral("5, 5000"));
        EXPECT_TRUE(problem->text().contains(QStringLiteral("perplexity 5000"))) << problem->text().toStdString();
        const auto ok = dialog->findChildren<QPushButton*>();
        bool disabled = false;
        for (auto* button : ok)
            if (button->text().contains(QStringLiteral("Run")) || button->text().contains(QStringLiteral("OK")))
                disabled = !button->isEnabled();
        EXPECT_TRUE(disabled);
        values->setText(QStringLiteral("5, 15"));
        EXPECT_TRUE(problem->text().isEmpty());
        checked = true;
        static_cast<QDialog*>(dialog)->reject();
    });
    sweeps->askAndSweep();
    EXPECT_TRUE(checked);
    EXPECT_FALSE(sweeps->isSweeping()) << "cancelled: nothing runs";

    QSignalSpy done(sweeps, &SweepCommands::finished);
    ASSERT_TRUE(sweeps->startSweep({tse::app::parseSweepAxis("perplexity=10,30").value()}));
    EXPECT_TRUE(sweeps->isSweeping());
    ASSERT_TRUE(done.wait(240000));
    const auto ids = done.takeFirst().at(0).value<std::vector<int>>();
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(window->projects()->run(ids[0])->name, "sweep: perplexity 10");
    EXPECT_EQ(window->projects()->run(ids[1])->parameters.tsne.perplexity, 30.0);
    const tse::Matrix member = window->projects()->run(ids[1])->coordinates;

    auto* tiles = sweeps->lastWindow();
    ASSERT_NE(tiles, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(tiles));
    ASSERT_EQ(tiles->tileCount(), 2);
    EXPECT_TRUE(tiles->tile(1)->text().contains(QStringLiteral("KL "))) << tiles->tile(1)->text().toStdString();
    EXPECT_TRUE(tiles->tile(1)->text().contains(QStringLiteral("10-NN")));
    saveScreenshot(tiles, QStringLiteral("sweep.png"));
    tiles->tile(0)->click();
    EXPECT_TRUE(window->scatterView()->title().contains(QStringLiteral("perplexity 10"))) << "opened in the main window";

    // The same parameters run on their own give the same map.
    auto p = window->parameterDock()->parameters();
    p.tsne.perplexity = 30;
    window->parameterDock()->setParameters(p);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_EQ(window->projects()->run(finished.takeFirst().at(0).toInt())->coordinates, member);
}
