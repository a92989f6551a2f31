// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Frame rate and picking latency of the workbench's map at 70,000 points, under Xvfb:
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_view [COORDS.npy] [seconds=10]
//
// COORDS.npy: an N × 3 embedding (e.g. bench/results/tsne-70000-3d.npy from
// bench/run-benchmarks.sh); without it, 70,000 points in 10 Gaussian clusters.
// Rotation: the camera turns 2° every 16 ms (as a steady drag) while Qt Data Visualization
// counts rendered frames (measureFps). Hover picking: the CPU lookup of the point under random
// positions near the centre, first after each of 40 camera changes (re-projection included),
// then 24 more per camera; and, for comparison, Qt Data Visualization's own pick (a selection
// render pass). Then the preview's lookup of the item's 10 nearest neighbours (N × 50 PCA
// space) is timed, and a lasso's selection (screen-space query, then the selection applied).
// TSE_POINT_SCALE=1.5 draws small meshes instead of flat points.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include "previewdock.h"
#include "scatterview.h"
#include "tse/common/npy.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const double seconds = argc > 2 ? std::atof(argv[2]) : 10.0;
    tse::Matrix coords;
    std::vector<int> labels;
    if (argc > 1) {
        auto read = tse::npy::readMatrix(argv[1]);
        if (!read) {
            std::fprintf(stderr, "%s\n", read.error().message.c_str());
            return 1;
        }
        coords = read.value();
    } else {
        std::mt19937 rng(3);
        std::normal_distribution<float> normal;
        coords.resize(70000, 3);
        for (int i = 0; i < 70000; ++i)
            for (int d = 0; d < 3; ++d)
                coords(i, d) = normal(rng) + 8.0f * float((i % 10) * (d + 1) % 7);
    }
    for (Eigen::Index i = 0; i < coords.rows(); ++i)
        labels.push_back(int(i % 10));
    std::vector<std::string> names;
    for (int c = 0; c < 10; ++c)
        names.push_back("class " + std::to_string(c));

    tse::gui::ScatterView view;
    view.resize(1280, 800);
    view.show();
    auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    wait(500);  // exposed and first frame drawn
    // Opening a map: setMap builds the series; the first frame with them is drawn next. Qt Data
    // Visualization reports its frame rate about once a second, so the time to its first report is
    // an upper bound on the first frame (by up to a second).
    QElapsedTimer opening;
    opening.start();
    view.setMap(coords, labels, names);
    const double setMapMs = opening.nsecsElapsed() / 1e6;
    view.setMeasureFps(true);
    while (view.framesPerSecond() <= 0.0 && opening.elapsed() < 60000)
        wait(5);
    const double firstFrameMs = opening.nsecsElapsed() / 1e6;
    view.setMeasureFps(false);
    wait(500);
    if (const char* scale = std::getenv("TSE_POINT_SCALE"))
        view.setPointScale(float(std::atof(scale)));
    view.setMeasureFps(true);
    QElapsedTimer clock;
    clock.start();
    std::vector<double> fps;
    QTimer rotate;
    // A local loop, not app.exec(): after QApplication::quit() no nested loop would run.
    QEventLoop rotation;
    QObject::connect(&rotate, &QTimer::timeout, [&] {
        view.setCamera(view.cameraXRotation() + 2.0f, 25.0f, 100.0f);
        if (clock.elapsed() > 2000)  // after the first frames settle
            fps.push_back(view.framesPerSecond());
        if (clock.elapsed() > seconds * 1000)
            rotation.quit();
    });
    rotate.start(16);
    rotation.exec();
    rotate.stop();
    view.setMeasureFps(false);
    std::sort(fps.begin(), fps.end());
    const double medianFps = fps.empty() ? 0.0 : fps[fps.size() / 2];

    // Picking, as hovering does, at random positions around the centre (where a map's points
    // are): the CPU lookup in the view's screen-space grid. "After a turn" times the first
    // pick after each camera change (the 70,000 points are re-projected first); "steady" the
    // picks while the camera rests. A pick over empty space (nothing within 6 px) is a miss.
    std::mt19937 rng(5);
    const QPoint centre(view.mapSize().width() / 2, view.mapSize().height() / 2);
    const auto randomPosition = [&] { return centre + QPoint(int(rng() % 300) - 150, int(rng() % 300) - 150); };
    std::vector<double> afterTurn, steady;
    int misses = 0, asked = 0;
    for (int turn = 0; turn < 40; ++turn) {
        view.setCamera(view.cameraXRotation() + 9.0f, 20.0f + float(turn % 5) * 5.0f, 100.0f);
        for (int k = 0; k < 25; ++k) {
            ++asked;
            if (view.pointAt(randomPosition()) < 0)
                ++misses;
            (k == 0 ? afterTurn : steady).push_back(view.lastPickMilliseconds());
        }
    }
    // Hover as a user does it: the camera turns, comes to rest (a large map re-projects its
    // points for picking then, scatterview.cpp), and the mouse then rests on a point.
    std::vector<double> afterRest;
    for (int turn = 0; turn < 10; ++turn) {
        view.setCamera(view.cameraXRotation() + 9.0f, 25.0f, 100.0f);
        wait(400);
        view.pointAt(randomPosition());
        afterRest.push_back(view.lastPickMilliseconds());
    }
    // Box and lasso: a 40-vertex lasso around a third of the view, first right after a camera
    // change (every point re-projected, as a drag that starts at once would) and then at rest;
    // the selection then replaced (the series rebuilt, as the user sees it) is timed apart.
    std::vector<double> lassoAfterTurn, lassoAtRest, lassoApplied;
    std::size_t lassoSelected = 0;
    QPolygonF lasso;
    for (int k = 0; k < 40; ++k) {
        const double angle = k * 2.0 * M_PI / 40.0, radius = k % 2 ? 90.0 : 160.0;
        lasso << QPointF(centre) + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    for (int turn = 0; turn < 10; ++turn) {
        view.setCamera(view.cameraXRotation() + 9.0f, 25.0f, 100.0f);
        QElapsedTimer clock;
        clock.start();
        lassoSelected += view.itemsInside(lasso).size();
        lassoAfterTurn.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        view.itemsInside(lasso);
        lassoAtRest.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        view.selectInside(lasso, tse::gui::ScatterView::SelectionChange::Replace);
        lassoApplied.push_back(clock.nsecsElapsed() / 1e6);
    }
    view.setSelection({});
    std::sort(lassoAfterTurn.begin(), lassoAfterTurn.end());
    std::sort(lassoAtRest.begin(), lassoAtRest.end());
    std::sort(lassoApplied.begin(), lassoApplied.end());
    std::sort(afterRest.begin(), afterRest.end());
    std::sort(afterTurn.begin(), afterTurn.end());
    std::sort(steady.begin(), steady.end());
    // The renderer's own answer (a selection render pass of every point), for comparison.
    std::vector<double> rendererPicks;
    int rendererAnswers = 0;
    for (int k = 0; k < 20; ++k) {
        QElapsedTimer waited;
        bool answered = false;
        auto connection = QObject::connect(&view, &tse::gui::ScatterView::rendererPicked, [&](int) { answered = true; });
        view.selectItem(0);  // the renderer reports changes only
        waited.start();
        view.rendererPickAt(randomPosition());
        while (!answered && waited.elapsed() < 3000)
            wait(1);
        QObject::disconnect(connection);
        if (answered) {
            ++rendererAnswers;
            rendererPicks.push_back(waited.nsecsElapsed() / 1e6);
        }
    }
    if (rendererPicks.empty())
        rendererPicks.push_back(0.0);
    std::sort(rendererPicks.begin(), rendererPicks.end());
    // What the preview then looks up for the picked item: its 10 nearest neighbours in the
    // run's 50-dimensional PCA space (as the workbench keeps it), N × 50.
    tse::Matrix features = tse::Matrix::Random(coords.rows(), 50);
    QElapsedTimer lookup;
    lookup.start();
    std::size_t found = 0;
    for (int k = 0; k < 20; ++k)
        found += tse::gui::nearestInFeatures(features, int(rng() % std::uint32_t(coords.rows())), 10).size();
    const double lookupMs = found == 200 ? lookup.nsecsElapsed() / 1e6 / 20 : -1.0;
    const auto median = [](const std::vector<double>& v) { return v[v.size() / 2]; };
    const auto p95 = [](const std::vector<double>& v) { return v[v.size() * 95 / 100]; };
    std::printf("{\"points\": %lld, \"set_map_ms\": %.0f, \"first_frame_upper_bound_ms\": %.0f, \"hover_pick_ms_after_rest_median\": %.3f,\n"
                " \"hover_pick_ms_after_rest_max\": %.3f,\n",
                static_cast<long long>(coords.rows()), setMapMs, firstFrameMs, median(afterRest), afterRest.back());
    std::printf(" \"rotation_fps_median\": %.1f, \"fps_samples\": %zu,\n"
                " \"hover_pick_ms_after_turn_median\": %.3f, \"hover_pick_ms_after_turn_p95\": %.3f, \"hover_pick_ms_after_turn_max\": %.3f,\n"
                " \"hover_pick_ms_steady_median\": %.4f, \"hover_pick_ms_steady_p95\": %.4f, \"picks\": %d, \"misses\": %d,\n"
                " \"renderer_pick_ms_median\": %.1f, \"renderer_pick_ms_p95\": %.1f, \"renderer_answers\": %d,\n"
                " \"neighbour_lookup_ms\": %.2f,\n"
                " \"lasso_ms_after_turn_median\": %.2f, \"lasso_ms_at_rest_median\": %.2f,"
                " \"lasso_select_and_redraw_ms_median\": %.1f, \"lasso_mean_points\": %zu}\n",
                medianFps, fps.size(), median(afterTurn), p95(afterTurn),
                afterTurn.back(), median(steady), p95(steady), asked, misses, median(rendererPicks), p95(rendererPicks),
                rendererAnswers, lookupMs, median(lassoAfterTurn), median(lassoAtRest), median(lassoApplied),
                lassoSelected / 10);
    return 0;
}
