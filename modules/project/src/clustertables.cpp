// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "clustertables.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <bit>
#include <cstdint>
#include <cstring>

namespace tse::project::detail {
namespace {

static_assert(std::endian::native == std::endian::little, "cluster labels are stored as in memory");

Error sqlFailure(const std::string& what, const QSqlError& e)
{
    return makeError(ErrorCode::UnreadableFile, what + ": " + e.text().toStdString());
}

bool tableExists(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'run_clusters'")) && q.next();
}

}  // namespace

Status deleteClusters(QSqlDatabase& db, int runId)
{
    if (!tableExists(db))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM run_clusters WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlFailure("cannot delete the run's clusters", q.lastError());
    return Status::success();
}

Status writeClusters(QSqlDatabase& db, int runId, const run::ClusterLabels& c)
{
    if (c.empty())
        return deleteClusters(db, runId);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS run_clusters(run_id INTEGER PRIMARY KEY,"
                               " count INTEGER NOT NULL, labels BLOB NOT NULL, settings TEXT NOT NULL)")))
        return sqlFailure("cannot save the run's clusters", q.lastError());
    QJsonObject settings;
    settings[QStringLiteral("min_cluster_size")] = c.minClusterSize;
    settings[QStringLiteral("max_cluster_size")] = c.maxClusterSize;
    settings[QStringLiteral("selection")] = c.leaves ? QStringLiteral("leaves") : QStringLiteral("excess_of_mass");
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO run_clusters(run_id, count, labels, settings) VALUES (?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(c.count);
    q.addBindValue(QByteArray(reinterpret_cast<const char*>(c.labels.data()),
                              static_cast<qsizetype>(c.labels.size() * sizeof(std::int32_t))));
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlFailure("cannot save the run's clusters", q.lastError());
    return Status::success();
}

Status readClusters(const QSqlDatabase& db, int runId, std::size_t n, run::RunRecord& r,
                    const std::filesystem::path& file)
{
    if (!tableExists(db))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count, labels, settings FROM run_clusters WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlFailure("cannot read the clusters of run " + std::to_string(runId), q.lastError());
    if (!q.next())
        return Status::success();
    const auto damaged = makeError(ErrorCode::BadFormat, "the clusters of run " + std::to_string(runId) + " in " +
                                                             file.string() + " are damaged");
    const qlonglong count = q.value(0).toLongLong();
    const QByteArray blob = q.value(1).toByteArray();
    // Sizes checked before anything is allocated: a hostile file may claim anything.
    if (count < 0 || static_cast<unsigned long long>(count) > n || std::size_t(blob.size()) != n * sizeof(std::int32_t))
        return damaged;
    run::ClusterLabels c;
    c.count = int(count);
    c.labels.resize(n);
    std::memcpy(c.labels.data(), blob.constData(), std::size_t(blob.size()));
    for (int label : c.labels)
        if (label < -1 || label >= c.count)
            return damaged;
    const QJsonObject settings = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    c.minClusterSize = settings.value(QStringLiteral("min_cluster_size")).toInt();
    c.maxClusterSize = settings.value(QStringLiteral("max_cluster_size")).toInt();
    c.leaves = settings.value(QStringLiteral("selection")).toString() == QStringLiteral("leaves");
    r.clusters = std::move(c);
    return Status::success();
}

}  // namespace tse::project::detail
