// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs the pipeline off the UI thread (Qt Concurrent + QPromise) and turns it into signals:
// progress, live snapshots while t-SNE iterates, and the finished RunRecord. Cancel is
// cooperative and takes effect within one t-SNE iteration.

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>

#include "datasetlibrary.h"
#include "pipeline/executerun.h"
#include "tse/run/runrecord.h"

namespace tse::gui {

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const;
    // Returns false (and starts nothing) while another run is going.
    bool start(DatasetPtr dataset, const run::RunParameters& parameters);
    void cancel();

    // While a sweep runs, the stage cache also keeps the last affinities (pipeline.h).
    void setKeepAffinities(bool keep) { cache_->setKeepAffinities(keep); }
    // How often the view is refreshed while running.
    void setSnapshotInterval(int milliseconds) { pollTimer_.setInterval(milliseconds); }

signals:
    void started(int runId);
    void progressChanged(int permille, const QString& stage);
    // coordinates: N × dims of the run in progress.
    void snapshotReady(const tse::Matrix& coordinates, int iteration, int totalIterations);
    // The KL divergence samples so far, when a new one arrived.
    void klUpdated(const std::vector<tse::tsne::KlSample>& samples);
    // Finished, cancelled (with the partial embedding) or failed (with errorMessage set).
    void finished(const tse::run::RunRecord& record, const QString& errorMessage);
    // Something the user should know about a run that still worked.
    void warning(const QString& message);

private:
    // What the worker publishes for the UI thread, guarded by its mutex.
    struct Exchange {
        std::mutex mutex;
        Matrix latest;
        int iteration = 0;
        int total = 0;
        std::vector<tsne::KlSample> kl;
        quint64 generation = 0;
        run::RunRecord record;
        QString error;
        QString warning;  // e.g. face mode found no face in some images
    };
    void publishLatest();
    void onWorkerFinished();

    QFutureWatcher<void> watcher_;
    QTimer pollTimer_;
    std::shared_ptr<Exchange> exchange_;
    std::shared_ptr<app::StageCache> cache_;
    quint64 seenGeneration_ = 0;
    std::size_t seenKlSamples_ = 0;
    int nextRunId_ = 1;
};

}  // namespace tse::gui
