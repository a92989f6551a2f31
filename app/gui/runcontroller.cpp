#include "runcontroller.h"

#include <QtConcurrent/QtConcurrent>

#include "promiseprogress.h"

#include <chrono>

#include "tse/tsne/metrics.h"

namespace tse::gui {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The share of the progress bar given to features, PCA and affinities.
constexpr double kPreparationShare = 0.15;
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

bool RunController::start(DatasetPtr dataset, const project::RunParameters& parameters)
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
        const Progress progress = progressFor(promise);

        project::RunRecord record;
        record.id = runId;
        record.name = "Run " + std::to_string(runId);
        record.parameters = parameters;
        record.labels = dataset->labels;
        record.classNames = dataset->classNames;
        record.datasetHash = dataset->contentHash();
        // CNN features take minutes: they get most of the bar, and the disk cache keeps them.
        const bool cnn = parameters.features != "raw" || parameters.faces;
        const double preparationShare = cnn ? 0.7 : kPreparationShare;
        const app::FeatureDiskCache disk;  // where is read per run: the cache folder may change
        auto finish = [&](project::RunStatus status, const QString& error) {
            record.status = status;
            std::lock_guard lock(exchange->mutex);
            exchange->record = std::move(record);
            exchange->error = error;
        };

        auto prepared = app::prepareRun(*dataset, parameters, cache.get(), progress.subRange(0.0, preparationShare),
                                        app::FeatureRuntime{&disk, 16});
        if (!prepared) {
            const bool cancelled = prepared.error().code == ErrorCode::Cancelled;
            finish(cancelled ? project::RunStatus::Cancelled : project::RunStatus::Failed,
                   cancelled ? QString() : QString::fromStdString(prepared.error().message));
            return;
        }
        record.timings = prepared->timings;
        record.featuresKey = prepared->featuresKey;
        if (!prepared->noFaceItems.empty()) {
            // Kept with the run, where the user can read it later.
            std::string list;
            for (std::size_t k = 0; k < std::min<std::size_t>(prepared->noFaceItems.size(), 20); ++k) {
                const std::size_t i = prepared->noFaceItems[k];
                list += (k ? ", " : "") + (i < dataset->itemPaths.size() ? dataset->itemPaths[i] : std::to_string(i));
            }
            record.notes = "No face found in " + std::to_string(prepared->noFaceItems.size()) + " images (used whole): " +
                           list + (prepared->noFaceItems.size() > 20 ? ", …" : "");
            std::lock_guard lock(exchange->mutex);
            exchange->warning = QString::fromStdString(record.notes);
        }
        record.explainedVarianceRatio = prepared->explainedVarianceRatio;
        record.tsneInput = prepared->tsneInput;
        auto& run = *prepared->run;
        record.threads = run.threads();

        const Progress tsneProgress = progress.subRange(preparationShare, 1.0);
        const auto optimiseStart = Clock::now();
        int chunk = 1;
        while (!run.finished() && !promise.isCanceled()) {
            const auto chunkStart = Clock::now();
            const int done = run.step(chunk, tsneProgress);
            const double perIteration = secondsSince(chunkStart) / std::max(1, done);
            chunk = std::clamp(static_cast<int>(kSnapshotSeconds / std::max(perIteration, 1e-6)), 1, 50);
            Matrix snapshot = run.snapshot();
            std::lock_guard lock(exchange->mutex);
            exchange->latest = std::move(snapshot);
            exchange->iteration = run.iteration();
            exchange->total = run.totalIterations();
            if (run.klHistory().size() != exchange->kl.size())
                exchange->kl = run.klHistory();
            ++exchange->generation;
        }
        record.timings.optimisation = secondsSince(optimiseStart);
        record.iterationsDone = run.iteration();
        record.coordinates = run.snapshot();
        record.klHistory = run.klHistory();
        const bool cancelled = !run.finished();
        if (!cancelled) {
            record.klDivergence = run.klHistory().empty() ? run.klDivergence() : run.klHistory().back().kl;
            if (std::any_of(record.labels.begin(), record.labels.end(), [](int l) { return l >= 0; }))
                record.knnAccuracy = tsne::knnAccuracy(record.coordinates, record.labels, 10, run.threads());
            // Estimated on an even sample of items so a 70,000-point map costs about a second.
            const auto m = tsne::neighbourhoodMetrics(*prepared->tsneInput, record.coordinates, 10, 1000, run.threads());
            record.trustworthiness = m.trustworthiness;
            record.continuity = m.continuity;
        } else if (!run.klHistory().empty()) {
            record.klDivergence = run.klHistory().back().kl;
        }
        finish(cancelled ? project::RunStatus::Cancelled : project::RunStatus::Finished, QString());
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
    project::RunRecord record;
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
        record.status = project::RunStatus::Cancelled;
        record.id = nextRunId_ - 1;
    }
    exchange_.reset();
    emit finished(record, error);
}

}  // namespace tse::gui
