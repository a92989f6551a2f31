#include "featurecache.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
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

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
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

FeatureDiskCache::FeatureDiskCache(fs::path directory) : directory_(std::move(directory)) {}

fs::path FeatureDiskCache::fileFor(const std::string& key, const char* suffix) const
{
    return directory_ / (fnv1a(key) + suffix);
}

std::optional<CachedFeatures> FeatureDiskCache::load(const std::string& key) const
{
    // The key is stored beside the matrix: a hash collision or a stale file never returns
    // another run's features.
    std::error_code ec;
    if (!fs::exists(fileFor(key, ".npy"), ec) || readText(fileFor(key, ".key")) != key)
        return std::nullopt;
    auto features = npy::readMatrix(fileFor(key, ".npy"));
    if (!features)
        return std::nullopt;
    CachedFeatures entry{std::move(features.value()), {}};
    if (fs::exists(fileFor(key, ".noface.npy"), ec))
        if (auto items = npy::readLabels(fileFor(key, ".noface.npy")))
            for (auto i : *items)
                entry.noFaceItems.push_back(std::size_t(i));
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
    return !ec;
}

}  // namespace tse::app
