#pragma once
// Fetches torchvision's VGG weights into the torch hub cache off the UI thread, with a progress
// dialog the user can cancel; the download is checked against the SHA-256 prefix torch.hub uses.

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

class QTimer;

namespace tse::gui {

class WeightsDownloader : public QObject {
    Q_OBJECT
public:
    explicit WeightsDownloader(QObject* parent = nullptr);
    ~WeightsDownloader() override;

    // model: "vgg16" or "vgg19". url: empty for torchvision's address. Returns false while
    // another download is running.
    bool start(QWidget* dialogParent, const QString& model, const QString& url = QString());
    bool isRunning() const { return watcher_.isRunning(); }

signals:
    // ok: the file is in place; otherwise message says why (offline, wrong hash, …).
    void finished(bool ok, const QString& message);

private:
    QFutureWatcher<QString> watcher_;
    QPointer<QProgressDialog> dialog_;
    QString target_;
    QString description_;
    QTimer* poll_ = nullptr;  // what is downloaded where (the dialog adds the progress below)
};

}  // namespace tse::gui
