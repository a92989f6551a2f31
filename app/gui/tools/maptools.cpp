// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "maptools.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

#include "contours.h"
#include "figure.h"
#include "hovercard.h"
#include "imageexportdialog.h"
#include "imagemap.h"
#include "itemimage.h"
#include "preferences.h"
#include "runexport.h"
#include "mapexports.h"
#include "mapsearch.h"
#include "replaydialog.h"
#include "pipeline/runclusters.h"
#include "scatterview.h"
#include "selectiontools.h"

namespace tse::gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

bool isNumber(const std::string& s, double* value)
{
    bool ok = false;
    *value = QString::fromStdString(s).trimmed().toDouble(&ok);
    return ok && std::isfinite(*value);
}


}  // namespace

MapTools::MapTools(ScatterView* view, QWidget* window, RunSource run, DatasetSource dataset)
    : QObject(window), view_(view), window_(window), run_(std::move(run)), dataset_(std::move(dataset))
{
    exports_ = new MapExports(view_, window_, run_, dataset_);
    search_ = new MapSearch(view_, window_, run_, dataset_);
    connect(exports_, &MapExports::message, this, &MapTools::message);
    connect(search_, &MapSearch::message, this, &MapTools::message);
    selectionTools_ = new SelectionTools({view_}, this);
    connect(selectionTools_, &SelectionTools::message, this, &MapTools::message);
    selectionCount_ = new QLabel();
    selectionCount_->setObjectName(QStringLiteral("selectionCount"));
    clearSelection_ = new QAction(this);
    clearSelection_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(clearSelection_, &QAction::triggered, this, &MapTools::clearSelection);
    showGrid_ = new QAction(this);
    showGrid_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(showGrid_, &QAction::triggered, this, &MapTools::showSelectionGrid);
    connect(view_, &ScatterView::selectionChanged, this, [this](int count) {
        selectionCount_->setText(count > 0 ? tr("%Ln selected", nullptr, count) : QString());
        showGrid_->setEnabled(count > 0);
        clearSelection_->setEnabled(count > 0);
    });
    showGrid_->setEnabled(false);
    clearSelection_->setEnabled(false);

    colourLabel_ = new QLabel();
    colourBy_ = new QComboBox();
    colourBy_->setObjectName(QStringLiteral("colourBy"));
    colourBy_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(colourBy_, &QComboBox::activated, this, [this] { setColourBy(colourBy_->currentData().toString()); });
    sizeLabel_ = new QLabel();
    pointSize_ = new QDoubleSpinBox();
    pointSize_->setObjectName(QStringLiteral("pointSize"));
    pointSize_->setRange(0.2, 5.0);
    pointSize_->setSingleStep(0.2);
    pointSize_->setDecimals(1);
    pointSize_->setValue(1.0);
    pointSize_->setSuffix(QStringLiteral("×"));
    connect(pointSize_, &QDoubleSpinBox::valueChanged, view_, [this](double v) { view_->setPointScale(float(v)); });

    hoverCard_ = new HoverCard(window_);
    showHoverCard_ = new QAction(this);
    showHoverCard_->setObjectName(QStringLiteral("hoverCardAction"));
    showHoverCard_->setCheckable(true);
    showHoverCard_->setChecked(preferences::hoverCard());
    // Hovering shows the card only; with the card off, the view does not pick on hover at all.
    view_->setHoverPreview(showHoverCard_->isChecked());
    connect(showHoverCard_, &QAction::toggled, this, [this](bool on) {
        preferences::setHoverCard(on);
        view_->setHoverPreview(on);
        if (!on)
            hoverCard_->hide();
    });
    connect(view_, &ScatterView::pointHovered, this, &MapTools::showHoverCard);
    brightPalette_ = new QAction(this);
    brightPalette_->setCheckable(true);
    connect(brightPalette_, &QAction::toggled, this, [this](bool bright) {
        view_->setPalette(bright ? figure::Palette::Bright : figure::Palette::Muted);
        setColourBy(colourBy_->currentData().toString());
    });
    contours_ = new QAction(this);
    contours_->setObjectName(QStringLiteral("contoursAction"));
    contours_->setCheckable(true);
    contours_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(contours_, &QAction::toggled, this, &MapTools::showContours);
    replay_ = new QAction(this);
    replay_->setObjectName(QStringLiteral("replayAction"));
    replay_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(replay_, &QAction::triggered, this, &MapTools::showReplay);
    for (int v = 0; v < 4; ++v) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + v)));
        connect(action, &QAction::triggered, view_, [this, v] { view_->setCameraView(ScatterView::CameraView(v)); });
        cameraActions_.push_back(action);
    }
    retranslate();
}

void MapTools::retranslate()
{
    exports_->retranslate();
    search_->retranslate();
    selectionTools_->retranslate();
    clearSelection_->setText(tr("C&lear selection"));
    showGrid_->setText(tr("Show selection as image &grid…"));
    colourLabel_->setText(tr(" Colour: "));
    sizeLabel_->setText(tr(" Size: "));
    pointSize_->setToolTip(tr("Point size relative to the default"));
    showHoverCard_->setText(tr("Image &under the mouse"));
    replay_->setText(tr("&Replay how the map formed…"));
    contours_->setText(tr("Density &contours (2D maps)"));
    brightPalette_->setText(tr("&Bright colours"));
    if (cameraMenu_)
        cameraMenu_->setTitle(tr("Camera &view"));
    const QString views[] = {tr("&Front"), tr("&Side"), tr("&Top"), tr("&Isometric")};
    for (int v = 0; v < 4; ++v)
        cameraActions_[std::size_t(v)]->setText(views[v]);
    refillColourChoices();
}

void MapTools::addExportActions(QMenu* menu) { exports_->addActions(menu); }

void MapTools::addEditActions(QMenu* menu)
{
    menu->addSeparator();
    search_->addEditActions(menu);
    menu->addSeparator();
    selectionTools_->addActions(menu);
    menu->addAction(clearSelection_);
    menu->addAction(showGrid_);
}

void MapTools::showHoverCard(int item, const QPoint& globalPosition)
{
    const auto* run = run_();
    const DatasetPtr ds = run && item >= 0 && showHoverCard_->isChecked() ? dataset_(*run) : nullptr;
    if (!ds || std::size_t(item) >= ds->size()) {
        hoverCard_->hide();
        return;
    }
    const int label = ds->labels[std::size_t(item)];
    QString caption = QStringLiteral("#%1 — %2").arg(item).arg(text(ds->className(label)));
    if (!ds->itemPaths.empty())
        caption += QLatin1Char('\n') + QFileInfo(text(ds->itemPaths[std::size_t(item)])).fileName();
    hoverCard_->showItem(figure::itemImage(*ds, std::size_t(item)), caption, globalPosition);
}

void MapTools::addViewActions(QMenu* menu)
{
    cameraMenu_ = menu->addMenu(QString());
    for (QAction* a : cameraActions_)
        cameraMenu_->addAction(a);
    menu->addAction(showHoverCard_);
    menu->addAction(brightPalette_);
    menu->addAction(contours_);
    menu->addAction(replay_);
    retranslate();
}

void MapTools::addToToolbar(QToolBar* toolbar)
{
    exports_->addToToolbar(toolbar);
    toolbar->addSeparator();
    search_->addToToolbar(toolbar);
    toolbar->addSeparator();
    selectionTools_->addToToolbar(toolbar);
    toolbar->addSeparator();
    toolbar->addWidget(colourLabel_);
    toolbar->addWidget(colourBy_);
    toolbar->addWidget(sizeLabel_);
    toolbar->addWidget(pointSize_);
    toolbar->addWidget(selectionCount_);
}

void MapTools::showContours(bool on)
{
    const auto* run = run_();
    if (!on || !run || run->coordinates.cols() != 2) {
        view_->setContours({});
        if (on && run)
            emit message(tr("Density contours are drawn on 2D maps."), 5000);
        return;
    }
    // Levels holding a quarter, half and three quarters of the points, all in one list.
    std::vector<std::pair<QPointF, QPointF>> segments;
    for (auto& level : figure::densityContours(run->coordinates))
        segments.insert(segments.end(), level.begin(), level.end());
    view_->setContours(std::move(segments));
}

ReplayDialog* MapTools::showReplay()
{
    const auto* run = run_();
    if (!run) {
        emit message(tr("Show a run first."), 6000);
        return nullptr;
    }
    const run::MapReplay* frames = &run->replay;
    if (replaySource_) {
        auto found = replaySource_();
        if (!found) {
            emit message(tr("Cannot replay this run: %1").arg(QString::fromStdString(found.error().message)), 8000);
            return nullptr;
        }
        frames = found.value();
    }
    if (!frames || frames->empty() || frames->items() != run->coordinates.rows()) {
        emit message(tr("This run has no saved frames to replay (runs made by this version keep them)."), 6000);
        return nullptr;
    }
    auto* dialog = new ReplayDialog(view_, *run, *frames, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    // Along the window's bottom edge, off the map it replays.
    dialog->move(window_->mapToGlobal(
        QPoint((window_->width() - dialog->width()) / 2, std::max(0, window_->height() - dialog->height() - 60))));
    return dialog;
}

void MapTools::runShown()
{
    showContours(contours_->isChecked());
    refillColourChoices();
    const QString column = colourBy_->currentData().toString();
    if (!column.isEmpty())
        setColourBy(column);
    search_->runShown();
}

QStringList MapTools::colourColumns() const
{
    QStringList columns;
    if (const auto* run = run_())
        if (const DatasetPtr ds = dataset_(*run))
            for (const auto& c : ds->metadataColumns)
                columns << text(c);
    return columns;
}

// Not metadata column names a labels CSV can hold (they start with a control character).
QString MapTools::placementColouring() { return QStringLiteral("\x1fplaced"); }
QString MapTools::clusterColouring() { return QStringLiteral("\x1fclusters"); }

void MapTools::refillColourChoices()
{
    const QString current = colourBy_->currentData().toString();
    colourBy_->clear();
    colourBy_->addItem(tr("Class"), QString());
    if (const auto* run = run_(); run && run->placedCount() > 0)
        colourBy_->addItem(tr("Placed or on the map"), placementColouring());
    if (const auto* run = run_(); run && !run->clusters.empty())
        colourBy_->addItem(tr("Cluster"), clusterColouring());
    for (const QString& column : colourColumns())
        colourBy_->addItem(column, column);
    const int keep = colourBy_->findData(current);
    colourBy_->setCurrentIndex(keep >= 0 ? keep : 0);
    colourBy_->setEnabled(colourBy_->count() > 1);
}

void MapTools::setColourBy(const QString& column)
{
    const auto* run = run_();
    if (column == placementColouring() && run && run->placedCount() > 0 &&
        run->placed.size() == static_cast<std::size_t>(run->coordinates.rows())) {
        // Two legend entries: unticking one shows only the placed items, or only the map's own.
        const std::string onMap = tr("On the map").toStdString(), placed = tr("Placed").toStdString();
        std::vector<std::string> categories(run->placed.size());
        for (std::size_t i = 0; i < categories.size(); ++i)
            categories[i] = run->placed[i] ? placed : onMap;
        view_->setCategoryColouring(categories);
        if (const int index = colourBy_->findData(column); index >= 0)
            colourBy_->setCurrentIndex(index);
        return;
    }
    if (column == clusterColouring() && run &&
        run->clusters.labels.size() == static_cast<std::size_t>(run->coordinates.rows())) {
        std::vector<std::string> names = clusterNames_ ? clusterNames_() : std::vector<std::string>{};
        if (names.size() != run->clusters.labels.size())
            names = app::clusterLegendNames(*run, app::nameClusters(*run, 1));
        view_->setCategoryColouring(names, tr("(in no cluster)"));
        if (const int index = colourBy_->findData(column); index >= 0)
            colourBy_->setCurrentIndex(index);
        return;
    }
    const DatasetPtr ds = run ? dataset_(*run) : nullptr;
    const auto& columns = ds ? ds->metadataColumns : std::vector<std::string>{};
    const auto at = std::find(columns.begin(), columns.end(), column.toStdString());
    if (column.isEmpty() || at == columns.end() || ds->metadata.size() != ds->size()) {
        view_->setClassColouring();
        colourBy_->setCurrentIndex(0);
        return;
    }
    const std::size_t c = std::size_t(at - columns.begin());
    // A column whose filled cells are all numbers gets a colour scale; any other is categorical.
    bool numeric = true, anyValue = false;
    Eigen::VectorXf values(Eigen::Index(ds->size()));
    std::vector<std::string> categories(ds->size());
    for (std::size_t i = 0; i < ds->size(); ++i) {
        categories[i] = c < ds->metadata[i].size() ? ds->metadata[i][c] : std::string();
        double v = 0;
        if (categories[i].empty()) {
            values[Eigen::Index(i)] = std::nanf("");
        } else if (isNumber(categories[i], &v)) {
            values[Eigen::Index(i)] = float(v);
            anyValue = true;
        } else {
            numeric = false;
        }
    }
    if (numeric && anyValue)
        view_->setValueColouring(values);
    else
        view_->setCategoryColouring(categories);
    const int index = colourBy_->findData(column);
    if (index >= 0)
        colourBy_->setCurrentIndex(index);
}

void MapTools::clearSelection() { view_->setSelection({}); }

QImage MapTools::selectionGrid(int cell) const
{
    const auto* run = run_();
    const DatasetPtr ds = run ? dataset_(*run) : nullptr;
    const auto& items = view_->selection();
    if (!ds || items.empty())
        return {};
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(items.size())))));
    const int rows = int((items.size() + std::size_t(columns) - 1) / std::size_t(columns));
    const int caption = std::max(12, cell / 6);
    QImage grid(columns * cell, rows * (cell + caption), QImage::Format_RGB32);
    grid.fill(Qt::white);
    QPainter painter(&grid);
    QFont font = painter.font();
    font.setPixelSize(caption - 3);
    painter.setFont(font);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const int x = int(k % std::size_t(columns)) * cell, y = int(k / std::size_t(columns)) * (cell + caption);
        const QImage image = figure::itemImage(*ds, std::size_t(items[k]))
                                 .scaled(cell - 4, cell - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage(x + (cell - image.width()) / 2, y + 2 + (cell - 4 - image.height()) / 2, image);
        const int label = std::size_t(items[k]) < run->labels.size() ? run->labels[std::size_t(items[k])] : -1;
        const QString name = label >= 0 && label < int(run->classNames.size()) ? text(run->classNames[std::size_t(label)])
                                                                                : QStringLiteral("#%1").arg(items[k]);
        painter.drawText(QRect(x, y + cell, cell, caption), Qt::AlignCenter,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight, cell - 4));
    }
    return grid;
}

void MapTools::showSelectionGrid()
{
    const QImage grid = selectionGrid();
    if (grid.isNull()) {
        emit message(tr("Select points first (box or lasso: B, L; Shift+click; or the legend's menu)."), 5000);
        return;
    }
    auto* dialog = new QDialog(window_);
    dialog->setObjectName(QStringLiteral("selectionGrid"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Selection — %Ln image(s)", nullptr, int(view_->selection().size())));
    auto* picture = new QLabel(dialog);
    picture->setPixmap(QPixmap::fromImage(grid));
    auto* scroll = new QScrollArea(dialog);
    scroll->setWidget(picture);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* save = buttons->addButton(tr("&Save as PNG…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    connect(save, &QPushButton::clicked, dialog, [this, dialog, grid] {
        const QString path = QFileDialog::getSaveFileName(dialog, tr("Save image grid"),
                                                          preferences::lastExportFolder() + QStringLiteral("/selection.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !grid.save(path, "PNG"))
            QMessageBox::warning(dialog, tr("Export failed"), tr("Could not write %1.").arg(path));
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    dialog->resize(std::min(grid.width() + 40, 1000), std::min(grid.height() + 80, 800));
    dialog->show();
}

}  // namespace tse::gui
