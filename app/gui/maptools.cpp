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

#include "figure.h"
#include "hovercard.h"
#include "imageexportdialog.h"
#include "imagemap.h"
#include "itemimage.h"
#include "preferences.h"
#include "runexport.h"
#include "scatterview.h"

namespace tse::gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

bool isNumber(const std::string& s, double* value)
{
    bool ok = false;
    *value = QString::fromStdString(s).trimmed().toDouble(&ok);
    return ok && std::isfinite(*value);
}

Status failure(const QString& message) { return makeError(ErrorCode::InvalidArgument, message.toStdString()); }

}  // namespace

MapTools::MapTools(ScatterView* view, QWidget* window, RunSource run, DatasetSource dataset)
    : QObject(window), view_(view), window_(window), run_(std::move(run)), dataset_(std::move(dataset))
{
    exportPng_ = new QAction(this);
    exportPng_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportPng_, &QAction::triggered, this, &MapTools::askImageExport);
    exportImageMap_ = new QAction(this);
    exportImageMap_->setObjectName(QStringLiteral("exportImageMapAction"));
    exportImageMap_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(exportImageMap_, &QAction::triggered, this, &MapTools::askImageMapExport);
    exportVector_ = new QAction(this);
    exportVector_->setObjectName(QStringLiteral("exportVectorAction"));
    exportVector_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(exportVector_, &QAction::triggered, this, &MapTools::askVectorExport);
    exportCsv_ = new QAction(this);
    exportCsv_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportCsv_, &QAction::triggered, this, [this] { askCoordinateExport(false); });
    exportNpy_ = new QAction(this);
    connect(exportNpy_, &QAction::triggered, this, [this] { askCoordinateExport(true); });

    search_ = new QLineEdit();
    search_->setObjectName(QStringLiteral("searchField"));
    search_->setClearButtonEnabled(true);
    search_->setMaximumWidth(240);
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& t) { applySearch(t); });
    searchCount_ = new QLabel();
    searchCount_->setObjectName(QStringLiteral("searchCount"));
    selectionCount_ = new QLabel();
    selectionCount_->setObjectName(QStringLiteral("selectionCount"));
    find_ = new QAction(this);
    find_->setShortcut(QKeySequence::Find);
    connect(find_, &QAction::triggered, this, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    window_->addAction(find_);

    selectMatches_ = new QAction(this);
    selectMatches_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(selectMatches_, &QAction::triggered, this, &MapTools::selectAllMatches);
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

    hover_ = new QAction(this);
    hover_->setObjectName(QStringLiteral("hoverPreviewAction"));
    hover_->setCheckable(true);
    hover_->setChecked(true);
    connect(hover_, &QAction::toggled, view_, &ScatterView::setHoverPreview);
    hoverCard_ = new HoverCard(window_);
    showHoverCard_ = new QAction(this);
    showHoverCard_->setObjectName(QStringLiteral("hoverCardAction"));
    showHoverCard_->setCheckable(true);
    showHoverCard_->setChecked(preferences::hoverCard());
    connect(showHoverCard_, &QAction::toggled, this, [this](bool on) {
        preferences::setHoverCard(on);
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
    exportPng_->setText(tr("Export &image (PNG)…"));
    exportImageMap_->setText(tr("Export image &map (PNG with the images)…"));
    exportImageMap_->setToolTip(tr("The map with a thumbnail of each image where they fit"));
    exportVector_->setText(tr("Export &vector figure (SVG, PDF)…"));
    exportVector_->setToolTip(tr("2D maps only"));
    exportCsv_->setText(tr("Export &coordinates (CSV)…"));
    exportNpy_->setText(tr("Export coordinates (&NPY)…"));
    search_->setPlaceholderText(tr("Search label, file or metadata (Ctrl+F)"));
    selectMatches_->setText(tr("Select all &matches"));
    clearSelection_->setText(tr("C&lear selection"));
    showGrid_->setText(tr("Show selection as image &grid…"));
    colourLabel_->setText(tr(" Colour: "));
    sizeLabel_->setText(tr(" Size: "));
    pointSize_->setToolTip(tr("Point size relative to the default"));
    hover_->setText(tr("Preview on &hover"));
    showHoverCard_->setText(tr("Image &under the mouse"));
    brightPalette_->setText(tr("&Bright colours"));
    if (cameraMenu_)
        cameraMenu_->setTitle(tr("Camera &view"));
    const QString views[] = {tr("&Front"), tr("&Side"), tr("&Top"), tr("&Isometric")};
    for (int v = 0; v < 4; ++v)
        cameraActions_[std::size_t(v)]->setText(views[v]);
    refillColourChoices();
}

void MapTools::addExportActions(QMenu* menu)
{
    menu->addAction(exportPng_);
    menu->addAction(exportImageMap_);
    menu->addAction(exportVector_);
    menu->addAction(exportCsv_);
    menu->addAction(exportNpy_);
}

void MapTools::addEditActions(QMenu* menu)
{
    menu->addSeparator();
    menu->addAction(find_);
    menu->addAction(selectMatches_);
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
    menu->addAction(hover_);
    menu->addAction(showHoverCard_);
    menu->addAction(brightPalette_);
    retranslate();
}

void MapTools::addToToolbar(QToolBar* toolbar)
{
    toolbar->addAction(exportCsv_);
    toolbar->addAction(exportPng_);
    toolbar->addSeparator();
    toolbar->addWidget(search_);
    toolbar->addWidget(searchCount_);
    toolbar->addSeparator();
    toolbar->addWidget(colourLabel_);
    toolbar->addWidget(colourBy_);
    toolbar->addWidget(sizeLabel_);
    toolbar->addWidget(pointSize_);
    toolbar->addWidget(selectionCount_);
}

void MapTools::runShown()
{
    refillColourChoices();
    const QString column = colourBy_->currentData().toString();
    if (!column.isEmpty())
        setColourBy(column);
    if (!search_->text().isEmpty())
        applySearch(search_->text());
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

void MapTools::refillColourChoices()
{
    const QString current = colourBy_->currentData().toString();
    colourBy_->clear();
    colourBy_->addItem(tr("Class"), QString());
    for (const QString& column : colourColumns())
        colourBy_->addItem(column, column);
    const int keep = colourBy_->findData(current);
    colourBy_->setCurrentIndex(keep >= 0 ? keep : 0);
    colourBy_->setEnabled(colourBy_->count() > 1);
}

void MapTools::setColourBy(const QString& column)
{
    const auto* run = run_();
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

std::vector<bool> MapTools::matches(const QString& needleText, int* count) const
{
    *count = 0;
    const auto* record = run_();
    if (!record)
        return {};
    const auto n = static_cast<std::size_t>(record->coordinates.rows());
    const QString needle = needleText.trimmed();
    const DatasetPtr ds = dataset_(*record);
    auto contains = [&](const std::string& s) { return QString::fromStdString(s).contains(needle, Qt::CaseInsensitive); };
    std::vector<bool> match(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const int label = i < record->labels.size() ? record->labels[i] : -1;
        bool hit = label >= 0 && label < static_cast<int>(record->classNames.size()) && contains(record->classNames[label]);
        if (!hit && ds && i < ds->itemPaths.size())
            hit = contains(ds->itemPaths[i]);
        if (!hit && ds && i < ds->metadata.size())
            hit = std::any_of(ds->metadata[i].begin(), ds->metadata[i].end(), contains);
        match[i] = hit;
        *count += hit;
    }
    return match;
}

int MapTools::applySearch(const QString& needle)
{
    if (search_->text() != needle) {
        const QSignalBlocker block(search_);
        search_->setText(needle);
    }
    const auto* record = run_();
    if (!record) {
        searchCount_->clear();
        return 0;
    }
    const auto n = static_cast<int>(record->coordinates.rows());
    if (needle.trimmed().isEmpty()) {
        view_->setHighlight({});
        searchCount_->clear();
        return n;
    }
    int count = 0;
    view_->setHighlight(matches(needle, &count));
    searchCount_->setText(tr("%L1 of %L2 match").arg(count).arg(n));
    return count;
}

int MapTools::selectAllMatches()
{
    int count = 0;
    const auto match = matches(search_->text(), &count);
    std::vector<int> items;
    for (std::size_t i = 0; i < match.size(); ++i)
        if (match[i])
            items.push_back(int(i));
    view_->setSelection(items);
    emit message(tr("Selected %Ln point(s)", nullptr, count), 4000);
    return count;
}

void MapTools::clearSelection() { view_->setSelection({}); }

Status MapTools::exportImage(const QString& path, const QSize& size, const std::optional<QString>& title,
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
figure::FigureData MapTools::asSeenInTheView(const figure::FigureData& data) const
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

Status MapTools::exportImageMap(const QString& path, const QSize& size, const std::optional<QString>& title,
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

void MapTools::askImageMapExport()
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

Status MapTools::exportVector(const QString& path)
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

Status MapTools::exportCoordinates(const QString& path, bool selectionOnly)
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
        emit message(tr("Select points first (Shift+click, or the legend's menu)."), 5000);
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

bool MapTools::askSelectionOnly()
{
    const int selected = int(view_->selection().size());
    if (selected == 0)
        return false;
    return QMessageBox::question(window_, tr("Export"), tr("Export only the %Ln selected point(s)?", nullptr, selected),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

void MapTools::askImageExport()
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

void MapTools::askVectorExport()
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

void MapTools::askCoordinateExport(bool npy)
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
