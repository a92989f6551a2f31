#include "scatterview.h"

#include <QBoxLayout>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
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

#include "palette.h"
#include "pointstyle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tse::gui {
using figure::classColor;
namespace {

// The renderer's selection pass finds a sphere up to 12 % beyond its drawn radius (measured
// against it in tests/gui/test_picking.cpp); the CPU picker counts the same disc as on it.
constexpr float kSelectionMargin = 1.12f;

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
    graph_->setSelectionMode(QAbstract3DGraph::SelectionItem);
    graph_->scene()->activeCamera()->setCameraPreset(Q3DCamera::CameraPresetIsometricRightHigh);
    for (QValue3DAxis* axis : {graph_->axisX(), graph_->axisY(), graph_->axisZ()}) {
        axis->setLabelFormat(QString());
        axis->setSegmentCount(4);
    }
    auto* camera = graph_->scene()->activeCamera();
    auto announce = [this] { emit cameraChanged(cameraXRotation(), cameraYRotation(), cameraZoom()); };
    connect(camera, &Q3DCamera::xRotationChanged, this, announce);
    connect(camera, &Q3DCamera::yRotationChanged, this, announce);
    connect(camera, &Q3DCamera::zoomLevelChanged, this, announce);
    connect(camera, &Q3DCamera::targetChanged, this, &ScatterView::cameraTargetChanged);
    turntable_ = new QTimer(this);
    turntable_->setInterval(40);
    connect(turntable_, &QTimer::timeout, this, [this] {
        auto* cam = graph_->scene()->activeCamera();
        cam->setXRotation(std::fmod(cam->xRotation() + 0.6f + 180.0f, 360.0f) - 180.0f);  // ~15°/s
    });
    // Hover: once the mouse pauses over the map, show the point under it. Picking is cheap (CPU);
    // the pause only spares the preview from following every pixel of a fast sweep.
    hoverTimer_ = new QTimer(this);
    hoverTimer_->setSingleShot(true);
    hoverTimer_->setInterval(30);
    connect(hoverTimer_, &QTimer::timeout, this, [this] {
        if (!hoverPreview_)
            return;
        const int item = pointAt(hoverPosition_);
        if (item >= 0)  // resting over empty space keeps the last preview
            selectItem(item);
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
        rebuildSeriesData(coordinates_);
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
    legend_->setMaximumWidth(190);
    legend_->setSelectionMode(QAbstractItemView::NoSelection);
    legend_->setToolTip(tr("Untick a class to hide it; right-click to select it"));
    legend_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(legend_, &QListWidget::customContextMenuRequested, this, &ScatterView::showLegendMenu);
    connect(legend_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0 && index < static_cast<int>(series_.size()) && series_[index]) {
            series_[index]->setVisible(item->checkState() == Qt::Checked);
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

ScatterView::~ScatterView() = default;

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
            }
        } else if (event->type() == QEvent::MouseButtonPress) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            hoverTimer_->stop();
            emit pointHovered(-1, QPoint());
            if (mouse->button() == Qt::LeftButton) {
                const QPoint at = mouse->position().toPoint();
                if (mouse->modifiers() & Qt::ShiftModifier) {
                    const int item = pointAt(at);
                    if (item >= 0) {
                        selectItem(item);
                        toggleSelected(item);
                    }
                } else {
                    pickAt(at);
                }
            }
        } else if (event->type() == QEvent::Leave) {
            hoverTimer_->stop();
            emit pointHovered(-1, QPoint());
        }
    }
    return QWidget::eventFilter(watched, event);
}

ScatterViewGeometry ScatterView::viewGeometry() const
{
    ScatterViewGeometry g;
    g.viewport = graph_->size();
    g.orthographic = graph_->isOrthoProjection();
    const Q3DCamera* camera = graph_->scene()->activeCamera();
    g.xRotation = camera->xRotation();
    g.yRotation = camera->yRotation();
    g.zoomLevel = camera->zoomLevel();
    g.target = camera->target();
    g.axisMin = QVector3D(graph_->axisX()->min(), graph_->axisY()->min(), graph_->axisZ()->min());
    g.axisMax = QVector3D(graph_->axisX()->max(), graph_->axisY()->max(), graph_->axisZ()->max());
    g.aspectRatio = static_cast<float>(graph_->aspectRatio());
    g.horizontalAspectRatio = static_cast<float>(graph_->horizontalAspectRatio());
    return g;
}

const ScreenPointIndex& ScatterView::screenIndex()
{
    const ScatterViewGeometry geometry = viewGeometry();
    if (indexedGeometry_ == geometry && indexedDataVersion_ == dataVersion_)
        return screenIndex_;
    ++pickStatistics_.indexBuilds;
    const ScatterViewProjection projection(geometry);
    // Drawn sizes as the renderer sizes them: flat points are (item size × zoom) pixels wide;
    // meshes are item size scene units in radius; item size 0 means the renderer's default,
    // 2/√(points shown) within [0.01, 0.1].
    int shown = 0;
    for (QScatter3DSeries* s : series_)
        if (s && s->isVisible())
            shown += s->dataProxy()->itemCount();
    const float defaultSize = std::clamp(2.0f / std::sqrt(static_cast<float>(std::max(shown, 1))), 0.01f, 0.1f);
    std::vector<ScreenPointIndex::Point> points;
    points.reserve(static_cast<std::size_t>(shown));
    for (std::size_t s = 0; s < series_.size(); ++s) {
        const QScatter3DSeries* series = series_[s];
        if (!series || !series->isVisible())
            continue;
        const float size = series->itemSize() > 0.0f ? series->itemSize() / 3.0f : defaultSize;
        const bool flat = series->mesh() == QAbstract3DSeries::MeshPoint;
        const QScatterDataArray& array = *series->dataProxy()->array();
        for (int k = 0; k < static_cast<int>(array.size()); ++k) {
            const ScreenPoint at = projection.project(array.at(k).position());
            if (!at.visible)
                continue;
            const float radius = kSelectionMargin * (flat ? 0.5f * size * projection.zoomLevel()
                                                          : size * projection.pixelsPerSceneUnit(at.depth));
            points.push_back({static_cast<float>(at.position.x()), static_cast<float>(at.position.y()), at.depth, radius,
                              itemsOfSeries_[s][static_cast<std::size_t>(k)]});
        }
    }
    screenIndex_.build(std::move(points), geometry.viewport);
    indexedGeometry_ = geometry;
    indexedDataVersion_ = dataVersion_;
    return screenIndex_;
}

int ScatterView::pointAt(const QPoint& position)
{
    // Within this many pixels of a point's centre counts as on it: flat points of large maps
    // are only a pixel or two wide.
    constexpr float kTolerance = 6.0f;
    QElapsedTimer clock;
    clock.start();
    // The renderer reads the pixel at (x, height − y) from the bottom: its centre lies half a
    // pixel right of and above the mouse position.
    const int item = screenIndex().pick(QPointF(position) + QPointF(0.5, -0.5), kTolerance);
    lastPickMs_ = clock.nsecsElapsed() / 1e6;
    return item;
}

void ScatterView::pickAt(const QPoint& position) { selectItem(pointAt(position)); }

std::optional<ScreenPointIndex::Point> ScatterView::screenPoint(int item)
{
    if (const ScreenPointIndex::Point* point = screenIndex().find(item))
        return *point;
    return std::nullopt;
}

std::vector<ScreenPoint> ScatterView::projectItems(const std::vector<int>& items) const
{
    const ScatterViewProjection projection(viewGeometry());
    std::vector<ScreenPoint> out;
    out.reserve(items.size());
    for (int item : items) {
        if (item < 0 || item >= static_cast<int>(seriesOfItem_.size()) || !series_[seriesOfItem_[item]]) {
            out.emplace_back();
            continue;
        }
        const QScatter3DSeries* series = series_[seriesOfItem_[item]];
        out.push_back(projection.project(series->dataProxy()->itemAt(positionOfItem_[item])->position()));
    }
    return out;
}

void ScatterView::rendererPickAt(const QPoint& position)
{
    // As Qt's input handler does on a press: the renderer only answers queries aimed at the
    // primary view.
    if (auto* input = graph_->activeInputHandler()) {
        input->setInputView(QAbstract3DInputHandler::InputViewOnPrimary);
        input->setInputPosition(position);
    }
    rendererQuery_ = true;
    ++pickStatistics_.rendererQueries;
    graph_->scene()->setSelectionQueryPosition(position);
}

void ScatterView::answerRendererQuery(int item)
{
    if (!rendererQuery_)
        return;
    rendererQuery_ = false;
    // The renderer has marked its own pick; the view's selection stays what it was.
    QTimer::singleShot(0, this, [this] { markSelected(); });
    emit rendererPicked(item);
}

QSize ScatterView::mapSize() const { return container_->size(); }

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
    figure::FigureData data;
    std::vector<int> legendOfSeries(series_.size(), -1);
    for (std::size_t s = 0; s < series_.size(); ++s)
        if (series_[s] && series_[s]->isVisible() && s < builtNames_.size()) {
            legendOfSeries[s] = static_cast<int>(data.legend.size());
            data.legend.push_back({builtNames_[s], builtColours_[s]});
        }
    std::vector<int> kept;
    for (int i = 0; i < static_cast<int>(seriesOfItem_.size()); ++i)
        if (legendOfSeries[static_cast<std::size_t>(seriesOfItem_[i])] >= 0)
            kept.push_back(i);
    data.items = kept;
    data.coordinates.resize(static_cast<Eigen::Index>(kept.size()), coordinates_.cols());
    for (std::size_t k = 0; k < kept.size(); ++k) {
        data.coordinates.row(static_cast<Eigen::Index>(k)) = coordinates_.row(kept[k]);
        data.groups.push_back(legendOfSeries[static_cast<std::size_t>(seriesOfItem_[kept[k]])]);
    }
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
    // The items of a scheme group (class, category or value bin), whether dimmed or not.
    auto membersOf = [this](int g) {
        std::vector<int> items;
        for (int i = 0; i < static_cast<int>(schemeGroups_.size()); ++i)
            if (schemeGroups_[i] == g)
                items.push_back(i);
        return items;
    };
    const bool schemeGroup = group < static_cast<int>(schemeNames_.size());
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
        setSelection(membersOf(group));
    } else if (chosen == add) {
        std::vector<int> items = selection_;
        const auto more = membersOf(group);
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
    legend_->clear();
    seriesOfItem_.clear();
    positionOfItem_.clear();
    itemsOfSeries_.clear();
}

void ScatterView::setMap(const Matrix& coordinates, const std::vector<int>& labels,
                         const std::vector<std::string>& classNames)
{
    if (coordinates.rows() != coordinates_.rows()) {
        // Another dataset: item indices mean other images.
        highlight_.clear();
        if (!selection_.empty()) {
            selection_.clear();
            emit selectionChanged(0);
        }
    }
    coordinates_ = coordinates;
    labels_ = labels;
    classNames_ = classNames;
    dimensions_ = static_cast<int>(coordinates.cols());
    setClassColouring();
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
    const int classes = static_cast<int>(classNames_.size());
    std::vector<int> groups(coordinates_.rows());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const int label = i < labels_.size() ? labels_[i] : -1;
        groups[i] = label >= 0 && label < classes ? label : classes;
    }
    std::vector<QString> names;
    std::vector<QColor> colours;
    for (int c = 0; c <= classes; ++c) {
        names.push_back(c < classes ? QString::fromStdString(classNames_[c]) : tr("(unlabelled)"));
        colours.push_back(classColor(c < classes ? c : -1, palette_));
    }
    classScheme_ = true;
    setScheme(std::move(groups), std::move(names), std::move(colours));
}

void ScatterView::setPalette(figure::Palette palette)
{
    palette_ = palette;
    if (classScheme_)
        setClassColouring();
}

void ScatterView::setValueColouring(const Eigen::VectorXf& values)
{
    if (values.size() != coordinates_.rows() || values.size() == 0)
        return;
    // Eight equal-width bins on viridis, a perceptually uniform, colour-blind-safe ramp;
    // missing values (NaN) get a grey group of their own.
    constexpr int bins = 8;
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (float v : values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (lo > hi)
        lo = hi = 0.0f;
    const float width = hi > lo ? (hi - lo) / bins : 1.0f;
    std::vector<int> groups(values.size());
    bool missing = false;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            groups[i] = bins;
            missing = true;
        } else {
            groups[i] = std::min(bins - 1, static_cast<int>((values[i] - lo) / width));
        }
    }
    std::vector<QString> names;
    std::vector<QColor> colours;
    for (int b = 0; b < bins; ++b) {
        names.push_back(QStringLiteral("%1 – %2").arg(lo + b * width, 0, 'g', 3).arg(lo + (b + 1) * width, 0, 'g', 3));
        colours.push_back(figure::scaleColor((b + 0.5) / bins));
    }
    if (missing) {
        names.push_back(tr("(no value)"));
        colours.push_back(QColor(0xBBBBBB));
    }
    classScheme_ = false;
    setScheme(std::move(groups), std::move(names), std::move(colours));
}

void ScatterView::setCategoryColouring(const std::vector<std::string>& values)
{
    if (values.size() != static_cast<std::size_t>(coordinates_.rows()))
        return;
    std::vector<std::string> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<int> groups(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        groups[i] = static_cast<int>(std::lower_bound(distinct.begin(), distinct.end(), values[i]) - distinct.begin());
    std::vector<QString> names;
    std::vector<QColor> colours;
    for (std::size_t c = 0; c < distinct.size(); ++c) {
        names.push_back(distinct[c].empty() ? tr("(no value)") : QString::fromStdString(distinct[c]));
        colours.push_back(distinct[c].empty() ? QColor(0xBBBBBB) : classColor(static_cast<int>(c), palette_));
    }
    classScheme_ = false;
    setScheme(std::move(groups), std::move(names), std::move(colours));
}

void ScatterView::setHighlight(const std::vector<bool>& match)
{
    highlight_ = match.size() == static_cast<std::size_t>(coordinates_.rows()) ? match : std::vector<bool>();
    refresh();
}

void ScatterView::setSelection(std::vector<int> items)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    std::erase_if(items, [this](int i) { return i < 0 || i >= coordinates_.rows(); });
    if (items == selection_)
        return;
    selection_ = std::move(items);
    refresh();
    emit selectionChanged(static_cast<int>(selection_.size()));
}

void ScatterView::toggleSelected(int item)
{
    std::vector<int> items = selection_;
    const auto at = std::lower_bound(items.begin(), items.end(), item);
    if (at != items.end() && *at == item)
        items.erase(at);
    else
        items.insert(at, item);
    setSelection(std::move(items));
}

void ScatterView::setScheme(std::vector<int> groups, std::vector<QString> names, std::vector<QColor> colours)
{
    schemeGroups_ = std::move(groups);
    schemeNames_ = std::move(names);
    schemeColours_ = std::move(colours);
    refresh();
}

void ScatterView::refresh()
{
    const float x = cameraXRotation(), y = cameraYRotation(), zoom = cameraZoom();
    std::vector<bool> emphasis;
    if (!selection_.empty()) {
        emphasis.assign(schemeGroups_.size(), false);
        for (int i : selection_)
            if (i < static_cast<int>(emphasis.size()))
                emphasis[i] = true;
    } else {
        emphasis = highlight_;
    }
    if (emphasis.size() != schemeGroups_.size()) {
        buildSeries(schemeGroups_, schemeNames_, schemeColours_);
    } else {
        // What is left out becomes one light grey series after the scheme's groups.
        std::vector<int> groups = schemeGroups_;
        const int dimmed = static_cast<int>(schemeNames_.size());
        for (std::size_t i = 0; i < groups.size(); ++i)
            if (!emphasis[i])
                groups[i] = dimmed;
        std::vector<QString> names = schemeNames_;
        std::vector<QColor> colours = schemeColours_;
        names.push_back(selection_.empty() ? tr("(not matching)") : tr("(not selected)"));
        colours.push_back(QColor(0xE4E4E4));
        buildSeries(groups, names, colours);
    }
    setCamera(x, y, zoom);
}

void ScatterView::buildSeries(const std::vector<int>& groups, const std::vector<QString>& names,
                              const std::vector<QColor>& colours)
{
    clear();
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
    builtNames_ = names;
    builtColours_ = colours;
    const bool software = isSoftwareRenderer(openGLRenderer());
    const PointStyle style = pointStyleFor(n, pointScale_, software);
    for (int s = 0; s < groupCount; ++s) {
        if (counts[s] == 0)
            continue;
        auto* series = new QScatter3DSeries();
        series->setName(names[s]);
        series->setItemLabelFormat(QStringLiteral("@seriesName"));
        series->setMesh(style.mesh);
        series->setMeshSmooth(false);
        series->setItemSize(style.itemSize);
        series->setBaseColor(colours[s]);
        graph_->addSeries(series);
        series_[s] = series;
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
    rebuildSeriesData(coordinates_);
    // The picked point stays marked across recolouring.
    if (selectedItem_ >= n)
        selectedItem_ = -1;
    if (selectedItem_ >= 0)
        markSelected();
}

void ScatterView::updateCoordinates(const Matrix& coordinates)
{
    if (coordinates.rows() != static_cast<Eigen::Index>(seriesOfItem_.size()) || coordinates.cols() != dimensions_)
        return;
    coordinates_ = coordinates;
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
    rebuildSeriesData(coordinates_);
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
    ++dataVersion_;
}

int ScatterView::pointCount() const
{
    int total = 0;
    for (QScatter3DSeries* s : series_)
        if (s)
            total += s->dataProxy()->itemCount();
    return total;
}

int ScatterView::seriesCount() const { return static_cast<int>(graph_->seriesList().size()); }

QImage ScatterView::renderImage(const QSize& size) { return graph_->renderToImage(4, size); }

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
