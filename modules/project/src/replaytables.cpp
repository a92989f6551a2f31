// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "replaytables.h"

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <bit>
#include <cstdint>
#include <cstring>

namespace tse::project::detail {
namespace {

static_assert(std::endian::native == std::endian::little, "replay frames are stored as in memory");

Error sqlFailure(const std::string& what, const QSqlError& e)
{
    return makeError(ErrorCode::UnreadableFile, what + ": " + e.text().toStdString());
}

bool tableExists(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'run_replay'")) && q.next();
}

template <class T>
QByteArray bytesOf(const std::vector<T>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size() * sizeof(T)));
}

template <class T>
std::vector<T> valuesOf(const QByteArray& blob)
{
    std::vector<T> v(std::size_t(blob.size()) / sizeof(T));
    std::memcpy(v.data(), blob.constData(), v.size() * sizeof(T));
    return v;
}

}  // namespace

Status deleteReplay(QSqlDatabase& db, int runId)
{
    if (!tableExists(db))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM run_replay WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlFailure("cannot delete the run's replay", q.lastError());
    return Status::success();
}

Status writeReplay(QSqlDatabase& db, int runId, const run::MapReplay& r)
{
    if (r.empty())
        return Status::success();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS run_replay(run_id INTEGER PRIMARY KEY, items INTEGER NOT NULL,"
                               " dims INTEGER NOT NULL, iterations BLOB NOT NULL, offsets BLOB NOT NULL,"
                               " steps BLOB NOT NULL, frame_values BLOB NOT NULL)")))
        return sqlFailure("cannot save the run's replay", q.lastError());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO run_replay(run_id, items, dims, iterations, offsets, steps,"
                             " frame_values) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(r.items());
    q.addBindValue(r.dimensions());
    q.addBindValue(bytesOf(r.iterations()));
    q.addBindValue(bytesOf(r.offsets()));
    q.addBindValue(bytesOf(r.steps()));
    q.addBindValue(bytesOf(r.values()));
    if (!q.exec())
        return sqlFailure("cannot save the run's replay", q.lastError());
    return Status::success();
}

Status readReplay(const QSqlDatabase& db, int runId, std::size_t n, int dims, run::RunRecord& record,
                  const std::filesystem::path& file)
{
    if (!tableExists(db))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT items, dims, iterations, offsets, steps, frame_values FROM run_replay WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlFailure("cannot read the replay of run " + std::to_string(runId), q.lastError());
    if (!q.next())
        return Status::success();
    const auto damaged = makeError(ErrorCode::BadFormat, "the replay of run " + std::to_string(runId) + " in " +
                                                             file.string() + " is damaged");
    if (q.value(0).toLongLong() != static_cast<long long>(n) || q.value(1).toInt() != dims || n == 0)
        return damaged;
    const QByteArray iterations = q.value(2).toByteArray(), offsets = q.value(3).toByteArray(),
                     steps = q.value(4).toByteArray(), values = q.value(5).toByteArray();
    // Every size from the frame count, checked by division before anything is copied.
    if (iterations.size() % qsizetype(sizeof(std::int32_t)) != 0)
        return damaged;
    const std::size_t frames = std::size_t(iterations.size()) / sizeof(std::int32_t);
    const std::size_t perFrame = n * std::size_t(dims);
    if (std::size_t(offsets.size()) != frames * std::size_t(dims) * sizeof(float) || steps.size() != offsets.size() ||
        std::size_t(values.size()) % sizeof(std::uint16_t) != 0 ||
        std::size_t(values.size()) / sizeof(std::uint16_t) / perFrame != frames ||
        (std::size_t(values.size()) / sizeof(std::uint16_t)) % perFrame != 0)
        return damaged;
    run::MapReplay replay;
    if (!replay.assign(int(n), dims, valuesOf<int>(iterations), valuesOf<float>(offsets), valuesOf<float>(steps),
                       valuesOf<std::uint16_t>(values)))
        return damaged;
    record.replay = std::move(replay);
    return Status::success();
}

}  // namespace tse::project::detail
