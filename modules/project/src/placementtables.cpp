// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "placementtables.h"

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>

namespace tse::project::detail {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

Error sqlFailure(const std::string& what, const QSqlError& e)
{
    return makeError(ErrorCode::UnreadableFile, what + ": " + e.text().toStdString());
}

bool tableExists(const QSqlDatabase& db, const char* name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(QString::fromLatin1(name));
    return q.exec() && q.next();
}

QByteArray floats(const float* data, std::size_t count)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(sizeof(float) * count));
}

// rows × cols float32 from a blob, with the product checked by division (a hostile file may
// claim 2^62 rows).
bool matrixFrom(const QByteArray& blob, qint64 rows, qint64 cols, Matrix& out)
{
    if (rows < 0 || cols < 0)
        return false;
    if (rows == 0 || cols == 0) {
        out.resize(rows, cols);
        return blob.isEmpty();
    }
    const qint64 rowBytes = qint64(sizeof(float)) * cols;
    if (cols > (qint64(1) << 40) || blob.size() % rowBytes != 0 || blob.size() / rowBytes != rows)
        return false;
    out.resize(rows, cols);
    std::memcpy(out.data(), blob.constData(), static_cast<std::size_t>(blob.size()));
    return true;
}

}  // namespace

Status writePlacement(QSqlDatabase& db, int runId, const run::RunRecord& r)
{
    if (!r.referenceSpace && r.placed.empty())
        return Status::success();
    QSqlQuery q(db);
    for (const char* sql : {"CREATE TABLE IF NOT EXISTS reference_spaces(key TEXT PRIMARY KEY,"
                            " feature_count INTEGER NOT NULL, rows INTEGER NOT NULL, dims INTEGER NOT NULL,"
                            " pca_mean BLOB, pca_components BLOB, features BLOB NOT NULL)",
                            "CREATE TABLE IF NOT EXISTS run_placement(run_id INTEGER PRIMARY KEY,"
                            " reference_space TEXT, placed BLOB, placed_onto INTEGER NOT NULL DEFAULT 0,"
                            " placed_dataset TEXT NOT NULL DEFAULT '')"})
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlFailure("cannot save the run's feature space", q.lastError());
    QVariant key;
    if (const auto& space = r.referenceSpace; space && space->features) {
        if (auto valid = space->check(); !valid)
            return makeError(ErrorCode::InvalidArgument, "cannot save the run's feature space: " + valid.error().message);
        const std::string contentKey = space->contentKey();
        key = qs(contentKey);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO reference_spaces(key, feature_count, rows, dims, pca_mean,"
                                 " pca_components, features) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(key);
        q.addBindValue(static_cast<qlonglong>(space->featureCount));
        q.addBindValue(static_cast<qlonglong>(space->items()));
        q.addBindValue(static_cast<qlonglong>(space->dimensions()));
        q.addBindValue(floats(space->pcaMean.data(), std::size_t(space->pcaMean.size())));
        q.addBindValue(floats(space->pcaComponents.data(), std::size_t(space->pcaComponents.size())));
        q.addBindValue(floats(space->features->data(), std::size_t(space->features->size())));
        if (!q.exec())
            return sqlFailure("cannot save the run's feature space", q.lastError());
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO run_placement(run_id, reference_space, placed, placed_onto,"
                             " placed_dataset) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(key);
    q.addBindValue(QByteArray(reinterpret_cast<const char*>(r.placed.data()), static_cast<qsizetype>(r.placed.size())));
    q.addBindValue(r.placedOnto);
    q.addBindValue(qs(r.placedDataset));
    if (!q.exec())
        return sqlFailure("cannot save which items were placed", q.lastError());
    return Status::success();
}

Status deletePlacement(QSqlDatabase& db, int runId)
{
    if (!tableExists(db, "run_placement"))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM run_placement WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() ||
        !q.exec(QStringLiteral("DELETE FROM reference_spaces WHERE key NOT IN"
                               " (SELECT reference_space FROM run_placement WHERE reference_space IS NOT NULL)")))
        return sqlFailure("cannot delete the run's feature space", q.lastError());
    return Status::success();
}

Status readPlacement(const QSqlDatabase& db, int runId, std::size_t n, run::RunRecord& r,
                     const std::filesystem::path& file)
{
    if (!tableExists(db, "run_placement"))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT placed, placed_onto, placed_dataset FROM run_placement WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlFailure("cannot read run " + std::to_string(runId), q.lastError());
    if (!q.next())
        return Status::success();
    const QByteArray placed = q.value(0).toByteArray();
    if (!placed.isEmpty()) {
        if (static_cast<std::size_t>(placed.size()) != n)
            return makeError(ErrorCode::BadFormat, "run " + std::to_string(runId) + " in " + file.string() +
                                                       " has damaged placement flags");
        r.placed.assign(placed.begin(), placed.end());
        for (auto& flag : r.placed)
            flag = flag != 0;
    }
    r.placedOnto = q.value(1).toInt();
    r.placedDataset = q.value(2).toString().toStdString();
    return Status::success();
}

Result<std::shared_ptr<const run::ReferenceSpace>> readReferenceSpace(const QSqlDatabase& db, int runId,
                                                                     std::size_t items,
                                                                     const std::filesystem::path& file)
{
    const std::string which = "run " + std::to_string(runId);
    auto missing = makeError(ErrorCode::InvalidArgument,
                             which + " was saved without its feature space (a run made before placement "
                                     "existed, or from an unfinished save): run it again to place new items on it");
    if (!tableExists(db, "run_placement") || !tableExists(db, "reference_spaces"))
        return missing;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.feature_count, s.rows, s.dims, s.pca_mean, s.pca_components, s.features"
                             " FROM run_placement p JOIN reference_spaces s ON s.key = p.reference_space"
                             " WHERE p.run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlFailure("cannot read the feature space of " + which, q.lastError());
    if (!q.next())
        return missing;
    const qint64 featureCount = q.value(0).toLongLong();
    const qint64 rows = q.value(1).toLongLong();
    const qint64 dims = q.value(2).toLongLong();
    auto damaged = makeError(ErrorCode::BadFormat, "the feature space of " + which + " in " + file.string() +
                                                       " is damaged");
    if (featureCount < 1 || rows < 1 || dims < 1 || static_cast<std::size_t>(rows) != items)
        return damaged;
    auto space = std::make_shared<run::ReferenceSpace>();
    space->featureCount = static_cast<std::size_t>(featureCount);
    Matrix mean;
    const QByteArray meanBlob = q.value(3).toByteArray();
    const QByteArray componentsBlob = q.value(4).toByteArray();
    const bool pca = !componentsBlob.isEmpty();
    if (!matrixFrom(meanBlob, pca ? 1 : 0, pca ? featureCount : 0, mean) ||
        !matrixFrom(componentsBlob, pca ? dims : 0, pca ? featureCount : 0, space->pcaComponents))
        return damaged;
    space->pcaMean = pca ? Eigen::VectorXf(mean.row(0).transpose()) : Eigen::VectorXf();
    auto features = std::make_shared<Matrix>();
    if (!matrixFrom(q.value(5).toByteArray(), rows, dims, *features))
        return damaged;
    space->features = std::move(features);
    if (auto valid = space->check(); !valid)
        return makeError(ErrorCode::BadFormat, which + " in " + file.string() + ": " + valid.error().message);
    return std::shared_ptr<const run::ReferenceSpace>(std::move(space));
}

}  // namespace tse::project::detail
