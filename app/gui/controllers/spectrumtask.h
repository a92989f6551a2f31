// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The PCA spectrum (explained variance of the first 100 components) of a dataset's raw
// pixels, computed in the background for the parameter editor's chart. A new start cancels
// the one before.

#include <QFutureWatcher>
#include <QObject>

#include <vector>

#include "datasetlibrary.h"

namespace tse::gui {

class SpectrumTask : public QObject {
    Q_OBJECT
public:
    explicit SpectrumTask(QObject* parent = nullptr);
    ~SpectrumTask() override;

    void start(const DatasetPtr& dataset);

signals:
    // The explained-variance ratios of the dataset last started.
    void ready(const std::vector<double>& ratios);

private:
    QFutureWatcher<std::vector<double>> watcher_;
};

}  // namespace tse::gui
