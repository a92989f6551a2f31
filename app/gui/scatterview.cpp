#include "scatterview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QtDataVisualization/Q3DCamera>
#include <QtDataVisualization/Q3DInputHandler>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DScene>
#include <QtDataVisualization/Q3DTheme>
#include <QtDataVisualization/QScatter3DSeries>
#include <QtDataVisualization/QScatterDataProxy>
#include <QtDataVisualization/QValue3DAxis>

#include "palette.h"

#include <cmath>

namespace tse::gui {
using figure::classColor;
namespace {

// Spheres look best for small maps; beyond this many points flat points keep rotation smooth.
constexpr int kSphereLimit = 8000;

}  // namespace

ScatterView::ScatterView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ScatterView"));
    graph_ = new Q3DScatter();
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
    turntable_ = new QTimer(this);
    turntable_->setInterval(40);
    connect(turntable_, &QTimer::timeout, this, [this] {
        auto* cam = graph_->scene()->activeCamera();
        cam->setXRotation(std::fmod(cam->xRotation() + 0.6f + 180.0f, 360.0f) - 180.0f);  // ~15°/s
    });
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
    legend_->setToolTip(tr("Untick a class to hide it"));
    connect(legend_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0 && index < static_cast<int>(series_.size()) && series_[index])
            series_[index]->setVisible(item->checkState() == Qt::Checked);
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

void ScatterView::retranslate() { legend_->setAccessibleName(tr("Legend")); }

void ScatterView::setTitle(const QString& title) { title_->setText(title); }

void ScatterView::setLegendVisible(bool visible) { legend_->setVisible(visible); }

void ScatterView::selectItem(int item)
{
    if (item == selectedItem_)
        return;
    if (item < 0 || item >= static_cast<int>(seriesOfItem_.size())) {
        graph_->clearSelection();
        return;
    }
    if (QScatter3DSeries* series = series_[seriesOfItem_[item]])
        series->setSelectedItem(positionOfItem_[item]);
}

void ScatterView::clear()
{
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
    selectedItem_ = -1;
}

void ScatterView::setMap(const Matrix& coordinates, const std::vector<int>& labels,
                         const std::vector<std::string>& classNames)
{
    coordinates_ = coordinates;
    labels_ = labels;
    classNames_ = classNames;
    const int classes = static_cast<int>(classNames.size());
    std::vector<int> groups(coordinates.rows());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const int label = i < labels.size() ? labels[i] : -1;
        groups[i] = label >= 0 && label < classes ? label : classes;
    }
    std::vector<QString> names;
    std::vector<QColor> colours;
    for (int c = 0; c <= classes; ++c) {
        names.push_back(c < classes ? QString::fromStdString(classNames[c]) : tr("(unlabelled)"));
        colours.push_back(classColor(c < classes ? c : -1));
    }
    dimensions_ = static_cast<int>(coordinates.cols());
    buildSeries(groups, names, colours);
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
}

void ScatterView::setValueColouring(const Eigen::VectorXf& values)
{
    if (values.size() != coordinates_.rows() || values.size() == 0)
        return;
    // Eight equal-width bins on viridis, a perceptually uniform, colour-blind-safe ramp.
    static const QRgb ramp[] = {0x440154, 0x46327e, 0x365c8d, 0x277f8e, 0x1fa187, 0x4ac16d, 0xa0da39, 0xfde725};
    constexpr int bins = 8;
    const float lo = values.minCoeff(), hi = values.maxCoeff();
    const float width = hi > lo ? (hi - lo) / bins : 1.0f;
    std::vector<int> groups(values.size());
    for (Eigen::Index i = 0; i < values.size(); ++i)
        groups[i] = std::min(bins - 1, static_cast<int>((values[i] - lo) / width));
    std::vector<QString> names;
    std::vector<QColor> colours;
    for (int b = 0; b < bins; ++b) {
        names.push_back(QStringLiteral("%1 – %2").arg(lo + b * width, 0, 'g', 3).arg(lo + (b + 1) * width, 0, 'g', 3));
        colours.push_back(QColor::fromRgb(ramp[b]));
    }
    buildSeries(groups, names, colours);
}

void ScatterView::setClassColouring()
{
    const Matrix coordinates = coordinates_;
    const float x = cameraXRotation(), y = cameraYRotation(), zoom = cameraZoom();
    setMap(coordinates, labels_, classNames_);
    setCamera(x, y, zoom);
}

void ScatterView::setHighlight(const std::vector<bool>& match)
{
    if (match.empty() || match.size() != static_cast<std::size_t>(coordinates_.rows())) {
        setClassColouring();
        return;
    }
    const int classes = static_cast<int>(classNames_.size());
    const int others = classes + 1;  // after the classes and "(unlabelled)"
    std::vector<int> groups(match.size());
    for (std::size_t i = 0; i < match.size(); ++i) {
        const int label = i < labels_.size() ? labels_[i] : -1;
        groups[i] = !match[i] ? others : (label >= 0 && label < classes ? label : classes);
    }
    std::vector<QString> names;
    std::vector<QColor> colours;
    for (int c = 0; c <= classes; ++c) {
        names.push_back(c < classes ? QString::fromStdString(classNames_[c]) : tr("(unlabelled)"));
        colours.push_back(classColor(c < classes ? c : -1));
    }
    names.push_back(tr("(not matching)"));
    colours.push_back(QColor(0xE4E4E4));
    buildSeries(groups, names, colours);
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
    const bool spheres = n <= kSphereLimit;
    for (int s = 0; s < groupCount; ++s) {
        if (counts[s] == 0)
            continue;
        auto* series = new QScatter3DSeries();
        series->setName(names[s]);
        series->setItemLabelFormat(QStringLiteral("@seriesName"));
        series->setMesh(spheres ? QAbstract3DSeries::MeshSphere : QAbstract3DSeries::MeshPoint);
        series->setMeshSmooth(false);
        series->setItemSize(spheres ? 0.06f : 0.0f);
        series->setBaseColor(colours[s]);
        graph_->addSeries(series);
        series_[s] = series;
        connect(series, &QScatter3DSeries::selectedItemChanged, this, [this, s](int index) {
            if (index >= 0 && index < static_cast<int>(itemsOfSeries_[s].size())) {
                selectedItem_ = itemsOfSeries_[s][index];
                emit itemSelected(selectedItem_);
            } else if (selectedItem_ >= 0 && seriesOfItem_[selectedItem_] == s) {
                selectedItem_ = -1;  // cleared, not moved to another series
                emit itemSelected(-1);
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
}

void ScatterView::updateCoordinates(const Matrix& coordinates)
{
    if (coordinates.rows() != static_cast<Eigen::Index>(seriesOfItem_.size()) || coordinates.cols() != dimensions_)
        return;
    coordinates_ = coordinates;
    rebuildSeriesData(coordinates);
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
}

}  // namespace tse::gui
