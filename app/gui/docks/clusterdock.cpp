// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "clusterdock.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace tse::gui {
namespace {

constexpr int kThumb = 40;  // pixels per thumbnail; four in a 2 × 2 square

QImage montage(const std::vector<int>& items, const ClusterDock::Thumbnail& thumbnail)
{
    QImage square(2 * kThumb + 2, 2 * kThumb + 2, QImage::Format_RGB32);
    square.fill(Qt::white);
    QPainter painter(&square);
    for (std::size_t k = 0; k < items.size() && k < 4; ++k) {
        const QImage image = thumbnail ? thumbnail(items[k]) : QImage();
        if (image.isNull())
            continue;
        const QImage scaled = image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const int x = int(k % 2) * (kThumb + 2), y = int(k / 2) * (kThumb + 2);
        painter.drawImage(x + (kThumb - scaled.width()) / 2, y + (kThumb - scaled.height()) / 2, scaled);
    }
    return square;
}

}  // namespace

ClusterDock::ClusterDock(QWidget* parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("ClusterDock"));
    auto* body = new QWidget(this);
    hint_ = new QLabel(body);
    hint_->setWordWrap(true);
    list_ = new QListWidget(body);
    list_->setObjectName(QStringLiteral("clusterList"));
    list_->setIconSize(QSize(2 * kThumb + 2, 2 * kThumb + 2));
    list_->setSpacing(2);
    connect(list_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { chooseCluster(item->data(Qt::UserRole).toInt()); });
    nameBy_ = new QComboBox(body);
    nameBy_->setObjectName(QStringLiteral("clusterNaming"));
    connect(nameBy_, &QComboBox::activated, this, [this] { setNamingColumn(nameBy_->currentData().toString()); });
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(hint_);
    layout->addWidget(nameBy_);
    layout->addWidget(list_, 1);
    setWidget(body);
    retranslate();
}

void ClusterDock::showRun(const run::RunRecord* run, const Thumbnail& thumbnail, const imageio::Dataset* dataset)
{
    run_ = run::RunRecord();
    if (run && !run->clusters.empty()) {
        run_.coordinates = run->coordinates;
        run_.labels = run->labels;
        run_.classNames = run->classNames;
        run_.clusters = run->clusters;
    }
    thumbnail_ = thumbnail;
    columns_.clear();
    metadata_.clear();
    if (dataset && dataset->metadata.size() == dataset->size() &&
        dataset->size() == std::size_t(run_.coordinates.rows())) {
        columns_ = dataset->metadataColumns;
        metadata_ = dataset->metadata;
    }
    nameBy_->clear();
    nameBy_->addItem(tr("Name by class"), QString());
    for (const auto& column : columns_)
        nameBy_->addItem(tr("Name by %1").arg(QString::fromStdString(column)), QString::fromStdString(column));
    const int keep = nameBy_->findData(column_);
    nameBy_->setCurrentIndex(keep >= 0 ? keep : 0);
    nameBy_->setVisible(!run_.clusters.empty() && !columns_.empty());
    rebuild();
}

void ClusterDock::setNamingColumn(const QString& column)
{
    column_ = column;
    const int index = nameBy_->findData(column);
    nameBy_->setCurrentIndex(index >= 0 ? index : 0);
    rebuild();
    emit namingChanged();
}

void ClusterDock::rebuild()
{
    list_->clear();
    clusters_.clear();
    labels_ = run_.clusters.labels;
    if (!run_.clusters.empty()) {
        const auto at = std::find(columns_.begin(), columns_.end(), column_.toStdString());
        if (column_.isEmpty() || at == columns_.end()) {
            clusters_ = app::nameClusters(run_);
        } else {
            // The column's values as categories: ids in sorted order of the values.
            const std::size_t c = std::size_t(at - columns_.begin());
            std::vector<std::string> names;
            for (const auto& row : metadata_)
                if (c < row.size() && !row[c].empty())
                    names.push_back(row[c]);
            std::sort(names.begin(), names.end());
            names.erase(std::unique(names.begin(), names.end()), names.end());
            std::vector<int> categories(metadata_.size(), -1);
            for (std::size_t i = 0; i < metadata_.size(); ++i)
                if (c < metadata_[i].size() && !metadata_[i][c].empty())
                    categories[i] = int(std::lower_bound(names.begin(), names.end(), metadata_[i][c]) - names.begin());
            clusters_ = app::nameClusters(run_, categories, names);
        }
    }
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
        const auto& named = clusters_[c];
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(montage(named.summary.representatives, thumbnail_))),
                                         tr("%1\n%Ln point(s)", nullptr, named.summary.size)
                                             .arg(QString::fromStdString(named.name)));
        item->setData(Qt::UserRole, int(c));
        item->setToolTip(tr("Click to select the cluster's points"));
        list_->addItem(item);
    }
    retranslate();
}

std::vector<std::string> ClusterDock::legendNames() const { return app::clusterLegendNames(run_, clusters_); }

std::vector<int> ClusterDock::itemsOf(int cluster) const
{
    std::vector<int> items;
    for (std::size_t i = 0; i < labels_.size(); ++i)
        if (labels_[i] == cluster)
            items.push_back(int(i));
    return items;
}

void ClusterDock::chooseCluster(int cluster)
{
    if (cluster < 0 || cluster >= clusterCount())
        return;
    emit clusterChosen(itemsOf(cluster), QString::fromStdString(clusters_[std::size_t(cluster)].name));
}

void ClusterDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ClusterDock::retranslate()
{
    setWindowTitle(tr("Clusters"));
    hint_->setText(clusters_.empty() ? tr("No clusters yet: Run ▸ Find clusters… (Ctrl+Shift+K) finds the groups of "
                                          "the shown map and names them by their majority class.")
                                     : tr("%Ln cluster(s), largest first. Click one to select it.", nullptr,
                                          clusterCount()));
}

}  // namespace tse::gui
