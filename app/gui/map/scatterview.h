// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The central map's renderer: a Q3DScatter with one series per group of the MapModel and a
// legend beside it, CPU picking, hover, camera and redraw pacing. The only class that knows Qt
// Data Visualization, so a move to another 3D module touches this file (and not the model).

#include <QColor>
#include <QElapsedTimer>
#include <QImage>
#include <QPolygon>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

#include "figure.h"
#include "mapmodel.h"
#include "screenpointindex.h"
#include "tse/common/matrix.h"
#include "viewprojection.h"

class Q3DScatter;
class QScatter3DSeries;
class QListWidget;
class QLabel;
class QTimer;
class QListWidgetItem;
class QWindow;
class QPolygonF;

namespace tse::gui {

class ScatterView : public QWidget {
    Q_OBJECT
public:
    explicit ScatterView(QWidget* parent = nullptr);
    ~ScatterView() override;

    // Shows a map: coordinates N × 2 or N × 3; labels index classNames (−1 = unlabelled).
    void setMap(const Matrix& coordinates, const std::vector<int>& labels, const std::vector<std::string>& classNames);
    // Colours points by a value per item (e.g. how far each moved, or a numeric metadata column)
    // in 8 bins of a colour-blind-safe scale, legend with ranges. NaN values are grey.
    void setValueColouring(const Eigen::VectorXf& values, const ValueScale& scale = {});
    // Colours points by a text value per item (a categorical metadata column), legend by value.
    void setCategoryColouring(const std::vector<std::string>& values, const QString& missingName = {});
    // Back to one colour per class.
    void setClassColouring();
    void setPalette(figure::Palette palette);
    figure::Palette palette() const { return model_.palette(); }
    // Keeps colours for items where match[i] is true and greys out the rest (empty: no highlight).
    // A non-empty selection takes precedence over the highlight.
    void setHighlight(const std::vector<bool>& match);

    // The multi-selection (dataset item indices, sorted). Shift-click toggles an item; the
    // legend's context menu selects a class.
    void setSelection(std::vector<int> items);
    const std::vector<int>& selection() const { return model_.selection(); }
    void toggleSelected(int item);
    // Hides the points outside a non-empty selection (its legend entry unticked), kept across
    // selection changes until turned off.
    void setOnlySelectionShown(bool on);
    bool onlySelectionShown() const { return onlySelection_; }
    // What a left drag on the map does: turn it (a click picks), or draw a box or a lasso whose
    // inside is selected: plainly it replaces the selection, with Shift it adds, with Ctrl it
    // removes. Escape while drawing cancels.
    enum class DragTool { Rotate, Box, Lasso };
    void setDragTool(DragTool tool);
    DragTool dragTool() const { return dragTool_; }
    enum class SelectionChange { Replace, Add, Subtract };
    static SelectionChange selectionChangeFor(Qt::KeyboardModifiers modifiers);
    // The shown items whose drawn centres lie inside a polygon in the view's pixels (as
    // pointAt's positions), sorted: on screen, whatever their depth; points of hidden legend
    // groups and outside the view are left out.
    std::vector<int> itemsInside(const QPolygonF& polygon);
    // Changes the multi-selection by the items inside; returns how many the polygon enclosed.
    int selectInside(const QPolygonF& polygon, SelectionChange change);
    // Milliseconds the last selectInside took (re-projecting after a camera change included).
    double lastSelectMilliseconds() const { return lastSelectMs_; }
    // Point diameter relative to the default (1 = default; points of large maps become small
    // spheres when changed).
    void setPointScale(float scale);
    float pointScale() const { return pointScale_; }
    enum class CameraView { Front, Side, Top, Isometric };
    void setCameraView(CameraView view);
    // Report the point under a resting mouse (pointHovered); clicks pick regardless.
    void setHoverPreview(bool on) { hoverPreview_ = on; }
    bool hoverPreview() const { return hoverPreview_; }
    // The point under a position in the 3D view (−1: none), found on the CPU from the view's
    // projection (see viewprojection.h): the front-most point drawn there, else the nearest
    // within a few pixels. Hidden classes are left out.
    int pointAt(const QPoint& position);
    // Picks as a left click there does: selects the point (itemSelected), or clears on empty space.
    void pickAt(const QPoint& position);
    // Where and how large an item is drawn in the 3D view now (empty when hidden, behind the
    // camera or outside the view).
    std::optional<ScreenPointIndex::Point> screenPoint(int item);
    // Where items are drawn in the view now (as screenPoint, but for any items, in the window's
    // pixels, hidden or not): for figures that show the map as the user sees it.
    std::vector<ScreenPoint> projectItems(const std::vector<int>& items) const;
    // Asks Qt Data Visualization itself which point is under the position (a selection render
    // pass of all points); the answer comes as rendererPicked. For tests and benchmarks that
    // check the CPU picking against the renderer. The renderer only reports a change: with
    // nothing selected before, finding nothing goes unreported.
    void rendererPickAt(const QPoint& position);
    // The size of the 3D view itself (positions above are relative to it).
    QSize mapSize() const;
    // The OpenGL window the map is drawn in (mouse events go there).
    QWindow* graphWindow() const;
    // Milliseconds the last pointAt took (including re-projecting after a camera change).
    double lastPickMilliseconds() const { return lastPickMs_; }
    // How picks were answered: screen-index rebuilds (one per camera/window/data change) and
    // selection render passes asked of the renderer (only rendererPickAt asks for one).
    struct PickStatistics {
        int indexBuilds = 0;
        int rendererQueries = 0;
    };
    PickStatistics pickStatistics() const { return pickStatistics_; }
    // Frames per second the view rendered lately (Qt Data Visualization's own count).
    void setMeasureFps(bool on);
    double framesPerSecond() const;
    // What the map shows now, for vector and PNG figures: coordinates, colour groups, legend
    // (hidden legend entries and their points left out).
    figure::FigureData figureData() const;
    // Moves the points of the current map (same N and labels), for live animation; redrawn at
    // most every liveRedrawIntervalMs (pointstyle.h), the newest coordinates last.
    void updateCoordinates(const Matrix& coordinates);
    // A map while it forms: the first snapshot sets it up, later ones move its points.
    void showLiveMap(const Matrix& coordinates, const std::vector<int>& labels, const std::vector<std::string>& classNames);
    // Density contours of a 2D map (segments in map coordinates, figure/contours.h) drawn as a
    // grey dotted layer under the points and put into figures; empty removes them. Never picked.
    void setContours(std::vector<std::pair<QPointF, QPointF>> segments);
    bool hasContours() const { return !contours_.empty(); }
    // Removes the points (the map's data stay for setClassColouring).
    void clear();
    void setTitle(const QString& title);
    QString title() const;
    void setLegendVisible(bool visible);
    // Selection by dataset item index (−1 = none).
    void selectItem(int item);
    int selectedItem() const { return selectedItem_; }

    // Points shown across all series.
    int pointCount() const;
    // Level of detail (pointstyle.h): whether the moving camera's sample is drawn now instead of
    // every point, and how many points that sample has (0 for maps drawn whole).
    bool showingLevelOfDetail() const { return showingCoarse_; }
    int levelOfDetailPointCount() const;
    int seriesCount() const;
    int dimensions() const { return dimensions_; }
    // Renders the 3D view off-screen at the given size (needs a real OpenGL context: Xvfb).
    QImage renderImage(const QSize& size);

    void resetCamera();
    // A slow continuous turn around the vertical axis (3D maps only).
    void setTurntable(bool on);
    bool turntable() const;
    // 2D maps are seen from straight above and cannot be tilted.
    bool rotationLocked() const;
    // The camera as rotation angles (degrees) and zoom (percent), for linking views.
    void setCamera(float xRotation, float yRotation, float zoom);
    float cameraXRotation() const;
    float cameraYRotation() const;
    float cameraZoom() const;
    // The point the camera turns around and zooms towards, in normalized graph coordinates
    // (−1…1 per axis; the wheel moves it towards the mouse).
    void setCameraTarget(const QVector3D& target);
    QVector3D cameraTarget() const;

signals:
    void cameraChanged(float xRotation, float yRotation, float zoom);
    void cameraTargetChanged(const QVector3D& target);
    // The user picked a point (item index in the dataset), or cleared the selection (−1).
    void itemSelected(int item);
    // The multi-selection changed (shift-click, legend, box, lasso, setSelection).
    void selectionChanged(int count);
    // A box or lasso was drawn: how many shown points it enclosed, and the selection's size after.
    void selectionDrawn(int enclosed, int selected);
    // The mouse rests over a point (item) or over empty space (−1), at a global position; also
    // −1 when it leaves the map or a button is pressed.
    void pointHovered(int item, const QPoint& globalPosition);
    // The renderer's answer to rendererPickAt (item index, −1 = nothing there).
    void rendererPicked(int item);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildSeriesData(const Matrix& coordinates);
    // Builds the series from the model's grouping (colouring, dimmed selection or highlight).
    void refresh();
    void buildSeries(MapModel::Grouping grouping);
    void showLegendMenu(const QPoint& position);
    void retranslate();
    ScatterViewGeometry viewGeometry() const;
    // Re-projects the shown points when the camera, window, axes or data changed since last time.
    const ScreenPointIndex& screenIndex();
    // Marks selectedItem_ in the graph without the series' change signal counting as a pick.
    void markSelected();
    void updatePickMarker();
    void dragWithLeftButton(const QPoint& at);
    // Box and lasso: the outline follows the mouse; the release selects what it encloses.
    void extendSelectionPath(const QPoint& at);
    void finishSelectionPath();
    void cancelSelectionPath();
    void answerRendererQuery(int item);
    // The camera moved: draw the sample until it rests again (large maps only).
    void cameraMoving();
    void showCoarse(bool coarse);

    MapModel model_;
    MapModel::Grouping built_;  // what the series show now
    float pointScale_ = 1.0f;
    bool hoverPreview_ = true;
    QTimer* hoverTimer_ = nullptr;
    QPoint hoverPosition_;
    std::optional<QPoint> hoveredAt_;  // where the mouse rested on the point last reported
    struct LeftPress {
        QPoint at, last;
        Qt::KeyboardModifiers modifiers;
        bool dragged = false;
        QPolygon path;  // box or lasso being drawn
    };
    std::optional<LeftPress> leftPress_;  // a left button held on the map: a click or a drag
    double lastPickMs_ = 0.0;
    double lastSelectMs_ = 0.0;
    DragTool dragTool_ = DragTool::Rotate;
    bool onlySelection_ = false;
    class SelectionOutline* outline_ = nullptr;  // top level, made on first use
    PickStatistics pickStatistics_;
    bool markingSelection_ = false;  // series signals caused by markSelected are not picks
    bool rendererQuery_ = false;     // a rendererPickAt awaits its answer
    ScreenPointIndex screenIndex_;
    std::optional<ScatterViewGeometry> indexedGeometry_;  // what screenIndex_ was built for
    int dataVersion_ = 0, indexedDataVersion_ = -1;       // bumped when points or visibility change

    Q3DScatter* graph_ = nullptr;
    QWidget* container_ = nullptr;
    QListWidget* legend_ = nullptr;
    QLabel* title_ = nullptr;
    std::vector<QScatter3DSeries*> series_;  // index = class, last one for unlabelled
    QScatter3DSeries* pickMarker_ = nullptr;  // a red sphere on the picked point
    QScatter3DSeries* contourSeries_ = nullptr;  // dots along the density contours (2D)
    std::vector<std::pair<QPointF, QPointF>> contours_;
    // Large maps: per group, the sample drawn while the camera moves (empty when drawn whole).
    std::vector<QScatter3DSeries*> coarse_;
    int lodStride_ = 1;
    bool showingCoarse_ = false;
    QTimer* cameraRest_ = nullptr;  // fires once the camera has not moved for a moment
    std::vector<int> seriesOfItem_;
    std::vector<int> positionOfItem_;             // index of the item within its series
    std::vector<std::vector<int>> itemsOfSeries_;  // series → dataset items, in series order
    int selectedItem_ = -1;
    int dimensions_ = 3;
    QTimer* turntable_ = nullptr;
    QTimer* liveRedraw_ = nullptr;    // a deferred redraw of the newest live coordinates
    QElapsedTimer lastLiveRedraw_;
};

}  // namespace tse::gui
