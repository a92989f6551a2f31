// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "spectrumtask.h"

#include <QtConcurrent/QtConcurrent>

#include "promiseprogress.h"
#include "tse/features/rawpixels.h"
#include "tse/pca/pca.h"

namespace tse::gui {
namespace {

// Components shown in the explained-variance chart.
constexpr int kSpectrumComponents = 100;

}  // namespace

SpectrumTask::SpectrumTask(QObject* parent) : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<std::vector<double>>::finished, this, [this] {
        const auto future = watcher_.future();
        if (!future.isCanceled() && future.resultCount() > 0)
            emit ready(future.result());
    });
}

SpectrumTask::~SpectrumTask()
{
    watcher_.cancel();
    watcher_.waitForFinished();
}

void SpectrumTask::start(const DatasetPtr& dataset)
{
    watcher_.cancel();
    watcher_.waitForFinished();
    watcher_.setFuture(QtConcurrent::run([dataset](QPromise<std::vector<double>>& promise) {
        const Progress progress = progressFor(promise);
        auto features = features::rawPixelFeatures(*dataset, progress);
        if (!features)
            return;
        pca::PcaOptions options;
        options.components = static_cast<int>(
            std::min<Eigen::Index>({Eigen::Index(kSpectrumComponents), features->cols(), features->rows() - 1}));
        if (options.components < 1)
            return;
        auto fitted = pca::fitTransform(features.value(), options, progress);
        if (fitted)
            promise.addResult(fitted->explainedVarianceRatio);
    }));
}

}  // namespace tse::gui
