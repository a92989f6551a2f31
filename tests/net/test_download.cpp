// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The weights download against a real HTTP server on 127.0.0.1 (a QTcpServer in its own
// thread): a good file, a wrong hash, an interrupted transfer, a 404, and no server at all.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <filesystem>
#include <fstream>

#include "download.h"

namespace fs = std::filesystem;

namespace {

QCoreApplication& application()
{
    static int argc = 1;
    static char name[] = "test_net";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

QByteArray fixtureBytes()
{
    QFile file(QStringLiteral(TSE_FEATURE_FIXTURES "/tiny-vgg.pth"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

class HttpServer : public QThread {
public:
    HttpServer()
    {
        start();
        ready_.acquire();
    }
    ~HttpServer() override
    {
        quit();
        wait();
    }
    std::string url(const char* path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        port_ = server.serverPort();
        const QByteArray body = fixtureBytes();
        QObject::connect(&server, &QTcpServer::newConnection, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            auto* request = new QByteArray;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, request, &body] {
                request->append(socket->readAll());
                if (!request->contains("\r\n\r\n"))
                    return;
                const QByteArray path = request->split(' ').value(1);
                const QByteArray length = QByteArray::number(body.size());
                if (path == "/missing") {
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                } else if (path == "/stall") {
                    // Sends a little and then nothing: only cancel or the stall timeout ends it.
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n");
                    socket->write(body.left(100));
                    socket->flush();
                    delete request;
                    return;
                } else if (path == "/cut") {
                    // Announces the whole file, sends half, hangs up.
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n");
                    socket->write(body.left(body.size() / 2));
                } else {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n");
                    socket->write(body);
                }
                socket->flush();
                socket->disconnectFromHost();
                delete request;
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        ready_.release();
        exec();
    }

private:
    QSemaphore ready_;
    quint16 port_ = 0;
};

fs::path freshDir(const char* name)
{
    const auto dir = fs::temp_directory_path() / "tse_test_download" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string realPrefix()
{
    auto digest = tse::net::sha256Hex(TSE_FEATURE_FIXTURES "/tiny-vgg.pth");
    return digest.ok() ? digest->substr(0, 8) : std::string();
}

}  // namespace

TEST(Download, VerifiedFileArrivesWhole)
{
    application();
    HttpServer server;
    const auto target = freshDir("good") / "tiny-vgg.pth";
    tse::net::DownloadOptions options;
    options.sha256Prefix = realPrefix();
    std::vector<double> fractions;
    const tse::Progress progress([&](std::string_view, double f) { fractions.push_back(f); }, {});
    std::int64_t lastReceived = 0, lastTotal = 0;
    options.onBytes = [&](std::int64_t received, std::int64_t total) {
        EXPECT_GE(received, lastReceived) << "bytes only grow";
        lastReceived = received;
        lastTotal = total;
    };
    auto done = tse::net::downloadFile(server.url("/tiny-vgg.pth"), target, options, progress);
    ASSERT_TRUE(done.ok()) << done.error().message;
    QFile file(QString::fromStdString(target.string()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), fixtureBytes());
    EXPECT_FALSE(fs::exists(target.string() + ".partial"));
    ASSERT_FALSE(fractions.empty());
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
    EXPECT_EQ(lastReceived, fixtureBytes().size());
    EXPECT_EQ(lastTotal, fixtureBytes().size()) << "the announced length";
}

TEST(Download, WrongHashNeverReplacesTheExistingFile)
{
    application();
    HttpServer server;
    const auto target = freshDir("hash") / "vgg16-397923af.pth";
    std::ofstream(target) << "what was there before";
    tse::net::DownloadOptions options;
    options.sha256Prefix = "397923af";  // the fixture's hash starts otherwise
    auto done = tse::net::downloadFile(server.url("/tiny-vgg.pth"), target, options);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, tse::ErrorCode::BadFormat);
    EXPECT_NE(done.error().message.find("does not start with 397923af"), std::string::npos) << done.error().message;
    std::ifstream in(target);
    std::string kept;
    std::getline(in, kept);
    EXPECT_EQ(kept, "what was there before");
    EXPECT_FALSE(fs::exists(target.string() + ".partial"));
}

TEST(Download, InterruptedTransferIsReportedAndDiscarded)
{
    application();
    HttpServer server;
    const auto target = freshDir("cut") / "tiny-vgg.pth";
    tse::net::DownloadOptions options;
    options.sha256Prefix = realPrefix();
    auto done = tse::net::downloadFile(server.url("/cut"), target, options);
    ASSERT_FALSE(done.ok());
    EXPECT_NE(done.error().message.find("interrupted"), std::string::npos) << done.error().message;
    EXPECT_FALSE(fs::exists(target));
    EXPECT_FALSE(fs::exists(target.string() + ".partial"));
}

TEST(Download, NotFoundOfflineAndCancelledAreClearErrors)
{
    application();
    HttpServer server;
    const auto dir = freshDir("errors");
    auto missing = tse::net::downloadFile(server.url("/missing"), dir / "a.pth", {});
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("HTTP 404"), std::string::npos) << missing.error().message;

    // Port 9 (discard) has no server here: what an offline machine sees.
    auto offline = tse::net::downloadFile("http://127.0.0.1:9/vgg16-397923af.pth", dir / "b.pth", {});
    ASSERT_FALSE(offline.ok());
    EXPECT_NE(offline.error().message.find("offline"), std::string::npos) << offline.error().message;

    // The user cancels once the first bytes arrive; the server would otherwise keep the
    // transfer open.
    auto flag = std::make_shared<tse::CancelFlag>();
    auto cancelled = tse::net::downloadFile(server.url("/stall"), dir / "c.pth", {},
                                            tse::Progress::withFlag(flag, [&](std::string_view, double) { flag->cancel(); }));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, tse::ErrorCode::Cancelled);
    EXPECT_FALSE(fs::exists(dir / "c.pth"));
    EXPECT_FALSE(fs::exists(dir / "c.pth.partial"));

    tse::net::DownloadOptions impatient;
    impatient.stallTimeoutMs = 300;
    auto stalled = tse::net::downloadFile(server.url("/stall"), dir / "e.pth", impatient);
    ASSERT_FALSE(stalled.ok());
    EXPECT_FALSE(fs::exists(dir / "e.pth.partial"));
    EXPECT_FALSE(tse::net::downloadFile("not a url", dir / "d.pth", {}).ok());
}
