// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "placementcontroller.h"

#include <QtConcurrent/QtConcurrent>

#include "projectcontroller.h"
#include "promiseprogress.h"

namespace tse::gui {

DatasetPtr joinImages(const imageio::Dataset& a, const imageio::Dataset& b, const run::RunRecord& placed)
{
    auto joined = app::joinPlacedImages(a, b, placed);
    return joined ? std::make_shared<const imageio::Dataset>(std::move(joined.value())) : nullptr;
}

PlacementController::PlacementController(ProjectController* projects, DatasetLibrary* library, QObject* parent)
    : QObject(parent), projects_(projects), library_(library)
{
    connect(&watcher_, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, watcher_.progressText()); });
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &PlacementController::onFinished);
}

PlacementController::~PlacementController()
{
    watcher_.cancel();
    watcher_.waitForFinished();
}

bool PlacementController::isRunning() const { return watcher_.isRunning(); }

void PlacementController::cancel() { watcher_.cancel(); }

bool PlacementController::start(int runId, const QString& spec)
{
    if (isRunning()) {
        emit failed(tr("New images are being placed already."));
        return false;
    }
    const run::RunRecord* shown = projects_->run(runId);
    if (!shown) {
        emit failed(tr("There is no run to place images on."));
        return false;
    }
    // Read on this thread: a project file belongs to the thread that opened it.
    auto space = projects_->referenceSpace(runId);
    if (!space) {
        emit failed(QString::fromStdString(space.error().message));
        return false;
    }
    auto reference = std::make_shared<run::RunRecord>(*shown);
    reference->referenceSpace = space.value();
    const DatasetPtr runImages = library_->datasetOf(*reference);
    const std::string specText = spec.toStdString();
    watcher_.setFuture(QtConcurrent::run([reference, runImages, specText](QPromise<Outcome>& promise) {
        Outcome outcome;
        auto input = app::openRunInput(specText);
        if (!input) {
            outcome.error = QString::fromStdString(input.error().message);
            promise.addResult(std::move(outcome));
            return;
        }
        const app::FeatureDiskCache disk;
        app::RunHooks hooks;
        hooks.progress = progressFor(promise);
        hooks.runtime = app::FeatureRuntime{&disk, 16};
        tsne::PlacementOptions options;
        options.seed = reference->parameters.tsne.seed;
        auto placed = app::placeOnRun(*reference, input.value(), specText, options, hooks);
        if (!placed) {
            outcome.cancelled = placed.error().code == ErrorCode::Cancelled;
            outcome.error = QString::fromStdString(placed.error().message);
        } else {
            if (runImages && input->dataset)
                outcome.images = joinImages(*runImages, *input->dataset, placed->record);
            outcome.placed = std::move(placed.value());
        }
        promise.addResult(std::move(outcome));
    }));
    return true;
}

void PlacementController::onFinished()
{
    const QFuture<Outcome> future = watcher_.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit failed(tr("Placing was cancelled; nothing was added."));
        return;
    }
    Outcome outcome = future.result();
    if (!outcome.placed) {
        emit failed(outcome.cancelled ? tr("Placing was cancelled; nothing was added.") : outcome.error);
        return;
    }
    const app::PlaceResult& placed = *outcome.placed;
    const int placedCount = static_cast<int>(placed.neighbours.n);
    QString summary = tr("Placed %Ln new item(s) on the map", nullptr, placedCount);
    if (placed.placedAccuracy)
        summary += tr(" (10-NN accuracy against the map's classes: %1)").arg(*placed.placedAccuracy, 0, 'f', 3);
    if (!outcome.images && placed.record.placedCount() > 0)
        summary += tr("; their images are not shown (they differ in size from the map's)");
    const int id = projects_->addRun(placed.record);
    if (outcome.images)
        library_->addJoinedImages(*projects_->run(id), outcome.images);
    emit finished(id, summary);
}

}  // namespace tse::gui
