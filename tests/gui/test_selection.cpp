// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Box and lasso selection: the screen-space index's polygon query, and real drags on the map
// (mouse events into the 3D view's window) in 2D and in a turned 3D view, with the modifiers
// that add and remove, Escape, and the comparison window's linked selection.

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

#include "comparisonwindow.h"
#include "maptools.h"
#include "scatterview.h"
#include "screenpointindex.h"
#include "selectiontools.h"
#include "workbenchtest.h"

using tse::gui::ScatterView;
using tse::gui::ScreenPointIndex;

namespace {

void send(QWindow* graph, QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons,
          Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, at, graph->mapToGlobal(at), button, buttons, modifiers);
    QCoreApplication::sendEvent(graph, &event);
}

// A left drag through the points (the press at the first, the release at the last), with
// intermediate moves every few pixels as a hand makes them. Returns the positions the mouse
// went through, in whole pixels as the view sees them.
std::vector<QPointF> drag(ScatterView& view, const std::vector<QPointF>& path,
                          Qt::KeyboardModifiers modifiers = Qt::NoModifier, bool release = true)
{
    QWindow* graph = view.graphWindow();
    std::vector<QPointF> traced{QPointF(path.front().toPoint())};
    send(graph, QEvent::MouseButtonPress, path.front(), Qt::LeftButton, Qt::LeftButton, modifiers);
    for (std::size_t k = 1; k < path.size(); ++k) {
        const QPointF from = path[k - 1], to = path[k];
        const int steps = std::max(1, int(QLineF(from, to).length() / 5.0));
        for (int s = 1; s <= steps; ++s) {
            const QPointF at = from + (to - from) * (double(s) / steps);
            send(graph, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton, modifiers);
            traced.push_back(QPointF(at.toPoint()));
        }
    }
    if (release)
        send(graph, QEvent::MouseButtonRelease, path.back(), Qt::LeftButton, Qt::NoButton, modifiers);
    return traced;
}

// Ray casting, written here apart from the view's own test (QPolygonF::containsPoint).
bool insidePolygon(const std::vector<QPointF>& polygon, QPointF p)
{
    bool inside = false;
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const QPointF a = polygon[i], b = polygon[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

void showMap(ScatterView& view, const tse::Matrix& coordinates)
{
    view.resize(QSize(720, 540));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setMap(coordinates, std::vector<int>(static_cast<std::size_t>(coordinates.rows()), 0), {"points"});
    QTest::qWait(200);
}

// A 20 × 20 grid of points at integer positions of a 2D map; item = 20·y + x.
tse::Matrix grid2D()
{
    tse::Matrix c(400, 2);
    for (int i = 0; i < 400; ++i) {
        c(i, 0) = float(i % 20);
        c(i, 1) = float(i / 20);
    }
    return c;
}

// A flat map is seen straight from above without perspective: screen positions are an affine
// function of the data, found from three grid points.
struct Affine {
    QPointF origin, perX, perY;
    QPointF operator()(double x, double y) const { return origin + perX * x + perY * y; }
};

Affine screenOfGrid(ScatterView& view)
{
    const auto p0 = view.screenPoint(0), px = view.screenPoint(19), py = view.screenPoint(380);
    EXPECT_TRUE(p0 && px && py);
    if (!p0 || !px || !py)
        return {};
    const QPointF o(p0->x, p0->y);
    return {o, (QPointF(px->x, px->y) - o) / 19.0, (QPointF(py->x, py->y) - o) / 19.0};
}

std::vector<int> gridItems(int x0, int x1, int y0, int y1)
{
    std::vector<int> items;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            items.push_back(20 * y + x);
    std::sort(items.begin(), items.end());
    return items;
}

std::vector<int> unite(std::vector<int> a, const std::vector<int>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

}  // namespace

TEST(ScreenPointIndex, InsideAPolygonIsWhatItsOutlineEncloses)
{
    ScreenPointIndex index;
    // A concave "L": the notch at the top right encloses nothing.
    const QPolygonF l({QPointF(10, 10), QPointF(40, 10), QPointF(40, 30), QPointF(100, 30), QPointF(100, 60),
                       QPointF(10, 60)});
    index.build({{20, 20, 1, 2, 0},    // in the upright
                 {70, 20, 1, 2, 1},    // in the notch: out
                 {70, 45, 5, 2, 2},    // in the foot, behind: depth does not matter
                 {150, 45, 1, 2, 3},   // right of it
                 {39, 59, 1, 2, 4},    // just inside the corner
                 {-3, 20, 1, 2, 5}},   // outside the view
                QSize(300, 200));
    EXPECT_EQ(index.inside(l), (std::vector<int>{0, 2, 4}));
    EXPECT_TRUE(index.inside(QPolygonF({QPointF(0, 0), QPointF(5, 5)})).empty()) << "two points enclose nothing";
    EXPECT_TRUE(index.inside(QPolygonF({QPointF(200, 100), QPointF(220, 100), QPointF(210, 120)})).empty());
}

TEST(MapSelection, BoxAndLassoOnA2DMapSelectExactlyThePointsInside)
{
    ScatterView view;
    showMap(view, grid2D());
    const Affine at = screenOfGrid(view);
    QSignalSpy drawn(&view, &ScatterView::selectionDrawn);

    // A lasso around an L of grid points, its outline halfway between rows and columns.
    view.setDragTool(ScatterView::DragTool::Lasso);
    const std::vector<QPointF> lShape = {at(2.5, 3.5),  at(10.5, 3.5), at(10.5, 6.5), at(5.5, 6.5),
                                         at(5.5, 15.5), at(2.5, 15.5), at(2.5, 3.6)};
    drag(view, lShape);
    const std::vector<int> expected = unite(gridItems(3, 10, 4, 6), gridItems(3, 5, 4, 15));
    EXPECT_EQ(view.selection(), expected);
    ASSERT_EQ(drawn.count(), 1);
    EXPECT_EQ(drawn.takeFirst().at(0).toInt(), int(expected.size()));
    EXPECT_GT(view.lastSelectMilliseconds(), 0.0) << "measured, for the benchmark";

    // Box with Shift adds; box with Ctrl removes.
    view.setDragTool(ScatterView::DragTool::Box);
    drag(view, {at(14.5, 14.5), at(17.5, 18.5)}, Qt::ShiftModifier);
    const std::vector<int> added = unite(expected, gridItems(15, 17, 15, 18));
    EXPECT_EQ(view.selection(), added);
    drag(view, {at(2.5, 10.5), at(8.5, 19.5)}, Qt::ControlModifier);
    const std::vector<int> cut = gridItems(3, 8, 11, 19);
    std::vector<int> removed;
    std::set_difference(added.begin(), added.end(), cut.begin(), cut.end(), std::back_inserter(removed));
    EXPECT_EQ(view.selection(), removed);

    // A plain box replaces; one around empty space clears and says it found nothing.
    drag(view, {at(0.5, 0.5), at(1.5, 1.5)});
    EXPECT_EQ(view.selection(), (std::vector<int>{21}));
    drawn.clear();
    drag(view, {at(0.2, 0.2), at(0.8, 0.8)});
    EXPECT_TRUE(view.selection().empty());
    ASSERT_EQ(drawn.count(), 1);
    EXPECT_EQ(drawn.takeFirst().at(0).toInt(), 0);

    // A click is still a pick, not a tiny box; Escape abandons a drag in progress.
    const auto item = view.screenPoint(47);
    ASSERT_TRUE(item);
    drag(view, {QPointF(item->x, item->y)});
    EXPECT_EQ(view.selectedItem(), 47);
    EXPECT_TRUE(view.selection().empty());
    drag(view, {at(2.5, 2.5), at(12.5, 12.5)}, Qt::NoModifier, false);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(view.graphWindow(), &escape);
    send(view.graphWindow(), QEvent::MouseButtonRelease, at(12.5, 12.5), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    EXPECT_TRUE(view.selection().empty()) << "cancelled";
    EXPECT_EQ(view.selectedItem(), 47) << "and not taken for a click";

    // In the turning tool a drag turns (a flat map stays locked) and selects nothing.
    view.setDragTool(ScatterView::DragTool::Rotate);
    drag(view, {at(2.5, 2.5), at(12.5, 12.5)});
    EXPECT_TRUE(view.selection().empty());
}

TEST(MapSelection, LassoInATurned3DViewSelectsWhatIsDrawnInside)
{
    std::mt19937 rng(5);
    std::normal_distribution<float> normal;
    tse::Matrix c(1500, 3);
    for (int i = 0; i < c.rows(); ++i)
        for (int d = 0; d < 3; ++d)
            c(i, d) = normal(rng) + (i % 3 == d ? 4.0f : 0.0f);
    ScatterView view;
    showMap(view, c);
    view.setCamera(37.0f, 24.0f, 110.0f);
    QTest::qWait(300);
    // A concave star around the view's centre.
    const QPointF centre(view.mapSize().width() / 2.0, view.mapSize().height() / 2.0);
    std::vector<QPointF> star;
    for (int k = 0; k < 10; ++k) {
        const double angle = k * M_PI / 5.0, radius = k % 2 ? 60.0 : 170.0;
        // Whole pixels: mouse positions are.
        star.push_back((centre + QPointF(radius * std::cos(angle), radius * std::sin(angle))).toPoint());
    }
    view.setDragTool(ScatterView::DragTool::Lasso);
    std::vector<QPointF> path = star;
    path.push_back(star.front() + QPointF(0, 1));
    const std::vector<QPointF> traced = drag(view, path);
    std::vector<int> all(static_cast<std::size_t>(c.rows()));
    std::iota(all.begin(), all.end(), 0);
    const auto screen = view.projectItems(all);
    std::vector<int> expected;
    float nearest = 1e9f, farthest = -1e9f;
    for (int i = 0; i < c.rows(); ++i)
        if (screen[std::size_t(i)].visible && insidePolygon(traced, screen[std::size_t(i)].position)) {
            expected.push_back(i);
            nearest = std::min(nearest, screen[std::size_t(i)].depth);
            farthest = std::max(farthest, screen[std::size_t(i)].depth);
        }
    ASSERT_GT(expected.size(), 100u) << "the star covers part of the cloud";
    ASSERT_LT(expected.size(), 1300u) << "and not all of it";
    EXPECT_EQ(view.selection(), expected);
    EXPECT_GT(farthest - nearest, 1.0f) << "points at every depth under the outline are selected";

    // Only the selection shown: the figure of the view holds exactly the selected points.
    view.setOnlySelectionShown(true);
    EXPECT_EQ(view.figureData().items, expected);
    view.setOnlySelectionShown(false);
    EXPECT_EQ(view.figureData().items.size(), std::size_t(c.rows()));
}

TEST(MapSelection, ALassoInOneComparedMapSelectsInAll)
{
    tse::run::RunRecord a, b;
    a.coordinates = grid2D();
    b.coordinates = grid2D() * 2.0f;
    a.labels = b.labels = std::vector<int>(400, 0);
    a.classNames = b.classNames = {"points"};
    a.name = "first";
    b.name = "second";
    tse::gui::ComparisonWindow window({&a, &b});
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    window.selectionTools()->boxAction()->trigger();
    EXPECT_EQ(window.view(1)->dragTool(), ScatterView::DragTool::Box) << "the tool applies to every map";
    ScatterView& second = *window.view(1);
    const Affine at = screenOfGrid(second);
    drag(second, {at(-0.5, -0.5), at(4.5, 1.5)});
    const std::vector<int> expected = gridItems(0, 4, 0, 1);
    EXPECT_EQ(second.selection(), expected);
    EXPECT_EQ(window.view(0)->selection(), expected) << "linked";
    window.selectionTools()->showOnlyAction()->trigger();
    EXPECT_EQ(window.view(0)->figureData().items, expected);
}

TEST(MapSelection, TheWorkbenchLassoFeedsTheSelectionActions)
{
    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 150, 2);
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    ASSERT_TRUE(window->startRun());
    ASSERT_TRUE(finished.wait(120000));
    ScatterView& view = *window->scatterView();
    QTest::qWait(300);
    // L picks the lasso, as the menu says.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window->parameterDock(), Qt::Key_L);
    EXPECT_EQ(view.dragTool(), ScatterView::DragTool::Lasso);
    const QPointF centre(view.mapSize().width() / 2.0, view.mapSize().height() / 2.0);
    std::vector<QPointF> loop;
    for (int k = 0; k <= 12; ++k)
        loop.push_back(centre + QPointF(140 * std::cos(k * M_PI / 6), 110 * std::sin(k * M_PI / 6)));
    drag(view, loop, Qt::NoModifier, false);
    saveScreenshot(window.get(), QStringLiteral("lasso-drawing.png"));
    send(view.graphWindow(), QEvent::MouseButtonRelease, loop.back(), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    const std::size_t selected = view.selection().size();
    EXPECT_GT(selected, 10u);
    EXPECT_LT(selected, 3000u);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("inside")))
        << window->statusBar()->currentMessage().toStdString();
    auto* count = window->findChild<QLabel*>(QStringLiteral("selectionCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().contains(QString::number(selected))) << count->text().toStdString();
    EXPECT_FALSE(window->mapTools()->selectionGrid(32).isNull()) << "the image grid of the lasso's points";
    window->mapTools()->selectionTools()->showOnlyAction()->trigger();
    EXPECT_EQ(view.figureData().items.size(), selected) << "figures show only the selection";
    saveScreenshot(window.get(), QStringLiteral("lasso-show-only.png"));
    window->mapTools()->selectionTools()->showOnlyAction()->trigger();
    // A lasso around empty space: the selection is cleared and the status bar says why.
    std::vector<QPointF> corner;
    for (int k = 0; k <= 6; ++k)
        corner.push_back(QPointF(8, 8) + QPointF(6 * std::cos(k * M_PI / 3), 6 * std::sin(k * M_PI / 3)));
    drag(view, corner);
    EXPECT_TRUE(view.selection().empty());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("No points inside")))
        << window->statusBar()->currentMessage().toStdString();
    QTest::keyClick(window->parameterDock(), Qt::Key_R);
    EXPECT_EQ(view.dragTool(), ScatterView::DragTool::Rotate);
}

TEST(MapSelection, NoTwoActionsOfTheWorkbenchShareAShortcut)
{
    auto window = openWorkbench();
    std::map<QString, QString> owner;
    for (const QAction* action : window->findChildren<QAction*>())
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString();
            const auto [at, fresh] = owner.emplace(text, action->text());
            EXPECT_TRUE(fresh) << text.toStdString() << " belongs to both '" << at->second.toStdString() << "' and '"
                               << action->text().toStdString() << "'";
        }
    EXPECT_GT(owner.size(), 30u);
}
