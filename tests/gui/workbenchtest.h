// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers shared by the workbench tests: a main window on the bundled sample, small runs and
// screenshots for checking by eye.

#include <QScreen>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "datasetlibrary.h"
#include "mainwindow.h"
#include "parameterdock.h"

namespace {

using tse::gui::MainWindow;

inline std::unique_ptr<MainWindow> openWorkbench()
{
    MainWindow::Options options;
    options.dataset = QStringLiteral("sample");
    options.autoRun = false;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->datasets()->dataset(QStringLiteral("sample")) != nullptr; }, 20000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->currentDatasetSpec() == QStringLiteral("sample"); }, 5000));
    return window;
}

inline void setSmallRun(tse::gui::ParameterDock* dock, int iterations, int dims)
{
    auto p = dock->parameters();
    p.features.extractor = tse::run::Extractor::RawPixels;  // earlier tests may have left CNN features in the remembered settings
    p.features.faces = false;
    p.tsne.iterations = iterations;
    p.tsne.dimensions = dims;
    p.tsne.perplexity = 30;
    p.pcaDims = 50;
    dock->setParameters(p);
}

// For people checking the screens by eye: with TSE_SCREENSHOT_DIR set, saves what the widget
// looks like there (through the screen, since the OpenGL maps are not in QWidget::grab).
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(500);
    widget->screen()
        ->grabWindow(0, widget->x(), widget->y(), widget->width(), widget->height())
        .save(dir + QLatin1Char('/') + name);
}

// Runs the sample once per perplexity (3D, `iterations` each) and returns the runs' ids.
inline std::vector<int> runWithPerplexities(MainWindow* window, int iterations, const std::vector<double>& perplexities)
{
    QSignalSpy finished(window, &MainWindow::runFinished);
    for (double perplexity : perplexities) {
        auto p = window->parameterDock()->parameters();
        p.tsne.iterations = iterations;
        p.tsne.dimensions = 3;
        p.tsne.perplexity = perplexity;
        window->parameterDock()->setParameters(p);
        EXPECT_TRUE(window->startRun());
        EXPECT_TRUE(finished.wait(120000));
    }
    std::vector<int> ids;
    for (const auto& [id, r] : window->runRecords())
        ids.push_back(id);
    return ids;
}

}  // namespace
