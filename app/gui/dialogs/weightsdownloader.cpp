// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "weightsdownloader.h"

#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrent>

#include "download.h"
#include "promiseprogress.h"
#include "tse/features/extractor.h"

namespace tse::gui {

WeightsDownloader::WeightsDownloader(QObject* parent) : QObject(parent)
{
    // Polled rather than taken from the progress signals: Qt Concurrent drops progress updates
    // that come faster than 25 a second, so a stalled download would show a stale figure.
    poll_ = new QTimer(this);
    poll_->setInterval(200);
    connect(poll_, &QTimer::timeout, this, [this] {
        if (!dialog_)
            return;
        dialog_->setValue(watcher_.progressValue());
        const qint64 received = received_->load(), total = total_->load();
        if (received > 0)
            dialog_->setLabelText(description_ + QLatin1Char('\n') +
                                  (total > 0 ? tr("%1 of %2").arg(QLocale().formattedDataSize(received),
                                                                  QLocale().formattedDataSize(total))
                                             : QLocale().formattedDataSize(received)));
    });
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
        poll_->stop();
        if (dialog_)
            dialog_->deleteLater();
        const QString error = watcher_.isCanceled() ? tr("The download was cancelled.") : watcher_.result();
        emit finished(error.isEmpty(), error.isEmpty() ? tr("Saved %1").arg(target_) : error);
    });
}

WeightsDownloader::~WeightsDownloader()
{
    watcher_.cancel();
    watcher_.waitForFinished();
}

bool WeightsDownloader::start(QWidget* dialogParent, run::Extractor model, const QString& url)
{
    if (isRunning())
        return false;
    const auto kind = model == run::Extractor::Vgg19 ? features::ExtractorKind::Vgg19 : features::ExtractorKind::Vgg16;
    const auto published = features::publishedWeights(kind);
    const auto target = features::torchHubCheckpoints() / published->fileName;
    target_ = QString::fromStdString(target.string());
    const std::string address = url.isEmpty() ? published->url : url.toStdString();
    description_ = tr("Downloading %1 weights (about 550 MB) to\n%2").arg(QString::fromLatin1(run::extractorName(model)).toUpper(), target_);
    dialog_ = new QProgressDialog(description_, tr("Cancel"), 0, 1000, dialogParent);
    dialog_->setObjectName(QStringLiteral("downloadProgress"));
    dialog_->setWindowTitle(tr("Download weights"));
    dialog_->setMinimumDuration(0);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    connect(dialog_, &QProgressDialog::canceled, this, [this] { watcher_.cancel(); });
    net::DownloadOptions options;
    options.sha256Prefix = published->sha256Prefix;
    received_->store(0);
    total_->store(-1);
    options.onBytes = [received = received_, total = total_](std::int64_t bytes, std::int64_t of) {
        received->store(bytes);
        total->store(of);
    };
    watcher_.setFuture(QtConcurrent::run([address, target, options](QPromise<QString>& promise) {
        const auto done = net::downloadFile(address, target, options, progressFor(promise));
        promise.addResult(done.ok() ? QString() : QString::fromStdString(done.error().message));
    }));
    dialog_->show();
    poll_->start();
    return true;
}

}  // namespace tse::gui
