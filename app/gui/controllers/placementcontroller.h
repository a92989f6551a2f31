// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run ▸ Place new images: places a folder, an IDX file or a feature matrix on a shown run's map
// off the UI thread (app::placeOnRun through Qt Concurrent) and adds the placed run to the
// project. The run's images and the new ones are joined into one dataset for thumbnails when
// their image sizes agree.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

#include "datasetlibrary.h"
#include "pipeline/placerun.h"

namespace tse::gui {

class ProjectController;

class PlacementController : public QObject {
    Q_OBJECT
public:
    PlacementController(ProjectController* projects, DatasetLibrary* library, QObject* parent = nullptr);
    ~PlacementController() override;

    bool isRunning() const;
    // Starts placing what `spec` names on run `runId`; false, with failed() emitted, when it
    // cannot start (no such run, no feature space, already placing).
    bool start(int runId, const QString& spec);
    void cancel();

signals:
    void progressChanged(int permille, const QString& stage);
    // The placed run was added to the project under newRunId; summary says what happened.
    void finished(int newRunId, const QString& summary);
    void failed(const QString& message);

private:
    struct Outcome {
        std::optional<app::PlaceResult> placed;
        DatasetPtr images;  // the run's and the new images together, when they could be joined
        QString error;
        bool cancelled = false;
    };
    void onFinished();

    ProjectController* projects_;
    DatasetLibrary* library_;
    QFutureWatcher<Outcome> watcher_;
};

// The run's images followed by the new ones, labelled as the placed run is (its merged
// classes); null when the image sizes differ.
DatasetPtr joinImages(const imageio::Dataset& runImages, const imageio::Dataset& newImages,
                      const run::RunRecord& placedRun);

}  // namespace tse::gui
