// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "datasetlibrary.h"

#include <QtConcurrent/QtConcurrent>

#include "pipeline/featurecache.h"
#include "pipeline/placerun.h"
#include "promiseprogress.h"

#include "tse/imageio/datasetlocator.h"

namespace tse::gui {

DatasetLibrary::DatasetLibrary(QObject* parent) : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, watcher_.progressText()); });
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &DatasetLibrary::onFinished);
}

DatasetLibrary::~DatasetLibrary()
{
    watcher_.cancel();
    watcher_.waitForFinished();
}

DatasetPtr DatasetLibrary::dataset(const QString& spec) const { return datasets_.value(spec); }

bool DatasetLibrary::isLoading() const { return watcher_.isRunning(); }

void DatasetLibrary::load(const QString& spec)
{
    if (datasets_.contains(spec)) {
        emit loaded(spec);
        return;
    }
    if (isLoading())
        return;
    loadingSpec_ = spec;
    const std::string specText = spec.toStdString();
    watcher_.setFuture(QtConcurrent::run([specText](QPromise<Outcome>& promise) {
        const Progress progress = progressFor(promise);
        auto result = imageio::openDataset(specText, app::defaultFolderOptions(), progress);
        Outcome outcome;
        if (result)
            outcome.dataset = std::make_shared<const imageio::Dataset>(std::move(result.value()));
        else
            outcome.error = QString::fromStdString(result.error().message);
        promise.addResult(std::move(outcome));
    }));
    emit loadingStarted(spec);
}

void DatasetLibrary::cancel() { watcher_.cancel(); }

void DatasetLibrary::onFinished()
{
    const QString spec = loadingSpec_;
    loadingSpec_.clear();
    const QFuture<Outcome> future = watcher_.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit failed(spec, tr("Loading was cancelled."));
        return;
    }
    const Outcome outcome = future.result();
    if (!outcome.dataset) {
        emit failed(spec, outcome.error);
        return;
    }
    datasets_.insert(spec, outcome.dataset);
    emit loaded(spec);
}

namespace {

// A placed run's images are named by where both parts came from and how many there are.
QString joinedKey(const run::RunRecord& record)
{
    return QString::fromStdString(record.parameters.dataset + "\n" + record.placedDataset + "\n" +
                                  std::to_string(record.coordinates.rows()));
}

}  // namespace

void DatasetLibrary::addJoinedImages(const run::RunRecord& placedRun, DatasetPtr images)
{
    if (images && static_cast<Eigen::Index>(images->size()) == placedRun.coordinates.rows())
        joined_.insert(joinedKey(placedRun), std::move(images));
}

DatasetPtr DatasetLibrary::datasetOf(const run::RunRecord& record) const
{
    DatasetPtr ds = record.placedCount() > 0 ? joined_.value(joinedKey(record))
                                             : dataset(QString::fromStdString(record.parameters.dataset));
    if (!ds && record.placedCount() > 0) {
        // Placed in one step onto a map of a loaded dataset: join the two (a placed run placed on
        // again names only its last images, so it is left without).
        const DatasetPtr map = dataset(QString::fromStdString(record.parameters.dataset));
        const DatasetPtr added = dataset(QString::fromStdString(record.placedDataset));
        if (map && added)
            if (auto joined = app::joinPlacedImages(*map, *added, record)) {
                ds = std::make_shared<const imageio::Dataset>(std::move(joined.value()));
                joined_.insert(joinedKey(record), ds);
            }
    }
    return ds && static_cast<Eigen::Index>(ds->size()) == record.coordinates.rows() ? ds : nullptr;
}

}  // namespace tse::gui
