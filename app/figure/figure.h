// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Publication figures of a map, drawn with QPainter: PNG at any size (up to 8K), and SVG / PDF
// vector files for 2D maps. 3D maps are drawn as an orthographic projection from a chosen
// viewpoint, far points first. Used by the workbench's export and `tsne-explorer-cli export`.

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <filesystem>
#include <vector>

#include "palette.h"
#include "tse/common/matrix.h"
#include "tse/common/result.h"

class QPainter;

namespace tse::figure {

struct LegendEntry {
    QString name;
    QColor colour;
};

// What to draw: coordinates (N × 2 or N × 3) and, per point, an index into the legend.
struct FigureData {
    Matrix coordinates;
    std::vector<int> groups;  // −1 or out of range: light grey
    std::vector<LegendEntry> legend;
    std::vector<int> items;   // the dataset item of each row (empty: row i is item i)
    // 2D maps: density contour segments in map coordinates (contours.h), drawn under the points.
    std::vector<std::pair<QPointF, QPointF>> contours;

    int itemOf(Eigen::Index row) const { return items.empty() ? int(row) : items[std::size_t(row)]; }
};

struct FigureOptions {
    QSize size{1920, 1080};
    QString title;
    bool showLegend = true;
    double pointSize = 0.0;  // diameter in pixels; 0 = chosen from N and the size
    // 3D only: the view, in degrees (as the workbench's camera: rotation about the vertical
    // axis, then elevation).
    float azimuth = -45.0f;
    float elevation = 25.0f;
};

// Colours by class: legend = class names in the palette, groups = labels.
FigureData classFigure(const Matrix& coordinates, const std::vector<int>& labels,
                       const std::vector<std::string>& classNames, Palette palette = Palette::Muted);

// Largest PNG the exports accept (8K UHD).
constexpr int kMaxFigureWidth = 7680;
constexpr int kMaxFigureHeight = 4320;
Status checkFigureSize(const QSize& size);

// Title at the top, legend on the right; returns the rectangle left for the map.
QRectF paintFrame(QPainter& painter, const QRectF& area, const QString& title, const std::vector<LegendEntry>& legend);
// Where the points go inside `plot` (3D maps projected from the options' viewpoint), on equal
// scales in both directions, and the order to draw them in (back to front).
struct Placement {
    std::vector<QPointF> positions;
    std::vector<int> order;
};
Placement placePoints(const QRectF& plot, const Matrix& coordinates, const FigureOptions& options);
// The points inside `plot`.
void paintPoints(QPainter& painter, const QRectF& plot, const FigureData& data, const FigureOptions& options);
// A group's colour (light grey for −1 or out of range).
QColor groupColour(const FigureData& data, int group);
// Frame and points.
void paintFigure(QPainter& painter, const FigureData& data, const FigureOptions& options);

QImage renderFigure(const FigureData& data, const FigureOptions& options);
Status writePng(const std::filesystem::path& path, const FigureData& data, const FigureOptions& options);
// Vector figures are for 2D maps (a projected 3D map has no meaningful vector form).
Status writeSvg(const std::filesystem::path& path, const FigureData& data, const FigureOptions& options);
Status writePdf(const std::filesystem::path& path, const FigureData& data, const FigureOptions& options);

}  // namespace tse::figure
