// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the picked point is: its image, label, file and metadata, and its 10 nearest
// neighbours in feature space (the run's PCA space, or raw pixels for runs loaded from a
// project) as thumbnails; clicking one moves to it.

#include <QDockWidget>

#include <cstdint>
#include <vector>

#include "datasetlibrary.h"
#include "tse/common/matrix.h"

class QLabel;
class QListWidget;

namespace tse::gui {

class PreviewDock : public QDockWidget {
    Q_OBJECT
public:
    explicit PreviewDock(QWidget* parent = nullptr);

    // Shows item `item` of the dataset (−1 or no dataset: nothing). Neighbours are found in
    // `features` (N × D, e.g. the run's PCA space) when given, else in raw pixels. With the
    // placed flags of a placed run, a placed item's neighbours are the map's own items.
    void showItem(const DatasetPtr& dataset, int item, std::shared_ptr<const Matrix> features = nullptr,
                  std::vector<std::uint8_t> placed = {});
    int shownItem() const { return item_; }
    const std::vector<int>& neighbours() const { return neighbours_; }
    QString details() const;

signals:
    void neighbourChosen(int item);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Thumbnails sized so the ten neighbours fit the list (5 × 2) without scrolling.
    void fitNeighbours();
    void retranslate();

    QLabel* image_ = nullptr;
    QLabel* text_ = nullptr;
    QLabel* neighboursTitle_ = nullptr;
    QListWidget* neighbourList_ = nullptr;
    std::vector<int> neighbours_;
    int item_ = -1;
    bool placedItem_ = false;
};

// The k nearest other items to `item` by Euclidean distance between raw pixels, leaving out
// items j with excluded[j] != 0 (when given, one flag per item).
std::vector<int> nearestInPixels(const imageio::Dataset& dataset, int item, int k,
                                 const std::vector<std::uint8_t>& excluded = {});
// The same between rows of a feature matrix.
std::vector<int> nearestInFeatures(const Matrix& features, int item, int k,
                                   const std::vector<std::uint8_t>& excluded = {});

}  // namespace tse::gui
