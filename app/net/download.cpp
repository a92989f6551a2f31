// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "download.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace tse::net {
namespace fs = std::filesystem;

namespace {

std::string megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1).toStdString() + " MB";
}

}  // namespace

Result<std::string> sha256Hex(const fs::path& file)
{
    QFile in(QString::fromStdString(file.string()));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::UnreadableFile, "cannot read " + file.string());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return makeError(ErrorCode::UnreadableFile, "cannot read " + file.string());
    return hash.result().toHex().toStdString();
}

Status downloadFile(const std::string& url, const fs::path& target, const DownloadOptions& options,
                    const Progress& progress)
{
    const QUrl address(QString::fromStdString(url));
    if (!address.isValid() || address.scheme().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "'" + url + "' is not a download address");
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot create " + target.parent_path().string() + ": " + ec.message());
    const fs::path partialPath = target.string() + ".partial";
    QFile partial(QString::fromStdString(partialPath.string()));
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::UnreadableFile, "cannot write " + partialPath.string());

    QNetworkAccessManager network;
    QNetworkRequest request(address);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(options.stallTimeoutMs);
    QNetworkReply* reply = network.get(request);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0, expected = -1;
    bool writeFailed = false, cancelled = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        hash.addData(chunk);
        received += chunk.size();
        if (partial.write(chunk) != chunk.size()) {
            writeFailed = true;
            reply->abort();
        }
        // Reported here rather than from downloadProgress, which Qt emits only now and then.
        expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (options.onBytes)
            options.onBytes(received, expected > 0 ? expected : -1);
        if (expected > 0)
            progress.report("Downloading " + address.fileName().toStdString() + ": " + megabytes(received) + " of " +
                                megabytes(expected),
                            double(received) / double(expected));
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (progress.cancelled()) {
            cancelled = true;
            reply->abort();
        }
    });
    cancelPoll.start(100);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    cancelPoll.stop();
    const QByteArray rest = reply->readAll();
    hash.addData(rest);
    received += rest.size();
    partial.write(rest);
    partial.close();
    const auto httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();
    const QString errorText = reply->errorString();
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    reply->deleteLater();

    auto failed = [&](ErrorCode code, std::string message) -> Status {
        partial.remove();
        return makeError(code, std::move(message));
    };
    if (cancelled)
        return failed(ErrorCode::Cancelled, "the download was cancelled");
    if (writeFailed)
        return failed(ErrorCode::UnreadableFile, "cannot write " + partialPath.string() + " (disk full?)");
    if (httpStatus >= 400)
        return failed(ErrorCode::FileNotFound, url + " answered HTTP " + std::to_string(httpStatus));
    if (networkError != QNetworkReply::NoError) {
        std::string message = "downloading " + url + " failed: " + errorText.toStdString();
        if (networkError == QNetworkReply::ConnectionRefusedError || networkError == QNetworkReply::HostNotFoundError ||
            networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::UnknownNetworkError)
            message += ". This computer seems to be offline: copy the file to " + target.string() +
                       " by other means, or choose it with --weights / Browse.";
        else if (expected > 0 && received < expected)
            message += " (interrupted after " + megabytes(received) + " of " + megabytes(expected) + ")";
        return failed(ErrorCode::UnreadableFile, message);
    }
    if (announced > 0 && received != announced)
        return failed(ErrorCode::UnreadableFile, "the download of " + url + " was interrupted after " +
                                                     megabytes(received) + " of " + megabytes(announced));
    const std::string digest = hash.result().toHex().toStdString();
    if (!options.sha256Prefix.empty() && digest.rfind(options.sha256Prefix, 0) != 0)
        return failed(ErrorCode::BadFormat, "the file from " + url + " is damaged or not the published one: its SHA-256 " +
                                                digest.substr(0, 16) + "… does not start with " + options.sha256Prefix);
    fs::rename(partialPath, target, ec);
    if (ec)
        return failed(ErrorCode::UnreadableFile, "cannot move the download to " + target.string() + ": " + ec.message());
    progress.report("Downloading " + address.fileName().toStdString(), 1.0);
    return {};
}

}  // namespace tse::net
