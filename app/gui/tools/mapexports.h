// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Everything that writes the shown map to a file, with its menu actions and dialogs: PNG
// figures (title, legend; 3D as seen), image maps, SVG/PDF for 2D maps, CSV with a sidecar
// JSON, and NPY — all points or only the selection.

#include <QObject>
#include <QSize>
#include <QString>

#include <optional>

#include "figure.h"
#include "maptools.h"
#include "tse/common/result.h"

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace tse::gui {

class ScatterView;

class MapExports : public QObject {
    Q_OBJECT
public:
    MapExports(ScatterView* view, QWidget* window, MapTools::RunSource run, MapTools::DatasetSource dataset);

    void addActions(QMenu* menu);
    void addToToolbar(QToolBar* toolbar);
    void retranslate();

    // Exports without dialogs (the menu actions ask for the file first). selectionOnly
    // exports only the selected points (all when nothing is selected).
    // title: the map's own when not given (empty: none).
    Status exportImage(const QString& path, const QSize& size, const std::optional<QString>& title = std::nullopt,
                       bool showLegend = true);
    // The map drawn with its images (figure/imagemap.h), only the selection's when there is one;
    // thumbnailSize 0 = automatic. 3D maps as the view shows them. thumbnails: how many drawn.
    Status exportImageMap(const QString& path, const QSize& size, const std::optional<QString>& title = std::nullopt,
                          bool showLegend = true, int thumbnailSize = 0, int* thumbnails = nullptr);
    Status exportVector(const QString& path);  // .svg or .pdf; 2D maps only
    Status exportCoordinates(const QString& path, bool selectionOnly);  // .csv (+ .json) or .npy

signals:
    void message(const QString& text, int milliseconds);

private:
    void askImageExport();
    void askImageMapExport();
    figure::FigureData asSeenInTheView(const figure::FigureData& data) const;
    void askVectorExport();
    void askCoordinateExport(bool npy);
    bool askSelectionOnly();

    ScatterView* view_;
    QWidget* window_;
    MapTools::RunSource run_;
    MapTools::DatasetSource dataset_;
    QAction* exportPng_ = nullptr;
    QAction* exportVector_ = nullptr;
    QAction* exportImageMap_ = nullptr;
    QAction* exportCsv_ = nullptr;
    QAction* exportNpy_ = nullptr;
};

}  // namespace tse::gui
