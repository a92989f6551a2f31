// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// ScatterView's CPU picking: the view's projection rebuilt from the camera and axes
// (viewprojection.h), shown points in a screen-space grid (screenpointindex.h) rebuilt only
// when the camera, window, axes or data change; and the renderer's own pick for comparison.

#include "scatterview.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtDataVisualization/Q3DCamera>
#include <QtDataVisualization/Q3DInputHandler>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DScene>
#include <QtDataVisualization/QScatter3DSeries>
#include <QtDataVisualization/QScatterDataProxy>
#include <QtDataVisualization/QValue3DAxis>

#include <algorithm>
#include <cmath>

namespace tse::gui {
namespace {

// The renderer's selection pass finds a sphere up to 12 % beyond its drawn radius (measured
// against it in tests/gui/test_picking.cpp); the CPU picker counts the same disc as on it.
constexpr float kSelectionMargin = 1.12f;

}  // namespace

ScatterViewGeometry ScatterView::viewGeometry() const
{
    ScatterViewGeometry g;
    g.viewport = graph_->size();
    g.orthographic = graph_->isOrthoProjection();
    const Q3DCamera* camera = graph_->scene()->activeCamera();
    g.xRotation = camera->xRotation();
    g.yRotation = camera->yRotation();
    g.zoomLevel = camera->zoomLevel();
    g.target = camera->target();
    g.axisMin = QVector3D(graph_->axisX()->min(), graph_->axisY()->min(), graph_->axisZ()->min());
    g.axisMax = QVector3D(graph_->axisX()->max(), graph_->axisY()->max(), graph_->axisZ()->max());
    g.aspectRatio = static_cast<float>(graph_->aspectRatio());
    g.horizontalAspectRatio = static_cast<float>(graph_->horizontalAspectRatio());
    return g;
}

const ScreenPointIndex& ScatterView::screenIndex()
{
    const ScatterViewGeometry geometry = viewGeometry();
    if (indexedGeometry_ == geometry && indexedDataVersion_ == dataVersion_)
        return screenIndex_;
    ++pickStatistics_.indexBuilds;
    const ScatterViewProjection projection(geometry);
    // Drawn sizes as the renderer sizes them: flat points are (item size × zoom) pixels wide;
    // meshes are item size scene units in radius; item size 0 means the renderer's default,
    // 2/√(points shown) within [0.01, 0.1].
    // A group counts as shown unless its legend entry is unticked: while the camera moves a large
    // map draws its sample instead (scatterview.cpp), but picks are of every point.
    auto groupShown = [this](std::size_t s) { return series_[s] && !model_.isGroupHidden(static_cast<int>(s)); };
    int shown = 0;
    for (std::size_t s = 0; s < series_.size(); ++s)
        if (groupShown(s))
            shown += series_[s]->dataProxy()->itemCount();
    const float defaultSize = std::clamp(2.0f / std::sqrt(static_cast<float>(std::max(shown, 1))), 0.01f, 0.1f);
    std::vector<ScreenPointIndex::Point> points;
    points.reserve(static_cast<std::size_t>(shown));
    for (std::size_t s = 0; s < series_.size(); ++s) {
        const QScatter3DSeries* series = series_[s];
        if (!groupShown(s))
            continue;
        const float size = series->itemSize() > 0.0f ? series->itemSize() / 3.0f : defaultSize;
        const bool flat = series->mesh() == QAbstract3DSeries::MeshPoint;
        const QScatterDataArray& array = *series->dataProxy()->array();
        for (int k = 0; k < static_cast<int>(array.size()); ++k) {
            const ScreenPoint at = projection.project(array.at(k).position());
            if (!at.visible)
                continue;
            const float radius = kSelectionMargin * (flat ? 0.5f * size * projection.zoomLevel()
                                                          : size * projection.pixelsPerSceneUnit(at.depth));
            points.push_back({static_cast<float>(at.position.x()), static_cast<float>(at.position.y()), at.depth, radius,
                              itemsOfSeries_[s][static_cast<std::size_t>(k)]});
        }
    }
    screenIndex_.build(std::move(points), geometry.viewport);
    indexedGeometry_ = geometry;
    indexedDataVersion_ = dataVersion_;
    return screenIndex_;
}

int ScatterView::pointAt(const QPoint& position)
{
    // Within this many pixels of a point's centre counts as on it: flat points of large maps
    // are only a pixel or two wide.
    constexpr float kTolerance = 6.0f;
    QElapsedTimer clock;
    clock.start();
    // The renderer reads the pixel at (x, height − y) from the bottom: its centre lies half a
    // pixel right of and above the mouse position.
    const int item = screenIndex().pick(QPointF(position) + QPointF(0.5, -0.5), kTolerance);
    lastPickMs_ = clock.nsecsElapsed() / 1e6;
    return item;
}

void ScatterView::pickAt(const QPoint& position) { selectItem(pointAt(position)); }

std::optional<ScreenPointIndex::Point> ScatterView::screenPoint(int item)
{
    if (const ScreenPointIndex::Point* point = screenIndex().find(item))
        return *point;
    return std::nullopt;
}

std::vector<ScreenPoint> ScatterView::projectItems(const std::vector<int>& items) const
{
    const ScatterViewProjection projection(viewGeometry());
    std::vector<ScreenPoint> out;
    out.reserve(items.size());
    for (int item : items) {
        if (item < 0 || item >= static_cast<int>(seriesOfItem_.size()) || !series_[seriesOfItem_[item]]) {
            out.emplace_back();
            continue;
        }
        const QScatter3DSeries* series = series_[seriesOfItem_[item]];
        out.push_back(projection.project(series->dataProxy()->itemAt(positionOfItem_[item])->position()));
    }
    return out;
}

void ScatterView::rendererPickAt(const QPoint& position)
{
    // As Qt's input handler does on a press: the renderer only answers queries aimed at the
    // primary view.
    if (auto* input = graph_->activeInputHandler()) {
        input->setInputView(QAbstract3DInputHandler::InputViewOnPrimary);
        input->setInputPosition(position);
    }
    rendererQuery_ = true;
    ++pickStatistics_.rendererQueries;
    if (pickMarker_)
        pickMarker_->setVisible(false);  // the renderer must find the point, not its marker
    graph_->scene()->setSelectionQueryPosition(position);
}

void ScatterView::answerRendererQuery(int item)
{
    if (!rendererQuery_)
        return;
    rendererQuery_ = false;
    if (pickMarker_)
        pickMarker_->setVisible(true);
    // The renderer has marked its own pick; the view's selection stays what it was.
    QTimer::singleShot(0, this, [this] { markSelected(); });
    emit rendererPicked(item);
}

}  // namespace tse::gui
