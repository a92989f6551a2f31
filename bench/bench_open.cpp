// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Times opening a saved project in the workbench until its newest run is on the map (issue 12:
// a 1,000,000-point run), then hovers as a user does and saves a screenshot of the window:
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_open PROJECT.tsnex [SHOT.png]
//
// "shown" is the moment the map's series hold the run's points; "drawn" the first frame-rate
// report after it (Qt Data Visualization reports about once a second: an upper bound).
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScreen>
#include <QTimer>

#include <cstdio>

#include "mainwindow.h"
#include "scatterview.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open PROJECT.tsnex [SHOT.png]\n");
        return 2;
    }
    auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    QElapsedTimer clock;
    clock.start();
    tse::gui::MainWindow::Options options;
    options.project = QString::fromLocal8Bit(argv[1]);
    options.autoRun = false;
    options.dataset = QStringLiteral("sample");
    tse::gui::MainWindow window(options);
    window.resize(1500, 950);
    window.show();
    auto* view = window.scatterView();
    int largest = 0;
    while (clock.elapsed() < 120000) {
        wait(10);
        largest = std::max(largest, view->pointCount());
        if (largest > 100000)  // the project's run, not the sample
            break;
    }
    const double shownMs = clock.nsecsElapsed() / 1e6;
    view->setMeasureFps(true);
    while (view->framesPerSecond() <= 0.0 && clock.elapsed() < 120000)
        wait(5);
    const double drawnMs = clock.nsecsElapsed() / 1e6;
    view->setMeasureFps(false);
    wait(1000);
    // Hover at the centre after the camera rested.
    const QPoint centre(view->mapSize().width() / 2, view->mapSize().height() / 2);
    const int item = view->pointAt(centre);
    const double hoverMs = view->lastPickMilliseconds();
    if (argc > 2) {
        QPixmap shot = window.grab();
        if (QScreen* screen = window.screen())
            shot = screen->grabWindow(0, window.x(), window.y(), window.frameGeometry().width(),
                                      window.frameGeometry().height());
        shot.save(QString::fromLocal8Bit(argv[2]));
    }
    std::printf("{\"points\": %d, \"shown_ms\": %.0f, \"drawn_upper_bound_ms\": %.0f, \"hover_item\": %d, "
                "\"hover_pick_ms\": %.3f}\n",
                view->pointCount(), shownMs, drawnMs, item, hoverMs);
    return 0;
}
