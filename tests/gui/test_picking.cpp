// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Picking the point under the mouse on the CPU (viewprojection, screenpointindex) and checking
// it against Qt Data Visualization's own answer (its selection render pass) under Xvfb.

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QLineF>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

#include <random>

#include "pointstyle.h"
#include "scatterview.h"
#include "screenpointindex.h"
#include "viewprojection.h"

using tse::gui::ScatterView;
using tse::gui::ScreenPointIndex;

namespace {

// The renderer's answer for a position (−1: nothing there). It only reports a change of
// selection, so an item away from the position is selected first.
int askRenderer(ScatterView& view, QPoint at, int items)
{
    int anchor = 0;
    double farthest = -1.0;
    for (int i = 0; i < items; ++i)
        if (const auto p = view.screenPoint(i)) {
            const double d = QLineF(QPointF(p->x, p->y), at).length();
            if (d > farthest) {
                farthest = d;
                anchor = i;
            }
        }
    view.selectItem(anchor);
    QSignalSpy answer(&view, &ScatterView::rendererPicked);
    view.rendererPickAt(at);
    if (!answer.wait(5000)) {
        ADD_FAILURE() << "the renderer did not answer";
        return -2;
    }
    return answer.takeFirst().at(0).toInt();
}

QWindow* graphWindow()
{
    for (QWindow* w : QGuiApplication::allWindows())
        if (w->inherits("Q3DScatter") && w->isExposed())
            return w;
    return nullptr;
}

struct Agreement {
    int asked = 0;     // positions where the renderer found a point
    int agree = 0;     // ... and the CPU picker found the same one
    int onCentre = 0;  // centre positions where the renderer found that very item (not one in front)
    int offCentre = 0; // positions off the centres where the renderer found a point
    int empty = 0;     // positions where the renderer found nothing
    int nearby = 0;    // the CPU found another point drawn at the mouse
};

// Asks both the renderer and the CPU picker at each item's projected centre, and at random
// positions between the points (edges of discs, empty space).
Agreement compareWithRenderer(ScatterView& view, int items, unsigned seed, int samples = 60, bool strict = true)
{
    Agreement result;
    const QRect inside(QPoint(4, 4), view.mapSize() - QSize(8, 8));
    std::vector<QPoint> positions;
    std::vector<int> centreOf;
    for (int i = 0; i < items; ++i) {
        const auto at = view.screenPoint(i);
        if (at && inside.contains(QPoint(int(at->x), int(at->y)))) {
            positions.push_back(QPoint(int(at->x), int(at->y)));
            centreOf.push_back(i);
        }
    }
    // Near the points: on their discs, across their edges and just beside them.
    std::mt19937 rng(seed);
    const std::size_t centres = positions.size();
    for (int k = 0; k < samples && centres > 0; ++k) {
        positions.push_back(positions[rng() % centres] + QPoint(int(rng() % 19) - 9, int(rng() % 19) - 9));
        centreOf.push_back(-1);
    }
    for (std::size_t k = 0; k < positions.size(); ++k) {
        const int renderer = askRenderer(view, positions[k], items);
        const int cpu = view.pointAt(positions[k]);
        if (renderer < 0) {
            ++result.empty;
            continue;  // empty space: the CPU may still offer a point within its tolerance
        }
        ++result.asked;
        const auto cpuPoint = view.screenPoint(cpu);
        const QPointF pixelCentre = QPointF(positions[k]) + QPointF(0.5, -0.5);
        if (cpu == renderer) {
            ++result.agree;
        } else if (!strict && cpuPoint &&
                   QLineF(QPointF(cpuPoint->x, cpuPoint->y), pixelCentre).length() <= cpuPoint->radius + 1.0) {
            ++result.nearby;  // another point drawn at the mouse (overlapping small points)
        } else {
            ADD_FAILURE() << "at (" << positions[k].x() << ", " << positions[k].y() << ") the renderer found "
                          << renderer << ", the CPU " << cpu;
        }
        if (renderer == centreOf[k])
            ++result.onCentre;
        else if (centreOf[k] < 0)
            ++result.offCentre;
    }
    return result;
}

tse::Matrix spreadPoints(int n, int dims, unsigned seed)
{
    // A jittered lattice: every point well away from the others on screen from any side.
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> jitter(-0.15f, 0.15f);
    tse::Matrix c(n, dims);
    const int side = dims == 3 ? 3 : 5;
    for (int i = 0; i < n; ++i) {
        int rest = i;
        for (int d = 0; d < dims; ++d) {
            c(i, d) = 10.0f * (rest % side) + 3.0f * d + jitter(rng) * 10.0f;
            rest /= side;
        }
    }
    return c;
}

// Shows a one-class map in a window of the given size and waits for it to be drawn.
void showMap(ScatterView& view, QSize size, const tse::Matrix& coordinates, float pointScale = 1.0f)
{
    view.resize(size);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setMap(coordinates, std::vector<int>(static_cast<std::size_t>(coordinates.rows()), 0), {"points"});
    view.setPointScale(pointScale);
    QTest::qWait(300);
}

tse::Matrix gaussianCloud(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    tse::Matrix c(n, 3);
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < 3; ++d)
            c(i, d) = normal(rng);
    return c;
}

// A dense Gaussian cloud of n small points: the renderer and the CPU asked at 80 items'
// centres and 40 positions near them, overlaps allowed.
Agreement pickInACloud(int n, unsigned seed)
{
    ScatterView view;
    showMap(view, QSize(700, 520), gaussianCloud(n, seed));
    return compareWithRenderer(view, 80, seed + 7, 40, false);
}

}  // namespace

TEST(ScreenPointIndex, FrontMostCoveringPointElseNearestWithinTolerance)
{
    ScreenPointIndex index;
    index.build({{100, 100, 5.0f, 10.0f, 0},   // behind, large
                 {104, 100, 3.0f, 6.0f, 1},    // in front, covers (101, 100)
                 {300, 200, 4.0f, 1.0f, 2},    // a one-pixel point
                 {-5, 50, 1.0f, 50.0f, 3}},    // outside the view: never picked
                QSize(400, 300));
    EXPECT_EQ(index.size(), 3u);
    EXPECT_EQ(index.pick(QPointF(101, 100), 6.0f), 1) << "front-most of the discs under the mouse";
    EXPECT_EQ(index.pick(QPointF(92, 100), 6.0f), 0) << "only the large one covers this";
    EXPECT_EQ(index.pick(QPointF(304, 203), 6.0f), 2) << "near a small point counts";
    EXPECT_EQ(index.pick(QPointF(310, 200), 6.0f), -1) << "too far from anything";
    EXPECT_EQ(index.pick(QPointF(2, 50), 6.0f), -1);
    index.clear();
    EXPECT_EQ(index.pick(QPointF(100, 100), 6.0f), -1);
}

TEST(ScatterViewProjection, MapsTheAxisBoxAsTheRendererDoes)
{
    tse::gui::ScatterViewGeometry g;
    g.viewport = QSize(800, 500);  // 16:10: no automatic zoom-out
    g.axisMin = QVector3D(0, 0, 0);
    g.axisMax = QVector3D(10, 4, 5);  // x twice as wide as z
    const tse::gui::ScatterViewProjection front(g);
    // Seen from the front (no rotation) the box's centre is the view's centre, x grows to the
    // right, y upwards; z is drawn reversed (larger z further away).
    const auto centre = front.project(QVector3D(5, 2, 2.5f));
    EXPECT_NEAR(centre.position.x(), 400.0, 1e-3);
    EXPECT_NEAR(centre.position.y(), 250.0, 1e-3);
    EXPECT_NEAR(centre.depth, 6.0f, 1e-4);
    EXPECT_EQ(front.toScene(QVector3D(10, 4, 5)), QVector3D(2.0f, 1.0f, -1.0f));
    EXPECT_GT(front.project(QVector3D(10, 2, 2.5f)).position.x(), 400.0);
    EXPECT_LT(front.project(QVector3D(5, 4, 2.5f)).position.y(), 250.0);
    EXPECT_GT(front.project(QVector3D(5, 2, 5)).depth, centre.depth);
    EXPECT_FALSE(front.project(QVector3D(11, 2, 2.5f)).visible) << "outside the axis range";
    // Orthographic at 200 %: scene x = 2 lies 4 units right of the centre, in a box ±2 units
    // (250 px) high.
    g.zoomLevel = 200.0f;
    g.orthographic = true;
    const tse::gui::ScatterViewProjection zoomed(g);
    EXPECT_NEAR(zoomed.project(QVector3D(10, 2, 2.5f)).position.x() - 400.0, 4.0 * 250.0 / 2.0, 1e-2);
    EXPECT_NEAR(zoomed.pixelsPerSceneUnit(6.0f), 2.0 * 250.0 / 2.0, 1e-3);
}

TEST(MapPicking, CpuPicksWhatTheRendererPicks3D)
{
    ScatterView view;
    const int n = 27;
    // Spheres several pixels wide, so that positions fall on their discs and across their edges.
    showMap(view, QSize(700, 520), spreadPoints(n, 3, 1), 4.0f);
    struct Camera {
        float x, y, zoom;
    };
    for (const Camera camera : {Camera{-45.0f, 30.0f, 100.0f}, Camera{37.0f, 12.0f, 140.0f}, Camera{160.0f, -20.0f, 80.0f},
                                Camera{0.0f, 89.0f, 100.0f}}) {
        SCOPED_TRACE(testing::Message() << "camera " << camera.x << ", " << camera.y << ", " << camera.zoom);
        view.setCamera(camera.x, camera.y, camera.zoom);
        QTest::qWait(100);
        const Agreement a = compareWithRenderer(view, n, 7);
        EXPECT_GE(a.empty, 3) << "some positions beside the points";
        EXPECT_GE(a.offCentre, 8) << "and many on the discs but off centre";
        EXPECT_GE(a.onCentre, n * 2 / 3) << "most items are themselves found at their projected centre";
        EXPECT_EQ(a.agree, a.asked);
    }
    // Zooming with the wheel moves the camera's target towards the mouse.
    view.setCameraTarget(QVector3D(0.3f, -0.2f, 0.4f));
    view.setCamera(-30.0f, 25.0f, 180.0f);
    QTest::qWait(100);
    const Agreement aimed = compareWithRenderer(view, n, 12);
    EXPECT_GE(aimed.onCentre, n / 3);
    EXPECT_EQ(aimed.agree, aimed.asked);
    view.resetCamera();
    EXPECT_EQ(view.cameraTarget(), QVector3D()) << "reset aims at the centre again";

    // A tall window: the renderer zooms out so the graph fits.
    view.resize(420, 640);
    view.setCamera(-45.0f, 30.0f, 100.0f);
    QTest::qWait(300);
    const Agreement tall = compareWithRenderer(view, n, 8);
    EXPECT_GE(tall.onCentre, n / 2);
    EXPECT_EQ(tall.agree, tall.asked);
}

TEST(MapPicking, CpuPicksWhatTheRendererPicks2D)
{
    ScatterView view;
    const int n = 25;
    showMap(view, QSize(640, 480), spreadPoints(n, 2, 2), 4.0f);
    Agreement a = compareWithRenderer(view, n, 9);
    EXPECT_EQ(a.onCentre, n) << "a flat map is seen whole from above";
    EXPECT_EQ(a.agree, a.asked);
    view.setCamera(view.cameraXRotation(), view.cameraYRotation(), 170.0f);
    QTest::qWait(100);
    a = compareWithRenderer(view, n, 10);
    EXPECT_GE(a.onCentre, 4);
    EXPECT_EQ(a.agree, a.asked);
}

TEST(MapPicking, FlatPointsOfLargeMaps)
{
    // Beyond the sphere limit points are drawn as GL points a pixel or two wide. Where the
    // renderer finds one under a pixel, the CPU picker finds the same one or, where points
    // overlap, another one drawn at that pixel (seen: nearer the camera; the renderer's
    // selection pass does not keep the nearest of overlapping GL points).
    const Agreement a = pickInACloud(9000, 4);
    EXPECT_GE(a.asked, 60);
    EXPECT_GE(a.agree, a.asked * 3 / 4);
    EXPECT_EQ(a.agree + a.nearby, a.asked);
}

TEST(MapPicking, MidSizedMapsOnSoftwareRenderers)
{
    // Between 1,000 and 8,000 points a software renderer draws small pyramids instead of
    // spheres (pointstyle.h), a pixel or two wide here; the CPU picker takes them for discs, so
    // where they overlap it may pick a neighbour drawn at the same pixel.
    const Agreement a = pickInACloud(2000, 6);
    EXPECT_GE(a.asked, 60);
    EXPECT_GE(a.agree, a.asked * 2 / 3);
    EXPECT_EQ(a.agree + a.nearby, a.asked);
}

TEST(PointStyle, SpheresForSmallMapsCheaperShapesBeyond)
{
    using tse::gui::pointStyleFor;
    EXPECT_EQ(pointStyleFor(3000, 1.0f, false).mesh, QAbstract3DSeries::MeshSphere) << "a graphics card draws spheres";
    EXPECT_EQ(pointStyleFor(3000, 1.0f, true).mesh, QAbstract3DSeries::MeshMinimal) << "software: pyramids";
    EXPECT_EQ(pointStyleFor(800, 1.0f, true).mesh, QAbstract3DSeries::MeshSphere);
    EXPECT_FLOAT_EQ(pointStyleFor(900, 2.0f, true).itemSize, 2.0f * pointStyleFor(1000, 1.0f, true).itemSize);
    EXPECT_EQ(pointStyleFor(70000, 1.0f, false).mesh, QAbstract3DSeries::MeshPoint);
    EXPECT_EQ(pointStyleFor(70000, 1.0f, false).itemSize, 0.0f) << "the renderer's own size for many points";
    EXPECT_EQ(pointStyleFor(70000, 1.5f, true).mesh, QAbstract3DSeries::MeshMinimal) << "resized points need meshes";
    EXPECT_GT(pointStyleFor(70000, 1.5f, true).itemSize, 0.0f);
    // At the default size tiny maps get larger points (three times at 100 points and fewer).
    EXPECT_FLOAT_EQ(pointStyleFor(7, 1.0f, true).itemSize, 3.0f * pointStyleFor(1000, 1.0f, true).itemSize);
    EXPECT_FLOAT_EQ(pointStyleFor(100, 1.0f, true).itemSize, pointStyleFor(7, 1.0f, true).itemSize);
    EXPECT_GT(pointStyleFor(400, 1.0f, true).itemSize, pointStyleFor(800, 1.0f, true).itemSize);
    EXPECT_FLOAT_EQ(pointStyleFor(7, 2.0f, true).itemSize, 2.0f * pointStyleFor(1000, 1.0f, true).itemSize)
        << "a chosen size is taken as it is";

    EXPECT_TRUE(tse::gui::isSoftwareRenderer(QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)")));
    EXPECT_TRUE(tse::gui::isSoftwareRenderer(QStringLiteral("Google SwiftShader")));
    EXPECT_FALSE(tse::gui::isSoftwareRenderer(QStringLiteral("NVIDIA GeForce RTX 3060/PCIe/SSE2")));
    EXPECT_FALSE(tse::gui::openGLRenderer().isEmpty()) << "Xvfb provides OpenGL through Mesa";
}

TEST(MapView, LiveUpdatesOfLargeMapsAreRedrawnAtAMeasuredPace)
{
    // While t-SNE forms a large map, the view redraws at most every liveRedrawIntervalMs and
    // always ends with the newest coordinates.
    const int n = 12000;
    const tse::Matrix first = gaussianCloud(n, 8);
    ScatterView view;
    showMap(view, QSize(600, 500), first);
    tse::Matrix second = first, third = first;
    second(0, 0) = -first(0, 0);
    third(0, 0) = first(0, 0) * 0.5f;
    const auto drawnAt = [&] { return view.screenPoint(0) ? QPointF(view.screenPoint(0)->x, view.screenPoint(0)->y) : QPointF(); };
    const QPointF before = drawnAt();
    const int interval = tse::gui::liveRedrawIntervalMs(n, tse::gui::isSoftwareRenderer(tse::gui::openGLRenderer()));
    QElapsedTimer clock;
    clock.start();
    view.updateCoordinates(second);  // the first live update is drawn at once
    const QPointF afterSecond = drawnAt();
    EXPECT_NE(afterSecond, before);
    view.updateCoordinates(third);  // too soon: waits for its turn
    if (clock.elapsed() < interval)  // (unless this machine stalled for longer than the interval)
        EXPECT_EQ(drawnAt(), afterSecond);
    EXPECT_TRUE(QTest::qWaitFor([&] { return drawnAt() != afterSecond; }, interval + 2000)) << "the newest is drawn";
    EXPECT_EQ(tse::gui::liveRedrawIntervalMs(70000, true), 700);
    EXPECT_EQ(tse::gui::liveRedrawIntervalMs(70000, false), 40) << "a graphics card redraws as fast as t-SNE runs";
}

// Level of detail: a map above kFullDetailPoints draws a stable sample while the camera moves
// and every point once it rests; picking always sees every point, figures every point.
TEST(MapView, LargeMapsDrawASampleWhileTheCameraMoves)
{
    using tse::gui::inLevelOfDetailSample;
    using tse::gui::levelOfDetailStride;
    EXPECT_EQ(levelOfDetailStride(tse::gui::kFullDetailPoints), 1);
    EXPECT_EQ(levelOfDetailStride(1000000), 14);
    // The sample is a function of the item alone: the same in every frame and for every map,
    // and spread evenly (one in 14 of every class of 100,000 consecutive items).
    for (int block = 0; block < 10; ++block) {
        int kept = 0;
        for (int i = block * 100000; i < (block + 1) * 100000; ++i)
            kept += inLevelOfDetailSample(i, 14);
        EXPECT_NEAR(kept, 100000 / 14, 300) << "items " << block * 100000 << "…";
    }

    const int n = tse::gui::kFullDetailPoints + 10000;
    const tse::Matrix cloud = gaussianCloud(n, 3);
    ScatterView view;
    showMap(view, QSize(600, 500), cloud);
    EXPECT_FALSE(view.showingLevelOfDetail()) << "a map at rest is drawn whole";
    EXPECT_EQ(view.pointCount(), n);
    int expected = 0;
    for (int i = 0; i < n; ++i)
        expected += inLevelOfDetailSample(i, levelOfDetailStride(n));
    EXPECT_EQ(view.levelOfDetailPointCount(), expected);

    view.setCamera(view.cameraXRotation() + 20.0f, view.cameraYRotation(), view.cameraZoom());
    EXPECT_TRUE(view.showingLevelOfDetail()) << "the moving camera draws the sample";
    const QPoint centre(view.mapSize().width() / 2, view.mapSize().height() / 2);
    EXPECT_GE(view.pointAt(centre), 0) << "picking sees every point while the sample is drawn";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !view.showingLevelOfDetail(); }, 5000)) << "at rest: every point again";

    // A live update keeps the same sample; a figure is drawn from every point.
    tse::Matrix moved = cloud * 1.1f;
    view.updateCoordinates(moved);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.levelOfDetailPointCount() == expected; }, 5000));
    view.setCamera(view.cameraXRotation() + 20.0f, view.cameraYRotation(), view.cameraZoom());
    ASSERT_TRUE(view.showingLevelOfDetail());
    (void)view.renderImage(QSize(200, 160));
    EXPECT_FALSE(view.showingLevelOfDetail());
}
