// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "mapexports.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QToolBar>

#include "imageexportdialog.h"
#include "imagemap.h"
#include "itemimage.h"
#include "preferences.h"
#include "runexport.h"
#include "scatterview.h"

namespace tse::gui {
namespace {

Status failure(const QString& message) { return makeError(ErrorCode::InvalidArgument, message.toStdString()); }

}  // namespace

MapExports::MapExports(ScatterView* view, QWidget* window, MapTools::RunSource run, MapTools::DatasetSource dataset)
    : QObject(window), view_(view), window_(window), run_(std::move(run)), dataset_(std::move(dataset))
{
    exportPng_ = new QAction(this);
    exportPng_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportPng_, &QAction::triggered, this, &MapExports::askImageExport);
    exportImageMap_ = new QAction(this);
    exportImageMap_->setObjectName(QStringLiteral("exportImageMapAction"));
    exportImageMap_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(exportImageMap_, &QAction::triggered, this, &MapExports::askImageMapExport);
    exportVector_ = new QAction(this);
    exportVector_->setObjectName(QStringLiteral("exportVectorAction"));
    exportVector_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(exportVector_, &QAction::triggered, this, &MapExports::askVectorExport);
    exportCsv_ = new QAction(this);
    exportCsv_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportCsv_, &QAction::triggered, this, [this] { askCoordinateExport(false); });
    exportNpy_ = new QAction(this);
    connect(exportNpy_, &QAction::triggered, this, [this] { askCoordinateExport(true); });
    retranslate();
}

void MapExports::retranslate()
{
    exportPng_->setText(tr("Export &image (PNG)…"));
    exportImageMap_->setText(tr("Export image &map (PNG with the images)…"));
    exportImageMap_->setToolTip(tr("The map with a thumbnail of each image where they fit"));
    exportVector_->setText(tr("Export &vector figure (SVG, PDF)…"));
    exportVector_->setToolTip(tr("2D maps only"));
    exportCsv_->setText(tr("Export &coordinates (CSV)…"));
    exportNpy_->setText(tr("Export coordinates (&NPY)…"));
}

void MapExports::addActions(QMenu* menu)
{
    menu->addAction(exportPng_);
    menu->addAction(exportImageMap_);
    menu->addAction(exportVector_);
    menu->addAction(exportCsv_);
    menu->addAction(exportNpy_);
}

void MapExports::addToToolbar(QToolBar* toolbar)
{
    toolbar->addAction(exportCsv_);
    toolbar->addAction(exportPng_);
}

Status MapExports::exportImage(const QString& path, const QSize& size, const std::optional<QString>& title,
                             bool showLegend)
{
    const auto* run = run_();
    if (!run)
        return failure(tr("There is no finished run to export yet."));
    if (auto ok = figure::checkFigureSize(size); !ok)
        return ok;
    figure::FigureOptions options;
    options.size = size;
    options.title = title ? title->trimmed() : view_->title();
    options.showLegend = showLegend;
    const figure::FigureData data = view_->figureData();
    QImage image;
    if (data.coordinates.cols() == 2) {
        image = figure::renderFigure(data, options);  // crisp, the same as the vector figure
    } else {
        // 3D: the view as it is seen now, framed with the title and legend.
        image = QImage(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF plot = figure::paintFrame(painter, QRectF(QPointF(0, 0), QSizeF(size)), options.title,
                                               showLegend ? data.legend : std::vector<figure::LegendEntry>{});
        const QImage map = view_->renderImage(plot.size().toSize());
        if (map.isNull())
            return failure(tr("The 3D view could not be rendered (no OpenGL context)."));
        painter.drawImage(plot.topLeft(), map);
    }
    if (!image.save(path, "PNG"))
        return failure(tr("Could not write %1.").arg(path));
    return {};
}

// A 3D map's figure data as the view shows it now: each point where the camera puts it on
// screen (y flipped: figures count upwards), far points first so near ones are drawn over them.
figure::FigureData MapExports::asSeenInTheView(const figure::FigureData& data) const
{
    std::vector<int> items(static_cast<std::size_t>(data.coordinates.rows()));
    for (std::size_t k = 0; k < items.size(); ++k)
        items[k] = data.itemOf(static_cast<Eigen::Index>(k));
    const std::vector<ScreenPoint> seen = view_->projectItems(items);
    std::vector<int> rows;
    for (std::size_t k = 0; k < seen.size(); ++k)
        if (seen[k].visible)
            rows.push_back(static_cast<int>(k));
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return seen[std::size_t(a)].depth > seen[std::size_t(b)].depth; });
    figure::FigureData flat;
    flat.legend = data.legend;
    flat.coordinates.resize(static_cast<Eigen::Index>(rows.size()), 2);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto k = std::size_t(rows[r]);
        flat.coordinates(Eigen::Index(r), 0) = float(seen[k].position.x());
        flat.coordinates(Eigen::Index(r), 1) = float(-seen[k].position.y());
        flat.groups.push_back(k < data.groups.size() ? data.groups[k] : -1);
        flat.items.push_back(items[k]);
    }
    return flat;
}

Status MapExports::exportImageMap(const QString& path, const QSize& size, const std::optional<QString>& title,
                                bool showLegend, int thumbnailSize, int* thumbnails)
{
    const auto* run = run_();
    if (!run)
        return failure(tr("There is no finished run to export yet."));
    const DatasetPtr ds = dataset_(*run);
    if (!ds)
        return failure(tr("The run's images are not open (its dataset could not be found)."));
    figure::ImageMapOptions options;
    options.figure.size = size;
    options.figure.title = title ? title->trimmed() : view_->title();
    options.figure.showLegend = showLegend;
    options.thumbnailSize = thumbnailSize;
    options.onlyItems = view_->selection();  // with a selection, its images (the rest stay dots)
    figure::FigureData data = view_->figureData();
    if (data.coordinates.cols() == 3)
        data = asSeenInTheView(data);
    return figure::writeImageMap(
        path.toStdString(), data, [&ds](int item) { return figure::itemImage(*ds, std::size_t(item)); }, options,
        thumbnails);
}

void MapExports::askImageMapExport()
{
    if (!run_()) {
        emit message(tr("There is no finished run to export yet."), 5000);
        return;
    }
    ImageExportDialog dialog(window_, view_->mapSize(), view_->title(), ImageExportDialog::WithThumbnails);
    dialog.setWindowTitle(tr("Export image map"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    const QString path = QFileDialog::getSaveFileName(window_, tr("Export image map"),
                                                      preferences::lastExportFolder() + QStringLiteral("/image-map.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    preferences::setLastExportFolder(QFileInfo(path).absolutePath());
    int shown = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);  // about a second at 70,000 points and 4K
    const auto done = exportImageMap(path, dialog.imageSize(), dialog.title(), dialog.showLegend(),
                                     dialog.thumbnailSize(), &shown);
    QGuiApplication::restoreOverrideCursor();
    if (!done)
        QMessageBox::warning(window_, tr("Export failed"), QString::fromStdString(done.error().message));
    else
        emit message(tr("Wrote %1 (%Ln image(s) shown)", nullptr, shown).arg(path), 6000);
}

Status MapExports::exportVector(const QString& path)
{
    const auto* run = run_();
    if (!run)
        return failure(tr("There is no finished run to export yet."));
    figure::FigureOptions options;
    options.title = view_->title();
    options.size = QSize(1600, 1200);
    const auto data = view_->figureData();
    const std::string file = path.toStdString();
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? figure::writePdf(file, data, options)
                                                                     : figure::writeSvg(file, data, options);
}

Status MapExports::exportCoordinates(const QString& path, bool selectionOnly)
{
    const auto* run = run_();
    if (!run)
        return failure(tr("There is no finished run to export yet."));
    const std::vector<int> items = selectionOnly ? view_->selection() : std::vector<int>{};
    const std::string file = path.toStdString();
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
        return figure::writeRunNpy(file, *run, items);
    const DatasetPtr ds = dataset_(*run);
    const figure::ItemDetails details = ds ? figure::itemDetailsOf(*ds) : figure::ItemDetails{};
    if (auto ok = figure::writeRunCsv(file, *run, details, items); !ok)
        return ok;
    return figure::writeRunJson(figure::sidecarPath(file), *run,
                                items.empty() ? std::size_t(run->coordinates.rows()) : items.size());
}

bool MapExports::askSelectionOnly()
{
    const int selected = int(view_->selection().size());
    if (selected == 0)
        return false;
    return QMessageBox::question(window_, tr("Export"), tr("Export only the %Ln selected point(s)?", nullptr, selected),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

void MapExports::askImageExport()
{
    if (!run_()) {
        emit message(tr("There is no finished run to export yet."), 5000);
        return;
    }
    ImageExportDialog dialog(window_, view_->mapSize(), view_->title());
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    const QString path = QFileDialog::getSaveFileName(window_, tr("Export image"),
                                                      preferences::lastExportFolder() + QStringLiteral("/map.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    preferences::setLastExportFolder(QFileInfo(path).absolutePath());
    if (auto done = exportImage(path, dialog.imageSize(), dialog.title(), dialog.showLegend()); !done)
        QMessageBox::warning(window_, tr("Export failed"), QString::fromStdString(done.error().message));
    else
        emit message(tr("Wrote %1").arg(path), 5000);
}

void MapExports::askVectorExport()
{
    const auto* run = run_();
    if (!run || run->coordinates.cols() != 2) {
        emit message(tr("Vector figures are for 2D maps; export 3D maps as PNG."), 6000);
        return;
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(window_, tr("Export vector figure"),
                                                      preferences::lastExportFolder() + QStringLiteral("/map.svg"),
                                                      tr("SVG images (*.svg);;PDF documents (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    preferences::setLastExportFolder(QFileInfo(path).absolutePath());
    if (auto done = exportVector(path); !done)
        QMessageBox::warning(window_, tr("Export failed"), QString::fromStdString(done.error().message));
    else
        emit message(tr("Wrote %1").arg(path), 5000);
}

void MapExports::askCoordinateExport(bool npy)
{
    if (!run_()) {
        emit message(tr("There is no finished run to export yet."), 5000);
        return;
    }
    const bool selectionOnly = askSelectionOnly();
    const QString path = QFileDialog::getSaveFileName(
        window_, tr("Export coordinates"),
        preferences::lastExportFolder() + (npy ? QStringLiteral("/coordinates.npy") : QStringLiteral("/coordinates.csv")),
        npy ? tr("NumPy arrays (*.npy)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    preferences::setLastExportFolder(QFileInfo(path).absolutePath());
    if (auto done = exportCoordinates(path, selectionOnly); !done)
        QMessageBox::warning(window_, tr("Export failed"), tr("Could not write %1:\n%2")
                                                               .arg(path, QString::fromStdString(done.error().message)));
    else
        emit message(npy ? tr("Wrote %1").arg(path)
                         : tr("Wrote %1 and its parameters in %2")
                               .arg(path, QString::fromStdString(figure::sidecarPath(path.toStdString()).string())),
                     6000);
}

}  // namespace tse::gui
