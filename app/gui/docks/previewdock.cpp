// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "previewdock.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "itemimage.h"

namespace tse::gui {
namespace {

constexpr int kNeighbours = 10;
constexpr int kPreviewSize = 96;
constexpr int kThumbnail = 40;

}  // namespace

std::vector<int> nearestInPixels(const imageio::Dataset& dataset, int item, int k, const std::vector<std::uint8_t>& excluded)
{
    const auto n = static_cast<int>(dataset.size());
    if (item < 0 || item >= n)
        return {};
    const std::size_t bytes = dataset.imageBytes();
    const std::uint8_t* a = dataset.image(static_cast<std::size_t>(item));
    std::vector<std::pair<long long, int>> distances;
    distances.reserve(n);
    const bool filter = excluded.size() == static_cast<std::size_t>(n);
    for (int j = 0; j < n; ++j) {
        if (j == item || (filter && excluded[static_cast<std::size_t>(j)]))
            continue;
        const std::uint8_t* b = dataset.image(static_cast<std::size_t>(j));
        long long d = 0;
        for (std::size_t p = 0; p < bytes; ++p) {
            const int diff = int(a[p]) - int(b[p]);
            d += diff * diff;
        }
        distances.emplace_back(d, j);
    }
    k = std::min<int>(k, static_cast<int>(distances.size()));
    std::partial_sort(distances.begin(), distances.begin() + k, distances.end());
    std::vector<int> out;
    for (int m = 0; m < k; ++m)
        out.push_back(distances[m].second);
    return out;
}

std::vector<int> nearestInFeatures(const Matrix& features, int item, int k, const std::vector<std::uint8_t>& excluded)
{
    const auto n = static_cast<int>(features.rows());
    if (item < 0 || item >= n)
        return {};
    // One matrix–vector product: |a − b|² = |b|² − 2 a·b + const.
    const Eigen::VectorXf dots = features * features.row(item).transpose();
    const Eigen::VectorXf norms = features.rowwise().squaredNorm();
    std::vector<std::pair<float, int>> distances;
    distances.reserve(static_cast<std::size_t>(n));
    const bool filter = excluded.size() == static_cast<std::size_t>(n);
    for (int j = 0; j < n; ++j)
        if (j != item && !(filter && excluded[static_cast<std::size_t>(j)]))
            distances.emplace_back(norms[j] - 2.0f * dots[j], j);
    k = std::min<int>(k, static_cast<int>(distances.size()));
    std::partial_sort(distances.begin(), distances.begin() + k, distances.end());
    std::vector<int> out;
    for (int m = 0; m < k; ++m)
        out.push_back(distances[static_cast<std::size_t>(m)].second);
    return out;
}

PreviewDock::PreviewDock(QWidget* parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("PreviewDock"));
    auto* body = new QWidget(this);
    image_ = new QLabel(body);
    image_->setObjectName(QStringLiteral("previewImage"));
    image_->setFixedSize(kPreviewSize, kPreviewSize);
    image_->setAlignment(Qt::AlignCenter);
    text_ = new QLabel(body);
    text_->setObjectName(QStringLiteral("previewText"));
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    neighboursTitle_ = new QLabel(body);
    neighbourList_ = new QListWidget(body);
    neighbourList_->setObjectName(QStringLiteral("previewNeighbours"));
    neighbourList_->setViewMode(QListView::IconMode);
    neighbourList_->setIconSize(QSize(kThumbnail, kThumbnail));
    neighbourList_->setResizeMode(QListView::Adjust);
    neighbourList_->setMovement(QListView::Static);
    neighbourList_->setSpacing(2);
    neighbourList_->setMinimumHeight(kThumbnail + 12);
    neighbourList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    neighbourList_->setUniformItemSizes(true);
    connect(neighbourList_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit neighbourChosen(item->data(Qt::UserRole).toInt()); });
    auto* top = new QHBoxLayout();
    top->addWidget(image_);
    top->addWidget(text_, 1);
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(top);
    layout->addWidget(neighboursTitle_);
    layout->addWidget(neighbourList_, 1);
    setWidget(body);
    retranslate();
}

void PreviewDock::retranslate()
{
    setWindowTitle(tr("Point"));
    neighboursTitle_->setText(placedItem_ ? tr("Nearest on the map it was placed on (click to go there):")
                                          : tr("Nearest in feature space (click to go there):"));
    if (item_ < 0)
        text_->setText(tr("Click a point in the map."));
}

void PreviewDock::resizeEvent(QResizeEvent* event)
{
    QDockWidget::resizeEvent(event);
    fitNeighbours();
}

void PreviewDock::fitNeighbours()
{
    constexpr int kColumns = 5, kRows = 2, kLargest = 96, kSmallest = 24;
    const QSize area = neighbourList_->viewport()->size();
    // Each cell holds the icon, the view's spacing on both sides and a small frame.
    const int spacing = 2 * neighbourList_->spacing() + 8;
    const int side = std::clamp(std::min(area.width() / kColumns, area.height() / kRows) - spacing, kSmallest, kLargest);
    if (neighbourList_->iconSize().width() != side) {
        neighbourList_->setIconSize(QSize(side, side));
        neighbourList_->setGridSize(QSize(side + spacing, side + spacing));
    }
}

void PreviewDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

QString PreviewDock::details() const { return text_->text(); }

void PreviewDock::showItem(const DatasetPtr& dataset, int item, std::shared_ptr<const Matrix> features,
                           std::vector<std::uint8_t> placed)
{
    neighbourList_->clear();
    neighbours_.clear();
    item_ = dataset && item >= 0 && item < static_cast<int>(dataset->size()) ? item : -1;
    placedItem_ = false;
    if (item_ < 0) {
        image_->clear();
        retranslate();
        return;
    }
    const auto index = static_cast<std::size_t>(item_);
    image_->setPixmap(QPixmap::fromImage(
        figure::itemImage(*dataset, index).scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    QString text = tr("<b>#%1</b> — %2").arg(item_).arg(QString::fromStdString(dataset->className(dataset->labels[index])).toHtmlEscaped());
    if (index < dataset->itemPaths.size())
        text += QStringLiteral("<br>") + QString::fromStdString(dataset->itemPaths[index]).toHtmlEscaped();
    if (index < dataset->metadata.size())
        for (std::size_t c = 0; c < dataset->metadataColumns.size() && c < dataset->metadata[index].size(); ++c)
            text += QStringLiteral("<br>%1: %2")
                        .arg(QString::fromStdString(dataset->metadataColumns[c]).toHtmlEscaped(),
                             QString::fromStdString(dataset->metadata[index][c]).toHtmlEscaped());
    // A placed item is shown with the map's items it joined, not with the others placed with it.
    placedItem_ = index < placed.size() && placed[index] != 0;
    if (!placedItem_)
        placed.clear();
    else
        text += QStringLiteral("<br><i>%1</i>").arg(tr("placed on the map"));
    text_->setText(text);
    neighbours_ = features && features->rows() == static_cast<Eigen::Index>(dataset->size())
                      ? nearestInFeatures(*features, item_, kNeighbours, placed)
                      : nearestInPixels(*dataset, item_, kNeighbours, placed);
    retranslate();
    fitNeighbours();
    const int side = std::max(kThumbnail, neighbourList_->iconSize().width());
    for (int j : neighbours_) {
        auto* entry = new QListWidgetItem(neighbourList_);
        entry->setIcon(QIcon(QPixmap::fromImage(figure::itemImage(*dataset, static_cast<std::size_t>(j))
                                                    .scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        entry->setToolTip(QStringLiteral("#%1 %2").arg(j).arg(
            QString::fromStdString(dataset->className(dataset->labels[static_cast<std::size_t>(j)]))));
        entry->setData(Qt::UserRole, j);
    }
}

}  // namespace tse::gui
