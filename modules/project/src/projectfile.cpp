// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/project/projectfile.h"
#include "tse/project/parametersjson.h"
#include "clustertables.h"
#include "placementtables.h"
#include "replaytables.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <Eigen/Core>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <fstream>

namespace tse::project {
namespace fs = std::filesystem;
namespace {

constexpr char kApplication[] = "tsne-explorer";

std::atomic<int> connectionCounter{0};

QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.toStdString(); }

Error sqlError(const std::string& what, const QSqlError& e)
{
    return makeError(ErrorCode::UnreadableFile, what + ": " + ss(e.text()));
}

bool isBuiltIn(const std::string& spec) { return spec == "sample" || spec == "fashion-mnist"; }

run::RunStatus statusFrom(const QString& s)
{
    if (s == QLatin1String("running")) return run::RunStatus::Running;
    if (s == QLatin1String("cancelled")) return run::RunStatus::Cancelled;
    if (s == QLatin1String("failed")) return run::RunStatus::Failed;
    return run::RunStatus::Finished;
}

QJsonValue optionalNumber(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
std::optional<double> numberOrNothing(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

Status createSchema(QSqlDatabase& db)
{
    QSqlQuery q(db);
    const char* statements[] = {
        "PRAGMA journal_mode=DELETE",
        // 'tSNE' at byte 68 of the file: how file managers recognise a project without opening
        // it (packaging/tsne-explorer-mime.xml matches it after SQLite's own header).
        "PRAGMA application_id = 1951616581",
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE datasets(id INTEGER PRIMARY KEY, spec TEXT NOT NULL, content_hash TEXT NOT NULL DEFAULT '',"
        " UNIQUE(spec, content_hash))",
        "CREATE TABLE runs(id INTEGER PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL,"
        " dataset_id INTEGER REFERENCES datasets(id), parameters TEXT NOT NULL, status TEXT NOT NULL,"
        " threads INTEGER, iterations_done INTEGER, timings TEXT, metrics TEXT, kl_history TEXT,"
        " explained_variance TEXT, class_names TEXT, items INTEGER NOT NULL, dims INTEGER NOT NULL,"
        " coordinates BLOB NOT NULL, labels BLOB, versions TEXT, notes TEXT NOT NULL DEFAULT '')",
    };
    if (!db.transaction())
        return sqlError("cannot start a transaction", db.lastError());
    for (const char* sql : statements)
        if (!q.exec(QString::fromLatin1(sql))) {
            db.rollback();
            return sqlError("cannot create the project", q.lastError());
        }
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
    const std::pair<const char*, QString> meta[] = {
        {"application", QString::fromLatin1(kApplication)},
        {"format_version", QString::number(kProjectFormatVersion)},
        {"created_by", QStringLiteral("tsne-explorer " TSE_VERSION)},
    };
    for (const auto& [key, value] : meta) {
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(value);
        if (!q.exec()) {
            db.rollback();
            return sqlError("cannot create the project", q.lastError());
        }
    }
    if (!db.commit())
        return sqlError("cannot write the project (disk full?)", db.lastError());
    return Status::success();
}

}  // namespace

ProjectFile::ProjectFile(fs::path path, std::string connection)
    : path_(std::move(path)), connection_(std::move(connection))
{
}

ProjectFile::~ProjectFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(qs(connection_));
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const fs::path& path)
{
    // Build the new file beside the target and move it into place only when complete.
    const fs::path temporary = path.string() + ".creating";
    std::error_code ec;
    fs::remove(temporary, ec);
    {
        const QString name = QStringLiteral("tse-project-new-%1").arg(connectionCounter++);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(qs(temporary.string()));
            if (!db.open()) {
                const auto e = sqlError("cannot create " + path.string(), db.lastError());
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return e;
            }
            auto schema = createSchema(db);
            db.close();
            if (!schema) {
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                fs::remove(temporary, ec);
                return schema.error();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    fs::rename(temporary, path, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot create " + path.string() + ": " + ec.message());
    return open(path);
}

namespace {

fs::path lockPathFor(const fs::path& path) { return path.string() + ".lock"; }

std::unique_ptr<QLockFile> makeLock(const fs::path& path)
{
    auto lock = std::make_unique<QLockFile>(qs(lockPathFor(path).string()));
    // Held for as long as the project is open, so never stale by age; a holder whose process
    // has ended (same host) is stale and the lock is taken over.
    lock->setStaleLockTime(0);
    return lock;
}

std::string describeHolder(const QLockFile& lock)
{
    qint64 pid = 0;
    QString host, application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return "another program";
    return "process " + std::to_string(pid) + (host.isEmpty() ? std::string() : " on " + host.toStdString());
}

// Whether SQLite could write the file and create its journal beside it.
std::optional<std::string> unwritableBecause(const fs::path& path)
{
    if (::access(path.c_str(), W_OK) != 0)
        return std::string("the file cannot be written (") + std::strerror(errno) + ")";
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (::access(folder.c_str(), W_OK) != 0)
        return std::string("its folder cannot be written (") + std::strerror(errno) + ")";
    return std::nullopt;
}

}  // namespace

std::optional<std::string> editingLockHolder(const fs::path& path)
{
    auto lock = makeLock(path);
    if (lock->tryLock(0)) {
        lock->unlock();
        return std::nullopt;
    }
    if (lock->error() != QLockFile::LockFailedError)
        return std::nullopt;  // no lock can be taken there at all (read-only folder)
    return describeHolder(*lock);
}

Status ProjectFile::refuseIfReadOnly(const std::string& what) const
{
    if (!readOnly())
        return Status::success();
    return makeError(ErrorCode::InvalidArgument, "cannot " + what + ": " + path_.string() + " is open read-only because " +
                                                     readOnlyReason_ + " (Save As writes a copy)");
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const fs::path& path, OpenMode mode)
{
    const std::string name = path.string();
    std::error_code ec;
    if (!fs::exists(path, ec))
        return makeError(ErrorCode::FileNotFound, name + " does not exist");
    {
        // Look at the header before SQLite does, so foreign files are never touched.
        std::ifstream in(path, std::ios::binary);
        char header[16] = {};
        if (!in.read(header, 16) || std::memcmp(header, "SQLite format 3", 16) != 0)
            return makeError(ErrorCode::BadFormat, name + " is not a t-SNE Explorer project (not an SQLite file)");
    }
    const std::string connection = "tse-project-" + std::to_string(connectionCounter++);
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, connection));
    if (const auto why = unwritableBecause(path)) {
        project->readOnlyReason_ = *why;
    } else if (mode == OpenMode::Editing) {
        auto lock = makeLock(path);
        if (lock->tryLock(0))
            project->lock_ = std::move(lock);
        else if (lock->error() == QLockFile::LockFailedError)
            project->readOnlyReason_ = "it is open in another t-SNE Explorer (" + describeHolder(*lock) + ")";
        else
            project->readOnlyReason_ = "no lock file can be made beside it";
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), qs(connection));
    db.setDatabaseName(qs(name));
    // A writer waits for another's transaction instead of failing at once; a read-only project
    // is opened so by SQLite too, so nothing can change it by accident.
    db.setConnectOptions(project->readOnly() ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError("cannot open " + name, db.lastError());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
        return makeError(ErrorCode::BadFormat, name + " is damaged (SQLite integrity check failed); it was not changed");
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return makeError(ErrorCode::BadFormat, name + " is an SQLite file but not a t-SNE Explorer project");
    QString application;
    int version = -1;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("format_version"))
            version = q.value(1).toString().toInt();
    }
    if (application != QLatin1String(kApplication) || version < 1)
        return makeError(ErrorCode::BadFormat, name + " is an SQLite file but not a t-SNE Explorer project");
    if (version > kProjectFormatVersion)
        return makeError(ErrorCode::BadFormat, name + " was made by a newer version of t-SNE Explorer (project format " +
                                                   std::to_string(version) + "; this version reads up to " +
                                                   std::to_string(kProjectFormatVersion) + "); it was not changed");
    return project;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::openOrCreate(const fs::path& path)
{
    std::error_code ec;
    return fs::exists(path, ec) ? open(path) : create(path);
}

Result<int> ProjectFile::addRun(const run::RunRecord& record, const std::string& datasetHash)
{
    if (auto refused = refuseIfReadOnly("add the run"); !refused)
        return refused.error();
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    if (!db.transaction())
        return sqlError("cannot start saving", db.lastError());
    auto id = insertRun(record, datasetHash);
    if (!id) {
        db.rollback();
        return id.error();
    }
    if (!db.commit()) {
        const auto e = sqlError("cannot save the run (disk full?); the project keeps its previous runs", db.lastError());
        db.rollback();
        return e;
    }
    return id;
}

Result<std::vector<int>> ProjectFile::save(const ProjectChanges& changes)
{
    if (auto refused = refuseIfReadOnly("save"); !refused)
        return refused.error();
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    if (!db.transaction())
        return sqlError("cannot start saving", db.lastError());
    auto fail = [&](Error e) -> Result<std::vector<int>> {
        db.rollback();
        return e;
    };
    QSqlQuery q(db);
    // One statement with its bound values; false (and the error kept) when it fails.
    std::optional<Error> failure;
    auto run = [&](const QString& sql, const QVariantList& values, const std::string& what) {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            failure = sqlError(what, q.lastError());
        return !failure;
    };
    for (int id : changes.deleted) {
        if (!run(QStringLiteral("DELETE FROM runs WHERE id = ?"), {id}, "cannot delete run " + std::to_string(id)))
            return fail(*failure);
        if (auto removed = detail::deletePlacement(db, id); !removed)
            return fail(removed.error());
        if (auto removed = detail::deleteClusters(db, id); !removed)
            return fail(removed.error());
        if (auto removed = detail::deleteReplay(db, id); !removed)
            return fail(removed.error());
    }
    for (const auto& [id, clusters] : changes.clusters)
        if (auto written = detail::writeClusters(db, id, clusters); !written)
            return fail(written.error());
    for (const auto& [id, name] : changes.renamed)
        if (!run(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), {qs(name), id},
                 "cannot rename run " + std::to_string(id)))
            return fail(*failure);
    for (const auto& [id, text] : changes.notes)
        if (!run(QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"), {qs(text), id},
                 "cannot save the notes of run " + std::to_string(id)))
            return fail(*failure);
    std::vector<int> ids;
    for (const run::RunRecord* record : changes.added) {
        auto id = insertRun(*record, record->datasetHash);
        if (!id)
            return fail(id.error());
        ids.push_back(id.value());
    }
    if (!db.commit())
        return fail(sqlError("cannot save (disk full?); the project keeps its previous state", db.lastError()));
    return ids;
}

Result<int> ProjectFile::insertRun(const run::RunRecord& r, const std::string& datasetHash)
{
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    const auto n = r.coordinates.rows();
    const auto dims = r.coordinates.cols();
    if (n == 0 || (dims != 2 && dims != 3))
        return makeError(ErrorCode::InvalidArgument, "a run needs N × 2 or N × 3 coordinates to be saved");
    if (!r.labels.empty() && static_cast<Eigen::Index>(r.labels.size()) != n)
        return makeError(ErrorCode::InvalidArgument, "the run's labels and coordinates differ in length");

    // Paths below the project's folder are stored relative to it, so a moved folder still works.
    std::string storedDataset = r.parameters.dataset;
    if (!isBuiltIn(storedDataset) && fs::path(storedDataset).is_absolute()) {
        const fs::path relative = fs::path(storedDataset).lexically_proximate(fs::absolute(path_).parent_path());
        if (!relative.empty() && relative.native().rfind("..", 0) != 0)
            storedDataset = relative.generic_string();
    }

    // The caller owns the transaction.
    auto fail = [&](const std::string& what, const QSqlError& e) -> Result<int> { return sqlError(what, e); };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO datasets(spec, content_hash) VALUES (?, ?)"));
    q.addBindValue(qs(storedDataset));
    q.addBindValue(qs(datasetHash));
    if (!q.exec())
        return fail("cannot save the dataset", q.lastError());
    q.prepare(QStringLiteral("SELECT id FROM datasets WHERE spec = ? AND content_hash = ?"));
    q.addBindValue(qs(storedDataset));
    q.addBindValue(qs(datasetHash));
    if (!q.exec() || !q.next())
        return fail("cannot save the dataset", q.lastError());
    const int datasetId = q.value(0).toInt();

    const QJsonObject timings{{"load", r.timings.load},
                              {"features", r.timings.features},
                              {"pca", r.timings.pca},
                              {"affinities", r.timings.affinities},
                              {"optimisation", r.timings.optimisation}};
    const QJsonObject metrics{{"kl", optionalNumber(r.klDivergence)},
                              {"knnAccuracy", optionalNumber(r.knnAccuracy)},
                              {"trustworthiness", optionalNumber(r.trustworthiness)},
                              {"continuity", optionalNumber(r.continuity)},
                              {"knnPreservation", optionalNumber(r.knnPreservation)},
                              {"metricQueries", static_cast<qint64>(r.metricQueries)},
                              {"metricK", r.metricK}};
    QJsonArray history;
    for (const auto& s : r.klHistory)
        history.append(QJsonArray{s.iteration, s.kl});
    QJsonArray variance;
    for (double v : r.explainedVarianceRatio)
        variance.append(v);
    QJsonArray classes;
    for (const auto& c : r.classNames)
        classes.append(qs(c));
    const QJsonObject versions{{"program", QStringLiteral(TSE_VERSION)},
                               {"qt", QString::fromLatin1(qVersion())},
                               {"eigen", QStringLiteral("%1.%2.%3")
                                             .arg(EIGEN_WORLD_VERSION)
                                             .arg(EIGEN_MAJOR_VERSION)
                                             .arg(EIGEN_MINOR_VERSION)}};
    const auto created = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(r.created.time_since_epoch()).count(), Qt::UTC);
    auto json = [](const auto& v) { return QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact)); };

    q.prepare(QStringLiteral(
        "INSERT INTO runs(name, created, dataset_id, parameters, status, threads, iterations_done, timings, metrics,"
        " kl_history, explained_variance, class_names, items, dims, coordinates, labels, versions, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(qs(r.name));
    q.addBindValue(created.toString(Qt::ISODateWithMs));
    q.addBindValue(datasetId);
    QJsonObject parameters = parametersToJson(r.parameters, storedDataset);
    parameters.insert(QStringLiteral("featuresKey"), qs(r.featuresKey));
    q.addBindValue(json(parameters));
    q.addBindValue(QString::fromLatin1(run::runStatusName(r.status)));
    q.addBindValue(r.threads);
    q.addBindValue(r.iterationsDone);
    q.addBindValue(json(timings));
    q.addBindValue(json(metrics));
    q.addBindValue(json(history));
    q.addBindValue(json(variance));
    q.addBindValue(json(classes));
    q.addBindValue(static_cast<qlonglong>(n));
    q.addBindValue(static_cast<int>(dims));
    // Little-endian float32, row-major (N × dims), and int32 labels: copied as they are in memory.
    q.addBindValue(QByteArray(reinterpret_cast<const char*>(r.coordinates.data()),
                              static_cast<qsizetype>(sizeof(float) * r.coordinates.size())));
    q.addBindValue(QByteArray(reinterpret_cast<const char*>(r.labels.data()),
                              static_cast<qsizetype>(sizeof(int) * r.labels.size())));
    q.addBindValue(json(versions));
    q.addBindValue(qs(r.notes));
    if (!q.exec())
        return fail("cannot save the run", q.lastError());
    const int id = q.lastInsertId().toInt();
    if (auto placement = detail::writePlacement(db, id, r); !placement)
        return placement.error();
    if (!r.clusters.empty() && r.clusters.labels.size() != static_cast<std::size_t>(n))
        return makeError(ErrorCode::InvalidArgument, "cannot save the run: its clusters are of another map");
    if (auto clusters = detail::writeClusters(db, id, r.clusters); !clusters)
        return clusters.error();
    if (!r.replay.empty() && (r.replay.items() != n || r.replay.dimensions() != dims))
        return makeError(ErrorCode::InvalidArgument, "cannot save the run: its replay is of another map");
    if (auto replay = detail::writeReplay(db, id, r.replay); !replay)
        return replay.error();
    return id;
}

Result<std::vector<RunSummary>> ProjectFile::runs() const
{
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT runs.id, name, created, parameters, status, timings, metrics, items"
                               " FROM runs ORDER BY runs.id")))
        return sqlError("cannot read the runs", q.lastError());
    std::vector<RunSummary> result;
    while (q.next()) {
        RunSummary s;
        s.id = q.value(0).toInt();
        s.name = ss(q.value(1).toString());
        s.created = ss(q.value(2).toString());
        const auto p = parametersFromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        s.dataset = p.dataset;
        s.features = p.features;
        s.pcaDims = p.pcaDims;
        s.perplexity = p.tsne.perplexity;
        s.learningRate = p.tsne.learningRate;
        s.iterations = p.tsne.iterations;
        s.dimensions = p.tsne.dimensions;
        s.seed = p.tsne.seed;
        s.status = statusFrom(q.value(4).toString());
        const QJsonObject t = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        for (const char* k : {"load", "features", "pca", "affinities", "optimisation"})
            s.seconds += t.value(QLatin1String(k)).toDouble();
        const QJsonObject m = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        s.klDivergence = numberOrNothing(m.value("kl"));
        s.trustworthiness = numberOrNothing(m.value("trustworthiness"));
        s.items = static_cast<std::size_t>(q.value(7).toLongLong());
        result.push_back(std::move(s));
    }
    return result;
}

Result<run::RunRecord> ProjectFile::loadRun(int id) const
{
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT name, created, parameters, status, threads, iterations_done, timings, metrics, kl_history,"
        " explained_variance, class_names, items, dims, coordinates, labels, notes,"
        " (SELECT content_hash FROM datasets WHERE datasets.id = runs.dataset_id) FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError("cannot read run " + std::to_string(id), q.lastError());
    if (!q.next())
        return makeError(ErrorCode::InvalidArgument, "the project has no run " + std::to_string(id));
    run::RunRecord r;
    r.id = id;
    r.name = ss(q.value(0).toString());
    const QDateTime created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    // system_clock counts nanoseconds in 64 bits (years 1678–2262): a date outside is kept at the edge.
    constexpr qint64 kLimitMs = 9'000'000'000'000;  // 9e12 ms = 9e18 ns, within int64
    const qint64 ms = created.isValid() ? std::clamp(created.toMSecsSinceEpoch(), -kLimitMs, kLimitMs) : 0;
    r.created = std::chrono::system_clock::time_point(std::chrono::milliseconds(ms));
    const QJsonObject parameters = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    r.parameters = parametersFromJson(parameters);
    r.featuresKey = ss(parameters.value(QStringLiteral("featuresKey")).toString());
    // Relative dataset paths are relative to the project's folder.
    if (!isBuiltIn(r.parameters.dataset) && !r.parameters.dataset.empty() &&
        fs::path(r.parameters.dataset).is_relative())
        r.parameters.dataset = (fs::absolute(path_).parent_path() / r.parameters.dataset).lexically_normal().string();
    r.status = statusFrom(q.value(3).toString());
    r.threads = q.value(4).toInt();
    r.iterationsDone = q.value(5).toInt();
    const QJsonObject t = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    r.timings = {t.value("load").toDouble(), t.value("features").toDouble(), t.value("pca").toDouble(),
                 t.value("affinities").toDouble(), t.value("optimisation").toDouble()};
    const QJsonObject m = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.klDivergence = numberOrNothing(m.value("kl"));
    r.knnAccuracy = numberOrNothing(m.value("knnAccuracy"));
    r.trustworthiness = numberOrNothing(m.value("trustworthiness"));
    r.continuity = numberOrNothing(m.value("continuity"));
    r.knnPreservation = numberOrNothing(m.value("knnPreservation"));
    r.metricQueries = static_cast<std::size_t>(std::max<qint64>(0, m.value("metricQueries").toInteger()));
    r.metricK = m.value("metricK").toInt(10);
    for (const auto& v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        r.klHistory.push_back({v.toArray().at(0).toInt(), v.toArray().at(1).toDouble()});
    for (const auto& v : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
        r.explainedVarianceRatio.push_back(v.toDouble());
    for (const auto& v : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
        r.classNames.push_back(ss(v.toString()));
    const auto n = q.value(11).toLongLong();
    const int dims = q.value(12).toInt();
    const QByteArray coordinates = q.value(13).toByteArray();
    // Compared by division: a claimed item count near 2^61 must not wrap the product around to
    // the blob's real size (issue 19).
    const auto rowBytes = static_cast<qsizetype>(sizeof(float)) * std::max(dims, 1);
    if (dims < 2 || dims > 3 || n < 1 || coordinates.size() % rowBytes != 0 || coordinates.size() / rowBytes != n)
        return makeError(ErrorCode::BadFormat, "run " + std::to_string(id) + " in " + path_.string() +
                                                   " has damaged coordinates");
    r.coordinates.resize(n, dims);
    std::memcpy(r.coordinates.data(), coordinates.constData(), static_cast<std::size_t>(coordinates.size()));
    const QByteArray labels = q.value(14).toByteArray();
    if (!labels.isEmpty()) {
        if (labels.size() % static_cast<qsizetype>(sizeof(int)) != 0 || labels.size() / static_cast<qsizetype>(sizeof(int)) != n)
            return makeError(ErrorCode::BadFormat, "run " + std::to_string(id) + " has damaged labels");
        r.labels.resize(static_cast<std::size_t>(n));
        std::memcpy(r.labels.data(), labels.constData(), static_cast<std::size_t>(labels.size()));
    }
    r.notes = ss(q.value(15).toString());
    r.datasetHash = ss(q.value(16).toString());
    if (auto placement = detail::readPlacement(db, id, static_cast<std::size_t>(n), r, path_); !placement)
        return placement.error();
    if (auto clusters = detail::readClusters(db, id, static_cast<std::size_t>(n), r, path_); !clusters)
        return clusters.error();
    return r;
}

Result<std::shared_ptr<const run::ReferenceSpace>> ProjectFile::loadReferenceSpace(int id) const
{
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT items FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError("cannot read run " + std::to_string(id), q.lastError());
    if (!q.next())
        return makeError(ErrorCode::InvalidArgument, "the project has no run " + std::to_string(id));
    return detail::readReferenceSpace(db, id, static_cast<std::size_t>(std::max<qlonglong>(0, q.value(0).toLongLong())),
                                      path_);
}

Result<run::MapReplay> ProjectFile::loadReplay(int id) const
{
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT items, dims FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError("cannot read run " + std::to_string(id), q.lastError());
    if (!q.next())
        return makeError(ErrorCode::InvalidArgument, "the project has no run " + std::to_string(id));
    run::RunRecord holder;
    if (auto read = detail::readReplay(db, id, static_cast<std::size_t>(std::max<qlonglong>(0, q.value(0).toLongLong())),
                                       q.value(1).toInt(), holder, path_);
        !read)
        return read.error();
    return std::move(holder.replay);
}

namespace {

Status updateOne(const std::string& connection, const QString& sql, const QVariant& value, int id,
                 const std::string& what)
{
    QSqlDatabase db = QSqlDatabase::database(QString::fromStdString(connection), false);
    QSqlQuery q(db);
    q.prepare(sql);
    if (value.isValid())
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(what, q.lastError());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::InvalidArgument, "the project has no run " + std::to_string(id));
    return Status::success();
}

}  // namespace

Status ProjectFile::renameRun(int id, const std::string& name)
{
    if (auto refused = refuseIfReadOnly("rename the run"); !refused)
        return refused;
    return updateOne(connection_, QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), qs(name), id,
                     "cannot rename the run");
}

Status ProjectFile::setNotes(int id, const std::string& notes)
{
    if (auto refused = refuseIfReadOnly("save the notes"); !refused)
        return refused;
    return updateOne(connection_, QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"), qs(notes), id,
                     "cannot save the notes");
}

Status ProjectFile::deleteRun(int id)
{
    if (auto refused = refuseIfReadOnly("delete the run"); !refused)
        return refused;
    QSqlDatabase db = QSqlDatabase::database(qs(connection_), false);
    if (!db.transaction())
        return sqlError("cannot start deleting", db.lastError());
    auto deleted = updateOne(connection_, QStringLiteral("DELETE FROM runs WHERE id = ?"), QVariant(), id,
                             "cannot delete the run");
    if (deleted)
        deleted = detail::deletePlacement(db, id);
    if (deleted)
        deleted = detail::deleteClusters(db, id);
    if (deleted)
        deleted = detail::deleteReplay(db, id);
    if (!deleted || !db.commit()) {
        db.rollback();
        return deleted ? Status(sqlError("cannot delete the run (disk full?)", db.lastError())) : deleted;
    }
    return Status::success();
}

}  // namespace tse::project
