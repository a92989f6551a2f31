#pragma once
// What a scientist does with a finished map, kept out of MainWindow: search (highlight and
// count), the multi-selection and its image grid, colouring by class or metadata, palette,
// point size, camera presets, hover preview, and exports (PNG with title and legend, SVG/PDF
// for 2D maps, CSV with a sidecar JSON, NPY; all points or the selection).

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

    // Highlights items whose class, file name or metadata contains text; returns the count.
    int applySearch(const QString& text);
    int selectAllMatches();
    void clearSelection();

    // "" = by class; otherwise a metadata column of the dataset.
    void setColourBy(const QString& column);
    QStringList colourColumns() const;

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
    // The selected items' images in a grid, cell × cell pixels each, with their labels.
    QImage selectionGrid(int cell = 96) const;
    void showSelectionGrid();

signals:
    void message(const QString& text, int milliseconds);

private:
    std::vector<bool> matches(const QString& text, int* count) const;
    void refillColourChoices();
    void askImageExport();
    void askImageMapExport();
    // The card beside the cursor with the hovered item's image (hidden for −1).
    void showHoverCard(int item, const QPoint& globalPosition);
    figure::FigureData asSeenInTheView(const figure::FigureData& data) const;
    void askVectorExport();
    void askCoordinateExport(bool npy);
    bool askSelectionOnly();

    ScatterView* view_;
    QWidget* window_;
    RunSource run_;
    DatasetSource dataset_;
    QLineEdit* search_ = nullptr;
    QLabel* searchCount_ = nullptr;
    QLabel* selectionCount_ = nullptr;
    QComboBox* colourBy_ = nullptr;
    QDoubleSpinBox* pointSize_ = nullptr;
    QLabel* colourLabel_ = nullptr;
    QLabel* sizeLabel_ = nullptr;
    QAction* exportPng_ = nullptr;
    QAction* exportVector_ = nullptr;
    QAction* exportImageMap_ = nullptr;
    QAction* exportCsv_ = nullptr;
    QAction* exportNpy_ = nullptr;
    QAction* find_ = nullptr;
    QAction* selectMatches_ = nullptr;
    QAction* clearSelection_ = nullptr;
    QAction* showGrid_ = nullptr;
    QAction* hover_ = nullptr;
    QAction* showHoverCard_ = nullptr;
    HoverCard* hoverCard_ = nullptr;
    QAction* brightPalette_ = nullptr;
    QMenu* cameraMenu_ = nullptr;
    std::vector<QAction*> cameraActions_;
};

}  // namespace tse::gui
