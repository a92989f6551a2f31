// Frame rate and picking latency of the workbench's map at 70,000 points, under Xvfb:
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_view [COORDS.npy] [seconds=10]
//
// COORDS.npy: an N × 3 embedding (e.g. bench/results/tsne-70000-3d.npy from
// bench/run-benchmarks.sh); without it, 70,000 points in 10 Gaussian clusters.
// Rotation: the camera turns 2° every 16 ms (as a steady drag) while Qt Data Visualization
// counts rendered frames (measureFps). Picking: the view is asked for the point under 60
// random positions near the centre (what hovering does); the time to each answer is recorded
// (a query over empty space has no answer and counts as a miss). Then the preview's lookup
// of the item's 10 nearest neighbours (N × 50 PCA space) is timed.
// TSE_POINT_SCALE=1.5 draws small meshes instead of flat points.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
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
    view.setMap(coords, labels, names);
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

    // Picking at random positions inside the map.
    std::mt19937 rng(5);
    std::vector<double> picks;
    int misses = 0;
    for (int k = 0; k < 60; ++k) {
        // Positions around the centre, where a map's points are; a query over empty space has
        // no answer and counts as a miss.
        const QPoint centre(view.mapSize().width() / 2, view.mapSize().height() / 2);
        const QPoint at = centre + QPoint(int(rng() % 300) - 150, int(rng() % 300) - 150);
        const double before = view.lastPickMilliseconds();
        const int selectedBefore = view.selectedItem();
        view.pickAt(at);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 1000 && view.selectedItem() == selectedBefore)
            wait(1);
        if (view.selectedItem() == selectedBefore || view.lastPickMilliseconds() == before)
            ++misses;
        else
            picks.push_back(view.lastPickMilliseconds());
    }
    if (picks.empty())
        picks.push_back(0.0);
    std::sort(picks.begin(), picks.end());
    // What the preview then looks up for the picked item: its 10 nearest neighbours in the
    // run's 50-dimensional PCA space (as the workbench keeps it), N × 50.
    tse::Matrix features = tse::Matrix::Random(coords.rows(), 50);
    QElapsedTimer lookup;
    lookup.start();
    std::size_t found = 0;
    for (int k = 0; k < 20; ++k)
        found += tse::gui::nearestInFeatures(features, int(rng() % std::uint32_t(coords.rows())), 10).size();
    const double lookupMs = found == 200 ? lookup.nsecsElapsed() / 1e6 / 20 : -1.0;
    std::printf("{\"points\": %lld, \"rotation_fps_median\": %.1f, \"fps_samples\": %zu, \"pick_ms_median\": %.2f, "
                "\"pick_ms_p95\": %.2f, \"answered_picks\": %zu, \"misses\": %d, \"neighbour_lookup_ms\": %.2f}\n",
                static_cast<long long>(coords.rows()), medianFps, fps.size(), picks[picks.size() / 2],
                picks[picks.size() * 95 / 100], picks.size(), misses, lookupMs);
    return 0;
}
