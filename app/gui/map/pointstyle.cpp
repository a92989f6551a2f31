// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "pointstyle.h"

#include <cstdint>

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include <algorithm>
#include <cmath>

namespace tse::gui {
namespace {

constexpr int kSphereLimit = 8000;          // with a graphics card
constexpr int kSoftwareSphereLimit = 1000;  // with a software renderer
constexpr float kMeshSize = 0.06f;          // spheres and pyramids of small maps
constexpr float kLargeMapMeshSize = 0.015f;  // pyramids of large maps, when points are resized

}  // namespace

PointStyle pointStyleFor(int points, float scale, bool softwareRenderer)
{
    // A few dozen points in a large view would be specks: at the default size small maps get
    // larger spheres, up to three times at 100 points and fewer (the ink of 1,000 points). A
    // size the user chose is taken as it is.
    const bool defaultSize = std::abs(scale - 1.0f) < 1e-3f;
    const float fewPoints =
        defaultSize ? std::clamp(std::sqrt(1000.0f / float(std::max(points, 1))), 1.0f, 3.0f) : 1.0f;
    if (points <= (softwareRenderer ? kSoftwareSphereLimit : kSphereLimit))
        return {QAbstract3DSeries::MeshSphere, kMeshSize * fewPoints * scale};
    if (points <= kSphereLimit)
        return {QAbstract3DSeries::MeshMinimal, kMeshSize * scale};
    // Flat points are the fastest; a changed point size needs meshes.
    if (std::abs(scale - 1.0f) > 1e-3f)
        return {QAbstract3DSeries::MeshMinimal, kLargeMapMeshSize * scale};
    return {QAbstract3DSeries::MeshPoint, 0.0f};
}

int levelOfDetailStride(int points)
{
    constexpr int kMovingPoints = 75000;
    return points <= kFullDetailPoints ? 1 : (points + kMovingPoints - 1) / kMovingPoints;
}

bool inLevelOfDetailSample(int item, int stride)
{
    if (stride <= 1)
        return true;
    // A 32-bit integer mix (Murmur3's finaliser): neighbouring indices land far apart.
    auto h = static_cast<std::uint32_t>(item);
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h % static_cast<std::uint32_t>(stride) == 0;
}

int liveRedrawIntervalMs(int points, bool softwareRenderer)
{
    constexpr int kFastest = 40;  // 25 frames a second
    if (!softwareRenderer)
        return kFastest;
    return std::clamp(points / 100, kFastest, 1000);
}

QString openGLRenderer()
{
    static const QString renderer = [] {
        QOffscreenSurface surface;
        surface.create();
        QOpenGLContext context;
        if (!context.create() || !context.makeCurrent(&surface))
            return QString();
        const auto* name = reinterpret_cast<const char*>(context.functions()->glGetString(GL_RENDERER));
        const QString text = name ? QString::fromLatin1(name) : QString();
        context.doneCurrent();
        return text;
    }();
    return renderer;
}

bool isSoftwareRenderer(const QString& renderer)
{
    for (const char* software : {"llvmpipe", "softpipe", "Software Rasterizer", "SwiftShader", "swrast"})
        if (renderer.contains(QLatin1String(software), Qt::CaseInsensitive))
            return true;
    return false;
}

}  // namespace tse::gui
