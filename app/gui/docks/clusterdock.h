// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The shown run's density clusters (Run ▸ Find clusters): one entry per cluster with its name
// ("Sneaker 94 %": the majority class and its share), size and four representative thumbnails
// (the medoid and the points nearest it). Clicking a cluster selects its points on the map.

#include <QDockWidget>
#include <QImage>

#include <functional>
#include <vector>

#include "pipeline/runclusters.h"
#include "tse/imageio/dataset.h"
#include "tse/run/runrecord.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace tse::gui {

class ClusterDock : public QDockWidget {
    Q_OBJECT
public:
    // An item's image (null when the dataset is not at hand: the entry then has no thumbnails).
    using Thumbnail = std::function<QImage(int item)>;

    explicit ClusterDock(QWidget* parent = nullptr);

    // The run's clusters (none, or no run: a hint how to find them), named by the majority
    // class, or by the majority value of a metadata column of the dataset (when it is given
    // and has columns: the dock's "Name by" choice).
    void showRun(const run::RunRecord* run, const Thumbnail& thumbnail,
                 const imageio::Dataset* dataset = nullptr);
    // Name clusters by a metadata column ("" = by class); unknown columns name by class.
    void setNamingColumn(const QString& column);
    QString namingColumn() const { return column_; }
    // Per item, its cluster's legend name as named now ("" for items in none).
    std::vector<std::string> legendNames() const;
    int clusterCount() const { return static_cast<int>(clusters_.size()); }
    const app::NamedCluster& cluster(int index) const { return clusters_.at(std::size_t(index)); }
    // The points of a cluster, sorted.
    std::vector<int> itemsOf(int cluster) const;
    // Picks a cluster as a click on its entry does.
    void chooseCluster(int cluster);

signals:
    void clusterChosen(const std::vector<int>& items, const QString& name);
    // The clusters were named anew (another column chosen).
    void namingChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();

    QListWidget* list_ = nullptr;
    QLabel* hint_ = nullptr;
    QComboBox* nameBy_ = nullptr;
    QString column_;
    run::RunRecord run_;  // the clusters, coordinates and classes of the run shown (no features)
    Thumbnail thumbnail_;
    std::vector<std::string> columns_;
    std::vector<std::vector<std::string>> metadata_;
    std::vector<int> labels_;
    std::vector<app::NamedCluster> clusters_;
};

}  // namespace tse::gui
