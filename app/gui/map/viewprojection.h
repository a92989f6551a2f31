// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where Qt Data Visualization draws a scatter point, computed on the CPU.
//
// Asking Q3DScatter which point lies under the mouse makes it render every point again into a
// selection buffer (a quarter of a second at 70,000 points under a software renderer). Hovering
// needs an answer within milliseconds, so the view's own transformation is rebuilt here from
// public state (camera rotation, zoom and target, axis ranges, window size) following the
// renderer's conventions (Qt 6.4: camera 6 units from its target, 45° perspective or a ±2
// orthographic box, zoom scaled down for windows narrower than 16:10, x/z scaled to the graph's
// aspect ratio, y to ±1, z drawn reversed). tests/gui checks it against the renderer's own picks.

#include <QMatrix4x4>
#include <QPointF>
#include <QSize>
#include <QVector3D>

namespace tse::gui {

struct ScatterViewGeometry {
    QSize viewport;              // the graph window, in the mouse's (logical) pixels
    bool orthographic = false;
    float xRotation = 0.0f;      // Q3DCamera: degrees around the vertical axis
    float yRotation = 0.0f;      // degrees of elevation
    float zoomLevel = 100.0f;    // percent
    QVector3D target;            // Q3DCamera::target, normalized graph coordinates (−1…1)
    QVector3D axisMin{-1, -1, -1};  // ranges of the X, Y (vertical) and Z axes in data units
    QVector3D axisMax{1, 1, 1};
    float aspectRatio = 2.0f;            // QAbstract3DGraph::aspectRatio
    float horizontalAspectRatio = 0.0f;  // QAbstract3DGraph::horizontalAspectRatio (0 = from ranges)

    bool operator==(const ScatterViewGeometry&) const = default;
};

// A data position's place on screen: pixel position (origin top left) and its distance from the
// camera along the view direction (smaller = in front).
struct ScreenPoint {
    QPointF position;
    float depth = 0.0f;
    bool visible = false;  // in front of the camera and inside the axis ranges
};

class ScatterViewProjection {
public:
    explicit ScatterViewProjection(const ScatterViewGeometry& geometry);

    // Data coordinates (x, vertical y, z: as given to QScatterDataItem) to the screen.
    ScreenPoint project(const QVector3D& data) const;
    // Data coordinates to the renderer's scene coordinates (x in ±scaleX, y in ±1, z reversed).
    QVector3D toScene(const QVector3D& data) const;
    // Pixels per scene unit at a given depth: how large a sphere of known scene radius is drawn.
    float pixelsPerSceneUnit(float depth) const;
    // The camera's zoom in percent (GL points are drawn zoom × item size pixels wide).
    float zoomLevel() const { return geometry_.zoomLevel; }

private:
    ScatterViewGeometry geometry_;
    QVector3D sceneScale_;   // half extents of the drawn box along x, y, z
    QMatrix4x4 view_;
    QMatrix4x4 sceneToClip_;
    float viewScale_ = 1.0f;  // zoom × automatic scale adjustment
};

}  // namespace tse::gui
