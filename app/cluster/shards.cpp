// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "shards.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <random>

#include "tse/common/npy.h"

namespace tse::cluster {
namespace fs = std::filesystem;
namespace {

constexpr int kFormat = 1;
constexpr qint64 kMaxManifestBytes = 1 << 20;

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool parseInt(std::string_view text, int& value)
{
    const auto* end = text.data() + text.size();
    auto [at, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && at == end;
}

fs::path withSuffix(const fs::path& stem, const char* suffix) { return stem.string() + suffix; }

// Writes bytes to path through a temporary name: a kill leaves the old file or none.
Status writeAtomically(const fs::path& path, const std::string& bytes)
{
    const fs::path part = path.string() + ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out)
            return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string() + " (disk full?)");
    }
    std::error_code ec;
    fs::rename(part, path, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot move " + part.string() + " into place: " + ec.message());
    return Status::success();
}

// npy files are written whole, then renamed.
template <class Write>
Status writeThrough(const fs::path& path, Write write)
{
    const fs::path part = path.string() + ".part.npy";
    if (auto written = write(part); !written)
        return written;
    std::error_code ec;
    fs::rename(part, path, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot move " + part.string() + " into place: " + ec.message());
    return Status::success();
}

std::vector<fs::path> shardFiles(const fs::path& stem, ShardKind kind)
{
    return {withSuffix(stem, ".npy"), withSuffix(stem, ".labels.npy"),
            withSuffix(stem, kind == ShardKind::Features ? ".files.txt" : ".space.npy")};
}

QJsonObject toJson(const ShardManifest& m)
{
    QJsonArray classes, sums;
    for (const auto& c : m.classNames)
        classes.append(qs(c));
    for (const auto& c : m.checksums)
        sums.append(qs(c));
    return QJsonObject{{"format", kFormat},
                       {"kind", QString::fromLatin1(shardKindName(m.kind))},
                       {"shard", m.shard},
                       {"shards", m.shards},
                       {"first", static_cast<qint64>(m.first)},
                       {"rows", static_cast<qint64>(m.rows)},
                       {"total", static_cast<qint64>(m.total)},
                       {"columns", static_cast<qint64>(m.columns)},
                       {"source", qs(m.source)},
                       {"sourceHash", qs(m.sourceHash)},
                       {"producer", qs(m.producer)},
                       {"classNames", classes},
                       {"checksums", sums}};
}

Result<ShardManifest> readManifest(const fs::path& path, ShardKind kind)
{
    QFile file(qs(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileNotFound, path.string() + " is missing");
    if (file.size() > kMaxManifestBytes)
        return makeError(ErrorCode::BadFormat, path.string() + " is too large for a shard manifest");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject o = doc.object();
    auto bad = makeError(ErrorCode::BadFormat, path.string() + " is not a shard manifest of this program");
    if (error.error != QJsonParseError::NoError || o.value("format").toInt() != kFormat ||
        o.value("kind").toString() != QString::fromLatin1(shardKindName(kind)))
        return bad;
    ShardManifest m;
    m.kind = kind;
    m.shard = o.value("shard").toInt(-1);
    m.shards = o.value("shards").toInt(0);
    const qint64 first = o.value("first").toInteger(-1), rows = o.value("rows").toInteger(-1),
                 total = o.value("total").toInteger(-1), columns = o.value("columns").toInteger(-1);
    if (m.shards < 1 || m.shard < 0 || m.shard >= m.shards || first < 0 || rows < 0 || total < 0 || columns < 0 ||
        first > total || rows > total - first || columns > (qint64(1) << 32))
        return bad;
    m.first = std::size_t(first);
    m.rows = std::size_t(rows);
    m.total = std::size_t(total);
    m.columns = std::size_t(columns);
    m.source = o.value("source").toString().toStdString();
    m.sourceHash = o.value("sourceHash").toString().toStdString();
    m.producer = o.value("producer").toString().toStdString();
    for (const auto& v : o.value("classNames").toArray())
        m.classNames.push_back(v.toString().toStdString());
    for (const auto& v : o.value("checksums").toArray())
        m.checksums.push_back(v.toString().toStdString());
    if (m.checksums.size() != 3)
        return bad;
    return m;
}

std::string describe(const ShardManifest& m)
{
    return std::string(shardKindName(m.kind)) + " shard " + std::to_string(m.shard) + " of " + std::to_string(m.shards);
}

Status verifyChecksums(const fs::path& dir, const ShardManifest& m)
{
    const auto files = shardFiles(shardStem(dir, m.kind, m.shard, m.shards), m.kind);
    for (std::size_t f = 0; f < files.size(); ++f)
        if (fileChecksum(files[f]) != m.checksums[f])
            return makeError(ErrorCode::BadFormat, describe(m) + ": " + files[f].filename().string() +
                                                       " is missing or does not match its manifest (damaged, or "
                                                       "written by a shard that was stopped)");
    return Status::success();
}

}  // namespace

const char* shardKindName(ShardKind kind) { return kind == ShardKind::Features ? "features" : "placed"; }

Result<ShardSlice> shardSlice(int index, int count, std::size_t items, std::size_t align)
{
    if (count < 1 || index < 0 || index >= count)
        return makeError(ErrorCode::InvalidArgument, "shard " + std::to_string(index) + " of " + std::to_string(count) +
                                                         " does not exist (shards count from 0 to N-1)");
    align = std::max<std::size_t>(1, align);
    const std::size_t blocks = (items + align - 1) / align;
    auto boundary = [&](int k) {
        const std::size_t b = static_cast<std::size_t>((static_cast<unsigned __int128>(blocks) * unsigned(k)) / unsigned(count));
        return std::min(items, b * align);
    };
    ShardSlice s;
    s.index = index;
    s.count = count;
    s.first = boundary(index);
    s.rows = (index + 1 == count ? items : boundary(index + 1)) - s.first;
    return s;
}

Result<std::pair<int, int>> parseShard(const std::string& text, const Environment& environment)
{
    const auto slash = text.find('/');
    int k = 0, n = 0;
    if (slash == std::string::npos) {
        if (!parseInt(text, n) || n < 1)
            return makeError(ErrorCode::InvalidArgument, "--shard takes K/N or N (N ≥ 1), got '" + text + "'");
        const Environment env = environment ? environment : [](const char* name) { return std::getenv(name); };
        const char* fromSlurm = env("SLURM_ARRAY_TASK_ID");
        const char* fromKubernetes = env("JOB_COMPLETION_INDEX");
        const char* value = fromSlurm && *fromSlurm ? fromSlurm : fromKubernetes;
        if (!value || !*value)
            return makeError(ErrorCode::InvalidArgument, "--shard " + text +
                                                             " takes the shard index from SLURM_ARRAY_TASK_ID or "
                                                             "JOB_COMPLETION_INDEX, and neither is set (or give --shard K/" +
                                                             text + ")");
        if (!parseInt(value, k))
            return makeError(ErrorCode::InvalidArgument, std::string("the shard index in the environment is not a number: '") +
                                                             value + "'");
    } else if (!parseInt(std::string_view(text).substr(0, slash), k) || !parseInt(std::string_view(text).substr(slash + 1), n) ||
               n < 1) {
        return makeError(ErrorCode::InvalidArgument, "--shard takes K/N (K from 0 to N-1), got '" + text + "'");
    }
    if (k < 0 || k >= n)
        return makeError(ErrorCode::InvalidArgument, "shard " + std::to_string(k) + " of " + std::to_string(n) +
                                                         " does not exist (shards count from 0 to N-1)");
    return std::pair{k, n};
}

fs::path shardStem(const fs::path& dir, ShardKind kind, int shard, int shards)
{
    return dir / (std::string(shardKindName(kind)) + "-" + std::to_string(shard) + "-of-" + std::to_string(shards));
}

std::string fileChecksum(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    std::uint64_t h = 14695981039346656037ull;
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            h ^= static_cast<unsigned char>(buffer[i]);
            h *= 1099511628211ull;
        }
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

Status writeShard(const fs::path& dir, ShardManifest manifest, const ShardData& data)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    const fs::path stem = shardStem(dir, manifest.kind, manifest.shard, manifest.shards);
    const auto files = shardFiles(stem, manifest.kind);
    // An old manifest goes first: until the new one is written, the shard counts as missing.
    fs::remove(withSuffix(stem, ".json"), ec);
    if (auto w = writeThrough(files[0], [&](const fs::path& p) { return npy::writeMatrix(p, data.rows); }); !w)
        return w;
    if (auto w = writeThrough(files[1], [&](const fs::path& p) { return npy::writeLabels(p, data.labels); }); !w)
        return w;
    if (manifest.kind == ShardKind::Features) {
        std::string list;
        for (const auto& item : data.items)
            list += item + "\n";
        if (auto w = writeAtomically(files[2], list); !w)
            return w;
    } else if (auto w = writeThrough(files[2], [&](const fs::path& p) { return npy::writeMatrix(p, data.space); }); !w) {
        return w;
    }
    manifest.checksums.clear();
    for (const auto& f : files)
        manifest.checksums.push_back(fileChecksum(f));
    const QByteArray json = QJsonDocument(toJson(manifest)).toJson(QJsonDocument::Indented);
    return writeAtomically(withSuffix(stem, ".json"), json.toStdString());
}

Result<std::vector<ShardManifest>> checkShards(const fs::path& dir, ShardKind kind)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return makeError(ErrorCode::FileNotFound, dir.string() + " is not a folder");
    // Every manifest of this kind, by N then K.
    std::map<int, std::map<int, fs::path>> found;
    const std::string prefix = std::string(shardKindName(kind)) + "-";
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || !name.ends_with(".json"))
            continue;
        const std::string core = name.substr(prefix.size(), name.size() - prefix.size() - 5);
        const auto of = core.find("-of-");
        int k = 0, n = 0;
        if (of == std::string::npos || !parseInt(std::string_view(core).substr(0, of), k) ||
            !parseInt(std::string_view(core).substr(of + 4), n))
            continue;
        found[n][k] = entry.path();
    }
    if (found.empty())
        return makeError(ErrorCode::FileNotFound, "no " + std::string(shardKindName(kind)) + " shards in " + dir.string());
    if (found.size() > 1)
        return makeError(ErrorCode::InvalidArgument, dir.string() + " holds shards of " + std::to_string(found.begin()->first) +
                                                         " and of " + std::to_string(found.rbegin()->first) +
                                                         " shards: one plan per folder");
    const int n = found.begin()->first;
    std::vector<ShardManifest> manifests;
    for (int k = 0; k < n; ++k) {
        const fs::path path = withSuffix(shardStem(dir, kind, k, n), ".json");
        if (!found.begin()->second.count(k))
            return makeError(ErrorCode::FileNotFound, std::string(shardKindName(kind)) + " shard " + std::to_string(k) +
                                                          " of " + std::to_string(n) + " is missing (no " +
                                                          path.filename().string() + ")");
        auto m = readManifest(path, kind);
        if (!m)
            return m.error();
        if (m->shard != k || m->shards != n)
            return makeError(ErrorCode::BadFormat, path.string() + " names shard " + std::to_string(m->shard) + " of " +
                                                       std::to_string(m->shards));
        if (!manifests.empty()) {
            const auto& a = manifests.front();
            if (m->source != a.source || m->sourceHash != a.sourceHash || m->producer != a.producer ||
                m->total != a.total || m->columns != a.columns || m->classNames != a.classNames)
                return makeError(ErrorCode::InvalidArgument, describe(*m) + " comes from other work than shard 0 (" +
                                                                 m->source + ", " + m->producer + ")");
            const auto& previous = manifests.back();
            if (m->first != previous.first + previous.rows)
                return makeError(ErrorCode::InvalidArgument, describe(*m) + " starts at item " + std::to_string(m->first) +
                                                                 " but the shards before it end at " +
                                                                 std::to_string(previous.first + previous.rows));
        } else if (m->first != 0) {
            return makeError(ErrorCode::InvalidArgument, describe(*m) + " does not start at the first item");
        }
        if (auto sums = verifyChecksums(dir, *m); !sums)
            return sums.error();
        manifests.push_back(std::move(m.value()));
    }
    const auto& last = manifests.back();
    if (last.first + last.rows != last.total)
        return makeError(ErrorCode::InvalidArgument, "the shards hold " + std::to_string(last.first + last.rows) + " of " +
                                                         std::to_string(last.total) + " items");
    return manifests;
}

Result<ShardData> readShard(const fs::path& dir, const ShardManifest& m)
{
    if (auto sums = verifyChecksums(dir, m); !sums)
        return sums.error();
    const auto files = shardFiles(shardStem(dir, m.kind, m.shard, m.shards), m.kind);
    ShardData data;
    auto rows = npy::readMatrix(files[0]);
    if (!rows)
        return rows.error();
    data.rows = std::move(rows.value());
    auto labels = npy::readLabels(files[1]);
    if (!labels)
        return labels.error();
    data.labels = std::move(labels.value());
    if (m.kind == ShardKind::Features) {
        std::ifstream in(files[2]);
        for (std::string line; std::getline(in, line);)
            data.items.push_back(line);
    } else {
        auto space = npy::readMatrix(files[2]);
        if (!space)
            return space.error();
        data.space = std::move(space.value());
    }
    const bool shapes = static_cast<std::size_t>(data.rows.rows()) == m.rows &&
                        static_cast<std::size_t>(data.rows.cols()) == m.columns && data.labels.size() == m.rows &&
                        (m.kind == ShardKind::Features ? data.items.size() == m.rows
                                                       : static_cast<std::size_t>(data.space.rows()) == m.rows);
    if (!shapes && m.rows > 0)
        return makeError(ErrorCode::BadFormat, describe(m) + ": its files do not have the manifest's " +
                                                   std::to_string(m.rows) + " rows");
    return data;
}

std::vector<int> missingShards(const fs::path& dir, ShardKind kind, int count)
{
    std::vector<int> missing;
    for (int k = 0; k < count; ++k) {
        auto m = readManifest(withSuffix(shardStem(dir, kind, k, count), ".json"), kind);
        if (!m || m->shard != k || m->shards != count || !verifyChecksums(dir, *m))
            missing.push_back(k);
    }
    return missing;
}

Result<ShardManifest> mergeFeatureShards(const fs::path& dir, const fs::path& out, std::size_t sample,
                                         std::uint64_t seed)
{
    auto manifests = checkShards(dir, ShardKind::Features);
    if (!manifests)
        return manifests.error();
    const ShardManifest& first = manifests->front();
    const auto total = static_cast<std::int64_t>(first.total), columns = static_cast<std::int64_t>(first.columns);
    if (sample >= first.total && sample > 0)
        return makeError(ErrorCode::InvalidArgument, "a sample of " + std::to_string(sample) + " leaves none of the " +
                                                         std::to_string(first.total) + " items to place");
    fs::path stem = out;
    stem.replace_extension();
    auto writer = npy::MatrixWriter::open(out, total, columns);
    if (!writer)
        return writer.error();
    // The sample: a seeded shuffle's first rows, kept in dataset order.
    std::vector<char> inSample(first.total, 0);
    std::optional<npy::MatrixWriter> sampleWriter, restWriter;
    if (sample > 0) {
        std::vector<std::size_t> order(first.total);
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::mt19937_64 rng(seed);
        for (std::size_t i = 0; i < sample; ++i)
            std::swap(order[i], order[i + std::uniform_int_distribution<std::size_t>(0, order.size() - 1 - i)(rng)]);
        for (std::size_t i = 0; i < sample; ++i)
            inSample[order[i]] = 1;
        auto a = npy::MatrixWriter::open(withSuffix(stem, ".sample.npy"), std::int64_t(sample), columns);
        auto b = npy::MatrixWriter::open(withSuffix(stem, ".rest.npy"), total - std::int64_t(sample), columns);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        sampleWriter = std::move(a.value());
        restWriter = std::move(b.value());
    }
    std::vector<std::int64_t> labels, sampleLabels, restLabels;
    std::string items;
    for (const auto& m : *manifests) {
        auto data = readShard(dir, m);
        if (!data)
            return data.error();
        if (m.rows == 0)
            continue;
        if (auto appended = writer->append(data->rows); !appended)
            return appended.error();
        labels.insert(labels.end(), data->labels.begin(), data->labels.end());
        for (const auto& item : data->items)
            items += item + "\n";
        if (sample > 0) {
            // Runs of consecutive rows that go the same way are appended at once.
            for (std::size_t r = 0; r < m.rows;) {
                const bool chosen = inSample[m.first + r] != 0;
                std::size_t end = r + 1;
                while (end < m.rows && (inSample[m.first + end] != 0) == chosen)
                    ++end;
                auto& target = chosen ? *sampleWriter : *restWriter;
                if (auto appended = target.append(data->rows.middleRows(Eigen::Index(r), Eigen::Index(end - r))); !appended)
                    return appended.error();
                auto& labels = chosen ? sampleLabels : restLabels;
                labels.insert(labels.end(), data->labels.begin() + std::ptrdiff_t(r), data->labels.begin() + std::ptrdiff_t(end));
                r = end;
            }
        }
    }
    if (sample > 0) {
        for (const auto& part : {std::pair{".sample.labels.npy", &sampleLabels}, std::pair{".rest.labels.npy", &restLabels}}) {
            const std::vector<std::int64_t>& values = *part.second;
            if (auto w = writeThrough(withSuffix(stem, part.first), [&](const fs::path& p) { return npy::writeLabels(p, values); });
                !w)
                return w.error();
        }
        if (auto closed = sampleWriter->close(); !closed)
            return closed.error();
        if (auto closed = restWriter->close(); !closed)
            return closed.error();
    }
    const fs::path labelsPath = withSuffix(stem, ".labels.npy"), filesPath = withSuffix(stem, ".files.txt");
    if (auto w = writeThrough(labelsPath, [&](const fs::path& p) { return npy::writeLabels(p, labels); }); !w)
        return w.error();
    if (auto w = writeAtomically(filesPath, items); !w)
        return w.error();
    // The classes by name, beside each matrix, so a run embedded from it shows them.
    std::string classes;
    for (const auto& name : first.classNames)
        classes += name + "\n";
    for (const char* suffix : {".classes.txt", ".sample.classes.txt", ".rest.classes.txt"}) {
        if (sample == 0 && std::string(suffix) != ".classes.txt")
            continue;
        if (auto w = writeAtomically(withSuffix(stem, suffix), classes); !w)
            return w.error();
    }
    // The matrix last: its presence says the merge is complete.
    if (auto closed = writer->close(); !closed)
        return closed.error();
    return first;
}

}  // namespace tse::cluster
