// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "figure.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tse::figure {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// 2D positions of the points (3D maps projected orthographically) and a draw order.
struct Projected {
    std::vector<QPointF> points;
    std::vector<int> order;  // back to front
};

Projected project(const Matrix& c, const FigureOptions& options)
{
    Projected out;
    const Eigen::Index n = c.rows();
    out.points.resize(std::size_t(n));
    out.order.resize(std::size_t(n));
    std::iota(out.order.begin(), out.order.end(), 0);
    if (c.cols() == 2) {
        for (Eigen::Index i = 0; i < n; ++i)
            out.points[std::size_t(i)] = QPointF(c(i, 0), c(i, 1));
        return out;
    }
    const double a = options.azimuth * M_PI / 180.0, e = options.elevation * M_PI / 180.0;
    std::vector<double> depth(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        // The workbench's convention: the third coordinate is up (y here); turn about it, then
        // tilt towards the viewer.
        const double x = c(i, 0), y = c(i, 2), z = c(i, 1);
        const double xr = x * std::cos(a) - z * std::sin(a);
        const double zr = x * std::sin(a) + z * std::cos(a);
        const double yr = y * std::cos(e) - zr * std::sin(e);
        depth[std::size_t(i)] = y * std::sin(e) + zr * std::cos(e);
        out.points[std::size_t(i)] = QPointF(xr, yr);
    }
    std::sort(out.order.begin(), out.order.end(), [&](int p, int q) { return depth[std::size_t(p)] > depth[std::size_t(q)]; });
    return out;
}

}  // namespace

FigureData classFigure(const Matrix& coordinates, const std::vector<int>& labels,
                       const std::vector<std::string>& classNames, Palette palette)
{
    FigureData data;
    data.coordinates = coordinates;
    data.groups = labels;
    for (std::size_t c = 0; c < classNames.size(); ++c)
        data.legend.push_back({qs(classNames[c]), classColor(int(c), palette)});
    return data;
}

Status checkFigureSize(const QSize& size)
{
    if (size.width() < 16 || size.height() < 16 || size.width() > kMaxFigureWidth || size.height() > kMaxFigureHeight)
        return makeError(ErrorCode::InvalidArgument, "the figure size must be between 16×16 and " +
                                                         std::to_string(kMaxFigureWidth) + "×" +
                                                         std::to_string(kMaxFigureHeight) + " pixels");
    return {};
}

QRectF paintFrame(QPainter& painter, const QRectF& area, const QString& title, const std::vector<LegendEntry>& legend)
{
    // Text scales with the figure, so an 8K export is not a thumbnail with tiny labels.
    const double unit = std::max(8.0, std::min(area.width(), area.height()) / 60.0);
    QRectF plot = area.adjusted(unit, unit, -unit, -unit);
    if (!title.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(int(unit * 1.6));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const double height = QFontMetricsF(font).height();
        painter.drawText(QRectF(plot.left(), plot.top(), plot.width(), height), Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(title, Qt::ElideRight, plot.width()));
        plot.setTop(plot.top() + height + unit);
    }
    if (!legend.empty()) {
        QFont font = painter.font();
        font.setPixelSize(int(unit * 1.1));
        font.setBold(false);
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        double textWidth = 0.0;
        for (const auto& entry : legend)
            textWidth = std::max(textWidth, metrics.horizontalAdvance(entry.name));
        const double swatch = metrics.height() * 0.7;
        const double width = std::min(plot.width() * 0.35, textWidth + swatch + 2 * unit);
        const double left = plot.right() - width;
        double y = plot.top();
        for (const auto& entry : legend) {
            if (y + metrics.height() > plot.bottom())
                break;
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.colour);
            painter.drawEllipse(QRectF(left + unit * 0.5, y + (metrics.height() - swatch) / 2, swatch, swatch));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(left + unit + swatch, y, width - unit - swatch, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(entry.name, Qt::ElideRight, width - unit - swatch));
            y += metrics.height() * 1.25;
        }
        plot.setRight(left - unit);
    }
    return plot;
}

Placement placePoints(const QRectF& plot, const Matrix& coordinates, const FigureOptions& options)
{
    Placement out;
    if (coordinates.rows() == 0)
        return out;
    const Projected p = project(coordinates, options);
    double minX = p.points[0].x(), maxX = minX, minY = p.points[0].y(), maxY = minY;
    for (const QPointF& q : p.points) {
        minX = std::min(minX, q.x());
        maxX = std::max(maxX, q.x());
        minY = std::min(minY, q.y());
        maxY = std::max(maxY, q.y());
    }
    // Equal scales on both axes: distances in the map mean the same in every direction.
    const double spanX = std::max(maxX - minX, 1e-9), spanY = std::max(maxY - minY, 1e-9);
    const double scale = std::min(plot.width() / spanX, plot.height() / spanY) * 0.96;
    const QPointF centre = plot.center();
    const double midX = (minX + maxX) / 2, midY = (minY + maxY) / 2;
    out.positions.reserve(p.points.size());
    for (const QPointF& q : p.points)  // y grows upwards in the map and downwards on the page
        out.positions.emplace_back(centre.x() + (q.x() - midX) * scale, centre.y() - (q.y() - midY) * scale);
    out.order = p.order;
    return out;
}

void paintPoints(QPainter& painter, const QRectF& plot, const FigureData& data, const FigureOptions& options)
{
    const Eigen::Index n = data.coordinates.rows();
    if (n == 0 || plot.width() <= 0 || plot.height() <= 0)
        return;
    const Placement placed = placePoints(plot, data.coordinates, options);
    const double diameter = options.pointSize > 0
                                ? options.pointSize
                                : std::clamp(std::sqrt(plot.width() * plot.height() / double(n)) * 0.35, 1.5,
                                             std::min(plot.width(), plot.height()) / 40.0);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!data.contours.empty() && data.coordinates.cols() == 2) {
        // The points' own placement (equal scales, centred), applied to the contour vertices.
        const Eigen::RowVector2f lo = data.coordinates.colwise().minCoeff(), hi = data.coordinates.colwise().maxCoeff();
        const double spanX = std::max(double(hi[0] - lo[0]), 1e-9), spanY = std::max(double(hi[1] - lo[1]), 1e-9);
        const double scale = std::min(plot.width() / spanX, plot.height() / spanY) * 0.96;
        const double midX = (lo[0] + hi[0]) / 2.0, midY = (lo[1] + hi[1]) / 2.0;
        const auto place = [&](const QPointF& q) {
            return QPointF(plot.center().x() + (q.x() - midX) * scale, plot.center().y() - (q.y() - midY) * scale);
        };
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), std::max(1.0, plot.width() / 900.0)));
        painter.save();
        painter.setClipRect(plot);
        for (const auto& [a, b] : data.contours)
            painter.drawLine(place(a), place(b));
        painter.restore();
    }
    painter.setPen(Qt::NoPen);
    for (int i : placed.order) {
        const int g = i < int(data.groups.size()) ? data.groups[std::size_t(i)] : -1;
        painter.setBrush(groupColour(data, g));
        painter.drawEllipse(placed.positions[std::size_t(i)], diameter / 2, diameter / 2);
    }
}

QColor groupColour(const FigureData& data, int group)
{
    return group >= 0 && group < int(data.legend.size()) ? data.legend[std::size_t(group)].colour : QColor(0xBBBBBB);
}

void paintFigure(QPainter& painter, const FigureData& data, const FigureOptions& options)
{
    const QRectF area(0, 0, options.size.width(), options.size.height());
    painter.fillRect(area, Qt::white);
    const QRectF plot = paintFrame(painter, area, options.title, options.showLegend ? data.legend : std::vector<LegendEntry>{});
    paintPoints(painter, plot, data, options);
}

QImage renderFigure(const FigureData& data, const FigureOptions& options)
{
    QImage image(options.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintFigure(painter, data, options);
    return image;
}

Status writePng(const std::filesystem::path& path, const FigureData& data, const FigureOptions& options)
{
    if (auto ok = checkFigureSize(options.size); !ok)
        return ok;
    if (!renderFigure(data, options).save(qs(path.string()), "PNG"))
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    return {};
}

namespace {

Status checkVectorFigure(const FigureData& data, const FigureOptions& options)
{
    if (data.coordinates.cols() != 2)
        return makeError(ErrorCode::InvalidArgument, "vector figures (SVG, PDF) are for 2D maps; export a 3D map as PNG");
    return checkFigureSize(options.size);
}

// Paints the figure on a vector device and checks something was written.
Status paintVector(QPaintDevice* device, const std::filesystem::path& path, const FigureData& data,
                   const FigureOptions& options)
{
    QPainter painter;
    if (!painter.begin(device))
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    paintFigure(painter, data, options);
    painter.end();
    if (!QFileInfo(qs(path.string())).size())
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    return {};
}

}  // namespace

Status writeSvg(const std::filesystem::path& path, const FigureData& data, const FigureOptions& options)
{
    if (auto ok = checkVectorFigure(data, options); !ok)
        return ok;
    QSvgGenerator svg;
    svg.setFileName(qs(path.string()));
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setTitle(options.title);
    svg.setDescription(QStringLiteral("t-SNE map exported by t-SNE Explorer"));
    return paintVector(&svg, path, data, options);
}

Status writePdf(const std::filesystem::path& path, const FigureData& data, const FigureOptions& options)
{
    if (auto ok = checkVectorFigure(data, options); !ok)
        return ok;
    QPdfWriter pdf(qs(path.string()));
    // One page the size of the figure, at 96 pixels per inch.
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(options.size) * 72.0 / 96.0, QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(options.title);
    pdf.setCreator(QStringLiteral("t-SNE Explorer"));
    return paintVector(&pdf, path, data, options);
}

}  // namespace tse::figure
