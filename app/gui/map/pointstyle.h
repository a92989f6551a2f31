// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// How the map draws its points. Shaded spheres look best, but their cost grows with the number
// of points, and far faster under a software OpenGL renderer (virtual machines, remote
// desktops, Xvfb) than on a graphics card: 2,500 spheres turn at 8.5 frames/s under Mesa's
// llvmpipe, 1,000 at 23 (bench_view). So spheres are kept for small maps, small pyramids
// ("minimal" meshes) for mid-sized maps on software renderers, and flat GL points beyond.

#include <QString>
#include <QtDataVisualization/QAbstract3DSeries>

namespace tse::gui {

struct PointStyle {
    QAbstract3DSeries::Mesh mesh = QAbstract3DSeries::MeshSphere;
    float itemSize = 0.0f;  // QScatter3DSeries::itemSize (0 = the renderer's default for points)
};

// points: how many the map shows; scale: the user's point size (1 = default).
PointStyle pointStyleFor(int points, float scale, bool softwareRenderer);

// How often a map being formed by a running t-SNE is redrawn, in milliseconds. A software
// renderer needs ~0.65 µs per flat point per frame (45 ms at 70,000), time the run's own
// threads then lose; redrawing at most every N/100 ms keeps that share near a tenth.
int liveRedrawIntervalMs(int points, bool softwareRenderer);

// Level of detail for large maps: while the camera moves, one point in `stride` is drawn (at most
// ~75,000: under Xvfb/llvmpipe 1,000,000 points turned at 9.8 frames/s with a 100,000-point
// sample, bench_view), and every point again once it rests. Maps of up to
// kFullDetailPoints points are always drawn whole (stride 1).
inline constexpr int kFullDetailPoints = 150000;
int levelOfDetailStride(int points);
// Whether an item is in the moving camera's sample: a hash of its index alone, so the sample is
// the same in every frame, after every live update and for every colouring (no flicker), and
// spread evenly over the classes and the map.
bool inLevelOfDetailSample(int item, int stride);

// The OpenGL renderer's name (GL_RENDERER), read once per process with a throw-away context;
// empty when no context can be made.
QString openGLRenderer();
bool isSoftwareRenderer(const QString& renderer);

}  // namespace tse::gui
