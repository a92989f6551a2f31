// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The weights download dialog: progress in bytes while a transfer runs (or stalls), and cancel.

#include <gtest/gtest.h>

#include <QDir>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "weightsdownloader.h"

TEST(WeightsDownloader, ShowsBytesReceivedAndCancels)
{
    QTemporaryDir home;
    qputenv("TORCH_HOME", home.path().toUtf8());
    // A server that announces 10,000,000 bytes, sends 3,000,000 and then stalls.
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        QTcpSocket* socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n");
            socket->write(QByteArray(3000000, 'x'));
        });
    });
    QWidget parent;
    parent.show();
    tse::gui::WeightsDownloader downloader;
    QSignalSpy finished(&downloader, &tse::gui::WeightsDownloader::finished);
    ASSERT_TRUE(downloader.start(&parent, tse::run::Extractor::Vgg16,
                                 QStringLiteral("http://127.0.0.1:%1/vgg16.pth").arg(server.serverPort())));
    EXPECT_FALSE(downloader.start(&parent, tse::run::Extractor::Vgg16)) << "one download at a time";
    auto* dialog = parent.findChild<QProgressDialog*>(QStringLiteral("downloadProgress"));
    ASSERT_NE(dialog, nullptr);
    // The figure shown while the transfer stalls is the last one received, not an older one.
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->value() == 300; }, 10000)) << dialog->value();
    const QString sizes =
        QStringLiteral("%1 of %2").arg(QLocale().formattedDataSize(3000000), QLocale().formattedDataSize(10000000));
    EXPECT_TRUE(dialog->labelText().contains(sizes)) << dialog->labelText().toStdString();
    EXPECT_TRUE(dialog->labelText().contains(QStringLiteral("vgg16-397923af.pth")));

    auto* cancel = dialog->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(QDir(home.path() + QStringLiteral("/hub/checkpoints")).entryList(QDir::Files).isEmpty())
        << "neither the file nor a .partial is left: " << QDir(home.path() + QStringLiteral("/hub/checkpoints")).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString();
    qunsetenv("TORCH_HOME");
}
