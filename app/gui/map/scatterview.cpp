// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "scatterview.h"

#include <QBoxLayout>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QLineF>
#include <QTimer>
#include <QtDataVisualization/Q3DCamera>
#include <QtDataVisualization/Q3DInputHandler>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DScene>
#include <QtDataVisualization/Q3DTheme>
#include <QtDataVisualization/QScatter3DSeries>
#include <QtDataVisualization/QScatterDataProxy>
#include <QtDataVisualization/QValue3DAxis>
#include <QtDataVisualization/qutils.h>

#include "pointstyle.h"
#include "selectionoutline.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tse::gui {
namespace {

// The picked point stands out from every class colour (the palettes have no pure red).
const QColor kPickColour(0xE0, 0x00, 0x20);

QScatter3DSeries* newSeries(const QString& name, const PointStyle& style, const QColor& colour)
{
    auto* series = new QScatter3DSeries();
    series->setName(name);
    series->setMesh(style.mesh);
    series->setMeshSmooth(false);
    series->setItemSize(style.itemSize);
    series->setBaseColor(colour);
    return series;
}

int pointsIn(const std::vector<QScatter3DSeries*>& series)
{
    int total = 0;
    for (QScatter3DSeries* s : series)
        if (s)
            total += s->dataProxy()->itemCount();
    return total;
}

}  // namespace

ScatterView::ScatterView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ScatterView"));
    // No multisampling: with Mesa's software renderer (Xvfb, VMs) it costs most of the frame;
    // the static optimisation draws each series' points in one batch.
    static const QSurfaceFormat format = qDefaultSurfaceFormat(false);
    graph_ = new Q3DScatter(&format);
    graph_->setOptimizationHints(QAbstract3DGraph::OptimizationStatic);
    graph_->setShadowQuality(QAbstract3DGraph::ShadowQualityNone);
    graph_->activeTheme()->setType(Q3DTheme::ThemeQt);
    graph_->activeTheme()->setLabelBackgroundEnabled(false);
    graph_->activeTheme()->setSingleHighlightColor(kPickColour);
    graph_->setSelectionMode(QAbstract3DGraph::SelectionItem);
    graph_->scene()->activeCamera()->setCameraPreset(Q3DCamera::CameraPresetIsometricRightHigh);
    for (QValue3DAxis* axis : {graph_->axisX(), graph_->axisY(), graph_->axisZ()}) {
        axis->setLabelFormat(QString());
        axis->setSegmentCount(4);
    }
    auto* camera = graph_->scene()->activeCamera();
    auto announce = [this] {
        cameraMoving();
        emit cameraChanged(cameraXRotation(), cameraYRotation(), cameraZoom());
    };
    connect(camera, &Q3DCamera::xRotationChanged, this, announce);
    connect(camera, &Q3DCamera::yRotationChanged, this, announce);
    connect(camera, &Q3DCamera::zoomLevelChanged, this, announce);
    connect(camera, &Q3DCamera::targetChanged, this, &ScatterView::cameraTargetChanged);
    connect(camera, &Q3DCamera::targetChanged, this, [this] { cameraMoving(); });
    cameraRest_ = new QTimer(this);
    cameraRest_->setSingleShot(true);
    cameraRest_->setInterval(250);
    connect(cameraRest_, &QTimer::timeout, this, [this] {
        showCoarse(false);
        // Re-project for picking now, while the user has not yet pointed at anything: at
        // 1,000,000 points that takes longer than a hover may.
        screenIndex();
    });
    turntable_ = new QTimer(this);
    turntable_->setInterval(40);
    connect(turntable_, &QTimer::timeout, this, [this] {
        auto* cam = graph_->scene()->activeCamera();
        cam->setXRotation(std::fmod(cam->xRotation() + 0.6f + 180.0f, 360.0f) - 180.0f);  // ~15°/s
    });
    // Hover: once the mouse pauses over the map, report the point under it (for the card beside
    // the cursor). It never changes the picked point: a click pins that until the next click.
    // Picking is cheap (CPU); the pause only spares the card from following a fast sweep.
    hoverTimer_ = new QTimer(this);
    hoverTimer_->setSingleShot(true);
    hoverTimer_->setInterval(30);
    connect(hoverTimer_, &QTimer::timeout, this, [this] {
        if (!hoverPreview_)
            return;
        const int item = pointAt(hoverPosition_);
        if (item >= 0)
            hoveredAt_ = hoverPosition_;
        emit pointHovered(item, graph_->mapToGlobal(hoverPosition_));
    });
    // Clicks are picked on the CPU too (eventFilter); the renderer's own selection pass is only
    // run on request (rendererPickAt).
    if (auto* input = qobject_cast<Q3DInputHandler*>(graph_->activeInputHandler()))
        input->setSelectionEnabled(false);
    liveRedraw_ = new QTimer(this);
    liveRedraw_->setSingleShot(true);
    connect(liveRedraw_, &QTimer::timeout, this, [this] {
        lastLiveRedraw_.start();
        rebuildSeriesData(model_.coordinates());
    });
    graph_->installEventFilter(this);
    container_ = QWidget::createWindowContainer(graph_, this);
    container_->setMinimumSize(320, 240);
    container_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    container_->setFocusPolicy(Qt::StrongFocus);

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("mapTitle"));
    title_->setAlignment(Qt::AlignCenter);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);

    legend_ = new QListWidget(this);
    legend_->setObjectName(QStringLiteral("legend"));

    legend_->setSelectionMode(QAbstractItemView::NoSelection);
    legend_->setToolTip(tr("Untick a class to hide it; right-click to select it"));
    legend_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(legend_, &QListWidget::customContextMenuRequested, this, &ScatterView::showLegendMenu);
    connect(legend_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0 && index < static_cast<int>(series_.size()) && series_[index]) {
            model_.setGroupHidden(index, item->checkState() != Qt::Checked);
            series_[index]->setVisible(!model_.isGroupHidden(index) && !showingCoarse_);
            if (index < static_cast<int>(coarse_.size()) && coarse_[index])
                coarse_[index]->setVisible(!model_.isGroupHidden(index) && showingCoarse_);
            ++dataVersion_;  // hidden points cannot be picked
        }
    });

    auto* mapColumn = new QVBoxLayout();
    mapColumn->setContentsMargins(0, 0, 0, 0);
    mapColumn->addWidget(title_);
    mapColumn->addWidget(container_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(mapColumn, 1);
    layout->addWidget(legend_);
    retranslate();
}

ScatterView::~ScatterView() { delete outline_; }

bool ScatterView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == graph_) {
        if (event->type() == QEvent::MouseMove) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->buttons() == Qt::NoButton) {
                hoverPosition_ = mouse->position().toPoint();
                hoverTimer_->start();
                // Moving away from the point shown beside the cursor: the card goes until the
                // mouse rests again, as tooltips do.
                if (hoveredAt_ && (hoverPosition_ - *hoveredAt_).manhattanLength() > 12) {
                    hoveredAt_.reset();
                    emit pointHovered(-1, QPoint());
                }
            } else {
                hoverTimer_->stop();  // rotating, not hovering
                emit pointHovered(-1, QPoint());
                if ((mouse->buttons() & Qt::LeftButton) && leftPress_) {
                    if (dragTool_ == DragTool::Rotate)
                        dragWithLeftButton(mouse->position().toPoint());
                    else
                        extendSelectionPath(mouse->position().toPoint());
                }
            }
        } else if (event->type() == QEvent::MouseButtonPress) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            hoverTimer_->stop();
            emit pointHovered(-1, QPoint());
            if (mouse->button() == Qt::LeftButton)
                leftPress_ = LeftPress{mouse->position().toPoint(), mouse->position().toPoint(), mouse->modifiers(), false};
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            // A left click picks (Shift: adds or removes); a left drag turned the map instead.
            if (mouse->button() == Qt::LeftButton && leftPress_ && !leftPress_->dragged) {
                const QPoint at = leftPress_->at;
                if (leftPress_->modifiers & Qt::ShiftModifier) {
                    const int item = pointAt(at);
                    if (item >= 0) {
                        selectItem(item);
                        toggleSelected(item);
                    }
                } else {
                    pickAt(at);
                }
            }
            if (mouse->button() == Qt::LeftButton && leftPress_ && leftPress_->dragged && dragTool_ != DragTool::Rotate)
                finishSelectionPath();
            if (mouse->button() == Qt::LeftButton)
                leftPress_.reset();
        } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
                   leftPress_ && !leftPress_->path.isEmpty()) {
            cancelSelectionPath();
            return true;
        } else if (event->type() == QEvent::Leave) {
            hoverTimer_->stop();
            emit pointHovered(-1, QPoint());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScatterView::dragWithLeftButton(const QPoint& at)
{
    // Beyond a few pixels a press is a drag, not a click; the map turns as with the right button.
    constexpr int kDragThreshold = 4;
    constexpr float kDegreesPerPixel = 0.4f;
    if (!leftPress_->dragged && (at - leftPress_->at).manhattanLength() <= kDragThreshold)
        return;
    leftPress_->dragged = true;
    const QPoint delta = at - leftPress_->last;
    leftPress_->last = at;
    if (rotationLocked())
        return;
    auto* camera = graph_->scene()->activeCamera();
    camera->setXRotation(camera->xRotation() + kDegreesPerPixel * float(delta.x()));
    camera->setYRotation(std::clamp(camera->yRotation() + kDegreesPerPixel * float(delta.y()), -90.0f, 90.0f));
}

QSize ScatterView::mapSize() const { return container_->size(); }
QWindow* ScatterView::graphWindow() const { return graph_; }

void ScatterView::setPointScale(float scale)
{
    scale = std::clamp(scale, 0.2f, 5.0f);
    if (std::abs(scale - pointScale_) < 1e-4f)
        return;
    pointScale_ = scale;
    refresh();
}

void ScatterView::setCameraView(CameraView view)
{
    if (dimensions_ == 2) {
        resetCamera();  // a 2D map has one view
        return;
    }
    const Q3DCamera::CameraPreset presets[] = {Q3DCamera::CameraPresetFront, Q3DCamera::CameraPresetRight,
                                               Q3DCamera::CameraPresetDirectlyAbove,
                                               Q3DCamera::CameraPresetIsometricRightHigh};
    graph_->scene()->activeCamera()->setCameraPreset(presets[static_cast<int>(view)]);
}

void ScatterView::setMeasureFps(bool on) { graph_->setMeasureFps(on); }

double ScatterView::framesPerSecond() const { return graph_->currentFps(); }

figure::FigureData ScatterView::figureData() const
{
    figure::FigureData data = model_.figureData(built_);
    data.contours = contours_;
    return data;
}

void ScatterView::showLegendMenu(const QPoint& position)
{
    QListWidgetItem* entry = legend_->itemAt(position);
    if (!entry)
        return;
    const int group = entry->data(Qt::UserRole).toInt();
    if (group < 0 || group >= static_cast<int>(itemsOfSeries_.size()))
        return;
    const bool schemeGroup = !model_.itemsOfGroup(group).empty();
    QMenu menu(this);
    QAction* select = menu.addAction(tr("&Select these points"));
    QAction* add = menu.addAction(tr("&Add them to the selection"));
    select->setEnabled(schemeGroup);
    add->setEnabled(schemeGroup);
    menu.addSeparator();
    QAction* only = menu.addAction(tr("Show &only this"));
    QAction* all = menu.addAction(tr("Show a&ll"));
    QAction* chosen = menu.exec(legend_->viewport()->mapToGlobal(position));
    if (chosen == select) {
        setSelection(model_.itemsOfGroup(group));
    } else if (chosen == add) {
        std::vector<int> items = model_.selection();
        const auto more = model_.itemsOfGroup(group);
        items.insert(items.end(), more.begin(), more.end());
        setSelection(std::move(items));
    } else if (chosen == only || chosen == all) {
        for (int row = 0; row < legend_->count(); ++row)
            legend_->item(row)->setCheckState(chosen == all || legend_->item(row) == entry ? Qt::Checked : Qt::Unchecked);
    }
}

void ScatterView::retranslate() { legend_->setAccessibleName(tr("Legend")); }

void ScatterView::setTitle(const QString& title) { title_->setText(title); }
QString ScatterView::title() const { return title_->text(); }

void ScatterView::setLegendVisible(bool visible) { legend_->setVisible(visible); }

void ScatterView::selectItem(int item)
{
    if (item < 0 || item >= static_cast<int>(seriesOfItem_.size()))
        item = -1;
    if (item == selectedItem_)
        return;
    selectedItem_ = item;
    markSelected();
    emit itemSelected(item);
}

void ScatterView::markSelected()
{
    markingSelection_ = true;
    if (selectedItem_ < 0)
        graph_->clearSelection();
    else if (QScatter3DSeries* series = series_[seriesOfItem_[selectedItem_]])
        series->setSelectedItem(positionOfItem_[selectedItem_]);
    markingSelection_ = false;
    updatePickMarker();
}

void ScatterView::updatePickMarker()
{
    // The renderer's own highlight of a point a pixel or two wide is hard to see: the pick
    // also gets a red sphere of its own, drawn over it (and never picked or exported).
    if (!pickMarker_) {
        pickMarker_ = new QScatter3DSeries();
        pickMarker_->setMesh(QAbstract3DSeries::MeshSphere);
        pickMarker_->setItemSize(0.2f);  // relative: larger than the point styles of all but tiny maps
        pickMarker_->setBaseColor(kPickColour);
        pickMarker_->setItemLabelFormat(QString());
        graph_->addSeries(pickMarker_);
    }
    auto* array = new QScatterDataArray();
    const QScatter3DSeries* series = selectedItem_ >= 0 ? series_[seriesOfItem_[selectedItem_]] : nullptr;
    if (series)
        pickMarker_->setItemSize(std::clamp(1.5f * series->itemSize(), 0.2f, 1.0f));
    if (series && !model_.isGroupHidden(seriesOfItem_[selectedItem_]))
        array->append(*series->dataProxy()->itemAt(positionOfItem_[selectedItem_]));
    pickMarker_->dataProxy()->resetArray(array);
}

void ScatterView::setContours(std::vector<std::pair<QPointF, QPointF>> segments)
{
    contours_ = dimensions_ == 2 ? std::move(segments) : std::vector<std::pair<QPointF, QPointF>>{};
    if (!contourSeries_) {
        contourSeries_ = new QScatter3DSeries();
        contourSeries_->setMesh(QAbstract3DSeries::MeshPoint);
        contourSeries_->setItemSize(0.01f);
        contourSeries_->setBaseColor(QColor(0x55, 0x55, 0x55));
        contourSeries_->setItemLabelFormat(QString());
        graph_->addSeries(contourSeries_);
    }
    // Dots a few hundredths of the map's width apart along each segment.
    const Matrix& c = model_.coordinates();
    const float extent = c.rows() > 0 ? (c.colwise().maxCoeff() - c.colwise().minCoeff()).maxCoeff() : 1.0f;
    const double spacing = std::max(double(extent) / 400.0, 1e-9);
    auto* array = new QScatterDataArray();
    for (const auto& [a, b] : contours_) {
        const int steps = std::max(1, int(std::ceil(QLineF(a, b).length() / spacing)));
        for (int k = 0; k < steps; ++k) {
            const QPointF at = a + (b - a) * (double(k) / steps);
            array->append(QScatterDataItem(QVector3D(float(at.x()), 0.0f, float(at.y()))));
        }
    }
    contourSeries_->dataProxy()->resetArray(array);
    contourSeries_->setVisible(!contours_.empty());
}

void ScatterView::clear()
{
    liveRedraw_->stop();  // a pending live redraw belongs to the map being replaced
    for (QScatter3DSeries* s : series_)
        if (s) {
            graph_->removeSeries(s);
            delete s;
        }
    series_.clear();
    for (QScatter3DSeries* s : coarse_)
        if (s) {
            graph_->removeSeries(s);
            delete s;
        }
    coarse_.clear();
    showingCoarse_ = false;
    cameraRest_->stop();
    legend_->clear();
    seriesOfItem_.clear();
    positionOfItem_.clear();
    itemsOfSeries_.clear();
}

void ScatterView::setMap(const Matrix& coordinates, const std::vector<int>& labels,
                         const std::vector<std::string>& classNames)
{
    if (!contours_.empty())  // they belong to the map being replaced
        setContours({});
    const bool hadSelection = !model_.selection().empty();
    if (model_.setMap(coordinates, labels, classNames) && hadSelection)
        emit selectionChanged(0);
    dimensions_ = static_cast<int>(coordinates.cols());
    refresh();
    auto* input = qobject_cast<Q3DInputHandler*>(graph_->activeInputHandler());
    if (dimensions_ == 2) {
        // A 2D map lies flat in the x–z plane and is looked at from straight above, locked.
        graph_->scene()->activeCamera()->setCameraPreset(Q3DCamera::CameraPresetDirectlyAbove);
        graph_->axisY()->setRange(-1.0f, 1.0f);
        graph_->axisY()->setAutoAdjustRange(false);
        turntable_->stop();
    } else {
        graph_->axisY()->setAutoAdjustRange(true);
    }
    if (input)
        input->setRotationEnabled(dimensions_ != 2);
    // Seen from straight above without perspective, a 2D map looks like the figure it exports.
    graph_->setOrthoProjection(dimensions_ == 2);
}

void ScatterView::setClassColouring()
{
    model_.setClassColouring();
    refresh();
}

void ScatterView::setPalette(figure::Palette palette)
{
    model_.setPalette(palette);
    refresh();
}

void ScatterView::setValueColouring(const Eigen::VectorXf& values, const ValueScale& scale)
{
    if (model_.setValueColouring(values, scale))
        refresh();
}

void ScatterView::setCategoryColouring(const std::vector<std::string>& values, const QString& missingName)
{
    if (model_.setCategoryColouring(values, missingName))
        refresh();
}

void ScatterView::setHighlight(const std::vector<bool>& match)
{
    model_.setHighlight(match);
    refresh();
}

void ScatterView::setSelection(std::vector<int> items)
{
    if (!model_.setSelection(std::move(items)))
        return;
    refresh();
    emit selectionChanged(static_cast<int>(model_.selection().size()));
}

void ScatterView::setOnlySelectionShown(bool on)
{
    if (on == onlySelection_)
        return;
    onlySelection_ = on;
    refresh();
}

void ScatterView::toggleSelected(int item)
{
    std::vector<int> items = model_.selection();
    const auto at = std::lower_bound(items.begin(), items.end(), item);
    if (at != items.end() && *at == item)
        items.erase(at);
    else
        items.insert(at, item);
    setSelection(std::move(items));
}

void ScatterView::refresh()
{
    const float x = cameraXRotation(), y = cameraYRotation(), zoom = cameraZoom();
    buildSeries(model_.shownGrouping());
    setCamera(x, y, zoom);
}

void ScatterView::buildSeries(MapModel::Grouping grouping)
{
    clear();
    built_ = std::move(grouping);
    model_.showAllGroups();  // a new legend starts with every entry ticked
    const std::vector<int>& groups = built_.groups;
    const std::vector<QString>& names = built_.names;
    const std::vector<QColor>& colours = built_.colours;
    const int groupCount = static_cast<int>(names.size());
    const auto n = static_cast<int>(groups.size());
    std::vector<int> counts(groupCount, 0);
    seriesOfItem_.resize(n);
    positionOfItem_.resize(n);
    itemsOfSeries_.assign(groupCount, {});
    for (int i = 0; i < n; ++i) {
        const int s = groups[i];
        seriesOfItem_[i] = s;
        positionOfItem_[i] = counts[s]++;
        itemsOfSeries_[s].push_back(i);
    }
    series_.assign(groupCount, nullptr);
    const bool software = isSoftwareRenderer(openGLRenderer());
    const PointStyle style = pointStyleFor(n, pointScale_, software);
    lodStride_ = levelOfDetailStride(n);
    coarse_.assign(lodStride_ > 1 ? groupCount : 0, nullptr);
    for (int s = 0; s < groupCount; ++s) {
        if (counts[s] == 0)
            continue;
        auto* series = newSeries(names[s], style, colours[s]);
        series->setItemLabelFormat(QStringLiteral("@seriesName"));
        series->setSingleHighlightColor(kPickColour);
        graph_->addSeries(series);
        series_[s] = series;
        if (lodStride_ > 1) {  // the same look, fewer points, hidden until the camera moves
            coarse_[s] = newSeries(names[s], style, colours[s]);
            coarse_[s]->setVisible(false);
            graph_->addSeries(coarse_[s]);
        }
        // Only the renderer's own picks (rendererPickAt) arrive here unasked.
        connect(series, &QScatter3DSeries::selectedItemChanged, this, [this, s](int index) {
            if (markingSelection_ || !rendererQuery_)
                return;
            if (index >= 0 && index < static_cast<int>(itemsOfSeries_[s].size())) {
                answerRendererQuery(itemsOfSeries_[s][index]);
            } else {
                // Cleared: nothing there, unless another series reports its pick right after.
                QTimer::singleShot(0, this, [this] { answerRendererQuery(-1); });
            }
        });

        auto* item = new QListWidgetItem(names[s]);
        QPixmap swatch(12, 12);
        swatch.fill(colours[s]);
        item->setIcon(QIcon(swatch));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, s);
        item->setToolTip(tr("%Ln item(s)", nullptr, counts[s]));
        legend_->addItem(item);
    }
    // The legend is as wide as its longest entry (value ranges with units), within limits.
    int widest = 0;
    for (const QString& name : names)
        widest = std::max(widest, legend_->fontMetrics().horizontalAdvance(name));
    legend_->setFixedWidth(std::clamp(widest + 56, 190, 300));
    rebuildSeriesData(model_.coordinates());
    // With a selection the shown grouping ends in the group of the rest (mapmodel.h).
    if (onlySelection_ && !model_.selection().empty())
        for (int row = 0; row < legend_->count(); ++row)
            if (legend_->item(row)->data(Qt::UserRole).toInt() == groupCount - 1)
                legend_->item(row)->setCheckState(Qt::Unchecked);
    // The picked point stays marked across recolouring.
    if (selectedItem_ >= n)
        selectedItem_ = -1;
    if (selectedItem_ >= 0)
        markSelected();
}

void ScatterView::showLiveMap(const Matrix& coordinates, const std::vector<int>& labels,
                              const std::vector<std::string>& classNames)
{
    if (pointCount() != coordinates.rows() || dimensions_ != coordinates.cols())
        setMap(coordinates, labels, classNames);
    else
        updateCoordinates(coordinates);
}

void ScatterView::updateCoordinates(const Matrix& coordinates)
{
    if (coordinates.rows() != static_cast<Eigen::Index>(seriesOfItem_.size()) || !model_.setCoordinates(coordinates))
        return;
    // Redrawn at most every liveRedrawIntervalMs: the newest coordinates wait for the next turn.
    const bool software = isSoftwareRenderer(openGLRenderer());
    const int interval = liveRedrawIntervalMs(static_cast<int>(coordinates.rows()), software);
    if (lastLiveRedraw_.isValid() && lastLiveRedraw_.elapsed() < interval) {
        if (!liveRedraw_->isActive())
            liveRedraw_->start(static_cast<int>(interval - lastLiveRedraw_.elapsed()));
        return;
    }
    liveRedraw_->stop();
    lastLiveRedraw_.start();
    rebuildSeriesData(model_.coordinates());
}

void ScatterView::rebuildSeriesData(const Matrix& coordinates)
{
    std::vector<QScatterDataArray*> arrays(series_.size(), nullptr);
    for (std::size_t s = 0; s < series_.size(); ++s)
        if (series_[s])
            arrays[s] = new QScatterDataArray();
    const auto n = static_cast<int>(coordinates.rows());
    for (int i = 0; i < n; ++i) {
        QScatterDataArray* array = arrays[seriesOfItem_[i]];
        const float x = coordinates(i, 0);
        const float y = coordinates(i, 1);
        const float z = dimensions_ == 3 ? coordinates(i, 2) : 0.0f;
        // Qt's vertical axis is Y; a 2D map's second coordinate goes along Z.
        array->append(dimensions_ == 3 ? QScatterDataItem(QVector3D(x, z, y)) : QScatterDataItem(QVector3D(x, 0.0f, y)));
    }
    for (std::size_t s = 0; s < series_.size(); ++s)
        if (series_[s])
            series_[s]->dataProxy()->resetArray(arrays[s]);  // takes ownership
    if (!coarse_.empty()) {
        std::vector<QScatterDataArray*> samples(coarse_.size(), nullptr);
        for (std::size_t s = 0; s < coarse_.size(); ++s)
            if (coarse_[s]) {
                samples[s] = new QScatterDataArray();
                samples[s]->reserve(arrays[s]->size() / lodStride_ + 16);
            }
        for (int i = 0; i < n; ++i)
            if (inLevelOfDetailSample(i, lodStride_))
                samples[seriesOfItem_[i]]->append(*series_[seriesOfItem_[i]]->dataProxy()->itemAt(positionOfItem_[i]));
        for (std::size_t s = 0; s < coarse_.size(); ++s)
            if (coarse_[s])
                coarse_[s]->dataProxy()->resetArray(samples[s]);
        // New points: re-projected for picking once they are on screen, before a hover asks.
        if (!cameraRest_->isActive())
            cameraRest_->start();
    }
    ++dataVersion_;
    if (selectedItem_ >= 0)
        updatePickMarker();
}

int ScatterView::pointCount() const { return pointsIn(series_); }

int ScatterView::levelOfDetailPointCount() const { return pointsIn(coarse_); }

void ScatterView::cameraMoving()
{
    if (coarse_.empty())
        return;
    showCoarse(true);
    cameraRest_->start();
}

void ScatterView::showCoarse(bool coarse)
{
    if (coarse_.empty() || coarse == showingCoarse_)
        return;
    showingCoarse_ = coarse;
    for (std::size_t s = 0; s < series_.size(); ++s) {
        const bool shown = series_[s] && !model_.isGroupHidden(static_cast<int>(s));
        if (series_[s])
            series_[s]->setVisible(shown && !coarse);
        if (coarse_[s])
            coarse_[s]->setVisible(shown && coarse);
    }
}

int ScatterView::seriesCount() const
{
    return static_cast<int>(std::count_if(series_.begin(), series_.end(), [](auto* s) { return s != nullptr; }));
}

QImage ScatterView::renderImage(const QSize& size)
{
    // A figure shows the map, its colouring and the selection, not the picked point's mark, and
    // every point (not the moving camera's sample).
    cameraRest_->stop();
    showCoarse(false);
    markingSelection_ = true;
    graph_->clearSelection();
    if (pickMarker_)
        pickMarker_->setVisible(false);
    QImage image = graph_->renderToImage(4, size);
    if (pickMarker_)
        pickMarker_->setVisible(true);
    markingSelection_ = false;
    markSelected();
    return image;
}

void ScatterView::setCamera(float xRotation, float yRotation, float zoom)
{
    auto* camera = graph_->scene()->activeCamera();
    camera->setXRotation(xRotation);
    camera->setYRotation(yRotation);
    camera->setZoomLevel(zoom);
}

void ScatterView::setCameraTarget(const QVector3D& target) { graph_->scene()->activeCamera()->setTarget(target); }
QVector3D ScatterView::cameraTarget() const { return graph_->scene()->activeCamera()->target(); }

float ScatterView::cameraXRotation() const { return graph_->scene()->activeCamera()->xRotation(); }
float ScatterView::cameraYRotation() const { return graph_->scene()->activeCamera()->yRotation(); }
float ScatterView::cameraZoom() const { return graph_->scene()->activeCamera()->zoomLevel(); }

void ScatterView::setTurntable(bool on)
{
    if (on && dimensions_ == 3)
        turntable_->start();
    else
        turntable_->stop();
}

bool ScatterView::turntable() const { return turntable_->isActive(); }

bool ScatterView::rotationLocked() const
{
    auto* input = qobject_cast<Q3DInputHandler*>(graph_->activeInputHandler());
    return input && !input->isRotationEnabled();
}

void ScatterView::resetCamera()
{
    graph_->scene()->activeCamera()->setCameraPreset(dimensions_ == 2 ? Q3DCamera::CameraPresetDirectlyAbove
                                                                      : Q3DCamera::CameraPresetIsometricRightHigh);
    graph_->scene()->activeCamera()->setZoomLevel(100.0f);
    setCameraTarget(QVector3D());  // zooming with the wheel moves it
}

}  // namespace tse::gui
