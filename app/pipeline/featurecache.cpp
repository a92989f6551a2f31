// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "featurecache.h"

#include <cstdint>
#include <cstdlib>
#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

#include "tse/common/npy.h"

namespace tse::app {
namespace fs = std::filesystem;

namespace {

std::string fnv1a(const std::string& text)
{
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

// Keys are a few hundred bytes; a key file larger than this is not ours.
constexpr std::size_t kMaxKeyBytes = 64 * 1024;

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string text(kMaxKeyBytes + 1, '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(std::size_t(std::max<std::streamsize>(in.gcount(), 0)));
    return text;
}

}  // namespace

fs::path FeatureDiskCache::defaultDirectory()
{
    if (const char* dir = std::getenv("TSE_CACHE_DIR"); dir && *dir)
        return fs::path(dir) / "features";
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return fs::path(xdg) / "tsne-explorer" / "features";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "tsne-explorer" / "features";
    return fs::temp_directory_path() / "tsne-explorer" / "features";
}

imageio::FolderOptions defaultFolderOptions()
{
    imageio::FolderOptions options;
    options.indexDirectory = FeatureDiskCache::defaultDirectory().parent_path() / "folders";
    return options;
}

std::uintmax_t FeatureDiskCache::defaultLimitBytes()
{
    constexpr std::uintmax_t megabyte = 1024 * 1024;
    if (const char* limit = std::getenv("TSE_CACHE_LIMIT_MB"); limit && *limit) {
        char* end = nullptr;
        const unsigned long long mb = std::strtoull(limit, &end, 10);
        if (end && *end == '\0')
            return mb * megabyte;
    }
    return 4096 * megabyte;
}

FeatureDiskCache::FeatureDiskCache(fs::path directory, std::uintmax_t limitBytes)
    : directory_(std::move(directory)), limitBytes_(limitBytes)
{
}

fs::path FeatureDiskCache::fileFor(const std::string& key, const char* suffix) const
{
    return directory_ / (fnv1a(key) + suffix);
}

std::optional<CachedFeatures> FeatureDiskCache::load(const std::string& key, std::size_t expectedRows) const
{
    // The key is stored beside the matrix: a hash collision or a stale file never returns
    // another run's features.
    std::error_code ec;
    if (!fs::exists(fileFor(key, ".npy"), ec) || readText(fileFor(key, ".key")) != key)
        return std::nullopt;
    auto features = npy::readMatrix(fileFor(key, ".npy"));
    if (!features || std::size_t(features->rows()) != expectedRows || !features->allFinite())
        return std::nullopt;
    // Used now: the least recently used entries are the first to go when the cache is full.
    fs::last_write_time(fileFor(key, ".key"), fs::file_time_type::clock::now(), ec);
    CachedFeatures entry{std::move(features.value()), {}};
    if (fs::exists(fileFor(key, ".noface.npy"), ec)) {
        auto items = npy::readLabels(fileFor(key, ".noface.npy"));
        if (!items)
            return std::nullopt;
        for (auto i : *items) {
            if (i < 0 || std::uint64_t(i) >= expectedRows)
                return std::nullopt;
            entry.noFaceItems.push_back(std::size_t(i));
        }
    }
    return entry;
}

bool FeatureDiskCache::store(const std::string& key, const CachedFeatures& entry) const
{
    std::error_code ec;
    fs::create_directories(directory_, ec);
    const fs::path target = fileFor(key, ".npy"), partial = fileFor(key, ".npy.partial");
    if (!npy::writeMatrix(partial, entry.features)) {
        fs::remove(partial, ec);
        return false;
    }
    if (!entry.noFaceItems.empty()) {
        std::vector<std::int64_t> items(entry.noFaceItems.begin(), entry.noFaceItems.end());
        if (!npy::writeLabels(fileFor(key, ".noface.npy"), items))
            return false;
    }
    {
        std::ofstream out(fileFor(key, ".key"), std::ios::binary | std::ios::trunc);
        out << key;
        if (!out)
            return false;
    }
    fs::rename(partial, target, ec);
    if (ec)
        return false;
    trim(key);
    return true;
}

namespace {

// The cache's files by entry (the key's hash, the name's first 16 characters).
struct Entry {
    std::vector<fs::path> files;
    std::uintmax_t bytes = 0;
    fs::file_time_type lastUse = fs::file_time_type::min();  // the .key file's time
};

std::map<std::string, Entry> entriesIn(const fs::path& directory)
{
    std::map<std::string, Entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        if (name.size() < 17 || !it->is_regular_file(ec))
            continue;
        // Another process may be writing it: only leftovers older than a day count.
        if (path.extension() == ".partial" && it->last_write_time(ec) > fs::file_time_type::clock::now() - std::chrono::hours(24))
            continue;
        Entry& entry = entries[name.substr(0, 16)];
        entry.files.push_back(path);
        entry.bytes += it->file_size(ec);
        if (path.extension() == ".key")
            entry.lastUse = it->last_write_time(ec);
    }
    return entries;
}

}  // namespace

std::uintmax_t FeatureDiskCache::sizeOnDisk() const
{
    std::uintmax_t total = 0;
    for (const auto& [hash, entry] : entriesIn(directory_))
        total += entry.bytes;
    return total;
}

std::uintmax_t FeatureDiskCache::clear() const
{
    std::uintmax_t freed = 0;
    std::error_code ec;
    for (const auto& [hash, entry] : entriesIn(directory_))
        for (const fs::path& file : entry.files) {
            const auto bytes = fs::file_size(file, ec);
            if (fs::remove(file, ec) && !ec)
                freed += bytes;
        }
    return freed;
}

void FeatureDiskCache::trim(const std::string& keep) const
{
    auto entries = entriesIn(directory_);
    std::uintmax_t total = 0;
    std::vector<std::pair<fs::file_time_type, std::string>> byAge;
    const std::string kept = fnv1a(keep);
    for (const auto& [hash, entry] : entries) {
        total += entry.bytes;
        if (hash != kept)
            byAge.emplace_back(entry.lastUse, hash);
    }
    // Oldest first; an entry without a key file (a write interrupted before it) has the oldest time.
    std::sort(byAge.begin(), byAge.end());
    std::error_code ec;
    for (const auto& [lastUse, hash] : byAge) {
        if (total <= limitBytes_)
            break;
        for (const fs::path& file : entries[hash].files)
            fs::remove(file, ec);
        total -= std::min(total, entries[hash].bytes);
    }
}

}  // namespace tse::app
