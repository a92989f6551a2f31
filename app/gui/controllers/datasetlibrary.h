// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The datasets the workbench has open, loaded in the background.

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

#include "tse/imageio/dataset.h"
#include "tse/run/runrecord.h"

namespace tse::gui {

using DatasetPtr = std::shared_ptr<const imageio::Dataset>;

class DatasetLibrary : public QObject {
    Q_OBJECT
public:
    explicit DatasetLibrary(QObject* parent = nullptr);
    ~DatasetLibrary() override;

    // Null until loaded.
    DatasetPtr dataset(const QString& spec) const;
    // The dataset a run came from, when it is loaded and still holds the run's items (null otherwise).
    // A placed run's: its map's and the placed images joined, once both are loaded.
    DatasetPtr datasetOf(const run::RunRecord& record) const;
    bool isLoading() const;
    QString loadingSpec() const { return loadingSpec_; }

    // The images of a placed run (its map's and the placed ones), for datasetOf.
    void addJoinedImages(const run::RunRecord& placedRun, DatasetPtr images);

    // Starts loading (no-op when already loaded: emits loaded at once).
    void load(const QString& spec);
    void cancel();

signals:
    void loadingStarted(const QString& spec);
    void progressChanged(int permille, const QString& stage);
    void loaded(const QString& spec);
    void failed(const QString& spec, const QString& message);

private:
    struct Outcome {
        DatasetPtr dataset;
        QString error;
    };
    void onFinished();

    QHash<QString, DatasetPtr> datasets_;
    mutable QHash<QString, DatasetPtr> joined_;  // by joinedKey of the placed run
    QFutureWatcher<Outcome> watcher_;
    QString loadingSpec_;
};

}  // namespace tse::gui
