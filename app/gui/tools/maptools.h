// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a scientist does with a finished map, kept out of MainWindow: the multi-selection and
// its image grid, colouring by class or metadata, palette, point size, camera presets, hover
// preview and card; search (MapSearch) and exports (MapExports) are parts of its own.

#include <QObject>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include "datasetlibrary.h"
#include "figure.h"
#include "tse/common/result.h"
#include "tse/run/runrecord.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;
class QWidget;

namespace tse::gui {

class HoverCard;
class ReplayDialog;
class MapExports;
class MapSearch;
class SelectionTools;
class ScatterView;

class MapTools : public QObject {
    Q_OBJECT
public:
    // The run the map shows (nullptr: none) and the dataset it came from when it is loaded and
    // still matches (nullptr otherwise).
    using RunSource = std::function<const run::RunRecord*()>;
    using DatasetSource = std::function<DatasetPtr(const run::RunRecord&)>;

    MapTools(ScatterView* view, QWidget* window, RunSource run, DatasetSource dataset);

    void addExportActions(QMenu* menu);
    void addEditActions(QMenu* menu);
    void addViewActions(QMenu* menu);
    void addToToolbar(QToolBar* toolbar);
    void retranslate();

    // Another run is shown: the colour choices and the search apply to it.
    void runShown();

    MapSearch* search() const { return search_; }
    SelectionTools* selectionTools() const { return selectionTools_; }
    MapExports* exports() const { return exports_; }
    void clearSelection();

    // "" = by class; placementColouring() = placed items apart from the map's own (a placed
    // run only); clusterColouring() = by cluster; otherwise a metadata column of the dataset.
    void setColourBy(const QString& column);
    static QString placementColouring();
    // The run's density clusters (when it has them), points in none grey.
    static QString clusterColouring();
    // Where the clusters' legend names come from (per item; the cluster dock's naming): by
    // default their majority class.
    void setClusterNames(std::function<std::vector<std::string>()> names) { clusterNames_ = std::move(names); }
    // Where the shown run's replay frames come from (a saved run's are read on first use); by
    // default the record's own.
    using ReplaySource = std::function<Result<const run::MapReplay*>()>;
    void setReplaySource(ReplaySource source) { replaySource_ = std::move(source); }
    QStringList colourColumns() const;

    // The selected items' images in a grid, cell × cell pixels each, with their labels.
    QImage selectionGrid(int cell = 96) const;
    void showSelectionGrid();
    // The shown run's formation replayed in the map (null, and a message, when it has no frames).
    ReplayDialog* showReplay();
    // Density contours on the shown 2D map (and in its figures), View ▸ Density contours.
    void showContours(bool on);
    QAction* contoursAction() const { return contours_; }

signals:
    void message(const QString& text, int milliseconds);

private:
    void refillColourChoices();
    // The card beside the cursor with the hovered item's image (hidden for −1).
    void showHoverCard(int item, const QPoint& globalPosition);

    ScatterView* view_;
    QWidget* window_;
    RunSource run_;
    DatasetSource dataset_;
    std::function<std::vector<std::string>()> clusterNames_;
    ReplaySource replaySource_;
    MapSearch* search_ = nullptr;
    SelectionTools* selectionTools_ = nullptr;
    MapExports* exports_ = nullptr;
    QLabel* selectionCount_ = nullptr;
    QComboBox* colourBy_ = nullptr;
    QDoubleSpinBox* pointSize_ = nullptr;
    QLabel* colourLabel_ = nullptr;
    QLabel* sizeLabel_ = nullptr;
    QAction* clearSelection_ = nullptr;
    QAction* showGrid_ = nullptr;
    QAction* showHoverCard_ = nullptr;
    QAction* replay_ = nullptr;
    QAction* contours_ = nullptr;
    HoverCard* hoverCard_ = nullptr;
    QAction* brightPalette_ = nullptr;
    QMenu* cameraMenu_ = nullptr;
    std::vector<QAction*> cameraActions_;
};

}  // namespace tse::gui
