// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Fetches torchvision's VGG weights into the torch hub cache off the UI thread, with a progress
// dialog the user can cancel; the download is checked against the SHA-256 prefix torch.hub uses.

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

#include "tse/run/featurechoice.h"

class QProgressDialog;
class QTimer;
class QWidget;

namespace tse::gui {

class WeightsDownloader : public QObject {
    Q_OBJECT
public:
    explicit WeightsDownloader(QObject* parent = nullptr);
    ~WeightsDownloader() override;

    // model: Vgg16 or Vgg19. url: empty for torchvision's address. Returns false while
    // another download is running.
    bool start(QWidget* dialogParent, run::Extractor model, const QString& url = QString());
    bool isRunning() const { return watcher_.isRunning(); }

signals:
    // ok: the file is in place; otherwise message says why (offline, wrong hash, …).
    void finished(bool ok, const QString& message);

private:
    QFutureWatcher<QString> watcher_;
    QPointer<QProgressDialog> dialog_;
    QString target_;
    QString description_;
    // Bytes so far and in all (−1: unknown), written by the download thread.
    std::shared_ptr<std::atomic<qint64>> received_ = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> total_ = std::make_shared<std::atomic<qint64>>(-1);
    QTimer* poll_ = nullptr;  // what is downloaded where (the dialog adds the progress below)
};

}  // namespace tse::gui
