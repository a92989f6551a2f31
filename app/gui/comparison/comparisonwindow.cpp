// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "comparisonwindow.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QSlider>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

#include <algorithm>
#include <cmath>

#include "scatterview.h"
#include "selectiontools.h"
#include "tse/tsne/alignment.h"

namespace tse::gui {
namespace {

enum Column { Run, Kl, Trust, Continuity, Accuracy, Agreement, ColumnCount };

QTableWidgetItem* valueItem(const std::optional<double>& value)
{
    auto* item = new QTableWidgetItem(value ? QString::number(*value, 'f', 3) : QStringLiteral("—"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

QString ComparisonWindow::cannotCompare(const std::vector<const run::RunRecord*>& runs)
{
    if (runs.size() < 2 || runs.size() > 4)
        return tr("Select two to four runs to compare.");
    for (const auto* run : runs)
        if (!run || run->coordinates.rows() != runs.front()->coordinates.rows() ||
            run->labels != runs.front()->labels)
            return tr("Only runs of the same dataset can be compared.");
    return {};
}

ComparisonWindow::ComparisonWindow(const std::vector<const run::RunRecord*>& runs, QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("ComparisonWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare runs — t-SNE Explorer"));
    auto* grid = new QWidget(this);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    const int columns = runs.size() == 4 ? 2 : static_cast<int>(runs.size());
    const Matrix& reference = runs.front()->coordinates;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const auto& run = *runs[k];
        // Maps of the same dimension are turned onto the first; others are shown as they are.
        aligned_.push_back(k > 0 && run.coordinates.cols() == reference.cols()
                               ? tsne::procrustesAlign(reference, run.coordinates)
                               : run.coordinates);
        auto* view = new ScatterView(grid);
        view->setMap(aligned_.back(), run.labels, run.classNames);
        view->setTitle(QString::fromStdString(run.name));
        view->setLegendVisible(k + 1 == runs.size());  // one legend serves all maps
        gridLayout->addWidget(view, static_cast<int>(k) / columns, static_cast<int>(k) % columns);
        views_.push_back(view);
    }
    linkCameras();

    table_ = new QTableWidget(static_cast<int>(runs.size()), ColumnCount, this);
    table_->setObjectName(QStringLiteral("comparisonMetrics"));
    table_->setHorizontalHeaderLabels({tr("Run"), tr("KL"), tr("Trustworthiness (k=10)"), tr("Continuity (k=10)"),
                                       tr("10-NN accuracy"), tr("Shared 10-NN with first")});
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const auto& run = *runs[k];
        const int row = static_cast<int>(k);
        table_->setItem(row, Run, new QTableWidgetItem(QString::fromStdString(run.name)));
        table_->setItem(row, Kl, valueItem(run.klDivergence));
        table_->setItem(row, Trust, valueItem(run.trustworthiness));
        table_->setItem(row, Continuity, valueItem(run.continuity));
        table_->setItem(row, Accuracy, valueItem(run.knnAccuracy));
        table_->setItem(row, Agreement, valueItem(k == 0 ? std::optional<double>(1.0) : std::nullopt));
    }
    table_->resizeColumnsToContents();
    table_->setMaximumHeight(table_->verticalHeader()->length() + table_->horizontalHeader()->height() + 8);

    movement_ = new QCheckBox(tr("Colour by &movement from the first run"), this);
    movement_->setObjectName(QStringLiteral("colourByMovement"));
    movement_->setToolTip(tr("Colours each point by how far it moved from its place in the first map "
                             "(after alignment); the first map keeps its class colours."));
    connect(movement_, &QCheckBox::toggled, this, &ComparisonWindow::setColourByMovement);
    // Box and lasso in any map select in all of them (linkCameras); the count shows beside.
    selectionTools_ = new SelectionTools(views_, this);
    auto* tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("comparisonTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    selectionTools_->addToToolbar(tools);
    tools->addAction(selectionTools_->showOnlyAction());
    selectionCount_ = new QLabel(this);
    selectionCount_->setObjectName(QStringLiteral("comparisonSelectionCount"));
    tools->addWidget(selectionCount_);
    connect(selectionTools_, &SelectionTools::message, selectionCount_, [this](const QString& text) {
        selectionCount_->setText(text);
    });
    // Morph: every other map slides from the first map's layout (0 %) to its own (100 %).
    morph_ = new QSlider(Qt::Horizontal, this);
    morph_->setObjectName(QStringLiteral("morphSlider"));
    morph_->setRange(0, 100);
    morph_->setValue(100);
    morph_->setToolTip(tr("Slide to morph the first map into each of the others (all aligned to the first)"));
    connect(morph_, &QSlider::valueChanged, this, [this](int percent) { setMorph(percent / 100.0); });
    // Play: the transition animated from the first map to the others over about two seconds.
    morphPlay_ = new QPushButton(tr("&Morph"), this);
    morphPlay_->setObjectName(QStringLiteral("morphPlay"));
    morphPlay_->setToolTip(tr("Animate the first map turning into each of the others"));
    morphTimer_ = new QTimer(this);
    morphTimer_->setInterval(40);
    connect(morphTimer_, &QTimer::timeout, this, [this] {
        const int next = std::min(100, morph_->value() + 2);
        morph_->setValue(next);
        if (next >= 100)
            morphTimer_->stop();
    });
    connect(morphPlay_, &QPushButton::clicked, this, [this] {
        morph_->setValue(0);
        morphTimer_->start();
    });
    auto* morphRow = new QHBoxLayout();
    morphRow->addWidget(morphPlay_);
    morphRow->addWidget(new QLabel(tr("from the first map:"), this));
    morphRow->addWidget(morph_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(grid, 1);
    layout->addLayout(morphRow);
    layout->addWidget(movement_);
    layout->addWidget(table_);
    resize(420 * columns + 40, runs.size() == 4 ? 900 : 560);

    // The neighbourhood agreement (k-d trees, about a second at 70,000 points): off the UI thread.
    std::vector<Matrix> maps;
    for (const auto* run : runs)
        maps.push_back(run->coordinates);
    connect(&agreements_, &QFutureWatcher<std::vector<double>>::finished, this, [this] {
        if (agreements_.future().resultCount() == 0)
            return;
        const auto values = agreements_.future().result();
        for (std::size_t k = 1; k < values.size() + 1 && k < static_cast<std::size_t>(table_->rowCount()); ++k)
            table_->setItem(static_cast<int>(k), Agreement, valueItem(values[k - 1]));
        table_->resizeColumnsToContents();
        agreementsDone_ = true;
        emit metricsCompleted();
    });
    agreements_.setFuture(QtConcurrent::run([maps](QPromise<std::vector<double>>& promise) {
        std::vector<double> values;
        for (std::size_t k = 1; k < maps.size(); ++k) {
            if (promise.isCanceled())
                return;
            values.push_back(tsne::neighbourhoodAgreement(maps.front(), maps[k], 10));
        }
        promise.addResult(values);
    }));
}

void ComparisonWindow::setColourByMovement(bool on)
{
    if (movement_->isChecked() != on) {
        movement_->setChecked(on);  // comes back here through toggled
        return;
    }
    // The first map keeps its class colours, so its legend is needed beside the movement scale.
    views_.front()->setLegendVisible(on);
    for (std::size_t k = 1; k < views_.size(); ++k) {
        if (on && aligned_[k].cols() == aligned_[0].cols())
            // Quantile bins: a few far-travelled points must not put all others in one colour.
            views_[k]->setValueColouring(tsne::displacement(aligned_[0], aligned_[k]),
                                         {true, tr("map units moved")});
        else
            views_[k]->setClassColouring();
    }
}

void ComparisonWindow::setMorph(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    if (morph_->value() != int(std::lround(t * 100.0))) {
        const QSignalBlocker quiet(morph_);
        morph_->setValue(int(std::lround(t * 100.0)));
    }
    for (std::size_t k = 1; k < views_.size(); ++k)
        if (aligned_[k].cols() == aligned_[0].cols() && aligned_[k].rows() == aligned_[0].rows())
            views_[k]->updateCoordinates(Matrix(float(1.0 - t) * aligned_[0] + float(t) * aligned_[k]));
}

void ComparisonWindow::playMorph() { morphPlay_->click(); }
bool ComparisonWindow::morphing() const { return morphTimer_->isActive(); }
double ComparisonWindow::morph() const { return morph_->value() / 100.0; }

ComparisonWindow::~ComparisonWindow()
{
    agreements_.cancel();
    agreements_.waitForFinished();
}

void ComparisonWindow::linkCameras()
{
    // Selection is linked the same way: pick a point in one map, it lights up in all.
    for (ScatterView* source : views_)
        connect(source, &ScatterView::itemSelected, this, [this, source](int item) {
            if (syncing_)
                return;
            syncing_ = true;
            for (ScatterView* other : views_)
                if (other != source)
                    other->selectItem(item);
            syncing_ = false;
        });
    for (ScatterView* source : views_)
        connect(source, &ScatterView::selectionChanged, this, [this, source] {
            if (syncing_)
                return;
            syncing_ = true;
            for (ScatterView* other : views_)
                if (other != source)
                    other->setSelection(source->selection());
            syncing_ = false;
        });
    // The followers' own change signals must not echo back.
    const auto follow = [this](ScatterView* source, const auto& apply) {
        if (syncing_)
            return;
        syncing_ = true;
        for (ScatterView* other : views_)
            if (other != source)
                apply(other);
        syncing_ = false;
    };
    for (ScatterView* source : views_) {
        connect(source, &ScatterView::cameraChanged, this, [follow, source](float x, float y, float zoom) {
            follow(source, [&](ScatterView* other) { other->setCamera(x, y, zoom); });
        });
        // Zooming with the wheel aims at the mouse: the others aim at the same place.
        connect(source, &ScatterView::cameraTargetChanged, this, [follow, source](const QVector3D& target) {
            follow(source, [&](ScatterView* other) { other->setCameraTarget(target); });
        });
    }
}

}  // namespace tse::gui
