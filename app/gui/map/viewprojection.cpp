// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "viewprojection.h"

#include <QVector4D>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tse::gui {
namespace {

// The renderer's constants (Qt Data Visualization's utils and renderer sources).
constexpr float kCameraDistance = 6.0f;
constexpr float kDefaultRatio = 1.0f / 1.6f;  // windows narrower than 16:10 are zoomed out
constexpr float kFieldOfView = 45.0f;
constexpr float kOrthoHalfHeight = 2.0f;

float fraction(float value, float lo, float hi) { return hi > lo ? (value - lo) / (hi - lo) : 0.5f; }

}  // namespace

ScatterViewProjection::ScatterViewProjection(const ScatterViewGeometry& geometry) : geometry_(geometry)
{
    const float width = std::max(1, geometry.viewport.width());
    const float height = std::max(1, geometry.viewport.height());
    const float ratio = width / height;

    // Scene box: y spans ±1 (less for tall aspect ratios); x and z share the aspect ratio's
    // horizontal extent in proportion to their data ranges (or the horizontal aspect ratio).
    float horizontalExtent = geometry.aspectRatio;
    float yScale = 1.0f;
    if (geometry.aspectRatio > 2.0f) {
        horizontalExtent = 2.0f;
        yScale = 2.0f / geometry.aspectRatio;
    }
    float areaWidth = geometry.axisMax.x() - geometry.axisMin.x();
    float areaDepth = geometry.axisMax.z() - geometry.axisMin.z();
    if (geometry.horizontalAspectRatio > 0.0f) {
        areaWidth = geometry.horizontalAspectRatio;
        areaDepth = 1.0f;
    }
    const float largest = std::max({areaWidth, areaDepth, 1e-30f});
    sceneScale_ = QVector3D(horizontalExtent * areaWidth / largest, yScale, horizontalExtent * areaDepth / largest);

    // The camera orbits its target (given in normalized graph coordinates) at a fixed distance;
    // rotations and zoom are applied around the target in the view matrix.
    const QVector3D target(geometry.target.x() * sceneScale_.x(), geometry.target.y() * sceneScale_.y(),
                           -geometry.target.z() * sceneScale_.z());
    const float fitting = std::min(kDefaultRatio * ratio, 1.0f);
    viewScale_ = geometry.zoomLevel * fitting / 100.0f;
    const float elevation = geometry.yRotation * std::numbers::pi_v<float> / 180.0f;
    view_.lookAt(target + QVector3D(0.0f, 0.0f, kCameraDistance), target, QVector3D(0.0f, 1.0f, 0.0f));
    view_.translate(target);
    view_.rotate(geometry.xRotation, 0.0f, std::cos(elevation), std::sin(elevation));
    view_.rotate(geometry.yRotation, 1.0f, 0.0f, 0.0f);
    view_.scale(viewScale_);
    view_.translate(-target);

    QMatrix4x4 projection;
    if (geometry.orthographic)
        projection.ortho(-ratio * kOrthoHalfHeight, ratio * kOrthoHalfHeight, -kOrthoHalfHeight, kOrthoHalfHeight,
                         0.0f, 100.0f);
    else
        projection.perspective(kFieldOfView, ratio, 0.1f, 100.0f);
    sceneToClip_ = projection * view_;
}

QVector3D ScatterViewProjection::toScene(const QVector3D& data) const
{
    const ScatterViewGeometry& g = geometry_;
    return {(2.0f * fraction(data.x(), g.axisMin.x(), g.axisMax.x()) - 1.0f) * sceneScale_.x(),
            (2.0f * fraction(data.y(), g.axisMin.y(), g.axisMax.y()) - 1.0f) * sceneScale_.y(),
            (1.0f - 2.0f * fraction(data.z(), g.axisMin.z(), g.axisMax.z())) * sceneScale_.z()};
}

ScreenPoint ScatterViewProjection::project(const QVector3D& data) const
{
    ScreenPoint out;
    const QVector3D scene = toScene(data);
    const QVector4D clip = sceneToClip_ * QVector4D(scene, 1.0f);
    const QVector3D eye = view_.map(scene);
    out.depth = -eye.z();
    if (clip.w() <= 0.0f)
        return out;
    const float x = clip.x() / clip.w(), y = clip.y() / clip.w();
    out.position = QPointF((x + 1.0f) * 0.5f * geometry_.viewport.width(), (1.0f - y) * 0.5f * geometry_.viewport.height());
    const auto inside = [](float v, float lo, float hi) { return v >= std::min(lo, hi) && v <= std::max(lo, hi); };
    out.visible = out.depth > 0.0f && inside(data.x(), geometry_.axisMin.x(), geometry_.axisMax.x()) &&
                  inside(data.y(), geometry_.axisMin.y(), geometry_.axisMax.y()) &&
                  inside(data.z(), geometry_.axisMin.z(), geometry_.axisMax.z());
    return out;
}

float ScatterViewProjection::pixelsPerSceneUnit(float depth) const
{
    const float halfHeight = 0.5f * geometry_.viewport.height();
    if (geometry_.orthographic)
        return viewScale_ * halfHeight / kOrthoHalfHeight;
    const float focal = halfHeight / std::tan(kFieldOfView * 0.5f * std::numbers::pi_v<float> / 180.0f);
    return viewScale_ * focal / std::max(depth, 1e-3f);
}

}  // namespace tse::gui
