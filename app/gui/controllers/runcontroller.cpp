// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "runcontroller.h"

#include <QtConcurrent/QtConcurrent>

#include "promiseprogress.h"


namespace tse::gui {
namespace {

// Snapshots are taken about this often, so the map animates without slowing the run.
constexpr double kSnapshotSeconds = 0.04;

}  // namespace

RunController::RunController(QObject* parent)
    : QObject(parent), cache_(std::make_shared<app::StageCache>())
{
    // Redrawing faster than this only takes CPU from the optimisation.
    pollTimer_.setInterval(100);
    connect(&pollTimer_, &QTimer::timeout, this, &RunController::publishLatest);
    connect(&watcher_, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, watcher_.progressText()); });
    connect(&watcher_, &QFutureWatcher<void>::finished, this, &RunController::onWorkerFinished);
}

RunController::~RunController()
{
    watcher_.cancel();
    watcher_.waitForFinished();
}

bool RunController::isRunning() const { return watcher_.isRunning(); }

bool RunController::start(DatasetPtr dataset, const run::RunParameters& parameters)
{
    if (isRunning() || !dataset)
        return false;
    const int runId = nextRunId_++;
    exchange_ = std::make_shared<Exchange>();
    seenGeneration_ = 0;
    seenKlSamples_ = 0;
    auto exchange = exchange_;
    auto cache = cache_;
    watcher_.setFuture(QtConcurrent::run([dataset, parameters, exchange, cache, runId](QPromise<void>& promise) {
        const app::FeatureDiskCache disk;  // where is read per run: the cache folder may change
        app::RunInput input;
        input.dataset = dataset;
        app::RunHooks hooks;
        hooks.progress = progressFor(promise);
        hooks.cache = cache.get();
        hooks.runtime = app::FeatureRuntime{&disk, 16};
        hooks.snapshotSeconds = kSnapshotSeconds;
        // Frames of the map as it forms, for Run ▸ Replay (saved with the run, at most 10 MB).
        hooks.replayBudgetBytes = run::kDefaultReplayBudgetBytes;
        hooks.onSnapshot = [&exchange](const app::RunSnapshot& s) {
            std::lock_guard lock(exchange->mutex);
            exchange->latest = s.coordinates;
            exchange->iteration = s.iteration;
            exchange->total = s.totalIterations;
            if (s.kl.size() != exchange->kl.size())
                exchange->kl = s.kl;
            ++exchange->generation;
        };
        auto result = app::executeRun(input, parameters, hooks);
        std::lock_guard lock(exchange->mutex);
        if (!result) {
            exchange->record.parameters = parameters;
            exchange->record.status = run::RunStatus::Failed;
            exchange->error = QString::fromStdString(result.error().message);
        } else {
            exchange->record = std::move(result->record);
            exchange->warning = QString::fromStdString(exchange->record.notes);
        }
        exchange->record.id = runId;
        exchange->record.name = "Run " + std::to_string(runId);
    }));
    pollTimer_.start();
    emit started(runId);
    return true;
}

void RunController::cancel()
{
    if (isRunning())
        watcher_.cancel();
}

void RunController::publishLatest()
{
    if (!exchange_)
        return;
    Matrix latest;
    int iteration = 0, total = 0;
    std::vector<tsne::KlSample> kl;
    {
        std::lock_guard lock(exchange_->mutex);
        if (exchange_->generation == seenGeneration_)
            return;
        seenGeneration_ = exchange_->generation;
        latest = exchange_->latest;
        iteration = exchange_->iteration;
        total = exchange_->total;
        if (exchange_->kl.size() != seenKlSamples_) {
            kl = exchange_->kl;
            seenKlSamples_ = kl.size();
        }
    }
    emit snapshotReady(latest, iteration, total);
    if (!kl.empty())
        emit klUpdated(kl);
}

void RunController::onWorkerFinished()
{
    pollTimer_.stop();
    if (!exchange_)
        return;
    run::RunRecord record;
    QString error, warningText;
    {
        std::lock_guard lock(exchange_->mutex);
        record = exchange_->record;
        error = exchange_->error;
        warningText = exchange_->warning;
    }
    if (!warningText.isEmpty())
        emit warning(warningText);
    // A cancel that arrived before the worker ran leaves an empty record.
    if (record.id == 0) {
        record.status = run::RunStatus::Cancelled;
        record.id = nextRunId_ - 1;
    }
    exchange_.reset();
    emit finished(record, error);
}

}  // namespace tse::gui
