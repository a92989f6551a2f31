#include "weightsdownloader.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrent>

#include "download.h"
#include "promiseprogress.h"
#include "tse/features/extractor.h"

namespace tse::gui {

WeightsDownloader::WeightsDownloader(QObject* parent) : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<QString>::progressValueChanged, this, [this](int value) {
        if (dialog_)
            dialog_->setValue(value);
    });
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
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

bool WeightsDownloader::start(QWidget* dialogParent, const QString& model, const QString& url)
{
    if (isRunning())
        return false;
    const auto kind = model == QLatin1String("vgg19") ? features::ExtractorKind::Vgg19 : features::ExtractorKind::Vgg16;
    const auto published = features::publishedWeights(kind);
    const auto target = features::torchHubCheckpoints() / published->fileName;
    target_ = QString::fromStdString(target.string());
    const std::string address = url.isEmpty() ? published->url : url.toStdString();
    dialog_ = new QProgressDialog(tr("Downloading %1 weights (about 550 MB) to %2…").arg(model.toUpper(), target_),
                                  tr("Cancel"), 0, 1000, dialogParent);
    dialog_->setObjectName(QStringLiteral("downloadProgress"));
    dialog_->setWindowTitle(tr("Download weights"));
    dialog_->setMinimumDuration(0);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    connect(dialog_, &QProgressDialog::canceled, this, [this] { watcher_.cancel(); });
    net::DownloadOptions options;
    options.sha256Prefix = published->sha256Prefix;
    watcher_.setFuture(QtConcurrent::run([address, target, options](QPromise<QString>& promise) {
        const auto done = net::downloadFile(address, target, options, progressFor(promise));
        promise.addResult(done.ok() ? QString() : QString::fromStdString(done.error().message));
    }));
    dialog_->show();
    return true;
}

}  // namespace tse::gui
